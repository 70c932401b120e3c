import type { Scheduler } from './scheduler.ts';

/**
 * One generation in either emulator. Its lifecycle is a pure function of the wall clock
 * (`startAt`, `endAt`), so a task keeps progressing across a restart of a persisted sandbox;
 * timers only trigger the side effects of its end (token charge, webhook).
 */
export interface Job {
  id: string;
  apiKey: string;
  /** Epoch milliseconds. */
  createdAt: number;
  startAt: number;
  endAt: number;
  outcome: 'success' | 'fail';
  /** True once the end's side effects ran. */
  settled: boolean;
  webhookUrl?: string;
  webhook?: 'pending' | 'delivered' | 'failed';
  /** Its output files were deleted (`SandboxAdmin.deleteMedia`), as when a provider's link expires. */
  mediaDeleted?: boolean;
}

export type Phase = 'queued' | 'processing' | 'succeeded' | 'failed';

export function phaseAt(job: Job, now: number): Phase {
  if (now < job.startAt) return 'queued';
  if (now < job.endAt) return 'processing';
  return job.outcome === 'success' ? 'succeeded' : 'failed';
}

export function isRunning(job: Job, now: number): boolean {
  return now < job.endAt;
}

export interface JobStoreOptions<T extends Job> {
  scheduler: Scheduler;
  /** Runs once per job when it ends (charges, webhook). */
  onEnd(job: T): void;
  /** Called after every change worth persisting. */
  changed(): void;
}

export class JobStore<T extends Job> {
  #jobs = new Map<string, T>();
  #waiters = new Map<string, (() => void)[]>();
  #options: JobStoreOptions<T>;

  constructor(options: JobStoreOptions<T>) {
    this.#options = options;
  }

  add(job: T): void {
    this.#jobs.set(job.id, job);
    this.#schedule(job);
    this.#options.changed();
  }

  get(id: string): T | undefined {
    return this.#jobs.get(id);
  }

  all(): T[] {
    return [...this.#jobs.values()];
  }

  /** Loads persisted jobs; those that ended while the sandbox was down settle at once. */
  restore(jobs: T[]): void {
    for (const job of jobs) {
      this.#jobs.set(job.id, job);
      if (!job.settled) this.#schedule(job);
    }
  }

  /** Runs the end of every job whose time has come. Idempotent; also called before each read. */
  settleDue(now = Date.now()): void {
    for (const job of this.#jobs.values()) {
      if (!job.settled && now >= job.endAt) {
        job.settled = true;
        this.#options.onEnd(job);
        this.#options.changed();
        for (const wake of this.#waiters.get(job.id) ?? []) wake();
        this.#waiters.delete(job.id);
      }
    }
  }

  /** Resolves once the job has ended and settled; rejects when the sandbox stops first. */
  whenSettled(job: T): Promise<void> {
    if (job.settled) return Promise.resolve();
    const signal = this.#options.scheduler.signal;
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      const wake = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      this.#waiters.set(job.id, [...(this.#waiters.get(job.id) ?? []), wake]);
    });
  }

  /** Ends a running job now (optionally forcing its outcome). False when unknown or already ended. */
  completeNow(id: string, outcome?: 'success' | 'fail'): boolean {
    const job = this.#jobs.get(id);
    const now = Date.now();
    if (!job || !isRunning(job, now)) return false;
    job.startAt = Math.min(job.startAt, now);
    job.endAt = now;
    if (outcome) job.outcome = outcome;
    this.settleDue(now);
    return true;
  }

  #schedule(job: T): void {
    // Timers run on a monotonic clock and may fire a millisecond before Date.now() reaches endAt.
    this.#options.scheduler.after(job.endAt - Date.now(), () => {
      if (!job.settled && Date.now() < job.endAt) this.#schedule(job);
      else this.settleDue();
    });
  }
}
