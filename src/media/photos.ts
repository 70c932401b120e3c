import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { readImageHeader } from '../shared/images.ts';
import { ValidationFailedError } from '../tasks/errors.ts';
import { RateLimitedError, type RateLimiter, type RateRule } from '../tasks/rate-limits.ts';
import type { Violation } from '../tasks/violations.ts';
import type { MediaUrls } from './signed-urls.ts';
import { describeType, EXTENSIONS, type MediaType, PHOTO_TYPES, SNIFF_BYTES, sniff } from './sniff.ts';
import type { MediaStore } from './store.ts';

/** An uploaded photo: its client's, until its URL expires. */
export interface Photo {
  /** A UUIDv7: its first 48 bits are the upload time, so keys sort by age. */
  id: string;
  owner: string;
  contentType: MediaType;
  width: number;
  height: number;
  /** Bytes. */
  size: number;
  sha256: string;
  createdAt: string;
  /** When its URL stops working; the photo is deleted a day later. */
  expiresAt: string;
}

/** An uploaded file as the transport hands it over. */
export interface UploadedFile {
  name: string;
  /** What the client declared; never trusted, only named in messages. */
  type: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface PhotoLibraryOptions {
  store: MediaStore;
  urls: MediaUrls;
  /** `MAX_UPLOAD_BYTES`. */
  maxBytes: number;
  /** How long a photo's URL works (`PHOTO_URL_TTL_SECONDS`). */
  ttlSeconds: number;
  /** Per-client upload rate limit; none when absent. */
  rateLimit?: { limiter: RateLimiter; rule: RateRule };
  now?: () => Date;
}

/** How long an expired photo is kept before it is deleted (a create checked just before the expiry still finds it). */
const DELETE_AFTER_EXPIRY_MS = 86_400_000;

const PHOTO_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PHOTO_PATH = /^\/media\/photos\/([0-9a-f-]{36})\.(jpg|png|webp)$/;

/**
 * Photos uploaded through the API, so that a frontend with a photo on the user's device can use it
 * in a create: each is checked (size, type sniffed from its bytes: JPEG, PNG or WebP, dimensions
 * readable), kept in the media store under `photos/<id>` with its owner, and reachable at a signed,
 * expiring URL that the providers fetch. A photo is its client's: another client can neither read
 * it through the API nor use its URL in a create.
 */
export class PhotoLibrary {
  readonly #o: PhotoLibraryOptions;
  readonly #now: () => Date;

  constructor(options: PhotoLibraryOptions) {
    this.#o = options;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Checks and stores an upload of `owner`'s. Broken rules are violations at `path` (the argument).
   * @throws ValidationFailedError, RateLimitedError
   */
  async upload(owner: string, file: UploadedFile, path: string[] = ['file']): Promise<Photo> {
    const { maxBytes, store, rateLimit } = this.#o;
    const refuse = (code: string, message: string): never => {
      throw new ValidationFailedError([{ path, code, message } satisfies Violation], 'The file cannot be used as a photo; see violations.');
    };
    if (file.size > maxBytes) refuse('FILE_TOO_LARGE', `is ${file.size} bytes; at most ${maxBytes} bytes are accepted`);
    if (file.size === 0) refuse('NOT_AN_IMAGE', 'is empty');
    if (rateLimit) {
      const decision = await rateLimit.limiter.take(`uploads:${owner}`, rateLimit.rule);
      if (!decision.allowed) throw new RateLimitedError('photo uploads', rateLimit.rule, decision.retryAfterSeconds);
    }
    const bytes = await file.bytes();
    if (bytes.byteLength > maxBytes) refuse('FILE_TOO_LARGE', `is ${bytes.byteLength} bytes; at most ${maxBytes} bytes are accepted`);
    const type = sniff(bytes.subarray(0, SNIFF_BYTES));
    if (type === 'image/heic' || type === 'image/heif') {
      refuse(
        'PHOTO_FORMAT_NOT_SUPPORTED',
        'is a HEIC/HEIF image, which the providers cannot read: upload JPEG, PNG or WebP (convert it, or set the camera to "Most Compatible")',
      );
    }
    if (type === null || !type.startsWith('image/')) {
      refuse('NOT_AN_IMAGE', `is ${describeType(type)}${file.type ? ` (declared ${file.type.slice(0, 60)})` : ''}: upload a JPEG, PNG or WebP photo`);
    }
    if (!PHOTO_TYPES.includes(type!)) refuse('PHOTO_FORMAT_NOT_SUPPORTED', `is ${describeType(type)}: upload JPEG, PNG or WebP`);
    const header = await readImageHeader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), bytes.byteLength);
    if (!header) refuse('NOT_AN_IMAGE', 'is not an image whose size can be read');

