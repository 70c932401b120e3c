/** Requests per route key (`'POST /v1/real-estate/living-property'`) and per API key (or `anonymous`). */
export type CounterSnapshot = Record<string, Record<string, number>>;

export class Counters {
  #counts = new Map<string, Map<string, number>>();
  #answers = new Map<string, Map<string, number>>();
  #peaks = new Map<string, number>();

  /** One answer of a route, by HTTP status (`'429'`): what the provider told its callers. */
  answered(routeKey: string, status: number): void {
    const perStatus = this.#answers.get(routeKey) ?? new Map<string, number>();
    perStatus.set(String(status), (perStatus.get(String(status)) ?? 0) + 1);
    this.#answers.set(routeKey, perStatus);
  }

  /** Notes a key's tasks in flight; the most ever seen since the last reset is kept. */
  inFlight(apiKey: string, count: number): void {
    this.#peaks.set(apiKey, Math.max(this.#peaks.get(apiKey) ?? 0, count));
  }

  /** Answers per route key and HTTP status. */
  answers(): CounterSnapshot {
    const out: CounterSnapshot = {};
    for (const [route, perStatus] of this.#answers) out[route] = Object.fromEntries(perStatus);
    return out;
  }

  /** The most tasks each key had in flight at once. */
  peakInFlight(): Record<string, number> {
    return Object.fromEntries(this.#peaks);
  }

  increment(routeKey: string, apiKey: string | undefined): void {
    const perKey = this.#counts.get(routeKey) ?? new Map<string, number>();
    const who = apiKey ?? 'anonymous';
    perKey.set(who, (perKey.get(who) ?? 0) + 1);
    this.#counts.set(routeKey, perKey);
  }

  snapshot(): CounterSnapshot {
    const out: CounterSnapshot = {};
    for (const [route, perKey] of this.#counts) out[route] = Object.fromEntries(perKey);
    return out;
  }

  reset(): void {
    this.#counts.clear();
    this.#answers.clear();
    this.#peaks.clear();
  }
}
