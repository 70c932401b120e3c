import { Agent, request } from 'undici';
import { readImageHeader } from '../shared/images.ts';
import { addressKind, guardedLookup, isLocalHost } from '../shared/addresses.ts';
import type { PhotoInspector, PhotoVerdict } from '../tasks/photos.ts';

/**
 * Fetches the start of a photo, with the limits a server fetching URLs from strangers needs:
 * bounded time and bytes, at most 3 redirects (each checked again), and no private, loopback or
 * link-local address (checked on every address DNS gives, at connect time, so a name cannot be
 * re-pointed between the check and the request) unless the provider itself runs on such a network.
 */
export interface PhotoInspectorOptions {
  /** Whole inspection of one photo, redirects included. @default 5_000 */
  timeoutMs?: number;
  /** Bytes read at most to find the header. @default 1 MiB */
  maxBytes?: number;
}

const MAX_REDIRECTS = 3;

/** Stops reading a body we have what we need from, without an error of its own. */
function discard(body: { dump(opts?: { limit?: number }): Promise<void> }): Promise<void> {
  return body.dump({ limit: 0 }).catch(() => {});
}

/** The `code` of the error a connection to a refused address fails with. */
const ADDRESS_REFUSED = 'PHOTO_ADDRESS_NOT_ALLOWED';

export class HttpPhotoInspector implements PhotoInspector {
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #public = new Agent({ connect: { lookup: guardedLookup((address) => addressKind(address) === 'public', ADDRESS_REFUSED) }, connections: 8 });
  readonly #any = new Agent({ connections: 8 });

  constructor(options: PhotoInspectorOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#maxBytes = options.maxBytes ?? 1024 * 1024;
  }

  async inspect(raw: string, { allowPrivate }: { allowPrivate: boolean }): Promise<PhotoVerdict> {
    const signal = AbortSignal.timeout(this.#timeoutMs);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, code: 'PHOTO_UNREACHABLE', message: 'is not a URL' };
    }
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          return { ok: false, code: 'PHOTO_UNREACHABLE', message: `redirects to a ${url.protocol} URL` };
        const host = url.hostname.replace(/^\[|\]$/g, '');
        if (!allowPrivate && isLocalHost(host)) {
          return {
            ok: false,
            code: 'PHOTO_ADDRESS_NOT_ALLOWED',
            message: `is on a private, loopback or link-local address (${host}), which the provider cannot fetch`,
          };
        }
        const res = await request(url, {
          method: 'GET',
          dispatcher: allowPrivate ? this.#any : this.#public,
          headers: { range: `bytes=0-${this.#maxBytes - 1}`, accept: 'image/*', 'user-agent': 'TourGraph photo check' },
          headersTimeout: this.#timeoutMs,
          bodyTimeout: this.#timeoutMs,
          signal,
        });
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
          await res.body.dump();
          url = new URL(String(res.headers.location), url);
          continue;
        }
        if (res.statusCode !== 200 && res.statusCode !== 206) {
          await res.body.dump();
          return { ok: false, code: 'PHOTO_UNREACHABLE', message: `answered HTTP ${res.statusCode}` };
        }
        const type = String(res.headers['content-type'] ?? '');
        if (/^(text\/html|application\/(json|xhtml))/i.test(type)) {
          await discard(res.body);
          return { ok: false, code: 'NOT_AN_IMAGE', message: `is a ${type.split(';')[0]} document, not an image` };
        }
        if (/^image\/hei[cf]/i.test(type)) {
          await discard(res.body);
          return { ok: true, type: 'heif', width: 0, height: 0 };
        }
        const header = await readImageHeader(res.body, this.#maxBytes).finally(() => discard(res.body));
        if (!header) return { ok: false, code: 'NOT_AN_IMAGE', message: 'is not an image whose size can be read' };
        return { ok: true, ...header };
      }
      return { ok: false, code: 'PHOTO_UNREACHABLE', message: `redirects more than ${MAX_REDIRECTS} times` };
    } catch (err) {
      const refused = (e: unknown) => (e as { code?: string } | null)?.code === ADDRESS_REFUSED;
      if (refused(err) || refused((err as { cause?: unknown }).cause)) {
        return { ok: false, code: 'PHOTO_ADDRESS_NOT_ALLOWED', message: 'is on a private, loopback or link-local address, which the provider cannot fetch' };
      }
      const code = (err as { code?: string }).code ?? (err as Error).name;
      return {
        ok: false,
        code: 'PHOTO_UNREACHABLE',
        message: signal.aborted ? `did not answer within ${this.#timeoutMs / 1000} s` : `could not be fetched (${code})`,
      };
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.#public.close(), this.#any.close()]);
  }
}
