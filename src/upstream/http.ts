import { type Dispatcher, Pool } from 'undici';
import type { ProviderId } from '../tasks/provider.ts';
import { UpstreamMalformedResponseError, UpstreamNetworkError, UpstreamTimeoutError } from './errors.ts';

/**
 * One undici Pool per provider origin, explicit timeouts, and a response body that is always read
 * (or dumped) before returning, so no connection is held by an unread body.
 */

export interface UpstreamHttpOptions {
  provider: ProviderId;
  /** Base URL including any path prefix, e.g. `https://api.example.com/v1`. */
  baseUrl: string;
  apiKey: string;
  /** @default 5_000 */
  connectTimeoutMs?: number;
  /** Time to the response headers (a provider answers a submit at once; we never use blocking forms). @default 30_000 */
  headersTimeoutMs?: number;
  /** @default 30_000 */
  bodyTimeoutMs?: number;
  /** @default 16 */
  connections?: number;
  /** Larger responses are refused (they are not what the contract describes). @default 1 MiB */
  maxResponseBytes?: number;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; `undefined` for an empty body. */
  json: unknown;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** Failures that mean the request never reached the provider; after any other, it may have been acted on. */
const NOT_SENT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export class UpstreamHttp {
  readonly provider: ProviderId;
  readonly baseUrl: string;
  readonly #pool: Pool;
  readonly #pathPrefix: string;
  readonly #apiKey: string;
  readonly #maxResponseBytes: number;

  constructor(options: UpstreamHttpOptions) {
    const url = new URL(options.baseUrl);
    this.provider = options.provider;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#pathPrefix = url.pathname.replace(/\/+$/, '');
    this.#apiKey = options.apiKey;
    this.#maxResponseBytes = options.maxResponseBytes ?? 1024 * 1024;
    this.#pool = new Pool(url.origin, {
      connections: options.connections ?? 16,
      connect: { timeout: options.connectTimeoutMs ?? 5_000 },
      headersTimeout: options.headersTimeoutMs ?? 30_000,
      bodyTimeout: options.bodyTimeoutMs ?? 30_000,
      keepAliveTimeout: 4_000,
      // undici refuses a larger body itself, declared or chunked (UND_ERR_RES_EXCEEDED_MAX_SIZE).
      maxResponseSize: options.maxResponseBytes ?? 1024 * 1024,
    });
  }

  /** Sends one request. Resolves with any HTTP status; rejects only with an `UpstreamError`. */
  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<UpstreamResponse> {
    let res: Dispatcher.ResponseData;
    try {
      res = await this.#pool.request({
        method,
        path: this.#pathPrefix + path,
        headers: {
          authorization: `Bearer ${this.#apiKey}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          'user-agent': 'TourGraph/0.1',
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch (err) {
      throw this.#transportError(err, `${method} ${path}`);
    }

    let text: string;
    try {
      text = await res.body.text();
    } catch (err) {
      if ((err as { code?: string } | null)?.code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
        throw new UpstreamMalformedResponseError({
          provider: this.provider,
          httpStatus: res.statusCode,
          message: `response exceeds the ${this.#maxResponseBytes}-byte limit`,
        });
      }
      throw this.#transportError(err, `${method} ${path}`);
    }

    let json: unknown;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        throw new UpstreamMalformedResponseError({
          provider: this.provider,
          httpStatus: res.statusCode,
          message: `${method} ${path} answered ${res.statusCode} with a body that is not JSON`,
        });
      }
    }
    return { status: res.statusCode, headers: res.headers, json };
  }

  /** Classifies a transport failure by undici's `err.code`, never by message. */
  #transportError(err: unknown, what: string) {
    const code = (err as { code?: string } | null)?.code ?? 'UNKNOWN';
    const outcomeUnknown = !NOT_SENT_CODES.has(code);
    if (TIMEOUT_CODES.has(code)) {
      return new UpstreamTimeoutError({ provider: this.provider, message: `${what} timed out (${code})`, cause: err, outcomeUnknown });
    }
    return new UpstreamNetworkError({ provider: this.provider, message: `${what} failed: ${code}`, cause: err, outcomeUnknown });
  }

  /** Aborts requests in flight (they fail with a network error) and closes the connections. */
  destroy(): Promise<void> {
    return this.#pool.destroy();
  }
}
