import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';

/** How an operation reached the gateway. */
export type Transport = 'http' | 'sse' | 'ws';
/** `success`: a result without errors (typed errors of the schema, `ValidationError` and co., are data); `error`: a result with errors. */
export type Outcome = 'success' | 'error';

type OperationType = 'query' | 'mutation' | 'subscription';

/** The label values of one operation, shared by every request of it. */
export interface OperationLabels {
  operation_type: OperationType;
  operation_name: string;
}

/** Seconds; from a fast read (about 100 µs) to a submit that waits on a slow provider. */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Longest operation name given its own label value; a longer one counts as `other`. */
const MAX_NAME_LENGTH = 64;

/**
 * GraphQL requests by operation, whatever the transport: `tourgraph_graphql_requests_total` and
 * `tourgraph_graphql_request_duration_seconds`. An operation counts once it runs: a query or
 * mutation when it executes, a subscription when it is set up (its duration is the set-up, not
 * the stream's life). A request refused before (a document that does not parse or validate, a
 * limit, a missing key) is not counted here.
 *
 * The operation name is the one the validated document gives the operation that ran, so a client
 * cannot put any text it likes in a label; an operation without a name is `anonymous`. The first
 * `maxNames` distinct names get their own label value, every later one (and any name longer than
 * 64 characters) is `other`: the series stay bounded whatever clients send.
 */
export class OperationMetrics {
  readonly #requests: Counter<'operation_type' | 'operation_name' | 'transport' | 'outcome'>;
  readonly #duration: Histogram<'operation_type' | 'operation_name' | 'transport'>;
  readonly #maxNames: number;
  readonly #names = new Set<string>();
  /** Labels by document and operation name: documents come from the parse caches, so each is looked up once. */
  readonly #labels = new WeakMap<DocumentNode, Map<string, OperationLabels>>();

  constructor(registry: Registry, maxNames: number) {
    this.#maxNames = maxNames;
    this.#requests = new Counter({
      name: 'tourgraph_graphql_requests_total',
      help: 'GraphQL operations run, by operation type and name, transport (http, sse, ws) and outcome (success, error: a result with errors).',
      labelNames: ['operation_type', 'operation_name', 'transport', 'outcome'],
      registers: [registry],
    });
    this.#duration = new Histogram({
      name: 'tourgraph_graphql_request_duration_seconds',
      help: 'Time to execute a query or mutation, or to set up a subscription, by operation type and name and transport.',
      labelNames: ['operation_type', 'operation_name', 'transport'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
  }

  /** The labels of the operation `operationName` selects in a validated `document`; null when it selects none. */
  labelsOf(document: DocumentNode, operationName: string | null | undefined): OperationLabels | null {
    let byName = this.#labels.get(document);
    if (!byName) this.#labels.set(document, (byName = new Map()));
    const key = operationName ?? '';
    const hit = byName.get(key);
    if (hit) return hit;
    const operation = getOperationAST(document, operationName);
    if (!operation) return null;
    const labels: OperationLabels = { operation_type: operation.operation as OperationType, operation_name: this.#nameLabel(operation.name?.value) };
    byName.set(key, labels);
    return labels;
  }

  #nameLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (name.length > MAX_NAME_LENGTH) return 'other';
    if (this.#names.has(name)) return name;
    if (this.#names.size >= this.#maxNames) return 'other';
    this.#names.add(name);
    return name;
  }

  /** Counts one operation that ran, with its result (or stream), and how long it took from `startedAt` (a `performance.now()`). */
  record(labels: OperationLabels, transport: Transport, result: unknown, startedAt: number): void {
    const { operation_type, operation_name } = labels;
    const outcome = outcomeOf(result);
    this.#requests.inc({ operation_type, operation_name, transport, outcome });
    this.#duration.observe({ operation_type, operation_name, transport }, (performance.now() - startedAt) / 1000);
  }
}

/** What envelop's context holds for the transport: graphql-ws puts its `socket` there, yoga and the fast path the `request`. */
interface TransportContext {
  socket?: unknown;
  request?: { headers: { get(name: string): string | null } };
}

/** The transport of an operation, from its envelop context. */
export function transportOf(context: unknown): Transport {
  const ctx = context as TransportContext | undefined;
  if (ctx?.socket) return 'ws';
  return ctx?.request?.headers.get('accept')?.includes('text/event-stream') ? 'sse' : 'http';
}

function outcomeOf(result: unknown): Outcome {
  if (isAsyncIterable(result)) return 'success';
  return (result as ExecutionResult | undefined)?.errors?.length ? 'error' : 'success';
}

/**
 * The envelop plugin that records every operation in `metrics`: envelop-level hooks only
 * (`onExecute`, `onSubscribe`), so yoga (HTTP, SSE), the fast path and graphql-ws all run it and
 * the fast path needs nothing of its own for it. A graphql-ws subscriber that joins a shared stream
 * runs no subscribe: ws.ts records it.
 */
export function useOperationMetrics(metrics: OperationMetrics): Plugin {
  return {
    onExecute({ args }) {
      const labels = metrics.labelsOf(args.document, args.operationName);
      if (!labels) return;
      const startedAt = performance.now();
      return {
        onExecuteDone({ result }) {
          metrics.record(labels, transportOf(args.contextValue), result, startedAt);
        },
      };
    },
    onSubscribe({ args }) {
      const labels = metrics.labelsOf(args.document, args.operationName);
      if (!labels) return;
      const startedAt = performance.now();
      return {
        onSubscribeResult({ result }) {
          metrics.record(labels, transportOf(args.contextValue), result, startedAt);
        },
      };
    },
  };
}
