import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import { createGraphQLError, isAsyncIterable, processRegularResult, type YogaLogger } from 'graphql-yoga';
import type { Logger } from '../log.ts';
import type { Yoga } from './graphql.ts';

/**
 * A fast path for the common `POST /graphql` request, beside yoga rather than instead of it.
 *
 * Yoga's Node adapter turns every request into a ponyfill `Request` (headers, a body stream, an
 * AbortSignal), runs its request parsers and HTTP hooks and turns a `Response` back into the node
 * response: about 250–300 µs a request, several times the work of a small operation. For a plain
 * JSON POST of one query or mutation most of that decides nothing. This path reads the body
 * itself and runs the operation through the same envelop instance (`yoga.getEnveloped`): the same
 * parser and validation caches, context factory (authentication), error masking and error
 * logging, and yoga's own result processor for the status code, content type and body.
 *
 * Whatever it is not sure to answer exactly as yoga would goes to yoga, with the body already
 * read: other methods, content types and `Accept` values (SSE, multipart, GraphiQL), query
 * strings, an `Origin` (CORS), bodies without a Content-Length or over 1 MiB, batches, unknown
 * body keys, and every error before execution (body JSON, parse, validation, operation
 * resolution, a subscription, the 401 of a missing or wrong key). Those steps have no side
 * effects, so yoga doing them again answers what it would have answered alone.
 *
 * It reproduces yoga as configured by `createGraphQL`. A yoga with more HTTP-level or yoga-level
 * hooks (a plugin with `onRequest`, `onRequestParse`, `onParams`, `onExecutionResult`, …) than the
 * built-in ones would be bypassed in part, so `createFastGraphQL` refuses such a yoga (returns
 * null, with a warning) and everything goes to yoga, unless the plugin is marked `[FAST_PATH]`:
 * this path then does what the plugin's hooks would (CSRF prevention passes every request this
 * path takes; trusted documents resolve the params the same way). Envelop-level plugins (the
 * parse-time limits of query-limits.ts, error handling) run here as in yoga, through
 * `yoga.getEnveloped`, and their errors hand the request to yoga.
 */

/**
 * Marks a plugin whose yoga-level hooks the fast path reproduces. `params` stands for an
 * `onParams` hook: it returns the params to run, or throws (the request then goes to yoga, whose
 * hook throws the same error).
 */
export const FAST_PATH = Symbol.for('tourgraph.fastPath');

export interface FastPathHooks {
  params?: (params: RequestParams, request: { headers: { get(name: string): string | null } }) => RequestParams;
}

/** Bodies up to this size (or yoga's body limit, if lower) take the fast path; larger ones go to yoga unread, which answers 413 past its limit. */
export const FAST_PATH_MAX_BODY = 1024 * 1024;

/** Why a request went to yoga, for the counters. */
export type FallbackReason = 'request' | 'body' | 'params' | 'document' | 'context';

export interface FastPathStats {
  /** Requests answered by the fast path. */
  fast: number;
  /** Requests handed to yoga, by the step that decided it. */
  fallback: Record<FallbackReason, number>;
}

