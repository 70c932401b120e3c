/**
 * A few counters and gauges in the Prometheus text format, for `/metrics`. Labels are fixed sets
 * (provider, outcome), never task ids or keys.
 */
class Counter {
  readonly #values = new Map<string, number>();
  readonly name: string;
  readonly help: string;
  constructor(name: string, help: string) {
    this.name = name;
    this.help = help;
  }
  inc(labels: Record<string, string> = {}, by = 1): void {
    const key = Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',');
    this.#values.set(key, (this.#values.get(key) ?? 0) + by);
  }
  render(type = 'counter'): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${type}`];
    for (const [k, v] of this.#values) lines.push(`${this.name}${k ? `{${k}}` : ''} ${v}`);
    return lines.join('\n');
  }
}

/** @param gauges read at each scrape, e.g. open WebSocket connections. */
export function createMetrics(gauges: Record<string, { help: string; read: () => number }> = {}) {
  const polls = new Counter('tourgraph_upstream_polls_total', 'Status reads sent to providers, by provider and outcome.');
  const webhooks = new Counter('tourgraph_webhooks_total', 'Webhook deliveries received, by provider and outcome.');
  const webhooksOut = new Counter('tourgraph_webhook_deliveries_total', 'Outgoing webhook attempts, by outcome (delivered, retry, failed).');
  return {
    polls,
    webhooks,
    webhooksOut,
    render(): string {
      const read = Object.entries(gauges).map(([name, g]) => `# HELP ${name} ${g.help}\n# TYPE ${name} gauge\n${name} ${g.read()}`);
      return `${[polls.render(), webhooks.render(), webhooksOut.render(), ...read].join('\n')}\n`;
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
