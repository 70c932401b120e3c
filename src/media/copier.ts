import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import { LeasedWorkLoop } from '../tasks/leased-work.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { StoredTask } from '../tasks/store.ts';
import type { MediaCopy, MediaCopyStore, StoredFile } from './copies.ts';
import { MediaFetchError, type MediaFetcher } from './fetch.ts';
import { type OutputFile, outputKey } from './outputs.ts';
import { COVER_TYPES, type MediaType, VIDEO_TYPES } from './sniff.ts';
import { type MediaStore, MediaTooLargeError, MediaTypeError } from './store.ts';

/** What one attempt came to, for metrics. */
export type CopyOutcome = 'copied' | 'retry' | 'failed';

/** When failed attempts are tried again: `baseSeconds × 4^(n−1)` after the n-th failure, ±20 %, at most `maxSeconds`. */
export interface CopyRetryPolicy {
  baseSeconds: number;
  maxSeconds: number;
  /** Attempts in all; then the copy is FAILED. */
  maxAttempts: number;
}

export interface MediaCopierOptions {
  copies: MediaCopyStore;
  store: MediaStore;
  /** Reads the task whose output is copied. */
  tasks: { get(id: string): Promise<StoredTask | null> };
  /** Whether a provider runs on this machine or network (the sandbox): its files may be on private addresses. */
  localNetwork(provider: ProviderId): boolean;
  fetcher: MediaFetcher;
  logger: Logger;
  retry: CopyRetryPolicy;
  /** Copies in flight at once, in this process. @default 4 */
  concurrency?: number;
  /** Longest one attempt (video and cover) may take. */
  timeoutMs: number;
  /** Largest video copied; a larger one fails the copy at once. */
  maxVideoBytes: number;
  /** Largest cover image copied. @default 20 MiB */
  maxCoverBytes?: number;
  /** Copies are deleted this long after their task succeeded; null keeps them. */
  retentionMs: number | null;
  /** Other clean-ups run with the copies' retention (old uploaded photos); each returns how many objects it removed. */
  prune?: ((now: Date) => Promise<number>)[];
  /** How often the retention runs. @default 1 hour */
  pruneEveryMs?: number;
  /** Longest sleep between looks for due copies; `wake()` cuts it short. @default 1_000 */
  idleMs?: number;
  onAttempt?: (outcome: CopyOutcome) => void;
  now?: () => Date;
  random?: () => number;
}

/** A failed attempt: whether another could succeed. */
class CopyFailure extends Error {
  override name = 'CopyFailure';
  readonly retry: boolean;
  constructor(message: string, retry: boolean) {
    super(message);
    this.retry = retry;
  }
}

/**
 * Copies succeeded tasks' videos and covers into the media store, like the webhook dispatcher sends
 * the outbox: leases due copies (replicas take different ones; a restart resumes every pending
 * one), downloads each file through the media store's checks (size limit while reading, type
 * sniffed: a video must be MP4, QuickTime or WebM, a cover JPEG, PNG or WebP), and records the
 * outcome: COPIED, PENDING again with the next attempt on the back-off schedule, or FAILED once the
 * attempts are spent (at once for a file no attempt could fix: too large, not a video, or a provider
 * link already expired). A task's status never waits for any of it. Hourly, deletes copies past the
 * retention (and runs the other clean-ups it was given).
 */
export class MediaCopier {
  readonly #o: Required<Omit<MediaCopierOptions, 'onAttempt'>> & Pick<MediaCopierOptions, 'onAttempt'>;
  readonly #work: LeasedWorkLoop<MediaCopy>;
  #abort = new AbortController();
  #nextPruneAt = 0;