    const now = this.#now();
    const id = uuidv7(now.getTime());
    const object = await store.put(photoKey(id), bytes, {
      accept: PHOTO_TYPES,
      maxBytes,
      now,
      metadata: { owner, width: String(header!.width), height: String(header!.height) },
    });
    return this.#photo(id, object);
  }

  /** One of `owner`'s photos; null when there is none for it (missing, another client's, deleted). */
  async get(owner: string, id: string): Promise<Photo | null> {
    if (!PHOTO_ID.test(id)) return null;
    const object = await this.#o.store.head(photoKey(id));
    if (!object || object.metadata.owner !== owner) return null;
    return this.#photo(id, object);
  }

  #photo(id: string, object: { contentType: MediaType; size: number; sha256: string; createdAt: string; metadata: Record<string, string> }): Photo {
    return {
      id,
      owner: object.metadata.owner ?? '',
      contentType: object.contentType,
      width: Number(object.metadata.width),
      height: Number(object.metadata.height),
      size: object.size,
      sha256: object.sha256,
      createdAt: object.createdAt,
      expiresAt: new Date(Date.parse(object.createdAt) + this.#o.ttlSeconds * 1000).toISOString(),
    };
  }

  /** The photo's signed URL, what a create takes (`photoUrl`, `photos[].url`). */
  url(photo: Photo): string {
    return this.#o.urls.sign(photoPath(photo), new Date(photo.expiresAt));
  }

  /**
   * Deletes photos a day past their URL's expiry. Keys sort by upload time, so the listing stops at
   * the first one still kept. Returns how many were deleted.
   */
  async prune(now: Date): Promise<number> {
    const cutoff = now.getTime() - this.#o.ttlSeconds * 1000 - DELETE_AFTER_EXPIRY_MS;
    let deleted = 0;
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const listed = await this.#o.store.list('photos/', after, 1_000);
      for (const { key } of listed) {
        const at = timeOfId(key.slice('photos/'.length));
        if (at === null) continue;
        if (at >= cutoff) return deleted;
        await this.#o.store.delete(key);
        deleted++;
      }
      if (listed.length < 1_000) break;
      after = listed.at(-1)!.key;
    }
    return deleted;
  }
}

/** Where a photo is kept in the media store. */
export function photoKey(id: string): string {
  return `photos/${id}`;
}

/** The path a photo is served at: its id and the extension of its type (a provider may judge a URL by its ending). */
export function photoPath(photo: Pick<Photo, 'id' | 'contentType'>): string {
  return `/media/photos/${photo.id}.${EXTENSIONS[photo.contentType]}`;
}

/** The photo id a served path names; null for any other path. */
export function photoIdOfPath(path: string): string | null {
  const m = PHOTO_PATH.exec(path);
  return m && PHOTO_ID.test(m[1]!) ? m[1]! : null;
}

/** A UUIDv7 of `ms`: 48 bits of time, the version, 74 random bits. */
export function uuidv7(ms: number): string {
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The time a UUIDv7 was made at (ms); null for anything else. */
export function timeOfId(id: string): number | null {
  return PHOTO_ID.test(id) ? Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16) : null;
}