export interface FastGraphQL {
  /** Answers one `/graphql` request, through the fast path or yoga. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  stats: FastPathStats;
}

/** The parts of yoga's server object the fast path reads (private in yoga's typings). */
interface YogaInternals {
  plugins: Record<string, unknown>[];
  onRequestParseHooks: unknown[];
  onParamsHooks: unknown[];
  onExecutionResultHooks: unknown[];
  onResultProcessHooks: unknown[];
  instrumentation?: unknown;
  maskedErrorsOpts: { errorMessage: string; isDev?: boolean; maskError: (error: unknown, message: string, isDev?: boolean) => Error } | null;
  logger: YogaLogger;
  waitUntil: (p: Promise<unknown>) => void;
}

/**
 * The hooks of yoga as `createGraphQL` builds it, all of them accounted for by this path:
 * onRequest — health check, CORS, GraphiQL (GET only), unhandled route (other paths); onResponse —
 * CORS (only with an Origin); onRequestParse — 5 request parsers, body size limit, batching limit,
 * method check; onParams — the params check; onResultProcess — result processors.
 */
const EXPECTED_HOOKS = { onRequest: 4, onResponse: 1, onRequestParse: 8, onParams: 1, onExecutionResult: 0, onResultProcess: 1 };

/** A GraphQL-over-HTTP request's params; `documentId` names a trusted document instead of `query`. */
export interface RequestParams {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
  documentId?: unknown;
}

type Params = RequestParams & { query: string };

/** Stands in for yoga's `new Response(body, init)` when its result processor is reused. */
class CapturedResponse {
  readonly body: string | null;
  readonly init: { status: number; headers: Record<string, string> };
  constructor(body: string | null, init: { status: number; headers: Record<string, string> }) {
    this.body = body;
    this.init = init;
  }
}
const CAPTURE_FETCH_API = { Response: CapturedResponse } as unknown as Parameters<typeof processRegularResult>[1];

/** The media type as yoga matches it (case-sensitive); the charset, if any, utf-8 in any case. */
const JSON_CONTENT_TYPE = /^application\/json(?:;[ \t]*(?i:charset=utf-8))?$/;
const CONTENT_LENGTH = /^\d+$/;
const REGULAR_MEDIA_TYPES = ['application/graphql-response+json', 'application/json'] as const;

/**
 * The media type yoga's result processors would pick for `accept`, or null when the answer is not
 * a regular JSON one for sure (SSE, multipart, HTML, other types or parameters, no match).
 * Mirrors `getMediaTypesForRequestInOrder` and `useResultProcessors` (yoga ignores q values; the
 * first listed type wins; `*∕*` gets application/json).
 */
export function negotiateMediaType(accept: string | undefined): string | null {
  if (accept === undefined || accept === '') return 'application/json';
  const entries = accept.replace(/\s/g, '').toLowerCase().split(',');
  const mediaTypes: string[] = [];
  for (const entry of entries) {
    const [mediaType, ...params] = entry.split(';');
    if (mediaType !== 'application/json' && mediaType !== 'application/graphql-response+json' && mediaType !== '*/*') return null;
    for (const p of params) {
      if (p !== 'charset=utf-8' && !/^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(p)) return null;
    }
    mediaTypes.push(mediaType);
  }
  // Yoga walks the list backwards and keeps the last match: the first entry listed wins.
  let chosen: string | null = null;
  for (const asked of mediaTypes.reverse()) {
    for (const type of REGULAR_MEDIA_TYPES) if (asked === '*/*' || asked === type) chosen = type;
  }
  return chosen;
}

/** Whether the request may take the fast path, judged before its body is read. */
function eligible(req: IncomingMessage, maxBody: number): string | null {
  if (req.method !== 'POST' || req.url !== '/graphql') return null;
  const h = req.headers;
  if (h.origin !== undefined || h['transfer-encoding'] !== undefined) return null;
  const type = h['content-type'];
  if (type === undefined || !JSON_CONTENT_TYPE.test(type)) return null;
  const length = h['content-length'];
  if (length === undefined || !CONTENT_LENGTH.test(length)) return null;
  const n = Number(length);
  if (n === 0 || n > maxBody) return null;
  const accept = h.accept;
  if (accept === undefined) return 'application/json';
  let chosen = negotiated.get(accept);
  if (chosen === undefined) {
    chosen = negotiateMediaType(accept);
    if (negotiated.size < 256) negotiated.set(accept, chosen);
  }
  return chosen;
}

/** Accept headers seen, and what they negotiate: clients send a handful of distinct ones. */
const negotiated = new Map<string, string | null>();

/**
 * The body as JSON params the fast path takes: one object, known keys of the expected types, and a
 * `query` unless `documentId` may name the document (trusted documents are on).
 */
function paramsOf(body: unknown, documentIds: boolean): RequestParams | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  let query = false;
  for (const key in body) {
    const v = (body as Record<string, unknown>)[key];
    switch (key) {
      case 'query':
        if (typeof v !== 'string') return null;
        query = true;
        break;
      case 'operationName':
        if (v !== null && v !== undefined && typeof v !== 'string') return null;
        break;
      case 'variables':
      case 'extensions':
        if (v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v))) return null;
        break;
      case 'documentId':
        if (!documentIds || typeof v !== 'string') return null;
        break;
      default:
        return null;
    }
  }
  return query || documentIds ? (body as RequestParams) : null;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      ended = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.once('error', reject);
    req.once('close', () => {
      if (!ended) reject(new Error('request closed before its body ended'));
    });
  });
}

/** The request as envelop plugins and our context see it: method, url and headers, no body. */
function requestShim(req: IncomingMessage) {
  const headers = req.headers;
  return {
    method: 'POST',
    get url() {
      return `http://${headers.host ?? 'localhost'}${req.url}`;
    },
    headers: {
      get(name: string): string | null {
        const v = headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
      has(name: string): boolean {
        return headers[name.toLowerCase()] !== undefined;
      },
    },
  };
}

/** Yoga's `handleError` for an error thrown by execution (masked unless it is a GraphQLError). */
function handleThrown(error: unknown, internals: YogaInternals): GraphQLError[] {
  if (error !== null && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)) {
    return error.errors.flatMap((e: unknown) => handleThrown(e, internals));
  }
  const opts = internals.maskedErrorsOpts;
  if (opts) {
    const masked = opts.maskError(error, opts.errorMessage, opts.isDev);
    if (masked !== error) internals.logger.error(error);
    return [masked instanceof GraphQLError ? masked : createGraphQLError(masked.message, { originalError: masked })];
  }
  if (error instanceof GraphQLError) return [error];
  if (error instanceof Error) return [createGraphQLError(error.message, { originalError: error })];
  return [createGraphQLError(String(error), { extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } })];
}

