import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TransportLimits } from '../config.ts';
import type { Logger } from '../log.ts';
import { ClientSubscriptionLimitError, ForbiddenOriginError, UnauthenticatedError } from '../resolvers/graphql-errors.ts';
import { authenticate } from './auth.ts';
import { ClientLimits } from './client-limits.ts';
import { createFastGraphQL, type FastPathStats } from './fast-graphql.ts';
import type { Yoga } from './graphql.ts';
import { requestIdOf, sendGraphQLError, sendJson } from './http-util.ts';
import type { Metrics } from './metrics.ts';
import type { OriginPolicy } from './origins.ts';

export interface HttpOptions {
  yoga: Yoga;
  /** Handles `/webhooks/…`; false for any other path. */
  webhooks: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
  /** Handles `/media/…` (uploaded photos, copies of outputs); false for any other path. */
  media?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
  /** Resolves when the store answers (for `/readyz`). */
  ready: () => Promise<void>;
  metrics: Metrics;
  logger: Logger;
  /**
   * Answer plain JSON POSTs of one query or mutation without yoga's HTTP layer (see
   * fast-graphql.ts); everything else, and every error before execution, still goes to yoga.
   * @default true
   */
  fastPath?: boolean;
  /**
   * Browser origins allowed on `/graphql`, per-client SSE streams, request body and time limits.
   * Without it (tests of the fast path against yoga): no origin check or SSE cap, Node's timeouts.
   */
  transport?: {
    origins: OriginPolicy;
    clientLimits: ClientLimits;
    clients: { name: string; key: string }[];
    limits: TransportLimits;
  };
}

/** How often Node looks for requests past their headers or request timeout (its default, 30 s, would let one run that much longer). */
const TIMEOUT_CHECK_MS = 1_000;

/**
 * The HTTP server and its routes: `/graphql` (the fast path for plain JSON queries and mutations,
 * yoga for the rest: SSE, GraphiQL, errors before execution…), provider
 * webhooks, `/healthz`, `/readyz`, `/metrics`. Counts requests in flight so that a stop lets them
 * finish (a submit must record what the provider accepted).
 */
export function createHttpServer({ yoga, webhooks, media, ready, metrics, logger, fastPath = true, transport }: HttpOptions) {
  let inFlight = 0;
  const fast = fastPath ? createFastGraphQL(yoga, logger, { maxBody: transport?.limits.requestBodyBytes }) : null;
  let drained: (() => void) | null = null;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (path === '/graphql') {
      res.setHeader('x-request-id', requestIdOf(req));
      if (transport) {
        // A browser page from another origin: refused before anything runs. CORS would only hide the
        // answer from the page; the request itself (a form POST, a fetch without a preflight) would run.
        if (!transport.origins.allows(req.headers.origin, req.headers.host)) return sendGraphQLError(res, new ForbiddenOriginError());
        if (isEventStream(req) && !holdStream(req, res, transport)) {
          return sendGraphQLError(res, new ClientSubscriptionLimitError(transport.clientLimits.maxSubscriptions));
        }
        // An upload's body may be large: without a valid key it is refused before it is read.
        if (isMultipart(req)) {
          const client = authenticate(req.headers.authorization, transport.clients);
          if (!client) {
            res.setHeader('www-authenticate', 'Bearer');
            return sendGraphQLError(res, new UnauthenticatedError(client === null));
          }
        }
      }
      if (fast) return fast.handle(req, res);
      return void (await yoga.handle(req, res));
    }
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const ok = await ready().then(
        () => true,
        () => false,
      );
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'store unavailable' });
    }
    if (await webhooks(req, res, path)) return;
    if (media && (await media(req, res, path))) return;
    if (path === '/metrics') {
      const body = await metrics.render();
      res.writeHead(200, { 'content-type': metrics.contentType, 'content-length': Buffer.byteLength(body) });
      return void res.end(body);
    }
    if (path === '/') {
      res.writeHead(302, { location: '/graphql' });
      return void res.end();
    }
    sendJson(res, 404, { error: 'not found' });
  }

  const timeouts = transport && {
    requestTimeout: transport.limits.requestTimeoutSeconds * 1000,
    headersTimeout: transport.limits.headersTimeoutSeconds * 1000,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  };
  const server: Server = createServer(timeouts ?? {}, (req, res) => {
    // SSE subscriptions stay open by design; they are closed, not awaited, by stop().
    if (!isEventStream(req)) {
      inFlight++;
      res.once('close', () => {
        if (--inFlight === 0) drained?.();
      });
    }
    route(req, res).catch((err) => {
      logger.error('request failed', { err, path: req.url?.split('?')[0] });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  return {
    server,
    /** How many `/graphql` requests the fast path answered and handed to yoga; null when it is off. */
    fastPath: (fast?.stats ?? null) as FastPathStats | null,
    /** Resolves once no request is in flight, or after `ms`. */
    async drain(ms: number): Promise<void> {
      if (inFlight === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([new Promise<void>((resolve) => (drained = resolve)), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
    },
  };
}

function isMultipart(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

function isEventStream(req: IncomingMessage): boolean {
  return String(req.headers.accept ?? '').includes('text/event-stream');
}

/**
 * Counts an SSE stream against its client's subscriptions until the response closes; false when
 * the client has all it may. A request without a valid key is not counted: yoga answers it 401.
 */
function holdStream(req: IncomingMessage, res: ServerResponse, transport: NonNullable<HttpOptions['transport']>): boolean {
  const client = authenticate(req.headers.authorization, transport.clients);
  if (!client) return true;
  const release = transport.clientLimits.acquireSubscription(ClientLimits.keyOf(client, req.socket.remoteAddress));
  if (!release) return false;
  res.once('close', release);
  return true;
}
