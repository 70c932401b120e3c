import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed media URLs: `<base>/media/…?exp=<unix seconds>&sig=<base64url HMAC-SHA256>`. The URL is
 * the capability: whoever holds it (a provider fetching a photo, a browser playing a video) may
 * read that one object until `exp`, and nothing else. The signature covers the path as the gateway
 * serves it and the expiry, not the host, so a gateway reached under another address (`PUBLIC_URL`
 * changed, a replica's own address) still accepts its links. No `exp`: the URL does not expire
 * (output copies kept forever, `MEDIA_RETENTION_DAYS=0`).
 */
export interface MediaUrlsOptions {
  /** The signing key (`MEDIA_URL_SECRET`, or the one the gateway keeps in its media folder). */
  secret: string;
  /** Where clients and providers reach this gateway: `PUBLIC_URL`, else its own address once it listens. */
  baseUrl: () => string | undefined;
  /** Other bases a URL of ours may have been given out under (the local address beside `PUBLIC_URL`). */
  otherBases?: () => (string | undefined)[];
}

export type UrlCheck = { ok: true; expiresAt: Date | null } | { ok: false; reason: 'unsigned' | 'forged' | 'expired' };

export class MediaUrls {
  readonly #key: Buffer;
  readonly #options: MediaUrlsOptions;

  constructor(options: MediaUrlsOptions) {
    this.#key = Buffer.from(options.secret, 'utf8');
    this.#options = options;
  }

  #mac(path: string, exp: string): Buffer {
    return createHmac('sha256', this.#key).update(`tourgraph-media-v1\n${path}\n${exp}`).digest();
  }

  /** The signed URL of `path` (`/media/…`), valid until `expiresAt` (null: always). */
  sign(path: string, expiresAt: Date | null): string {
    const base = this.#options.baseUrl();
    if (!base) throw new Error('the gateway has no address yet: media URLs are signed once it listens');
    const exp = expiresAt ? String(Math.ceil(expiresAt.getTime() / 1000)) : '';
    const query = new URLSearchParams();
    if (exp) query.set('exp', exp);
    query.set('sig', this.#mac(path, exp).toString('base64url'));
    return `${base}${path}?${query}`;
  }

  /** Whether a request for `path` with `query` carries a valid, unexpired signature. */
  verify(path: string, query: URLSearchParams, now = new Date()): UrlCheck {
    const sig = query.get('sig');
    const exp = query.get('exp') ?? '';
    if (!sig) return { ok: false, reason: 'unsigned' };
    if (exp !== '' && !/^\d{1,12}$/.test(exp)) return { ok: false, reason: 'forged' };
    const given = Buffer.from(sig, 'base64url');
    const expected = this.#mac(path, exp);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
    const expiresAt = exp === '' ? null : new Date(Number(exp) * 1000);
    if (expiresAt && expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, expiresAt };
  }

  /**
   * The path and query of `url` if it is one of this gateway's media URLs (under its base URL or
   * one of the other bases); null for any other URL.
   */
  own(url: string): { path: string; query: URLSearchParams } | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    for (const base of [this.#options.baseUrl(), ...(this.#options.otherBases?.() ?? [])]) {
      if (!base) continue;
      const b = new URL(base);
      const prefix = b.pathname.replace(/\/+$/, '');
      if (parsed.origin !== b.origin || !parsed.pathname.startsWith(`${prefix}/media/`)) continue;
      return { path: parsed.pathname.slice(prefix.length), query: parsed.searchParams };
    }
    return null;
  }
}
