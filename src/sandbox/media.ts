import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * The sandbox's own media (src/sandbox/media/, made by scripts/make-sandbox-media.sh), served by
 * both emulators at `/media/<file>` with HTTP Range support so browsers can play and seek them.
 */
export const MEDIA = {
  /** 1920×1080 JPEG: above the HD floor. */
  livingRoomPhoto: 'room-living-1920x1080.jpg',
  /** 1280×720 JPEG: exactly on the HD floor. */
  kitchenPhoto: 'room-kitchen-1280x720.jpg',
  /** 720×1280 JPEG (portrait): on the floor, long side 1280. */
  bedroomPhoto: 'room-bedroom-720x1280.jpg',
  /** 1279×720 JPEG: one pixel below the HD floor. */
  lowResPhoto: 'room-lowres-1279x720.jpg',
  /** Room AI's flythrough result: H.264 1280×720, 5 s. */
  flythroughVideo: 'flythrough-sandbox.mp4',
  /** VibePeak's property video result: H.264 1920×1080 ("1080p"), 6 s. */
  propertyVideo: 'property-sandbox.mp4',
  /** VibePeak's cover image: 1920×1080 JPEG (the video's first frame). */
  coverImage: 'cover-sandbox.jpg',
} as const;

export type MediaName = keyof typeof MEDIA;
export type MediaUrls = Record<MediaName, string>;

/** Length of the property video file, reported as VibePeak's `duration_seconds`. */
export const PROPERTY_VIDEO_SECONDS = 6;

const mediaDir = fileURLToPath(new URL('./media/', import.meta.url));
const files = new Set<string>(Object.values(MEDIA));
const contentTypes: Record<string, string> = { jpg: 'image/jpeg', mp4: 'video/mp4' };

/** The emulator's room photos at or above the HD floor: what `Query.providers` offers to try a provider with. */
export function samplePhotoUrls(media: MediaUrls): string[] {
  return [media.livingRoomPhoto, media.kitchenPhoto, media.bedroomPhoto];
}

export function mediaUrls(origin: string): MediaUrls {
  const out = {} as MediaUrls;
  for (const [name, file] of Object.entries(MEDIA)) out[name as MediaName] = `${origin}/media/${file}`;
  return out;
}

/** Answers GET/HEAD `/media/<file>`: 200, 206 for a satisfiable single range, 416 otherwise, 404 for unknown files. */
export function serveMedia(req: IncomingMessage, res: ServerResponse, file: string): void {
  if (!files.has(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const path = mediaDir + file;
  const size = statSync(path).size;
  const headers: Record<string, string | number> = {
    'content-type': contentTypes[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    'cache-control': 'public, max-age=3600',
  };
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
    return;
  }
  const [start, end] = range ?? [0, size - 1];
  headers['content-length'] = end - start + 1;
  if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
  res.writeHead(range ? 206 : 200, headers);
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  const stream = createReadStream(path, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; multiple ranges are served whole (200), as RFC 9110 allows. */
function parseRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
