import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../log.ts';
import type { ProviderId, TaskStatus } from '../tasks/provider.ts';
import type { AccountState } from '../tasks/queue.ts';
import type { TaskCount } from '../tasks/store.ts';
import { OperationMetrics } from './operation-metrics.ts';

/** What the task gauges read from the store (the `TaskStore` has both). */
export interface TaskReadings {
  countByStatus(): Promise<TaskCount[]>;
  nextDueAt(providers: readonly ProviderId[]): Promise<Date | null>;
  /** Each provider account's queue and slots (absent: no queue gauges). */
  accounts?(learnedSince: Date): Promise<AccountState[]>;
}

export interface MetricsOptions {
  /** Read at each scrape, e.g. open WebSocket connections. */
  gauges?: Record<string, { help: string; read: () => number }>;
  /** The store, for `tourgraph_tasks` and `tourgraph_poll_overdue_seconds`, with the providers to report (each gets every status, 0 included). */
  tasks?: {
    store: TaskReadings;
    providers: readonly ProviderId[];
    /** Each provider account's configured concurrency limit (null: learned from 429s), and how long a learned one is trusted. */
    queue?: { limits: Record<ProviderId, number | null>; learnedLimitMs: number };
  };
  /** Node's process metrics (CPU, memory, heap, event-loop lag, GC) as `tourgraph_process_*` and `tourgraph_nodejs_*`. @default false */
  processMetrics?: boolean;
  /** Distinct operation names with their own label value; later ones are `other`. @default 100 */
  maxOperationNames?: number;
  logger?: Logger;
}

const STATUSES: readonly TaskStatus[] = ['QUEUED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

/** How long one reading of the store serves scrapes: a scraper every second costs one count every 5 s. */
export const STORE_READING_TTL_MS = 5_000;

/** Seconds a poll ran after it fell due: the poller looks at least once a second, a backlog shows as more. */
const POLL_LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** Seconds a task waited in our queue: none, a task's length (minutes), a backlog (an hour and more). */
const QUEUE_WAIT_BUCKETS = [0.1, 1, 10, 30, 60, 120, 300, 600, 1_200, 1_800, 3_600, 7_200];

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
  const queueWait = new Histogram({
    name: 'tourgraph_queue_wait_seconds',
    help: "How long each task waited in the gateway's queue for a slot of its provider account before it was admitted, by provider.",
    labelNames: ['provider'],
    buckets: QUEUE_WAIT_BUCKETS,
    registers: [registry],
  });
  const spend = new Counter({
    name: 'tourgraph_spend_total',
    help: 'What providers charged for tasks, as this process recorded it in the ledger, by provider and unit (sum over replicas).',
    labelNames: ['provider', 'unit'],
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
    queueWait,
    spend,
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
  accounts: AccountState[];
}

/**
 * `tourgraph_tasks{provider,status}` and `tourgraph_poll_overdue_seconds{provider}`, read from the
 * store at scrape time, at most once per `STORE_READING_TTL_MS` (concurrent scrapes share one
 * reading). A store that does not answer leaves the last values in place, with one warning.
 */
function taskGauges(registry: Registry, { store, providers, queue }: NonNullable<MetricsOptions['tasks']>, logger: Logger | undefined): void {
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
      const accounts = queue && store.accounts ? await store.accounts(new Date(Date.now() - queue.learnedLimitMs)) : [];
      failing = false;
      return { counts, overdue, accounts };
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
  if (queue) queueGauges(registry, providers, queue.limits, read);
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

/**
 * Our queue in front of each provider account, from the same store reading: what waits, what the
 * account has in flight, and its limit (configured, or learned from the provider's 429; absent
 * when neither). Store-wide values: with replicas on one database, every replica reports the same.
 */
function queueGauges(
  registry: Registry,
  providers: readonly ProviderId[],
  limits: Record<ProviderId, number | null>,
  read: () => Promise<Reading | null>,
): void {
  const each = (pick: (a: AccountState | undefined, provider: ProviderId) => number | null) =>
    async function collect(this: Gauge) {
      const reading = await read();
      if (!reading) return;
      this.reset();
      for (const provider of providers) {
        const value = pick(
          reading.accounts.find((a) => a.account === provider),
          provider,
        );
        if (value !== null) this.set({ provider }, value);
      }
    };
  new Gauge({
    name: 'tourgraph_queue_waiting',
    help: "Tasks waiting in the gateway's queue for a slot of their provider account, by provider.",
    labelNames: ['provider'],
    registers: [registry],
    collect: each((a) => a?.waiting ?? 0),
  });
  new Gauge({
    name: 'tourgraph_provider_in_flight',
    help: 'Tasks each provider account counts against its concurrency: submitted (or being submitted) and not ended.',
    labelNames: ['provider'],
    registers: [registry],
    collect: each((a) => a?.inFlight ?? 0),
  });
  new Gauge({
    name: 'tourgraph_provider_concurrency_limit',
    help: "Each provider account's limit of tasks in flight: configured, else learned from its last 429 while fresh; absent when neither.",
    labelNames: ['provider'],
    registers: [registry],
    collect: each((a, provider) => limits[provider] ?? a?.learnedLimit ?? null),
  });
}
