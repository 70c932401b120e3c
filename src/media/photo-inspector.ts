import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, request } from 'undici';
import { readImageHeader } from '../shared/images.ts';
import { isLocalHost } from './local-host.ts';
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

/** Addresses a public fetcher must not reach (RFC 6890 special-purpose blocks). */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** True for an address a public fetcher must not reach; IPv4-mapped IPv6 is judged by its IPv4 part. */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return NOT_PUBLIC.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return NOT_PUBLIC.check(address, 'ipv4');
  if (family === 6) return NOT_PUBLIC.check(address, 'ipv6');
  return true;
}

/** Stops reading a body we have what we need from, without an error of its own. */
function discard(body: { dump(opts?: { limit?: number }): Promise<void> }): Promise<void> {
  return body.dump({ limit: 0 }).catch(() => {});
}

class AddressNotAllowedError extends Error {
  readonly code = 'PHOTO_ADDRESS_NOT_ALLOWED';
}

/** DNS lookup for connections that refuses names resolving to any non-public address. */
function publicOnlyLookup(
  hostname: string,
  options: { family?: number | string; all?: boolean },
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  dnsLookup(hostname, { ...options, all: true } as { all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    if (addresses.length === 0 || addresses.some((a) => isNonPublicAddress(a.address))) {
      return callback(new AddressNotAllowedError(`${hostname} resolves to an address that is not public`), '');
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

export class HttpPhotoInspector implements PhotoInspector {
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #public = new Agent({ connect: { lookup: publicOnlyLookup as never }, connections: 8 });
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
      if (err instanceof AddressNotAllowedError || (err as { cause?: unknown }).cause instanceof AddressNotAllowedError) {
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
