import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import { UpstreamError, UpstreamNotFoundError, UpstreamRateLimitedError, UpstreamUnavailableError } from '../upstream/errors.ts';
import type { Provider, TaskSnapshot } from '../upstream/snapshot.ts';
import type { PollSchedule } from './schedule.ts';
import { failure, lostTask, type TaskService } from './service.ts';
import type { StoredTask, TaskStore } from './store.ts';

export interface PollerOptions {
  service: TaskService;
  logger: Logger;
  /** When each task is read next. */
  schedule: PollSchedule;
  /** Reads a provider task's current state. */
  providers: { get(provider: Provider): { fetchStatus(ref: string): Promise<TaskSnapshot> } };
  /** Leases due tasks and reschedules polls. */
  store: TaskStore;
  /** Polls in flight at once, per provider. */
  concurrency: number;
  /** How long a leased task stays ours if we die mid-poll; longer than a poll can take (connect + headers + body timeouts). @default 90_000 */
  leaseMs?: number;
  /** Longest sleep between looks for due tasks; `wake()` cuts it short. @default 1_000 */
  idleMs?: number;
  onPoll?: (provider: Provider, outcome: string) => void;
  now?: () => Date;
}

const PROVIDERS: Provider[] = ['ROOM_AI', 'VIBEPEAK'];

/**
 * Polls every unfinished task once per interval, whoever watches it. Due tasks come from the store
 * (leased, so a second replica on the same database skips them), never from per-task timers, so a
 * restart resumes every unfinished task. After a failed poll the next one waits longer
 * (exponential, with jitter, never shorter than the provider's `Retry-After`).
 */
export class Poller {
  readonly #o: Required<Omit<PollerOptions, 'onPoll'>> & Pick<PollerOptions, 'onPoll'>;
  readonly #owner = `poller-${randomUUID()}`;
  readonly #inFlight = new Map<Provider, Set<Promise<void>>>(PROVIDERS.map((p) => [p, new Set()]));
  #running = false;
  #loop: Promise<void> | null = null;
  #wake: AbortController = new AbortController();
  /** When the current sleep ends (ms since the epoch); a task scheduled before then wakes the loop. */
  #sleepUntil = 0;
  readonly #unlisten: () => void;

  constructor(options: PollerOptions) {
    this.#o = { leaseMs: 90_000, idleMs: 1_000, now: () => new Date(), onPoll: undefined, ...options };
    // The service says when it schedules a poll: no store query per change to learn what is due.
    this.#unlisten = options.service.onScheduled((at) => {
      if (this.#running && at.getTime() < this.#sleepUntil) this.wake();
    });
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Looks for due tasks now instead of at the end of the current sleep. */
  wake(): void {
    this.#woken = true;
    this.#wake.abort();
  }

  /** Set by `wake()`; a wake that arrives while a tick runs skips the sleep after it. */
  #woken = false;

