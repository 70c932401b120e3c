import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../log.ts';
import type { ProviderId, TaskStatus } from '../tasks/provider.ts';
import type { TaskCount } from '../tasks/store.ts';
import { OperationMetrics } from './operation-metrics.ts';

/** What the task gauges read from the store (the `TaskStore` has both). */
export interface TaskReadings {
  countByStatus(): Promise<TaskCount[]>;
  nextDueAt(providers: readonly ProviderId[]): Promise<Date | null>;
}

export interface MetricsOptions {
  /** Read at each scrape, e.g. open WebSocket connections. */
  gauges?: Record<string, { help: string; read: () => number }>;
  /** The store, for `tourgraph_tasks` and `tourgraph_poll_overdue_seconds`, with the providers to report (each gets every status, 0 included). */
  tasks?: { store: TaskReadings; providers: readonly ProviderId[] };
  /** Node's process metrics (CPU, memory, heap, event-loop lag, GC) as `tourgraph_process_*` and `tourgraph_nodejs_*`. @default false */
  processMetrics?: boolean;
  /** Distinct operation names with their own label value; later ones are `other`. @default 100 */
  maxOperationNames?: number;
  logger?: Logger;
}

const STATUSES: readonly TaskStatus[] = ['QUEUED', 'PROCESSING', 'SUCCEEDED', 'FAILED'];

/** How long one reading of the store serves scrapes: a scraper every second costs one count every 5 s. */
export const STORE_READING_TTL_MS = 5_000;

/** Seconds a poll ran after it fell due: the poller looks at least once a second, a backlog shows as more. */
const POLL_LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * The gateway's Prometheus metrics (prom-client), in a registry of its own: several gateways in
 * one process (tests) keep theirs apart. Labels are bounded sets (provider, status, outcome,
 * transport, operation names capped by `OperationMetrics`), never task ids or keys.
 */
export function createMetrics(options: MetricsOptions = {}) {
  const registry = new Registry();
  const polls = new Counter({
    name: 'tourgraph_upstream_polls_total',
    help: 'Status reads sent to providers, by provider and outcome.',
    labelNames: ['provider', 'outcome'],
    registers: [registry],
  });
  const webhooks = new Counter({
    name: 'tourgraph_webhooks_total',
    help: 'Webhook deliveries received, by provider and outcome.',
    labelNames: ['provider', 'outcome'],
    registers: [registry],
  });
  const webhooksOut = new Counter({
    name: 'tourgraph_webhook_deliveries_total',
    help: 'Outgoing webhook attempts, by outcome (delivered, retry, failed).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const mediaCopies = new Counter({
    name: 'tourgraph_media_copies_total',
    help: "Attempts to copy a task's video and cover into the media store, by outcome (copied, retry, failed).",
    labelNames: ['outcome'],
    registers: [registry],
  });
  const pollLag = new Histogram({
    name: 'tourgraph_poll_lag_seconds',
    help: 'How long after its due time each scheduled status read was taken up by the poller, by provider.',
    labelNames: ['provider'],
    buckets: POLL_LAG_BUCKETS,
    registers: [registry],
  });
  const operations = new OperationMetrics(registry, options.maxOperationNames ?? 100);
  for (const [name, g] of Object.entries(options.gauges ?? {})) {
    new Gauge({
      name,
      help: g.help,
      registers: [registry],
      collect() {
        this.set(g.read());
      },
    });
  }
  if (options.tasks) taskGauges(registry, options.tasks, options.logger);
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'tourgraph_' });
  return {
    registry,
    polls,
    webhooks,
    webhooksOut,
    mediaCopies,
    pollLag,
    operations,
    /** The `Content-Type` of `render()`'s text. */
    contentType: registry.contentType,
    /** Every metric in the Prometheus text format. */
    render(): Promise<string> {
      return registry.metrics();
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

interface Reading {
  counts: TaskCount[];
  /** Seconds the oldest due poll of each provider is overdue (0: none). */
  overdue: Map<ProviderId, number>;
}

/**
 * `tourgraph_tasks{provider,status}` and `tourgraph_poll_overdue_seconds{provider}`, read from the
 * store at scrape time, at most once per `STORE_READING_TTL_MS` (concurrent scrapes share one
 * reading). A store that does not answer leaves the last values in place, with one warning.
 */
function taskGauges(registry: Registry, { store, providers }: NonNullable<MetricsOptions['tasks']>, logger: Logger | undefined): void {
  let last: { at: number; reading: Promise<Reading | null> } | null = null;
  let failing = false;
  const read = (): Promise<Reading | null> => {
    const now = Date.now();
    if (last && now - last.at < STORE_READING_TTL_MS) return last.reading;
    const reading = (async (): Promise<Reading> => {
      const counts = await store.countByStatus();
      const overdue = new Map<ProviderId, number>();
      for (const provider of providers) {
        const due = await store.nextDueAt([provider]);
        overdue.set(provider, due ? Math.max(0, (Date.now() - due.getTime()) / 1000) : 0);
      }
      failing = false;
      return { counts, overdue };
    })().catch((err: unknown) => {
      if (!failing) logger?.warn('metrics: the store did not answer; task gauges keep their last values', { err });
      failing = true;
      // The next scrape tries again.
      last = null;
      return null;
    });
    last = { at: now, reading };
    return reading;
  };

  new Gauge({
    name: 'tourgraph_tasks',
    help: `Tasks in the store by provider and status (QUEUED: waiting at the provider, the provider's queue depth), read at most every ${STORE_READING_TTL_MS / 1000} s.`,
    labelNames: ['provider', 'status'],
    registers: [registry],
    async collect() {
      const reading = await read();
      if (!reading) return;
      this.reset();
      for (const provider of providers) for (const status of STATUSES) this.set({ provider, status }, 0);
      for (const { provider, status, count } of reading.counts) this.set({ provider, status }, count);
    },
  });
  new Gauge({
    name: 'tourgraph_poll_overdue_seconds',
    help: `How overdue the oldest due status read of each provider is (0: none waiting), read at most every ${STORE_READING_TTL_MS / 1000} s.`,
    labelNames: ['provider'],
    registers: [registry],
    async collect() {
      const reading = await read();
      if (!reading) return;
      for (const [provider, seconds] of reading.overdue) this.set({ provider }, seconds);
    },
  });
}
