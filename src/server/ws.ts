import type { IncomingMessage, Server } from 'node:http';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '../log.ts';
import { authenticate, type GatewayClient } from './auth.ts';
import { ClientLimits } from './client-limits.ts';
import { authorizationParam, type Yoga } from './graphql.ts';
import { requestIdOf } from './http-util.ts';
import type { OperationLabels, OperationMetrics } from './operation-metrics.ts';
import type { OriginPolicy } from './origins.ts';
import { SubscriptionMultiplexer, subscriptionKey } from './subscription-multiplexer.ts';
import type { TrustedDocuments } from './trusted-documents.ts';
import { ClientSubscriptionLimitError, InternalError, TooManySubscriptionsError } from '../resolvers/graphql-errors.ts';

export interface WebSocketOptions {
  server: Server;
  yoga: Yoga;
  clients: { name: string; key: string }[];
  maxOperationsPerConnection: number;
  /** Largest message accepted, in bytes; a frame announcing more closes the socket (1009) before it is read. */
  maxPayloadBytes: number;
  /** Per-client connections and subscriptions (shared with SSE). */
  clientLimits: ClientLimits;
  /** Browser origins allowed to open a socket; another origin's upgrade is refused with 403. */
  origins: OriginPolicy;
  /** Trusted-documents mode; null: off. */
  trusted: TrustedDocuments | null;
  /** Operations are counted by yoga's plugin; a subscriber joining a shared stream, which runs none, here. */
  metrics: OperationMetrics;
  logger: Logger;
}

/** Close code of a connection over its client's allowance (graphql-ws clients do not retry 4429). */
export const CLOSE_TOO_MANY_CONNECTIONS = 4429;

/** Root subscription fields whose every event is the whole current state: a late joiner of a shared stream first gets its latest event. */
const STATE_FIELDS = new Set(['task']);

type OperationResult = ReturnType<NonNullable<Parameters<typeof useServer>[0]['execute']>>;
type Started = AsyncIterable<ExecutionResult> | ExecutionResult;

/** What onSubscribe hands to execute/subscribe through graphql-ws, in `rootValue`. */
interface Operation {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
  /** Builds the operation's context; for a shared subscription, only the first subscriber's is built. */
  context: () => Promise<unknown>;
  share: { key: string; replayLatest: boolean; labels: OperationLabels | null } | null;
}

type Extra = {
  /** The upgrade request; its `x-request-id` header is the connection's id. */
  request: IncomingMessage;
  socket: WebSocket;
  client?: GatewayClient;
  /** Who the per-client allowances count this connection against. */
  limitKey?: string;
  releaseSocket?: () => void;
  /** Per-client subscription slots this connection holds, by operation id. */
  held?: Map<string, () => void>;
  closed?: boolean;
};

/**
 * graphql-ws on the HTTP server's `/graphql`, running operations through yoga's envelop (the same
 * plugins, parse and validation caches, and context as HTTP).
 *
 * Identical subscriptions (same document, operation, variables and client) share one execution:
 * the first starts it, later ones join it through the multiplexer, so one task change is executed
 * once and the same result object is sent to every subscriber. A joiner builds no context of its own.
 */
