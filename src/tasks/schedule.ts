import type { ProviderId } from './provider.ts';

/**
 * When a task is next read from its provider: the one place that decides, for the service (after a
 * submit or a change), the poller (after a read, or a failed one) and nobody else.
 * - The interval is the configured one, or else the provider's own guidance (`Retry-After`,
 *   `poll_interval_seconds`) scaled like the sandbox's clock, never below the configured minimum.
 * - Reads after the first are jittered upward (up to 10 %, never earlier than asked) so tasks
 *   created together do not poll together forever.
 * - After failures the wait doubles, up to `maxBackoffSeconds`, and is never shorter than the
 *   provider's `Retry-After`.
 */
export interface PollScheduleOptions {
  /** Per provider: seconds between reads (`undefined` follows the provider's guidance), and what multiplies its guidance (the sandbox's time scale for an emulator, else 1). */
  providers: ReadonlyMap<ProviderId, { pollIntervalSeconds: number | undefined; guidanceScale: number }>;
  minIntervalSeconds: number;
  /** @default 300 */
  maxBackoffSeconds?: number;
  /** @default Math.random */
  random?: () => number;
}

/** The interval used when neither configuration nor the provider says. */
const DEFAULT_INTERVAL_SECONDS = 30;

export class PollSchedule {
  readonly #o: Required<PollScheduleOptions>;

  constructor(options: PollScheduleOptions) {
    this.#o = { maxBackoffSeconds: 300, random: Math.random, ...options };
  }

  /** Seconds between two reads of a `provider` task, given the provider's guidance (if any). */
  interval(provider: ProviderId, guidance: number | null): number {
    const { pollIntervalSeconds, guidanceScale } = this.#o.providers.get(provider) ?? { pollIntervalSeconds: undefined, guidanceScale: 1 };
    const chosen = pollIntervalSeconds ?? (guidance ?? DEFAULT_INTERVAL_SECONDS) * guidanceScale;
    return Math.max(this.#o.minIntervalSeconds, chosen);
  }

  /** The first read after a submit or a change: one interval from now. */
  first(provider: ProviderId, guidance: number | null, now: Date): string {
    return new Date(now.getTime() + this.interval(provider, guidance) * 1000).toISOString();
  }

  /** The read after a successful one: one interval, jittered upward. */
  next(provider: ProviderId, guidance: number | null, now: Date): string {
    return new Date(now.getTime() + this.#jitter(this.interval(provider, guidance)) * 1000).toISOString();
  }

  /** The read after `failures` failed ones in a row. */
  backoff(provider: ProviderId, failures: number, retryAfterSeconds: number, now: Date): { at: string; seconds: number } {
    const grown = this.#jitter(this.interval(provider, null) * 2 ** Math.min(failures, 10));
    const seconds = Math.max(retryAfterSeconds, Math.min(this.#o.maxBackoffSeconds, grown));
    return { at: new Date(now.getTime() + seconds * 1000).toISOString(), seconds };
  }

  #jitter(seconds: number): number {
    return seconds * (1 + this.#o.random() * 0.1);
  }
}
