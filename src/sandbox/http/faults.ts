/**
 * Injected faults, per route key. A fault applies to every request of its route (or to the next
 * `times` requests only, then clears itself). Each request rolls, in order: drop, error, malformed.
 */
export interface Fault {
  /** Added before the route acts (and answers, or fails). */
  latencyMs?: number;
  /** Added after the route has acted, before its answer is sent: the provider accepted (and charged), the answer is late or lost. */
  answerLatencyMs?: number;
  /** Share 0..1 of requests answered with `errorStatus`. @default 1 when `errorStatus` is set, else 0 */
  errorRate?: number;
  /** 429 answers `RATE_LIMITED` with `Retry-After`; 5xx answer `SERVICE_UNAVAILABLE`. @default 503 */
  errorStatus?: 429 | 500 | 502 | 503;
  /** `Retry-After` of injected errors. @default 1 for 429, absent for 5xx */
  retryAfterSeconds?: number;
  /** Share 0..1 of requests answered 200/202 with a body that is not valid JSON. */
  malformedRate?: number;
  /** Share 0..1 of requests whose socket is destroyed without any answer. */
  dropRate?: number;
  /** Apply to the next N requests of the route only, then clear. @default unlimited */
  times?: number;
}

export type FaultAction =
  | { kind: 'drop' }
  | { kind: 'error'; status: 429 | 500 | 502 | 503; retryAfterSeconds: number | undefined }
  | { kind: 'malformed' }
  | { kind: 'none' };

export interface FaultDecision {
  latencyMs: number;
  answerLatencyMs: number;
  action: FaultAction;
}

export class FaultTable {
  #faults = new Map<string, Fault>();
  #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  set(routeKey: string, fault: Fault): void {
    this.#faults.set(routeKey, { ...fault });
  }

  clear(): void {
    this.#faults.clear();
  }

  list(): Record<string, Fault> {
    return Object.fromEntries(this.#faults);
  }

  /** Decides what happens to one request of `routeKey`, using up one of the fault's `times`. */
  take(routeKey: string): FaultDecision {
    const fault = this.#faults.get(routeKey);
    if (!fault) return { latencyMs: 0, answerLatencyMs: 0, action: { kind: 'none' } };
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.#faults.delete(routeKey);
    }
    return { latencyMs: fault.latencyMs ?? 0, answerLatencyMs: fault.answerLatencyMs ?? 0, action: this.#roll(fault) };
  }

  #roll(fault: Fault): FaultAction {
    if (this.#hit(fault.dropRate ?? 0)) return { kind: 'drop' };
    const errorRate = fault.errorRate ?? (fault.errorStatus !== undefined ? 1 : 0);
    if (this.#hit(errorRate)) {
      const status = fault.errorStatus ?? 503;
      return { kind: 'error', status, retryAfterSeconds: fault.retryAfterSeconds ?? (status === 429 ? 1 : undefined) };
    }
    if (this.#hit(fault.malformedRate ?? 0)) return { kind: 'malformed' };
    return { kind: 'none' };
  }

  #hit(rate: number): boolean {
    return rate > 0 && this.#random() < rate;
  }
}
