/** Requests per route key (`'POST /v1/real-estate/living-property'`) and per API key (or `anonymous`). */
export type CounterSnapshot = Record<string, Record<string, number>>;

export class Counters {
  #counts = new Map<string, Map<string, number>>();

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
  }
}
