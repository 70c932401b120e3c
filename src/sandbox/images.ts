import { readCapped } from '../shared/body.ts';
import { imageSize } from 'image-size';
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
  let body: Buffer;
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
    body = await readCapped(res.body, IMAGE_FETCH.maxBytes, res.headers['content-length'] as string | undefined, { destroy: true });
  } catch (error) {
    return { ok: false, reason: `The image could not be downloaded (${(error as { code?: string }).code ?? (error as Error).name})` };
  }
  try {
    const { width, height } = imageSize(body);
    if (!width || !height) return { ok: false, reason: 'The file has no readable dimensions' };
    return { ok: true, width, height };
  } catch {
    return { ok: false, reason: 'The file is not a supported image' };
  }
}
