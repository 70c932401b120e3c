import { createHash, randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type MediaType, SNIFF_BYTES, sniff } from './sniff.ts';

/**
 * Where uploaded photos and copies of providers' outputs live. Objects are id-keyed (`photos/<id>`,
 * `tasks/<task id>/video`) and never change once written: a key is written whole or not at all,
 * and written again only with the same content (a retried copy).
 *
 * `MediaStore` is what the gateway uses: it takes the bytes (a buffer or a stream), enforces the
 * size limit while reading, hashes them (the ETag), sniffs their type from the first bytes (the
 * declared type is never trusted) and hands a verified file to a `MediaBackend`, which only moves
 * bytes: the embedded default (files under `DATA_DIR`, disk-backend.ts) or an S3-compatible
 * bucket (s3-backend.ts). One conformance suite (`test/media/`) runs against both.
 */

export interface MediaObject {
  key: string;
  /** Bytes. */
  size: number;
  /** Sniffed from the bytes when they were stored. */
  contentType: MediaType;
  /** SHA-256 of the bytes, hex: the strong ETag the gateway serves. */
  sha256: string;
  /** When it was stored (ISO 8601). */
  createdAt: string;
  /** Small string values kept with the object (e.g. the owner of a photo): `[a-z0-9-]` names, printable ASCII values. */
  metadata: Record<string, string>;
}

/** Bytes `start` to `end`, both included (HTTP's form). */
export interface ByteRange {
  start: number;
  end: number;
}

/** One listed object: enough to decide whether it is past its retention. */
export interface ListedObject {
  key: string;
  lastModified: Date;
}

/** What a storage engine does: move verified bytes in and out. Nothing here checks content. */
export interface MediaBackend {
  /** `disk` or `s3`, for logs. */
  readonly engine: string;
  /** A folder for files on their way in; the backend's own filesystem when it moves them into place. */
  readonly spoolDir: string;
  /** Stores the file at `path` under `key` (replacing what was there); the file may be moved or left for the caller to delete. */
  putFile(key: string, path: string, object: Omit<MediaObject, 'key'>): Promise<void>;
  head(key: string): Promise<MediaObject | null>;
  /**
   * The object's bytes (those of `range` only, when given); null when there is no such object, or
   * (`sha256` given, where the backend can tell) when its bytes are no longer those.
   */
  read(key: string, range?: ByteRange, sha256?: string): Promise<Readable | null>;
  /** Removes the object; nothing happens when there is none. */
  delete(key: string): Promise<void>;
  /** Up to `limit` objects whose key starts with `prefix` and sorts after `after`, in key order. */
  list(prefix: string, after: string | null, limit: number): Promise<ListedObject[]>;
  /** Resolves when the backend answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Bytes over the limit: nothing was stored. */
export class MediaTooLargeError extends Error {
  override name = 'MediaTooLargeError';
  readonly limit: number;
  constructor(limit: number) {
    super(`larger than ${limit} bytes`);
    this.limit = limit;
  }
}

/** Bytes of a type the caller does not accept (`found` null: no known type): nothing was stored. */
export class MediaTypeError extends Error {
  override name = 'MediaTypeError';
  readonly found: MediaType | null;
  readonly accepted: readonly MediaType[];
  constructor(found: MediaType | null, accepted: readonly MediaType[]) {
    super(`${found ?? 'an unknown type'}; accepted: ${accepted.join(', ')}`);
    this.found = found;
    this.accepted = accepted;
  }
}

/** What `put` checks the bytes against. */
export interface PutOptions {
  /** Types allowed, as sniffed. */
  accept: readonly MediaType[];
  /** More bytes than this are refused, as soon as they are read. */
  maxBytes: number;
  metadata?: Record<string, string>;
  /** Abandons the read (a copy given up); nothing is stored. */
  signal?: AbortSignal;
  now?: Date;
}

/** A key: path segments of `[A-Za-z0-9._-]`, none of them `.` or `..`, at most 512 characters. */
const KEY = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const META_NAME = /^[a-z0-9-]{1,64}$/;
const META_VALUE = /^[\x20-\x7e]{0,256}$/;

export function checkKey(key: string): void {
  if (key.length > 512 || !KEY.test(key)) throw new Error(`not a media key: ${JSON.stringify(key)}`);
}

export class MediaStore {
  readonly #backend: MediaBackend;

