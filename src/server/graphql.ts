import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, type Plugin, useErrorHandler, type YogaServerInstance } from 'graphql-yoga';
import type { TransportLimits } from '../config.ts';
import type { Logger } from '../log.ts';
import type { MediaCopy } from '../media/copies.ts';
import type { Media } from '../media/service.ts';
import type { Context } from '../resolvers/context.ts';
import { ClientError } from '../tasks/errors.ts';
import type { TaskEvents } from '../tasks/events.ts';
import type { TaskService } from '../tasks/service.ts';
import type { Task } from '../tasks/task.ts';
import { authenticate, type GatewayClient } from './auth.ts';
import { FAST_PATH } from './fast-graphql.ts';
import { cachedGraphiQLRenderer, type ExampleOperation, graphiqlOptions } from './graphiql.ts';
import { type OperationMetrics, useOperationMetrics } from './operation-metrics.ts';
import type { OriginPolicy } from './origins.ts';
import { useRequestBodyLimits } from './body-limits.ts';
import { queryLimitPlugins } from './query-limits.ts';
import type { TrustedDocuments } from './trusted-documents.ts';
import { UnauthenticatedError } from '../resolvers/graphql-errors.ts';

export interface GraphQLOptions {
  schema: GraphQLSchema;
  clients: { name: string; key: string }[];
  tasks: TaskService;
  events: TaskEvents;
  /** Uploads, photos, and how a task's video is shown. */
  media: Media;
  /** Bytes of an uploaded file a multipart request may carry besides `limits.requestBodyBytes` (`MAX_UPLOAD_BYTES`). */
  uploadBytes: number;
  logger: Logger;
  /** GraphiQL's preloaded create mutations, one per provider. */
  examples: ExampleOperation[];
  /** Parse-time limits on documents and the request body limit. */
  limits: TransportLimits;
  /** Browser origins that get CORS headers. */
  origins: OriginPolicy;
  /** Trusted-documents mode (GraphiQL off, only the manifest's documents for non-admins); null: off. */
  trusted: TrustedDocuments | null;
  /** Where every operation is counted and timed, whatever its transport. */
  metrics: OperationMetrics;
  /** OpenTelemetry's plugin (`OTEL_TRACING`); null: off. */
  tracing?: Plugin | null;
}

/**
 * Headers that make a browser request non-simple (preflighted), besides a non-form Content-Type:
 * yoga's, Apollo clients', and `Authorization`, which no cross-site form or simple request can carry.
 */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'x-apollo-operation-name', 'graphql-require-preflight', 'authorization'];

export type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

/**
 * Yoga with our context: who is asking (gateway key over HTTP, `connectionParams` over
 * graphql-ws), a per-request task loader and a logger carrying the request id. Hardened: CORS for
 * allowed origins only, CSRF prevention (a form POST or a plain GET without a preflight-forcing
 * header is refused with 403), parse-time limits on every document, a request body limit, and in
 * trusted-documents mode only the manifest's documents and no GraphiQL.
 */
export function createGraphQL({
  schema,
  clients,
  tasks,
  events,
  media,
  uploadBytes,
  logger,
  examples,
  limits,
  origins,
  trusted,
  metrics,
  tracing,
}: GraphQLOptions): Yoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // A function even when off, so that yoga keeps the same hooks (the fast path counts them).
    graphiql: trusted ? () => false : graphiqlOptions(schema, examples, clients.length > 0),
    renderGraphiQL: cachedGraphiQLRenderer(),
    cors: origins.yogaCors(),
    // Replaced by useRequestBodyLimits (below), which lets a multipart upload carry its file too.
    maxRequestBodySize: false,
    logging: {
      debug: (...a: unknown[]) => logger.debug(String(a[0]), { args: a.slice(1) }),
      info: (...a: unknown[]) => logger.info(String(a[0]), { args: a.slice(1) }),
      warn: (...a: unknown[]) => logger.warn(String(a[0]), { args: a.slice(1) }),
      // Yoga logs a masked error without its request; the handler below logs it with one.
      error: (...a: unknown[]) => logger.debug(String(a[0]), { args: a.slice(1) }),
    },
    plugins: [
      // First, so that its time covers the other plugins' execution hooks.
      useOperationMetrics(metrics),
      ...(tracing ? [tracing] : []),
      // Unexpected errors stay masked for the client (yoga's default) and are logged here once, with
      // the request id, for queries, mutations and subscription events alike.
      useErrorHandler(({ errors, context }) => {
        // In the execution phase envelop hands over the execution args, our context at `contextValue`.
        const ctx = ((context as { contextValue?: Partial<Context> } | undefined)?.contextValue ?? context) as Partial<Context> | undefined;
        const log = ctx?.log ?? logger;
        for (const e of errors) {
          const original = (e as GraphQLError).originalError ?? e;
          if (original instanceof GraphQLError || original instanceof ClientError) continue;
          log.error('unexpected error in a resolver', { err: original, path: (e as GraphQLError).path?.join('.') });
        }
      }),
      ...queryLimitPlugins(limits),
      useRequestBodyLimits({ body: limits.requestBodyBytes, multipart: limits.requestBodyBytes + uploadBytes }),
      // The fast path takes only application/json POSTs, which no browser sends cross-site without a
      // preflight: this check passes for all of them, so the fast path need not run it.
      { ...useCSRFPrevention({ requestHeaders: CSRF_HEADERS }), [FAST_PATH]: {} },
      ...(trusted ? [trusted.plugin(clients)] : []),
    ],
    // `request`: yoga's and the fast path's; `req`: the node request, over graphql-ws the socket's upgrade.
    context: ({ request, req, connectionParams }: { request?: Request; req?: IncomingMessage; connectionParams?: Record<string, unknown> }) => {
      const client = clientOf(request?.headers.get('authorization') ?? authorizationParam(connectionParams), clients);
      // The id http.ts or ws.ts gave the request (or the socket: every operation of a connection has its id).
      const given = request?.headers.get('x-request-id') ?? req?.headers['x-request-id'];
      const requestId = typeof given === 'string' && given !== '' ? given : randomUUID();
      return createContext(client, tasks, events, media, requestId, logger);
    },
  });
}

/** The client behind a credential, or the GraphQL error (401) a missing or wrong one gets. */
export function clientOf(authorization: string | null | undefined, clients: { name: string; key: string }[]): GatewayClient {
  const client = authenticate(authorization, clients);
  if (!client) {
    throw new UnauthenticatedError(client === null);
  }
  return client;
}

/** `Authorization` as graphql-ws clients send it, in `connectionParams`. */
export function authorizationParam(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const v = params?.authorization ?? params?.Authorization;
  return typeof v === 'string' ? v : undefined;
}

function createContext(client: GatewayClient, tasks: TaskService, events: TaskEvents, media: Media, requestId: string, logger: Logger): Context {
  let loader: DataLoader<string, Task | null> | undefined;
  let copies: DataLoader<string, MediaCopy | null> | undefined;
  let log: Logger | undefined;
  return {
    client,
    tasks,
    events,
    media,
    requestId,
    // Made on first use: most operations read no task by id, and a subscription's context lives long.
    get loadTask() {
      return (loader ??= new DataLoader<string, Task | null>((ids) => tasks.getMany(ids, client.name)));
    },
    // Not cached: a subscription's context outlives many events, and a copy's status changes between them.
    get loadMediaCopy() {
      return (copies ??= new DataLoader<string, MediaCopy | null>((ids) => media.copiesOf(ids), { cache: false }));
    },
    get log() {
      return (log ??= logger.child({ requestId, client: client.name }));
    },
  };
}
