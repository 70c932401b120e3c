import { gcra, type RateDecision, type RateLimiter, type RateRule, retryAfterSeconds } from '../tasks/rate-limits.ts';

/** Rate limits within this process: one map of theoretical arrival times, pruned as it grows. */
export class LocalRateLimiter implements RateLimiter {
  readonly #tat = new Map<string, number>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async take(key: string, rule: RateRule): Promise<RateDecision> {
    if (rule.perMinute <= 0) return { allowed: true };
    const now = this.#now();
    const step = gcra(this.#tat.get(key) ?? 0, now, rule);
    if (!step.allowed) return { allowed: false, retryAfterSeconds: retryAfterSeconds(step.retryAfterMs) };
    this.#tat.set(key, step.tat);
    if (this.#tat.size > 100_000) this.#prune(now);
    return { allowed: true };
  }

  /** Keys whose allowance is full again hold nothing worth keeping. */
  #prune(now: number): void {
    for (const [key, tat] of this.#tat) if (tat <= now) this.#tat.delete(key);
  }

  async close(): Promise<void> {
    this.#tat.clear();
  }
}
