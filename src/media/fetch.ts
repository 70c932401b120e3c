import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import { addressKind, guardedLookup, isLocalHost } from '../shared/addresses.ts';

/**
 * Downloads a provider's output (to copy it, or to relay it while no copy exists), with the limits
 * a server fetching URLs it was handed needs: a timeout for the headers and between body chunks,
 * at most 3 redirects (each checked again), and no private, loopback or link-local address
 * (checked on every address DNS gives, at connect time) unless the provider runs on this machine or
 * network, as the sandbox does.
 */
export interface MediaResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: AsyncIterable<Buffer> & { destroy(err?: Error): void; dump(opts?: { limit?: number }): Promise<void> };
}

/** A download that could not start: the address was refused, too many redirects, no connection. */
export class MediaFetchError extends Error {
  override name = 'MediaFetchError';
}

const MAX_REDIRECTS = 3;
const REFUSED = 'MEDIA_ADDRESS_NOT_ALLOWED';

export class MediaFetcher {
  readonly #public = new Agent({ connect: { lookup: guardedLookup((address) => addressKind(address) === 'public', REFUSED) }, connections: 16 });
  readonly #any = new Agent({ connections: 16 });
  readonly #timeoutMs: number;

  /** `timeoutMs`: longest wait for the headers, and between two chunks of the body. */
  constructor(options: { timeoutMs?: number } = {}) {
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /**
   * GETs `raw` (forwarding `range` when given), following redirects. The caller reads or destroys the body.
   * @throws MediaFetchError
   */
  async get(raw: string, options: { allowPrivate: boolean; range?: string; signal?: AbortSignal }): Promise<MediaResponse> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new MediaFetchError('not a URL');
    }
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new MediaFetchError(`a ${url.protocol} URL`);
      if (!options.allowPrivate && isLocalHost(url.hostname)) throw new MediaFetchError('a private, loopback or link-local address');
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(url, {
          method: 'GET',
          dispatcher: options.allowPrivate ? this.#any : this.#public,
          headers: { 'user-agent': 'TourGraph media copy', ...(options.range ? { range: options.range } : {}) },
          headersTimeout: this.#timeoutMs,
          bodyTimeout: this.#timeoutMs,
          signal: options.signal,
        });
      } catch (err) {
        const refused = (e: unknown) => (e as { code?: string } | null)?.code === REFUSED;
        if (refused(err) || refused((err as { cause?: unknown }).cause)) throw new MediaFetchError('a private, loopback or link-local address');
        if (options.signal?.aborted) throw err;
        throw new MediaFetchError(`no answer (${(err as { code?: string }).code ?? (err as Error).name})`);
      }
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump();
        url = new URL(String(res.headers.location), url);
        continue;
      }
      return { status: res.statusCode, headers: res.headers, body: res.body };
    }
    throw new MediaFetchError(`more than ${MAX_REDIRECTS} redirects`);
  }

  async close(): Promise<void> {
    await Promise.all([this.#public.close(), this.#any.close()]);
  }
}
