import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RateRule } from '../tasks/rate-limits.ts';
import type { CopyRetryPolicy } from './copier.ts';
import { DiskMediaBackend } from './disk-backend.ts';
import type { S3Settings } from './s3-backend.ts';
import { MediaStore } from './store.ts';

/** The media settings (`MEDIA_*`, `S3_*`, `MAX_UPLOAD_BYTES`, …; see docs/configuration.md). */
export interface MediaConfig {
  /** Files in a folder (`MEDIA_DIR`, by default `DATA_DIR/media`; `memory://…` a temporary one) or an S3-compatible bucket. */
  store: { engine: 'disk'; dir: string } | { engine: 's3'; s3: S3Settings };
  /** `MEDIA_URL_SECRET`; unset: a key the gateway makes once and keeps in the media folder (disk only). */
  urlSecret: string | undefined;
  /** Copies of outputs are deleted this many days after their task succeeded; 0 keeps them. */
  retentionDays: number;
  /** Largest photo upload. */
  maxUploadBytes: number;
  /** How long an uploaded photo's URL works. */
  photoUrlTtlSeconds: number;
  /** Largest video copied. */
  maxVideoBytes: number;
  copy: { concurrency: number; retry: CopyRetryPolicy; timeoutSeconds: number };
  /** Photo uploads per client. */
  uploads: RateRule;
}

/** Opens the configured backend behind a `MediaStore`. */
export async function openMediaStore(config: MediaConfig['store']): Promise<MediaStore> {
  if (config.engine === 's3') {
    // Loaded only when configured: the embedded default starts without the AWS SDK.
    const { S3MediaBackend } = await import('./s3-backend.ts');
    return new MediaStore(await S3MediaBackend.open(config.s3));
  }
  return new MediaStore(await DiskMediaBackend.open(config.dir));
}

/**
 * The key media URLs are signed with: `MEDIA_URL_SECRET`, else (disk store) one made at the first
 * start and kept in the media folder, so links survive restarts; a temporary folder gets a fresh one.
 */
export async function mediaUrlSecret(config: MediaConfig): Promise<string> {
  if (config.urlSecret) return config.urlSecret;
  if (config.store.engine !== 'disk' || config.store.dir.startsWith('memory://')) return randomBytes(32).toString('base64url');
  const path = join(config.store.dir, 'url-signing.key');
  try {
    const kept = (await readFile(path, 'utf8')).trim();
    if (kept.length >= 32) return kept;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(config.store.dir, { recursive: true });
  const made = randomBytes(32).toString('base64url');
  await writeFile(path, `${made}\n`, { mode: 0o600 });
  return made;
}
