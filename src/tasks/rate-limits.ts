import { ClientError } from './errors.ts';

/**
 * Per-client rate limits (the contract; `src/rate-limits/` has the in-process and the Redis
 * implementations). A rule allows `perMinute` on average with bursts of up to `burst` at once
 * (GCRA, a leaky bucket without timers). A rule with `perMinute` 0 is off.
 */
export interface RateRule {
  perMinute: number;
  burst: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one unit from `key`'s allowance under `rule`. Never throws: a limiter that cannot decide allows. */
  take(key: string, rule: RateRule): Promise<RateDecision>;
  close(): Promise<void>;
}

/** The client asks faster than its limit: nothing was done; retry after `retryAfterSeconds`. */
export class RateLimitedError extends ClientError {
  readonly code = 'RATE_LIMITED';
  readonly retryAfterSeconds: number;
  readonly limit: RateRule;
  constructor(what: string, rule: RateRule, retryAfterSeconds: number) {
    super(`Too many ${what}: at most ${rule.perMinute} a minute (bursts of ${rule.burst}). Nothing was done; retry in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
    this.limit = rule;
  }
}

/**
 * The GCRA step, shared by both implementations: given the stored theoretical arrival time `tat`
 * (ms, 0 when none), decides at `now` and returns the `tat` to store when allowed.
 */
export function gcra(tat: number, now: number, rule: RateRule): { allowed: true; tat: number } | { allowed: false; retryAfterMs: number } {
  const interval = 60_000 / rule.perMinute;
  const next = Math.max(tat, now) + interval;
  const allowAt = next - interval * Math.max(1, rule.burst);
  if (now < allowAt) return { allowed: false, retryAfterMs: allowAt - now };
  return { allowed: true, tat: next };
}

/** Seconds to tell a client: whole, at least 1. */
export const retryAfterSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
