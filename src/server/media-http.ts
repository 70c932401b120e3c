import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../log.ts';
import { MediaFetchError, type MediaFetcher } from '../media/fetch.ts';
import { outputKey, parseOutputPath } from '../media/outputs.ts';
import { photoIdOfPath, photoKey } from '../media/photos.ts';
import type { MediaUrls } from '../media/signed-urls.ts';
import type { ByteRange, MediaObject, MediaStore } from '../media/store.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { StoredTask } from '../tasks/store.ts';
import { sendJson } from './http-util.ts';

export interface MediaRouteOptions {
  store: MediaStore;
  urls: MediaUrls;
  /** Reads a task, for the provider's link of an output not copied yet. */
  tasks: { get(id: string): Promise<StoredTask | null> };
  fetcher: MediaFetcher;
  /** Whether a provider runs on this machine or network (the sandbox). */
  localNetwork(provider: ProviderId): boolean;
  logger: Logger;
}

/** The longest a cache may keep one of our answers; less when the URL expires sooner. */
const MAX_AGE_SECONDS = 86_400;

/**
 * `GET`/`HEAD /media/…`: uploaded photos (`/media/photos/<id>.<ext>`) and tasks' outputs
 * (`/media/tasks/<task id>/video`, `…/cover`), each at a signed URL (`signed-urls.ts`): an unsigned,
 * forged or expired one is refused with 403 and nothing is read. Served the way browsers play and
 * seek video: one byte range (`206` with `Content-Range`, `416` for a range outside the file), a
 * strong `ETag` (the SHA-256 of the bytes) with `If-None-Match` (304) and `If-Range`, the type
 * sniffed when the file was stored, `nosniff`.
 *
 * An output not copied yet (the copy is pending, or failed) is relayed from the provider's link,
 * ranges included, so a task's URLs work from the moment it succeeds.
 */
export function createMediaHandler(o: MediaRouteOptions): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean> {
  return async (req, res, path) => {
    if (!path.startsWith('/media/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'Media is read with GET or HEAD.' } }, { allow: 'GET, HEAD' });
      return true;
    }
    const query = new URL(req.url ?? '/', 'http://gateway.invalid').searchParams;
    const check = o.urls.verify(path, query);
    if (!check.ok) {
      const expired = check.reason === 'expired';
      sendJson(res, 403, {
        error: {
          code: expired ? 'MEDIA_URL_EXPIRED' : 'MEDIA_URL_INVALID',
          message: expired ? 'This media URL has expired.' : 'This media URL is not signed by this gateway.',
        },
      });
      return true;
    }
    const maxAge = Math.max(0, Math.min(MAX_AGE_SECONDS, check.expiresAt ? Math.floor((check.expiresAt.getTime() - Date.now()) / 1000) : MAX_AGE_SECONDS));
    const photoId = photoIdOfPath(path);
    const output = photoId ? null : parseOutputPath(path);
    const key = photoId ? photoKey(photoId) : output ? outputKey(output.taskId, output.file) : null;
    if (!key) {
      notFound(res);
      return true;
    }
    const object = await o.store.head(key);
    if (object) {
      await serveObject(o.store, object, req, res, maxAge);
      return true;
    }
    if (!output) {
      notFound(res);
      return true;
    }
    await relay(o, output.taskId, output.file, req, res);
    return true;
  };
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'No such media.' } });
}

/** Answers from the media store. */
async function serveObject(store: MediaStore, object: MediaObject, req: IncomingMessage, res: ServerResponse, maxAge: number): Promise<void> {
  const etag = `"${object.sha256}"`;
  const headers: Record<string, string | number> = {
    'content-type': object.contentType,
    'accept-ranges': 'bytes',
    etag,
    'last-modified': new Date(object.createdAt).toUTCString(),
    'cache-control': `public, max-age=${maxAge}, immutable`,
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
  };
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  // `If-Range` with another validator: the file changed since the client's first part; send it whole.
  const ifRange = req.headers['if-range'];
  const rangeHeader = ifRange === undefined || ifRange === etag ? req.headers.range : undefined;
  const range = parseRange(rangeHeader, object.size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${object.size}` }).end();
    return;
  }
  const [start, end] = range ?? [0, object.size - 1];
  headers['content-length'] = object.size === 0 ? 0 : end - start + 1;
  if (range) headers['content-range'] = `bytes ${start}-${end}/${object.size}`;
  if (req.method === 'HEAD' || object.size === 0) {
    res.writeHead(range ? 206 : 200, headers).end();
    return;
  }
  const byteRange: ByteRange | undefined = range ? { start, end } : undefined;
  const opened = await store.open(object.key, byteRange);
  if (!opened) return notFound(res);
  res.writeHead(range ? 206 : 200, headers);
  await pipeline(opened.body, res).catch(() => res.destroy());
}

/** Headers of the provider's answer passed on when relaying it. */
const RELAYED = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'last-modified'] as const;

/** Answers with the provider's own file, while no copy exists. */
async function relay(o: MediaRouteOptions, taskId: string, file: 'video' | 'cover', req: IncomingMessage, res: ServerResponse): Promise<void> {
  const stored = await o.tasks.get(taskId);
  const video = stored?.task.video;
  const url = file === 'video' ? video?.url : video?.coverImageUrl;
  if (!stored || !url) return notFound(res);
  const aborted = new AbortController();
  res.once('close', () => aborted.abort());
  let upstream: Awaited<ReturnType<MediaFetcher['get']>>;
  try {
    const range = typeof req.headers.range === 'string' ? req.headers.range : undefined;
    upstream = await o.fetcher.get(url, { allowPrivate: o.localNetwork(stored.task.provider), range, signal: aborted.signal });
  } catch (err) {
    if (aborted.signal.aborted) return;
    o.logger.warn("could not relay a provider's file (no copy yet)", {
      taskId,
      file,
      error: err instanceof MediaFetchError ? err.message : (err as Error).name,
    });
    return sendJson(res, 502, { error: { code: 'MEDIA_UNAVAILABLE', message: "The provider's file could not be fetched, and no copy exists yet." } });
  }
  if (upstream.status !== 200 && upstream.status !== 206 && upstream.status !== 416) {
    await upstream.body.dump().catch(() => {});
    return upstream.status === 404 || upstream.status === 403 || upstream.status === 410
      ? sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'The provider no longer has this file, and no copy was made.' } })
      : sendJson(res, 502, { error: { code: 'MEDIA_UNAVAILABLE', message: `The provider answered HTTP ${upstream.status}, and no copy exists yet.` } });
  }
  const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  for (const name of RELAYED) {
    const value = upstream.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const type = headers['content-type'] ?? '';
  if (!(file === 'video' ? /^video\//i : /^image\//i).test(type)) headers['content-type'] = 'application/octet-stream';
  res.writeHead(upstream.status, headers);
  if (req.method === 'HEAD') {
    upstream.body.destroy();
    res.end();
    return;
  }
  await pipeline(upstream.body, res).catch(() => res.destroy());
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; several ranges, or one not of these forms, are served whole (as RFC 9110 allows). */
export function parseRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
    if (to !== '' && Number(to) < start) return undefined;
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
