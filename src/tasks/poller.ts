import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import {
  UpstreamError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from '../upstream/errors.ts';
import type { Provider } from '../upstream/snapshot.ts';
import { failure, lostTask, type TaskService } from './service.ts';
import type { StoredTask } from './store.ts';

export interface PollerOptions {
  service: TaskService;
  logger: Logger;
  /** Seconds between polls when the provider gives no guidance (`Retry-After`, `poll_interval_seconds`). */
  intervalSeconds: (provider: Provider, guidance: number | null) => number;
  /** Polls in flight at once, per provider. */
  concurrency: number;
  /** Longest backoff after repeated failures. @default 300 */
  maxBackoffSeconds?: number;
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
    this.#o = { maxBackoffSeconds: 300, leaseMs: 90_000, idleMs: 1_000, now: () => new Date(), onPoll: undefined, ...options };
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
    // With every slot busy, due tasks must wait for a slot, and a freed slot wakes the loop.
    if (PROVIDERS.some((p) => this.#inFlight.get(p)!.size >= this.#o.concurrency)) return this.#o.idleMs;
    const next = await this.#o.service.store.nextDueAt(PROVIDERS).catch(() => null);
    if (!next) return this.#o.idleMs;
    return Math.min(this.#o.idleMs, Math.max(2, next.getTime() - this.#o.now().getTime()));
  }

  /** Leases and starts polls for the due tasks that free slots allow. Exposed for tests and benchmarks. */
  async tick(): Promise<void> {
    for (const provider of PROVIDERS) {
      const slots = this.#inFlight.get(provider)!;
      const free = this.#o.concurrency - slots.size;
      if (free <= 0) continue;
      const due = await this.#o.service.store.leaseDue(this.#o.now(), free, this.#o.leaseMs, this.#owner, provider);
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
      if (!task.providerRef) return;
      const snapshot = await service.providers.get(task.provider).fetchStatus(task.providerRef);
      this.#o.onPoll?.(task.provider, 'ok');
      const next = new Date(now.getTime() + jitter(this.#o.intervalSeconds(task.provider, snapshot.pollAfterSeconds)) * 1000);
      await service.apply(stored, snapshot, 'POLL', { nextPollAt: next.toISOString(), leaseOwner: this.#owner });
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
      const base = this.#o.intervalSeconds(task.provider, null);
      const backoff = Math.max(retryAfter, Math.min(this.#o.maxBackoffSeconds, jitter(base * 2 ** Math.min(failures, 10))));
      this.#o.onPoll?.(task.provider, err instanceof UpstreamError ? err.code : 'error');
      logger.warn('poll failed; backing off', {
        taskId: task.id,
        provider: task.provider,
        code: err instanceof UpstreamError ? err.code : undefined,
        err: err instanceof UpstreamError ? undefined : err,
        failures,
        retryInSeconds: Math.round(backoff * 10) / 10,
      });
      await service.store
        .schedule(task.id, task.version, new Date(now.getTime() + backoff * 1000).toISOString(), failures, this.#owner)
        .catch((e) => logger.error('could not reschedule a poll', { taskId: task.id, err: e }));
    }
  }
}

/** Up to 10 % later (never earlier than asked), so tasks created together do not poll together forever. */
function jitter(seconds: number): number {
  return seconds * (1 + Math.random() * 0.1);
}
