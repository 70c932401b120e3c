import type { DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { type GraphQLErrorBody, queryText, type TypedDocumentNode, type VariablesArg } from './graphql.ts';

/** One GraphQL result as a subscription delivers it. */
export interface StreamResult<T> {
  data?: T | null;
  errors?: readonly GraphQLErrorBody[];
}

/**
 * What one subscription has received so far, whatever the transport: every `next` result in
 * order, and how it ended (`complete`, or `error` with what the transport reported).
 */
export class EventStream<T> {
  readonly results: StreamResult<T>[] = [];
  ended: { kind: 'complete' } | { kind: 'error'; error: unknown } | null = null;
  readonly done: Promise<EventStream<T>>;
  #resolveDone!: (s: EventStream<T>) => void;
  #waiters: (() => void)[] = [];
  #cancel: () => void = () => {};

  constructor() {
    this.done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** The `data` of every result that has some. */
  get events(): T[] {
    return this.results.flatMap((r) => (r.data ? [r.data] : []));
  }

  push(result: StreamResult<T>): void {
    this.results.push(result);
    this.#notify();
  }

  end(ended: NonNullable<EventStream<T>['ended']>): void {
    if (this.ended) return;
    this.ended = ended;
    this.#resolveDone(this);
    this.#notify();
  }

  onCancel(cancel: () => void): void {
    this.#cancel = cancel;
  }

  /** Stops listening (unsubscribes or aborts the request). */
  cancel(): void {
    this.#cancel();
  }

  /** Resolves once `check(this)` holds; rejects after `timeoutMs` with what was received, or when the stream ended without it. */
  until(check: (s: EventStream<T>) => boolean, timeoutMs = 15_000, what = 'condition'): Promise<EventStream<T>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== attempt);
        reject(new Error(`stream: ${what} not met within ${timeoutMs} ms; got ${JSON.stringify(this.results)}; ended ${describe(this.ended)}`));
      }, timeoutMs);
      const attempt = () => {
        if (check(this)) {
          clearTimeout(timer);
          this.#waiters = this.#waiters.filter((w) => w !== attempt);
          resolve(this);
        } else if (this.ended) {
          clearTimeout(timer);
          this.#waiters = this.#waiters.filter((w) => w !== attempt);
          reject(new Error(`stream ended (${describe(this.ended)}) before ${what}; got ${JSON.stringify(this.results)}`));
        }
      };
      this.#waiters.push(attempt);
      attempt();
    });
  }

  /** Resolves when the stream ends (complete or error), rejecting after `timeoutMs`. */
  finished(timeoutMs = 15_000): Promise<EventStream<T>> {
    return this.until((s) => s.ended !== null, timeoutMs, 'end of stream');
  }

  #notify(): void {
    for (const w of [...this.#waiters]) w();
  }
}

function describe(ended: EventStream<unknown>['ended']): string {
  if (!ended) return 'not ended';
  if (ended.kind === 'complete') return 'complete';
  const e = ended.error as { code?: number; reason?: string; message?: string } | unknown[];
  return `error ${JSON.stringify(Array.isArray(e) ? e : { code: e?.code, reason: e?.reason, message: e?.message })}`;
}

export interface WsConnection {
  client: Client;
  /** Every close event of the socket (code and reason). */
  closes: { code: number; reason: string }[];
  /** Subscribes with a typed document from `graphql(…)`: its variables are checked, its result types the events. */
  subscribe<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): EventStream<TData>;
  /**
   * @deprecated The result type named by the caller (`subscribe<{ task: LiveTask }>(doc, vars)`), still
   * checked against the document's; the variables are not. Leave the type argument out instead.
   */
  subscribe<TData = never>(document: TypedDocumentNode<NoInfer<TData>, never>, variables?: Record<string, unknown>): EventStream<TData>;
  /** @deprecated Any text: use a `graphql(…)` document, or `subscribeRaw` for one the schema must refuse. */
  subscribe<TData = unknown>(query: string, variables?: Record<string, unknown>): EventStream<TData>;
  /** Subscribes with any text and variables, for operations the schema must refuse: the events are `unknown`. */
  subscribeRaw(query: string | DocumentNode, variables?: Record<string, unknown>): EventStream<unknown>;
  dispose(): Promise<void>;
}

/**
 * A real graphql-ws client (the `graphql-transport-ws` protocol over the `ws` package) on the
 * gateway's `/graphql`. Never retries, so a refused connection shows as an error on its streams.
 */
export function connectWs(httpUrl: string, options: { authorization?: string; lazy?: boolean } = {}): WsConnection {
  const closes: WsConnection['closes'] = [];
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: options.lazy ?? true,
    // A refused non-lazy connection shows in `closes` (and on its streams), not on the console.
    onNonLazyError: () => {},
    retryAttempts: 0,
    shouldRetry: () => false,
    connectionParams: options.authorization ? { authorization: options.authorization } : {},
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closes.push({ code: e.code, reason: String(e.reason ?? '') });
      },
    },
  });
  function subscribe<TData>(query: string | DocumentNode, variables: unknown = {}): EventStream<TData> {
    const stream = new EventStream<TData>();
    const unsubscribe = client.subscribe<TData>(
      { query: queryText(query), variables: variables as Record<string, unknown> },
      {
        next: (result) => stream.push(result as StreamResult<TData>),
        error: (error) => stream.end({ kind: 'error', error }),
        complete: () => stream.end({ kind: 'complete' }),
      },
    );
    stream.onCancel(unsubscribe);
    return stream;
  }
  return {
    client,
    closes,
    subscribe: <TData>(query: string | DocumentNode, variables?: unknown) => subscribe<TData>(query, variables),
    subscribeRaw: (query, variables) => subscribe<unknown>(query, variables),
    async dispose() {
      await client.dispose();
    },
  };
}
