import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import type { ProviderId } from './provider.ts';
import type { TaskService } from './service.ts';

export interface PollerOptions {
  service: TaskService;
  logger: Logger;
  /** Polls in flight at once, per provider. */
  concurrency: number;
  /** How long a leased task stays ours if we die mid-poll; longer than a poll can take (connect + headers + body timeouts). @default 90_000 */
  leaseMs?: number;
  /** Longest sleep between looks for due tasks; `wake()` cuts it short. @default 1_000 */
  idleMs?: number;
  /** Told the outcome of each poll (what `TaskService.poll` returns). */
  onPoll?: (provider: ProviderId, outcome: string) => void;
  /** Told, as each poll starts, how many seconds after its due time it does: the poller's lag. */
  onLag?: (provider: ProviderId, seconds: number) => void;
  now?: () => Date;
}

/**
 * Polls every unfinished task once per interval, whoever watches it: the loop and its concurrency
 * per provider, no more. Due tasks come from the service (leased in the store, so a second replica
 * on the same database skips them), never from per-task timers, so a restart resumes every
 * unfinished task; what one poll does (read, apply, back off) is `TaskService.poll`.
 */
export class Poller {
  readonly #o: Required<Omit<PollerOptions, 'onPoll' | 'onLag'>> & Pick<PollerOptions, 'onPoll' | 'onLag'>;
  readonly #owner = `poller-${randomUUID()}`;
  readonly #providers: ProviderId[];
  readonly #inFlight: Map<ProviderId, Set<Promise<void>>>;
  #running = false;
  #loop: Promise<void> | null = null;
  #wake: AbortController = new AbortController();
  /** When the current sleep ends (ms since the epoch); a task scheduled before then wakes the loop. */
  #sleepUntil = 0;
  readonly #unlisten: () => void;

  constructor(options: PollerOptions) {
    this.#o = { leaseMs: 90_000, idleMs: 1_000, now: () => new Date(), onPoll: undefined, onLag: undefined, ...options };
    this.#providers = options.service.providerIds();
    this.#inFlight = new Map(this.#providers.map((p) => [p, new Set()]));
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
    await Promise.allSettled(this.#providers.flatMap((p) => [...this.#inFlight.get(p)!]));
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
    const open = this.#providers.filter((p) => this.#inFlight.get(p)!.size < this.#o.concurrency);
    if (open.length === 0) return this.#o.idleMs;
    const next = await this.#o.service.nextDueAt(open).catch(() => null);
    if (!next) return this.#o.idleMs;
    return Math.min(this.#o.idleMs, Math.max(2, next.getTime() - this.#o.now().getTime()));
  }

  /** Leases and starts polls for the due tasks that free slots allow. Exposed for tests and benchmarks. */
  async tick(): Promise<void> {
    for (const provider of this.#providers) {
      const slots = this.#inFlight.get(provider)!;
      const free = this.#o.concurrency - slots.size;
      if (free <= 0) continue;
      const due = await this.#o.service.leaseDue(provider, free, this.#o.leaseMs, this.#owner);
      const startedAt = this.#o.now().getTime();
      for (const stored of due) {
        this.#o.onLag?.(provider, Math.max(0, startedAt - Date.parse(stored.dueAt)) / 1000);
        const p: Promise<void> = this.#o.service
          .poll(stored, this.#owner)
          .then(
            (outcome) => this.#o.onPoll?.(provider, outcome),
            (err) => this.#o.logger.error('poll failed unexpectedly', { taskId: stored.task.id, err }),
          )
          .finally(() => {
            slots.delete(p);
            // A slot freed while tasks wait: look again without sleeping.
            if (due.length === free) this.wake();
          });
        slots.add(p);
      }
    }
  }
}