/** Hooks of the plugins this path does not reproduce (those not marked `[FAST_PATH]`). */
function hookCounts(internals: YogaInternals) {
  const plugins = internals.plugins.filter((p) => p && !(FAST_PATH in p));
  const count = (hook: string) => plugins.filter((p) => typeof p[hook] === 'function').length;
  return {
    onRequest: count('onRequest'),
    onResponse: count('onResponse'),
    onRequestParse: count('onRequestParse'),
    onParams: count('onParams'),
    onExecutionResult: count('onExecutionResult'),
    onResultProcess: count('onResultProcess'),
  };
}

/**
 * The fast path in front of `yoga`, or null (with a warning) when this yoga has hooks the fast
 * path would bypass or a schema with incremental delivery (`@defer`/`@stream`).
 */
export function createFastGraphQL(yoga: Yoga, logger: Logger, options: { maxBody?: number } = {}): FastGraphQL | null {
  const internals = yoga as unknown as YogaInternals;
  const maxBody = Math.min(FAST_PATH_MAX_BODY, options.maxBody ?? FAST_PATH_MAX_BODY);
  const paramsHooks = internals.plugins.flatMap((p) => (p && FAST_PATH in p ? ((p[FAST_PATH as never] as FastPathHooks).params ?? []) : []));
  const counts = hookCounts(internals);
  const getEnveloped = yoga.getEnveloped;
  const { schema } = getEnveloped({} as never);
  const unexpected = Object.entries(EXPECTED_HOOKS).filter(([k, n]) => counts[k as keyof typeof counts] !== n);
  if (unexpected.length > 0 || internals.instrumentation || schema.getDirective('defer') || schema.getDirective('stream')) {
    logger.warn('GraphQL fast path disabled: yoga has hooks or a schema it does not reproduce; every request goes through yoga', {
      hooks: counts,
      instrumentation: Boolean(internals.instrumentation),
    });
    return null;
  }
  const waitUntil = internals.waitUntil;
  const stats: FastPathStats = { fast: 0, fallback: { request: 0, body: 0, params: 0, document: 0, context: 0 } };

  /** Yoga answers, reading the body from `body` when the stream has been consumed already. */
  function toYoga(req: IncomingMessage, res: ServerResponse, reason: FallbackReason, body?: Buffer): Promise<void> {
    stats.fallback[reason]++;
    // The adapter takes a `body` already read off a node request (as body-parsing frameworks
    // leave it); a Readable is cheap to hand over, unlike a Buffer whose keys it would count.
    if (body) (req as { body?: unknown }).body = Readable.from(body);
    return Promise.resolve(yoga.handle(req, res)).then(() => undefined);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const mediaType = eligible(req, maxBody);
    if (mediaType === null) return toYoga(req, res, 'request');

    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      // The client went away mid-body: nobody is left to answer.
      res.destroy();
      return;
    }
    let sent: RequestParams | null;
    try {
      sent = paramsOf(JSON.parse(body.toString('utf8')), paramsHooks.length > 0);
    } catch {
      sent = null;
    }
    if (sent === null) return toYoga(req, res, 'body', body);

    const request = requestShim(req);
    try {
      for (const hook of paramsHooks) sent = hook(sent, request);
    } catch {
      return toYoga(req, res, 'params', body);
    }
    if (typeof sent.query !== 'string') return toYoga(req, res, 'params', body);
    const params = sent as Params;
    // What yoga hands envelop: its server context ({ req, res, waitUntil }) with request and params.
    const context = { req, res, waitUntil, request, params };
    const enveloped = getEnveloped(context as never);
    let document: DocumentNode;
    try {
      document = enveloped.parse(params.query);
      if (enveloped.validate(enveloped.schema, document).length > 0) return toYoga(req, res, 'document', body);
    } catch {
      return toYoga(req, res, 'document', body);
    }
    const operation = getOperationAST(document, params.operationName);
    if (!operation || operation.operation === 'subscription') return toYoga(req, res, 'document', body);

    let contextValue: unknown;
    try {
      contextValue = await enveloped.contextFactory();
    } catch {
      // E.g. a missing or wrong gateway key (401 with WWW-Authenticate): nothing ran yet.
      return toYoga(req, res, 'context', body);
    }

    stats.fast++;
    let result: ExecutionResult;
    try {
      const executed = await enveloped.execute({
        schema: enveloped.schema,
        document,
        contextValue,
        variableValues: params.variables,
        operationName: params.operationName,
      });
      result = executed as ExecutionResult;
    } catch (err) {
      result = { errors: handleThrown(err, internals) };
    }
    if (isAsyncIterable(result)) {
      // Incremental delivery is refused at creation (no @defer/@stream); close one if it comes.
      void (result as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
    }
    if (res.destroyed || res.writableEnded) return;
    let processed: CapturedResponse;
    try {
      processed = processRegularResult(result, CAPTURE_FETCH_API, mediaType) as unknown as CapturedResponse;
    } catch (err) {
      // As yoga does when processing a result throws (e.g. a value JSON cannot hold).
      processed = processRegularResult({ errors: handleThrown(err, internals) }, CAPTURE_FETCH_API, mediaType) as unknown as CapturedResponse;
    }
    const { body: answer, init } = processed;
    const text = answer ?? '';
    init.headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(init.status, init.headers);
    res.end(text);
  }

  return { handle, stats };
}
