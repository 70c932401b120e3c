import type { Logger } from '../log.ts';
import type { ProviderId } from './provider.ts';
import type { TaskService } from './service.ts';

export interface AdmissionLoopOptions {
  service: Pick<TaskService, 'admitWaiting' | 'providerIds' | 'onSlotFreed'>;
  logger: Logger;
  /** Every account's queue is looked at least this often (slots freed by other replicas, holds that end, a crash). */
  sweepMs: number;
}

/**
 * Moves tasks out of our queue as their provider accounts free slots. It acts at once when this
 * process sees a slot free (a task ended, a hold ended: `TaskService.onSlotFreed`), and sweeps every
 * account's queue every `sweepMs` for what it cannot see (a task of another replica ended). What it
 * admits and how many is the store's decision, under a lock per account: running one loop per
 * replica is safe. One admission at a time per account in this process; a kick during one runs
 * another after it.
 */
export class AdmissionLoop {
  readonly #o: AdmissionLoopOptions;
  readonly #running = new Map<ProviderId, Promise<void>>();
  readonly #again = new Set<ProviderId>();
  readonly #timers = new Map<ProviderId, { at: number; timer: NodeJS.Timeout }>();
  #sweep: NodeJS.Timeout | null = null;
  #unlisten: (() => void) | null = null;
  #stopped = false;

  constructor(options: AdmissionLoopOptions) {
    this.#o = options;
  }

  start(): void {
    this.#unlisten = this.#o.service.onSlotFreed((provider, at) => this.#kickAt(provider, at));
    this.#sweep = setInterval(() => {
      for (const provider of this.#o.service.providerIds()) this.kick(provider);
    }, this.#o.sweepMs);
    this.#sweep.unref();
    // Tasks that waited while no gateway ran.
    for (const provider of this.#o.service.providerIds()) this.kick(provider);
  }

  /** Admits what `provider`'s account has room for, now (or right after the admission in progress). */
  kick(provider: ProviderId): void {
    if (this.#stopped) return;
    if (this.#running.has(provider)) {
      this.#again.add(provider);
      return;
    }
    const run = (async () => {
      do {
        this.#again.delete(provider);
        try {
          await this.#o.service.admitWaiting(provider);
        } catch (err) {
          this.#o.logger.error('admission from the queue failed; the next sweep tries again', { provider, err });
        }
      } while (this.#again.has(provider) && !this.#stopped);
    })().finally(() => this.#running.delete(provider));
    this.#running.set(provider, run);
  }

  /** A kick at `at` (at once when it has passed); an earlier one replaces a later one. */
  #kickAt(provider: ProviderId, at: Date): void {
    const delay = at.getTime() - Date.now();
    if (delay <= 0) {
      this.kick(provider);
      return;
    }
    const pending = this.#timers.get(provider);
    if (pending && pending.at <= at.getTime()) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.#timers.delete(provider);
      this.kick(provider);
    }, delay + 5);
    timer.unref();
    this.#timers.set(provider, { at: at.getTime(), timer });
  }

  /** Stops kicking; resolves once the admissions in progress are done (their submits run on in the service). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unlisten?.();
    if (this.#sweep) clearInterval(this.#sweep);
    for (const { timer } of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    await Promise.all(this.#running.values());
  }
}
