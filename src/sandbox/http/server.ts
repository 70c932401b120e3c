import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxAdmin } from '../admin.ts';
import { handleAdmin } from '../admin-http.ts';
import { randomId } from '../ids.ts';
import type { Logger } from '../../log.ts';
import { serveMedia } from '../media.ts';
import type { Scheduler } from '../scheduler.ts';
import { readJsonObject } from './body.ts';
import type { Counters } from './counters.ts';
import type { FaultAction, FaultTable } from './faults.ts';
import { ProviderError, type ProviderDialect } from './provider-error.ts';
import { sendJson, sendRaw } from './respond.ts';

export interface RequestContext {
  req: IncomingMessage;
  url: URL;
  /** Path parameters, e.g. `{ id }` for `/v1/tasks/:id`. */
  params: Record<string, string>;
  /** Also sent as `X-Request-Id` on every answer. */
  requestId: string;
  /** The token of an `Authorization: Bearer …` header, if any. */
  bearer: string | undefined;
  /** The JSON object body; throws the provider's 400/413 errors. */
  body(): Promise<Record<string, unknown>>;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Path with `:name` parameters, e.g. `/v1/tasks/:id`. Its route key is `"METHOD path"`. */
  path: string;
  /** Status of the malformed-JSON fault's answer (the route's success status). @default 200 */
  successStatus?: number;
  /** Answers with a reply, or throws a `ProviderError`. */
  handle(ctx: RequestContext): Promise<Reply> | Reply;
}

export interface ProviderServerOptions {
  dialect: ProviderDialect;
  routes: Route[];
  admin: SandboxAdmin;
  counters: Counters;
  faults: FaultTable;
  scheduler: Scheduler;
  logger: Logger;
  /** Whether the job a result URL names (its `job` or `task` query parameter) had its files deleted. */
  mediaDeleted?: (jobId: string) => boolean;
}

export function routeKey(route: Pick<Route, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/**
 * One emulator's node:http server. Around the provider's routes it adds what both emulators
 * share: request ids, counters, injected faults, the `/__sandbox/` admin surface, `/media/`
 * files, 404/405 in the provider's envelope, and a `close()` that drops keep-alive sockets.
 */
export class ProviderServer {
  readonly server: Server;
  #options: ProviderServerOptions;

  constructor(options: ProviderServerOptions) {
    this.#options = options;
    this.server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
      this.#dispatch(req, res).catch((error: unknown) => this.#crash(res, error));
    });
  }

  /** Listens and resolves with the origin, e.g. `http://127.0.0.1:4020`. */
  listen(host: string, port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const address = this.server.address() as AddressInfo;
        const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        resolve(`http://${hostPart}:${address.port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  async #dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomId('req_');
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const { routes, counters, faults, scheduler } = this.#options;

    if (url.pathname.startsWith('/__sandbox/')) return handleAdmin(this.#options.admin, req, res, url);
    if (url.pathname.startsWith('/media/') && (req.method === 'GET' || req.method === 'HEAD')) {
      const job = url.searchParams.get('job') ?? url.searchParams.get('task');
      if (job && this.#options.mediaDeleted?.(job)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('This result has expired\n');
        return;
      }
      return serveMedia(req, res, safeDecode(url.pathname.slice('/media/'.length)) ?? '');
    }

    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    const matches = routes.map((route) => ({ route, params: matchPath(route.path, url.pathname) })).filter((m) => m.params);
    const match = matches.find((m) => m.route.method === req.method);
    if (!match?.params) {
      const error = matches.length
        ? new ProviderError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here`, {
            headers: { allow: matches.map((m) => m.route.method).join(', ') },
          })
        : new ProviderError(404, 'NOT_FOUND', `No route for ${req.method} ${url.pathname}`);
      return this.#sendError(res, error, requestId);
    }

    const key = routeKey(match.route);
    counters.increment(key, bearer);
    res.once('finish', () => counters.answered(key, res.statusCode));
    const fault = faults.take(key);
    if (fault.latencyMs > 0) await scheduler.sleep(fault.latencyMs);
    if (this.#applyFault(req, res, fault.action, match.route, requestId)) return;

    try {
      const reply = await match.route.handle({
        req,
        url,
        params: match.params,
        requestId,
        bearer,
        body: () => readJsonObject(req),
      });
      if (fault.answerLatencyMs > 0) await scheduler.sleep(fault.answerLatencyMs);
      sendJson(res, reply.status, reply.body, reply.headers);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      this.#sendError(res, error, requestId);
    }
  }

  /** True when the fault answered (or dropped) the request. */
  #applyFault(req: IncomingMessage, res: ServerResponse, action: FaultAction, route: Route, requestId: string): boolean {
    switch (action.kind) {
      case 'none':
        return false;
      case 'drop':
        req.socket.destroy();
        return true;
      case 'malformed':
        sendRaw(res, route.successStatus ?? 200, '{"status":"succ');
        return true;
      case 'error': {
        const headers: Record<string, string> = {};
        if (action.retryAfterSeconds !== undefined) headers['retry-after'] = String(action.retryAfterSeconds);
        const error =
          action.status === 429
            ? new ProviderError(429, 'RATE_LIMITED', 'Too many requests, retry later', { headers })
            : new ProviderError(action.status, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable', { headers });
        this.#sendError(res, error, requestId);
        return true;
      }
    }
  }

  #sendError(res: ServerResponse, error: ProviderError, requestId: string): void {
    sendJson(res, error.status, this.#options.dialect.errorBody(error, requestId), error.headers);
  }

  #crash(res: ServerResponse, error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') {
      res.destroy();
      return;
    }
    this.#options.logger.error('sandbox route failed', { error });
    const requestId = String(res.getHeader('x-request-id') ?? '');
    this.#sendError(res, new ProviderError(500, 'INTERNAL_ERROR', 'Internal sandbox error'), requestId);
  }
}

function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] ?? '';
    if (part.startsWith(':')) {
      const value = safeDecode(actual);
      if (!value) return undefined;
      params[part.slice(1)] = value;
    } else if (part !== actual) return undefined;
  }
  return params;
}

/** `decodeURIComponent`, or undefined for a malformed escape (answered as an unknown path). */
function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
