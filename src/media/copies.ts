/**
 * Copies of providers' outputs into the media store: the record of each, kept beside the tasks
 * (`media_copies`, migration 5 of both engines; `src/store/media-copies-*.ts`).
 *
 * A copy is queued by the database itself, in the transaction that moves a task to SUCCEEDED (a
 * trigger on `tasks`), so no success is ever recorded without its copy, nor a copy without its
 * success, and the task service's write path is unchanged. The copier (`copier.ts`) then leases due
 * copies like the webhook dispatcher leases deliveries: replicas take different ones, and one a
 * process died holding falls due again when its lease ends.
 */

/** PENDING: waiting for its next attempt (or being copied now); COPIED: our copy serves the URLs; FAILED: given up (the URLs serve the provider's files while they last); EXPIRED: deleted after the retention. */
export type MediaCopyStatus = 'PENDING' | 'COPIED' | 'FAILED' | 'EXPIRED';

/** One file of a copy, as stored. */
export interface StoredFile {
  key: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface MediaCopy {
  /** The task whose output it copies (one copy per task). */
  taskId: string;
  status: MediaCopyStatus;
  /** Attempts made so far. */
  attempts: number;
  /** Why the last attempt failed; null once copied. */
  lastError: string | null;
  /** When a PENDING copy is tried next (ISO 8601); null otherwise. */
  nextAttemptAt: string | null;
  /** When the task succeeded (the copy was queued): the retention counts from here. */
  createdAt: string;
  copiedAt: string | null;
  video: StoredFile | null;
  cover: StoredFile | null;
}

export interface MediaCopyStore {
  /**
   * Leases up to `limit` PENDING copies due at `now`, earliest first, for `leaseMs`: their next
   * attempt moves to the lease's end, so a copier that dies mid-copy leaves them due again.
   */
  lease(now: Date, limit: number, leaseMs: number, leaseOwner: string): Promise<MediaCopy[]>;
  /** Records an attempt's outcome and releases the lease, only while `leaseOwner` holds it; false when it does not. */
  record(copy: MediaCopy, leaseOwner: string): Promise<boolean>;
  /** The earliest next attempt of a PENDING copy (a leased one's counts from its lease's end); null when none is pending. */
  nextAttemptAt(): Promise<Date | null>;
  /** The copies of these tasks, in the order asked, null where a task has none. */
  getMany(taskIds: readonly string[]): Promise<(MediaCopy | null)[]>;
  /** Up to `limit` copies not yet EXPIRED created before `before`, oldest first: what the retention deletes. */
  expiring(before: Date, limit: number): Promise<MediaCopy[]>;
  /** Marks a copy EXPIRED (its files deleted), whatever its status. */
  markExpired(taskId: string): Promise<void>;
}
