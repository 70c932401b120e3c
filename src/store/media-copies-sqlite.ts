import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { MediaCopy, MediaCopyStatus, MediaCopyStore, StoredFile } from '../media/copies.ts';

/** `media_copies` on the embedded store: its connection, its group commit (see sqlite.ts). */

interface Row {
  task_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: number | null;
  created_at: string;
  copied_at: string | null;
  files: string | null;
}

const COLUMNS = 'task_id, status, attempts, last_error, next_attempt_at, created_at, copied_at, files';

function fromRow(row: Row): MediaCopy {
  const files = row.files ? (JSON.parse(row.files) as { video: StoredFile | null; cover: StoredFile | null }) : { video: null, cover: null };
  return {
    taskId: row.task_id,
    status: row.status as MediaCopyStatus,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at === null ? null : new Date(row.next_attempt_at).toISOString(),
    createdAt: row.created_at,
    copiedAt: row.copied_at,
    video: files.video,
    cover: files.cover,
  };
}

export class SqliteMediaCopies implements MediaCopyStore {
  readonly #write: <T>(statement: () => T) => Promise<T>;
  readonly #s: Record<'lease' | 'record' | 'next' | 'getMany' | 'expiring' | 'expire', StatementSync>;

  constructor(connection: { db: DatabaseSync; write<T>(statement: () => T): Promise<T> }) {
    this.#write = connection.write;
    const p = (sql: string) => connection.db.prepare(sql);
    this.#s = {
      lease: p(`update media_copies set lease_owner = :owner, lease_until = :until, next_attempt_at = :until
                where task_id in (select task_id from media_copies where status = 'PENDING' and next_attempt_at <= :now order by next_attempt_at limit :limit)
                returning ${COLUMNS}`),
      record: p(`update media_copies set status = :status, attempts = :attempts, last_error = :error, next_attempt_at = :next, copied_at = :copied,
                        files = :files, lease_owner = null, lease_until = null
                 where task_id = :task and lease_owner = :owner`),
      next: p(`select min(next_attempt_at) as at from media_copies where status = 'PENDING'`),
      getMany: p(`select ${COLUMNS} from media_copies where task_id in (select value from json_each(?))`),
      expiring: p(`select ${COLUMNS} from media_copies where status <> 'EXPIRED' and created_at < ? order by created_at limit ?`),
      expire: p(`update media_copies set status = 'EXPIRED', next_attempt_at = null, files = null, lease_owner = null, lease_until = null where task_id = ?`),
    };
  }

  lease(now: Date, limit: number, leaseMs: number, leaseOwner: string): Promise<MediaCopy[]> {
    const at = now.getTime();
    return this.#write(() => (this.#s.lease.all({ owner: leaseOwner, until: at + leaseMs, now: at, limit }) as unknown as Row[]).map(fromRow));
  }

  record(copy: MediaCopy, leaseOwner: string): Promise<boolean> {
    const params = {
      task: copy.taskId,
      status: copy.status,
      attempts: copy.attempts,
      error: copy.lastError,
      next: copy.nextAttemptAt === null ? null : Date.parse(copy.nextAttemptAt),
      copied: copy.copiedAt,
      files: copy.video || copy.cover ? JSON.stringify({ video: copy.video, cover: copy.cover }) : null,
      owner: leaseOwner,
    } satisfies Record<string, SQLInputValue>;
    return this.#write(() => this.#s.record.run(params).changes === 1);
  }

  async nextAttemptAt(): Promise<Date | null> {
    const at = (this.#s.next.get() as { at: number | null }).at;
    return at === null ? null : new Date(at);
  }

  async getMany(taskIds: readonly string[]): Promise<(MediaCopy | null)[]> {
    if (taskIds.length === 0) return [];
    const byId = new Map((this.#s.getMany.all(JSON.stringify(taskIds)) as unknown as Row[]).map((r) => [r.task_id, fromRow(r)]));
    return taskIds.map((id) => byId.get(id) ?? null);
  }

  async expiring(before: Date, limit: number): Promise<MediaCopy[]> {
    return (this.#s.expiring.all(before.toISOString(), limit) as unknown as Row[]).map(fromRow);
  }

  markExpired(taskId: string): Promise<void> {
    return this.#write(() => void this.#s.expire.run(taskId));
  }
}
