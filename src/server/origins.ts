import type { CORSOptions } from 'graphql-yoga';
import type { CorsConfig } from '../config.ts';

/** `http(s)://localhost`, `127.0.0.1` or `[::1]`, any port. */
const LOCALHOST = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;

/**
 * Which browser origins may use `/graphql`, over HTTP and WebSocket (`CORS_ORIGINS`). A request
 * without an `Origin` header is not a browser's cross-site request and passes. A browser's request
 * from another origin is refused outright (403, or a refused WebSocket upgrade) rather than only
 * left without CORS headers: a form POST or a WebSocket is not stopped by CORS, and both could spend
 * credits in open mode.
 *
 * With gateway keys, the gateway's own origin (the `Origin` naming the `Host` the request was sent
 * to: GraphiQL served by this gateway) passes too. Not in open mode, where any page could reach the
 * gateway under its own name by DNS rebinding, and no key would stop it.
 */
export class OriginPolicy {
  readonly #cors: CorsConfig;
  readonly #sameOrigin: boolean;

  constructor(cors: CorsConfig, options: { allowSameOrigin: boolean }) {
    this.#cors = cors;
    this.#sameOrigin = options.allowSameOrigin;
  }

  allows(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) return true;
    const cors = this.#cors;
    if (cors.any || cors.origins.includes(origin)) return true;
    if (cors.localhost && LOCALHOST.test(origin)) return true;
    return this.#sameOrigin && host !== undefined && (origin === `https://${host}` || origin === `http://${host}`);
  }

  /** yoga's `cors` option: CORS headers (the origin echoed, `Vary: Origin`, no credentials) for allowed origins only. */
  yogaCors(): (request: Request) => CORSOptions {
    return (request) => {
      const origin = request.headers.get('origin') ?? undefined;
      return origin !== undefined && this.allows(origin, request.headers.get('host') ?? undefined) ? { credentials: false, maxAge: 600 } : false;
    };
  }
}