export function attachWebSocket({
  server,
  yoga,
  clients,
  maxOperationsPerConnection,
  maxPayloadBytes,
  clientLimits,
  origins,
  trusted,
  metrics,
  logger,
}: WebSocketOptions) {
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: maxPayloadBytes,
    verifyClient: ({ req }: { req: IncomingMessage }, done: (ok: boolean, status?: number, reason?: string, headers?: Record<string, string>) => void) => {
      // One id per connection, as for each HTTP request: in the upgrade's answer, its operations' context and its log lines.
      const requestId = requestIdOf(req);
      // Browsers let any page open a WebSocket anywhere: the Origin is the only sign of whose page it is.
      if (origins.allows(req.headers.origin, req.headers.host)) return done(true);
      done(false, 403, 'Origin not allowed (CORS_ORIGINS)', { 'x-request-id': requestId });
    },
  });
  wss.on('headers', (headers: string[], req: IncomingMessage) => {
    headers.push(`x-request-id: ${req.headers['x-request-id']}`);
  });
  const multiplexer = new SubscriptionMultiplexer();
  const documents = new CheckedDocuments();
  /** The schema as yoga's plugins left it (the same for every operation). */
  let schema: GraphQLSchema | undefined;
  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      connectionInitWaitTimeout: 10_000,
      execute: (args) => (args.rootValue as Operation).execute({ ...args, rootValue: undefined }) as OperationResult,
      subscribe: (args) => {
        const op = args.rootValue as Operation;
        let started = false;
        const start = async (): Promise<Started> => {
          started = true;
          return (await op.subscribe({ ...args, rootValue: undefined, contextValue: await op.context() })) as Started;
        };
        if (!op.share) return start() as OperationResult;
        const { key, replayLatest, labels } = op.share;
        const joinedAt = performance.now();
        const result = multiplexer.subscribe(key, start, { replayLatest });
        // The first subscriber's start runs yoga's subscribe, whose plugin counts it; a joiner runs none.
        if (started || !labels) return result as OperationResult;
        return result.then((r) => {
          metrics.record(labels, 'ws', r, joinedAt);
          return r;
        }) as OperationResult;
      },
      // A missing or wrong key closes the socket with 4403 Forbidden before any operation; a client
      // over its allowance of connections gets 4429.
      onConnect: (ctx) => {
        const client = authenticate(authorizationParam(ctx.connectionParams), clients);
        if (!client) return false;
        ctx.extra.client = client;
        const key = ClientLimits.keyOf(client, ctx.extra.request.socket.remoteAddress);
        const slot = ctx.extra.closed ? null : clientLimits.acquireSocket(key);
        if (!slot) {
          ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, `Too many connections for this client (MAX_SOCKETS_PER_CLIENT=${clientLimits.maxSockets})`);
          return false;
        }
        ctx.extra.limitKey = key;
        ctx.extra.releaseSocket = slot;
        ctx.extra.held = new Map();
        logger.debug('WebSocket connected', { requestId: requestIdOfSocket(ctx.extra), client: client.name });
        return true;
      },
      onComplete: (ctx, id) => release(ctx.extra, id),
      onClose: (ctx, code, reason) => {
        if (ctx.extra.client) logger.debug('WebSocket closed', { requestId: requestIdOfSocket(ctx.extra), code, reason: String(reason ?? '') });
        ctx.extra.closed = true;
        ctx.extra.releaseSocket?.();
        for (const id of [...(ctx.extra.held?.keys() ?? [])]) release(ctx.extra, id);
      },
      // Errors go out without yoga's HTTP hints (`extensions.http`), which mean nothing here.
      onError: (_ctx, _id, _payload, errors) => errors.map(withoutHttpHint),
      onSubscribe: async (ctx, id, sent) => {
        // graphql-ws has already entered this operation in ctx.subscriptions: it counts itself.
        if (Object.keys(ctx.subscriptions).length > maxOperationsPerConnection) {
          return [new TooManySubscriptionsError(maxOperationsPerConnection)];
        }
        let payload = sent;
        // Envelop's per-operation machinery is made only when this operation needs it: a subscriber
        // joining a running shared stream, with a document seen before, needs none of it.
        let enveloped: ReturnType<Yoga['getEnveloped']> | undefined;
        const env = () =>
          (enveloped ??= yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params: payload,
            connectionParams: ctx.connectionParams,
          }));
        // A bad operation is that operation's error, never the connection's: graphql-ws would close
        // the socket (4500) on a throw here, ending the client's other subscriptions with it.
        try {
          if (trusted) payload = trusted.resolve(sent, () => trusted.isAdmin(ctx.extra.client?.name));
          const checked = documents.check(payload.query, payload.operationName, env);
          if (checked.errors.length > 0) return checked.errors;
          if (checked.isSubscription) {
            const slot = ctx.extra.closed ? null : clientLimits.acquireSubscription(ctx.extra.limitKey!);
            if (!slot) return [new ClientSubscriptionLimitError(clientLimits.maxSubscriptions)];
            ctx.extra.held!.set(id, slot);
          }
          const op: Operation = {
            execute: (a) => env().execute(a),
            subscribe: (a) => env().subscribe(a),
            context: async () => env().contextFactory(),
            share: checked.shareable
              ? {
                  key: subscriptionKey(payload.query, payload.operationName, payload.variables, ctx.extra.client!.name),
                  replayLatest: checked.replayLatest,
                  labels: metrics.labelsOf(checked.document, payload.operationName),
                }
              : null,
          };
          const args: ExecutionArgs = {
            schema: (schema ??= env().schema),
            document: checked.document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            // Queries and mutations build theirs now; a subscription's is built only if it starts a stream.
            contextValue: checked.isSubscription ? undefined : await op.context(),
            rootValue: op,
          };
          return args;
        } catch (err) {
          release(ctx.extra, id);
          if (err instanceof GraphQLError) return [err];
          logger.error('could not start a WebSocket operation', { requestId: requestIdOfSocket(ctx.extra), err });
          return [new InternalError()];
        }
      },
    },
    wss,
    12_000,
  );
  // graphql-ws answers a socket's 'error' (an oversized frame, an invalid frame) with console.error
  // and the whole socket, once per connection a client opens; ws has already closed the socket with
  // the right code (1009 for a frame over maxPayload). Registered after graphql-ws's, this replaces it.
  wss.on('connection', (socket, req) => {
    socket.removeAllListeners('error');
    socket.on('error', (err: Error & { code?: string }) =>
      logger.debug('WebSocket frame refused; the socket is closed', { requestId: req.headers['x-request-id'], reason: err.message, code: err.code }),
    );
  });
  return {
    wss,
    multiplexer,
    /** Closes every socket (1001 Going away) and ends every shared stream. */
    async close(): Promise<void> {
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      await disposable.dispose();
      await multiplexer.close();
    },
  };
}