  constructor(backend: MediaBackend) {
    this.#backend = backend;
  }

  get engine(): string {
    return this.#backend.engine;
  }

  /**
   * Reads `source` to its end into a temporary file (refusing it past `maxBytes`), sniffs its type,
   * and stores it under `key` if the type is accepted.
   * @throws MediaTooLargeError, MediaTypeError; nothing is stored then.
   */
  async put(key: string, source: Uint8Array | AsyncIterable<Uint8Array | string>, options: PutOptions): Promise<MediaObject> {
    checkKey(key);
    const metadata = options.metadata ?? {};
    for (const [name, value] of Object.entries(metadata)) {
      if (!META_NAME.test(name) || !META_VALUE.test(value)) throw new Error(`bad media metadata ${name}`);
    }
    const path = join(this.#backend.spoolDir, `${randomUUID()}.part`);
    try {
      const { size, sha256, head } = await spool(source, path, options.maxBytes, options.signal);
      const contentType = sniff(head);
      if (!contentType || !options.accept.includes(contentType)) throw new MediaTypeError(contentType, options.accept);
      const object = { size, contentType, sha256, createdAt: (options.now ?? new Date()).toISOString(), metadata };
      await this.#backend.putFile(key, path, object);
      return { key, ...object };
    } finally {
      await rm(path, { force: true });
    }
  }

  /** The object's description; null when there is none. */
  head(key: string): Promise<MediaObject | null> {
    checkKey(key);
    return this.#backend.head(key);
  }

  /**
   * The object and its bytes (of `range` only, which must lie within it); null when there is none.
   * The bytes are those the description names: a put of the key between the two reads makes it
   * read both again (once).
   */
  async open(key: string, range?: ByteRange): Promise<{ object: MediaObject; body: Readable } | null> {
    for (let attempt = 0; ; attempt++) {
      const object = await this.head(key);
      if (!object) return null;
      if (range && (range.start < 0 || range.end >= object.size || range.start > range.end)) throw new RangeError('range outside the object');
      if (object.size === 0) return { object, body: Readable.from([]) };
      const body = await this.#backend.read(key, range, object.sha256);
      if (body || attempt > 0) return body ? { object, body } : null;
    }
  }

  delete(key: string): Promise<void> {
    checkKey(key);
    return this.#backend.delete(key);
  }

  /** Up to `limit` objects whose key starts with `prefix` and sorts after `after`, in key order. */
  list(prefix: string, after: string | null, limit: number): Promise<ListedObject[]> {
    return this.#backend.list(prefix, after, limit);
  }

  ping(): Promise<void> {
    return this.#backend.ping();
  }

  close(): Promise<void> {
    return this.#backend.close();
  }
}

/** Writes `source` to `path`, counting, hashing and keeping its first bytes; synced to disk before it resolves. */
async function spool(
  source: Uint8Array | AsyncIterable<Uint8Array | string>,
  path: string,
  maxBytes: number,
  signal: AbortSignal | undefined,
): Promise<{ size: number; sha256: string; head: Uint8Array }> {
  const file = await open(path, 'wx', 0o600);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  try {
    const chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array> = source instanceof Uint8Array ? [source] : source;
    for await (const raw of chunks) {
      signal?.throwIfAborted();
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      size += chunk.byteLength;
      if (size > maxBytes) throw new MediaTooLargeError(maxBytes);
      hash.update(chunk);
      if (headSize < SNIFF_BYTES) {
        head.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - headSize)));
        headSize += Math.min(chunk.byteLength, SNIFF_BYTES - headSize);
      }
      await file.write(chunk);
    }
    signal?.throwIfAborted();
    await file.sync();
  } finally {
    await file.close();
  }
  return { size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
}
