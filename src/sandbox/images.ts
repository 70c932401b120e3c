import { readImageHeader } from '../shared/images.ts';
import { request } from 'undici';
import { isLoopbackHost, parseHttpUrl } from './loopback.ts';

/** Limits of one image download. */
const IMAGE_FETCH = { timeoutMs: 5_000, maxBytes: 15 * 1024 * 1024 } as const;

export type ImageProbe = { ok: true; width: number; height: number } | { ok: false; reason: string };

/**
 * Downloads an image and reads its real pixel size. The sandbox is hermetic: it only fetches
 * loopback URLs (its own `/media/…`, or a test's server) and reports any other host as unreachable.
 */
export async function probeImage(rawUrl: string, signal?: AbortSignal): Promise<ImageProbe> {
  const url = parseHttpUrl(rawUrl);
  if (!url) return { ok: false, reason: 'The URL is not an absolute http(s) URL' };
  if (!isLoopbackHost(url.hostname)) {
    return { ok: false, reason: 'The sandbox cannot reach hosts outside this machine; use a loopback URL such as its own /media/ photos' };
  }
  try {
    const res = await request(url, {
      method: 'GET',
      headersTimeout: IMAGE_FETCH.timeoutMs,
      bodyTimeout: IMAGE_FETCH.timeoutMs,
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(IMAGE_FETCH.timeoutMs)]) : AbortSignal.timeout(IMAGE_FETCH.timeoutMs),
    });
    if (res.statusCode < 200 || res.statusCode > 299) {
      await res.body.dump();
      return { ok: false, reason: `The image URL answered HTTP ${res.statusCode}` };
    }
    const header = await readImageHeader(res.body, IMAGE_FETCH.maxBytes).finally(() => res.body.destroy());
    return header ? { ok: true, width: header.width, height: header.height } : { ok: false, reason: 'The file is not a supported image' };
  } catch (error) {
    return { ok: false, reason: `The image could not be downloaded (${(error as { code?: string }).code ?? (error as Error).name})` };
  }
}