  constructor(options: MediaCopierOptions) {
    this.#o = {
      concurrency: 4,
      maxCoverBytes: 20 * 1024 * 1024,
      prune: [],
      pruneEveryMs: 3_600_000,
      idleMs: 1_000,
      now: () => new Date(),
      random: Math.random,
      onAttempt: undefined,
      ...options,
    };
    const { copies, timeoutMs } = this.#o;
    this.#work = new LeasedWorkLoop({
      name: 'media copier',
      logger: this.#o.logger,
      concurrency: this.#o.concurrency,
      idleMs: this.#o.idleMs,
      now: this.#o.now,
      // Past an attempt's longest time, so a live attempt keeps its lease.
      lease: (now, limit, owner) => copies.lease(now, limit, timeoutMs + 30_000, owner),
      nextDueAt: () => copies.nextAttemptAt(),
      attempt: (copy) => this.#attempt(copy),
      describe: (copy) => ({ taskId: copy.taskId }),
      afterTick: () => this.#pruneIfDue(),
    });
  }

  start(): void {
    if (this.#work.running) return;
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
    // The first clean-up a little after start, not during it.
    this.#nextPruneAt = Date.now() + Math.min(60_000, this.#o.pruneEveryMs);
    this.#work.start();
  }

  /** Looks for due copies now (a task just succeeded) instead of at the end of the current sleep. */
  wake(): void {
    this.#work.wake();
  }

  /** Stops taking copies; those in flight get `graceMs`, then are aborted (and retried later, by any replica). */
  async stop(graceMs = 5_000): Promise<void> {
    await this.#work.stopTaking();
    const settled = this.#work.settled();
    await Promise.race([settled, sleep(graceMs)]);
    this.#abort.abort(new Error('the gateway is stopping'));
    await settled;
  }

  /** Leases and starts the due copies that free slots allow. Exposed for tests. */
  tick(): Promise<void> {
    return this.#work.tick();
  }

  async #attempt(copy: MediaCopy): Promise<void> {
    const { copies, tasks, logger } = this.#o;
    const signal = AbortSignal.any([this.#abort.signal, AbortSignal.timeout(this.#o.timeoutMs)]);
    const attempts = copy.attempts + 1;
    let files: { video: StoredFile; cover: StoredFile | null } | null = null;
    let failure: CopyFailure;
    try {
      const stored = await tasks.get(copy.taskId);
      const video = stored?.task.video;
      if (!stored || !video) throw new CopyFailure('the task has no video', false);
      if (video.expiresAt && Date.parse(video.expiresAt) <= this.#o.now().getTime()) {
        throw new CopyFailure("the provider's link expired before it could be copied", false);
      }
      const allowPrivate = this.#o.localNetwork(stored.task.provider);
      const videoFile = await this.#copyFile(copy.taskId, 'video', video.url, VIDEO_TYPES, this.#o.maxVideoBytes, allowPrivate, signal);
      const cover = video.coverImageUrl
        ? await this.#copyFile(copy.taskId, 'cover', video.coverImageUrl, COVER_TYPES, this.#o.maxCoverBytes, allowPrivate, signal)
        : null;
      files = { video: videoFile, cover };
      failure = new CopyFailure('', false);
    } catch (err) {
      failure =
        err instanceof CopyFailure
          ? err
          : new CopyFailure(
              this.#abort.signal.aborted
                ? 'the gateway stopped during the copy'
                : signal.aborted
                  ? 'the copy took too long'
                  : `could not be copied (${(err as Error).name})`,
              true,
            );
      if (!(err instanceof CopyFailure) && !signal.aborted) logger.warn('media copy failed unexpectedly', { taskId: copy.taskId, err });
    }
    const now = this.#o.now();
    const retryAt = files || !failure.retry || attempts >= this.#o.retry.maxAttempts ? null : this.#retryAt(attempts, now);
    const next: MediaCopy = {
      ...copy,
      status: files ? 'COPIED' : retryAt ? 'PENDING' : 'FAILED',
      attempts,
      lastError: files ? null : failure.message,
      nextAttemptAt: retryAt,
      copiedAt: files ? now.toISOString() : null,
      video: files?.video ?? null,
      cover: files?.cover ?? null,
    };
    const outcome: CopyOutcome = files ? 'copied' : retryAt ? 'retry' : 'failed';
    this.#o.onAttempt?.(outcome);
    const fields = { taskId: copy.taskId, attempt: attempts, error: next.lastError ?? undefined };
    if (outcome === 'copied') logger.info('task output copied to the media store', { ...fields, bytes: (files?.video.size ?? 0) + (files?.cover?.size ?? 0) });
    else if (outcome === 'retry') logger.info('media copy failed; will retry', { ...fields, retryAt });
    else logger.warn("media copy failed for good; the task's URLs serve the provider's files while they last", fields);
    if (!(await copies.record(next, this.#work.owner)))
      logger.info('media copy lease lapsed during the attempt; its outcome is not recorded', { taskId: copy.taskId });
  }

  /** Downloads one file into the store under the task's key. */
  async #copyFile(
    taskId: string,
    file: OutputFile,
    url: string,
    accept: readonly MediaType[],
    maxBytes: number,
    allowPrivate: boolean,
    signal: AbortSignal,
  ): Promise<StoredFile> {
    let res: Awaited<ReturnType<MediaFetcher['get']>>;
    try {
      res = await this.#o.fetcher.get(url, { allowPrivate, signal });
    } catch (err) {
      if (err instanceof MediaFetchError) throw new CopyFailure(`the ${file} could not be downloaded: ${err.message}`, true);
      throw err;
    }
    if (res.status !== 200) {
      await res.body.dump().catch(() => {});
      throw new CopyFailure(`the provider answered HTTP ${res.status} for the ${file}`, true);
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.body.destroy();
      throw new CopyFailure(`the ${file} is larger than ${maxBytes} bytes`, false);
    }
    try {
      const object = await this.#o.store.put(outputKey(taskId, file), res.body, { accept, maxBytes, signal, metadata: { task: taskId } });
      return { key: object.key, contentType: object.contentType, size: object.size, sha256: object.sha256 };
    } catch (err) {
      res.body.destroy();
      if (err instanceof MediaTooLargeError) throw new CopyFailure(`the ${file} is larger than ${maxBytes} bytes`, false);
      if (err instanceof MediaTypeError) throw new CopyFailure(`the ${file} is ${err.found ?? 'of no known type'}, not one of ${accept.join(', ')}`, false);
      throw err;
    }
  }

  #retryAt(failures: number, now: Date): string {
    const { baseSeconds, maxSeconds } = this.#o.retry;
    const seconds = Math.min(maxSeconds, baseSeconds * 4 ** (failures - 1) * (0.8 + 0.4 * this.#o.random()));
    return new Date(now.getTime() + seconds * 1000).toISOString();
  }

  async #pruneIfDue(): Promise<void> {
    if (Date.now() < this.#nextPruneAt) return;
    this.#nextPruneAt = Date.now() + this.#o.pruneEveryMs;
    await this.prune();
  }

  /** Deletes copies past the retention (a batch at a time) and runs the other clean-ups. Exposed for tests. */
  async prune(): Promise<number> {
    const now = this.#o.now();
    let total = 0;
    if (this.#o.retentionMs !== null) {
      const before = new Date(now.getTime() - this.#o.retentionMs);
      for (let batch = 0; batch < 20; batch++) {
        const old = await this.#o.copies.expiring(before, 100);
        for (const copy of old) {
          await Promise.all([this.#o.store.delete(outputKey(copy.taskId, 'video')), this.#o.store.delete(outputKey(copy.taskId, 'cover'))]);
          await this.#o.copies.markExpired(copy.taskId);
        }
        total += old.length;
        if (old.length < 100) break;
      }
      if (total > 0) this.#o.logger.info('deleted media copies past the retention', { count: total, succeededBefore: before.toISOString() });
    }
    for (const prune of this.#o.prune) {
      total += await prune(now).catch((err: unknown) => {
        this.#o.logger.warn('media clean-up failed', { err });
        return 0;
      });
    }
    return total;
  }
}
