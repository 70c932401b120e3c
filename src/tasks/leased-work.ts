import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';

export interface LeasedWorkOptions<T> {
  /** For log lines, e.g. `webhook dispatcher`; also the prefix of the lease owner. */
  name: string;
  logger: Logger;
  /** Items in flight at once, in this process. */
  concurrency: number;
  /** Longest sleep between looks for due items; `wake()` cuts it short. */
  idleMs: number;
  now: () => Date;
  /** Leases up to `limit` due items to `owner` (so replicas take different ones). */
  lease(now: Date, limit: number, owner: string): Promise<T[]>;
  /** When the next item falls due; null when none waits. */
  nextDueAt(): Promise<Date | null>;
  /** Works one leased item and records its outcome (releasing the lease). */
  attempt(item: T): Promise<void>;
  /** What a log line of an unexpected failure says of an item. */
  describe(item: T): Record<string, unknown>;
  /** After each look: housekeeping such as a retention, at its own pace. */
  afterTick?(): Promise<void>;
}

/**
 * The loop under every leased queue of work in the store (outgoing webhooks, media copies): lease
 * what is due that free slots allow, work each item in the background, sleep until the next one
 * falls due (at most `idleMs`: another replica may add work), and look again at once when woken or
 * when a slot frees while items wait. Leases make replicas take different items and let a dead
 * process's items fall due again by themselves.
 */
export class LeasedWorkLoop<T> {
  readonly #o: LeasedWorkOptions<T>;
  /** This process's name on the leases it takes. */
  readonly owner: string;
  readonly #inFlight = new Set<Promise<void>>();
  #running = false;
  #loop: Promise<void> | null = null;
  #wake = new AbortController();
  #woken = false;

  constructor(options: LeasedWorkOptions<T>) {
    this.#o = options;
    this.owner = `${options.name.replaceAll(' ', '-')}-${randomUUID()}`;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Looks for due items now instead of at the end of the current sleep. */
  wake(): void {
    this.#woken = true;
    this.#wake.abort();
  }

  /** Stops looking for items; resolves when the loop has ended (items in flight run on: `settled`). */
  async stopTaking(): Promise<void> {
    this.#running = false;
    this.wake();
    await this.#loop;
  }

  /** Resolves once the items in flight now have been worked. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
  }

  async #run(): Promise<void> {
    while (this.#running) {
      this.#woken = false;
      try {
        await this.tick();
        await this.#o.afterTick?.();
      } catch (err) {
        this.#o.logger.error(`${this.#o.name} tick failed`, { err });
      }
      if (!this.#running) break;
      const ms = await this.#sleepMs();
      if (this.#woken) continue;
      this.#wake = new AbortController();
      await sleep(ms, undefined, { signal: this.#wake.signal }).catch(() => {});
    }
  }

  /** Until the next item falls due, at most `idleMs`, at least 2 ms. */
  async #sleepMs(): Promise<number> {
    if (this.#inFlight.size >= this.#o.concurrency) return this.#o.idleMs;
    const next = await this.#o.nextDueAt().catch(() => null);
    if (!next) return this.#o.idleMs;
    return Math.min(this.#o.idleMs, Math.max(2, next.getTime() - this.#o.now().getTime()));
  }

  /** Leases and starts the due items that free slots allow. */
  async tick(): Promise<void> {
    const free = this.#o.concurrency - this.#inFlight.size;
    if (free <= 0) return;
    const due = await this.#o.lease(this.#o.now(), free, this.owner);
    for (const item of due) {
      const p: Promise<void> = this.#o
        .attempt(item)
        .catch((err) => this.#o.logger.error(`${this.#o.name} attempt failed unexpectedly`, { ...this.#o.describe(item), err }))
        .finally(() => {
          this.#inFlight.delete(p);
          // A slot freed while items wait: look again without sleeping.
          if (due.length === free) this.wake();
        });
      this.#inFlight.add(p);
    }
  }
}
