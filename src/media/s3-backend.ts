import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { MediaType } from './sniff.ts';
import type { ByteRange, ListedObject, MediaBackend, MediaObject } from './store.ts';

/** Where and how to reach the bucket. The secret is passed to the SDK only, never logged or returned. */
export interface S3Settings {
  bucket: string;
  /** An S3-compatible service's URL (MinIO, R2, …); AWS's regional endpoint when unset. */
  endpoint: string | undefined;
  region: string;
  /** Both or neither: without them the SDK's default credential chain (environment, instance role, …). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** `https://endpoint/bucket/key` instead of `https://bucket.endpoint/key`: what most S3-compatible servers need. */
  forcePathStyle: boolean;
  /** Put before every key, e.g. `tourgraph/`, to share a bucket. */
  prefix: string;
}

/**
 * The media backend for production and replicas: an S3-compatible bucket through
 * `@aws-sdk/client-s3`. The object's description travels as its `Content-Type` and `x-amz-meta-*`
 * headers (`sha256`, `created-at`, and the caller's metadata prefixed `m-`), so `head` is one
 * request and nothing is kept beside the bucket. Checksums are computed only where S3 requires
 * them: many S3-compatible servers do not take the SDK's default trailing checksums.
 */
export class S3MediaBackend implements MediaBackend {
  readonly engine = 's3';
  readonly spoolDir: string;
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;

  private constructor(settings: S3Settings, spoolDir: string) {
    this.spoolDir = spoolDir;
    this.#bucket = settings.bucket;
    this.#prefix = settings.prefix;
    this.#client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  static async open(settings: S3Settings): Promise<S3MediaBackend> {
    return new S3MediaBackend(settings, await mkdtemp(join(tmpdir(), 'tourgraph-s3-spool-')));
  }

  async putFile(key: string, path: string, object: Omit<MediaObject, 'key'>): Promise<void> {
    const metadata: Record<string, string> = { sha256: object.sha256, 'created-at': object.createdAt };
    for (const [name, value] of Object.entries(object.metadata)) metadata[`m-${name}`] = value;
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: this.#prefix + key,
        Body: object.size === 0 ? Buffer.alloc(0) : createReadStream(path),
        ContentLength: object.size,
        ContentType: object.contentType,
        Metadata: metadata,
      }),
    );
  }

  async head(key: string): Promise<MediaObject | null> {
    try {
      const out = await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key }));
      const meta = out.Metadata ?? {};
      const metadata: Record<string, string> = {};
      for (const [name, value] of Object.entries(meta)) if (name.startsWith('m-')) metadata[name.slice(2)] = value;
      // An object put by something else than this backend has no sha256 of ours: it is not one of ours.
      if (!meta.sha256 || !out.ContentType) return null;
      return {
        key,
        size: out.ContentLength ?? 0,
        contentType: out.ContentType as MediaType,
        sha256: meta.sha256,
        createdAt: meta['created-at'] ?? (out.LastModified ?? new Date(0)).toISOString(),
        metadata,
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable | null> {
    try {
      const out = await this.#client.send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      const body = out.Body;
      if (!body) return Readable.from([]);
      return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as never);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key }));
  }

  async list(prefix: string, after: string | null, limit: number): Promise<ListedObject[]> {
    // Paged with StartAfter (a key), not continuation tokens: the caller resumes after the last key it saw.
    const out = await this.#client.send(
      new ListObjectsV2Command({
        Bucket: this.#bucket,
        Prefix: this.#prefix + prefix,
        StartAfter: after === null ? undefined : this.#prefix + after,
        MaxKeys: Math.min(1000, Math.max(1, limit)),
      }),
    );
    return (out.Contents ?? []).flatMap((o) => (o.Key ? [{ key: o.Key.slice(this.#prefix.length), lastModified: o.LastModified ?? new Date(0) }] : []));
  }

  async ping(): Promise<void> {
    await this.#client.send(new HeadBucketCommand({ Bucket: this.#bucket }));
  }

  async close(): Promise<void> {
    this.#client.destroy();
    await rm(this.spoolDir, { recursive: true, force: true });
  }
}

function isNotFound(err: unknown): boolean {
  if (!(err instanceof S3ServiceException)) return false;
  return err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata?.httpStatusCode === 404;
}