  /** Stops taking tasks and waits for the polls in flight. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#unlisten();
    this.wake();
    await this.#loop;
    await Promise.allSettled(PROVIDERS.flatMap((p) => [...this.#inFlight.get(p)!]));
  }

  async #run(): Promise<void> {
    while (this.#running) {
      this.#woken = false;
      try {
        await this.tick();
      } catch (err) {
        this.#o.logger.error('poller tick failed', { err });
      }
      if (!this.#running) break;
      // From here a task scheduled sooner than the longest sleep must wake us: the store may not
      // show it to the query below.
      this.#sleepUntil = Date.now() + this.#o.idleMs;
      const ms = await this.#sleepMs();
      if (this.#woken) continue;
      this.#wake = new AbortController();
      this.#sleepUntil = Date.now() + ms;
      await sleep(ms, undefined, { signal: this.#wake.signal }).catch(() => {});
      this.#sleepUntil = 0;
    }
  }

  /**
   * Until the next poll falls due, at most `idleMs` (another replica may add work) and at least
   * 2 ms. A leased task counts from its lease's end, so a poll in flight never makes this spin.
   */
  async #sleepMs(): Promise<number> {
    // A provider whose slots are all busy waits for one to free (which wakes the loop); the others
    // sleep until their next due task.
    const open = PROVIDERS.filter((p) => this.#inFlight.get(p)!.size < this.#o.concurrency);
    if (open.length === 0) return this.#o.idleMs;
    const next = await this.#o.store.nextDueAt(open).catch(() => null);
    if (!next) return this.#o.idleMs;
    return Math.min(this.#o.idleMs, Math.max(2, next.getTime() - this.#o.now().getTime()));
  }

  /** Leases and starts polls for the due tasks that free slots allow. Exposed for tests and benchmarks. */
  async tick(): Promise<void> {
    for (const provider of PROVIDERS) {
      const slots = this.#inFlight.get(provider)!;
      const free = this.#o.concurrency - slots.size;
      if (free <= 0) continue;
      const due = await this.#o.store.leaseDue(this.#o.now(), free, this.#o.leaseMs, this.#owner, provider);
      for (const stored of due) {
        const p = this.pollOne(stored).finally(() => {
          slots.delete(p);
          // A slot freed while tasks wait: look again without sleeping.
          if (due.length === free) this.wake();
        });
        slots.add(p);
      }
    }
  }

  /** One status read of one task and what follows from it. Never throws. */
  async pollOne(stored: StoredTask): Promise<void> {
    const { task, runtime } = stored;
    const { service, logger } = this.#o;
    const now = this.#o.now();
    try {
      if (now.getTime() > Date.parse(runtime.deadlineAt)) {
        this.#o.onPoll?.(task.provider, 'deadline');
        await service.apply(stored, failure('PROVIDER_TIMEOUT', 'The provider did not finish this video in time.', true), 'DEADLINE', {
          leaseOwner: this.#owner,
        });
        return;
      }
      // Still no provider reference after the submit grace: whoever submitted it died mid-submit.
      if (!task.providerRef) {
        this.#o.onPoll?.(task.provider, 'interrupted_submit');
        await service.endInterruptedSubmission(stored, this.#owner);
        return;
      }
      const snapshot = await this.#o.providers.get(task.provider).fetchStatus(task.providerRef);
      this.#o.onPoll?.(task.provider, 'ok');
      const nextPollAt = this.#o.schedule.next(task.provider, snapshot.pollAfterSeconds, now);
      await service.apply(stored, snapshot, 'POLL', { nextPollAt, leaseOwner: this.#owner });
    } catch (err) {
      if (err instanceof UpstreamNotFoundError) {
        this.#o.onPoll?.(task.provider, 'not_found');
        await service
          .apply(stored, lostTask(err.providerCode ?? null), 'POLL', { leaseOwner: this.#owner })
          .catch((e) => logger.error('could not record a lost task', { taskId: task.id, err: e }));
        return;
      }
      const failures = runtime.pollFailures + 1;
      const retryAfter = err instanceof UpstreamRateLimitedError || err instanceof UpstreamUnavailableError ? (err.retryAfterSeconds ?? 0) : 0;
      const backoff = this.#o.schedule.backoff(task.provider, failures, retryAfter, now);
      this.#o.onPoll?.(task.provider, err instanceof UpstreamError ? err.code : 'error');
      logger.warn('poll failed; backing off', {
        taskId: task.id,
        provider: task.provider,
        code: err instanceof UpstreamError ? err.code : undefined,
        err: err instanceof UpstreamError ? undefined : err,
        failures,
        retryInSeconds: Math.round(backoff.seconds * 10) / 10,
      });
      await this.#o.store
        .schedule(task.id, task.version, backoff.at, failures, this.#owner)
        .catch((e) => logger.error('could not reschedule a poll', { taskId: task.id, err: e }));
    }
  }
}