/** The id `verifyClient` gave the connection. */
function requestIdOfSocket(extra: Extra): string | undefined {
  const id = extra.request.headers['x-request-id'];
  return typeof id === 'string' ? id : undefined;
}

/** Gives back the per-client subscription slot operation `id` holds, if any. */
function release(extra: Extra, id: string): void {
  const slot = extra.held?.get(id);
  if (!slot) return;
  extra.held!.delete(id);
  slot();
}

function withoutHttpHint(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  if (!json.extensions || !('http' in json.extensions)) return json;
  const { http: _, ...extensions } = json.extensions;
  return { ...json, extensions };
}

interface Checked {
  document: DocumentNode;
  errors: readonly GraphQLError[];
  isSubscription: boolean;
  /** A subscription of plain root fields: identical ones share one execution. */
  shareable: boolean;
  /** Every root field is a state field: a late joiner of its shared stream gets the latest event first. */
  replayLatest: boolean;
}

/**
 * Parsed and validated operations by text and operation name (at most `max`, oldest dropped). The
 * schema never changes while the process runs, so a document's validation does not either; the
 * first sight of a text runs yoga's parse and validate (and their plugins), later ones reuse it.
 */
class CheckedDocuments {
  readonly #entries = new Map<string, Checked>();
  readonly #max: number;

  constructor(max = 1_000) {
    this.#max = max;
  }

  check(query: string, operationName: string | null | undefined, env: () => ReturnType<Yoga['getEnveloped']>): Checked {
    const key = `${operationName ?? ''}\u0000${query}`;
    const hit = this.#entries.get(key);
    if (hit) return hit;
    const e = env();
    const document = e.parse(query);
    const errors = e.validate(e.schema, document);
    const operation = errors.length === 0 ? getOperationAST(document, operationName) : null;
    const isSubscription = operation?.operation === 'subscription';
    // Only plain root fields are shared: what a fragment selects at the root is not read here, so a
    // subscription written with one runs on its own (never shared without its replay).
    const selections = operation?.selectionSet.selections ?? [];
    const plain = selections.length > 0 && selections.every((s) => s.kind === 'Field');
    const checked: Checked = {
      document,
      errors,
      isSubscription,
      shareable: isSubscription && plain,
      replayLatest: plain && selections.every((s) => s.kind === 'Field' && STATE_FIELDS.has(s.name.value)),
    };
    this.#entries.set(key, checked);
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    return checked;
  }
}
