import type pg from 'pg';
import type { MediaCopy, MediaCopyStatus, MediaCopyStore, StoredFile } from '../media/copies.ts';
import { isUuid } from '../tasks/store.ts';

/** `media_copies` on Postgres: the store's pool; leases with `FOR UPDATE SKIP LOCKED`, so replicas take different copies. */

interface Row {
  task_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  created_at: Date;
  copied_at: Date | null;
  files: { video: StoredFile | null; cover: StoredFile | null } | null;
}

const COLUMNS = 'task_id, status, attempts, last_error, next_attempt_at, created_at, copied_at, files';

function fromRow(row: Row): MediaCopy {
  return {
    taskId: row.task_id,
    status: row.status as MediaCopyStatus,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at ? row.next_attempt_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    copiedAt: row.copied_at ? row.copied_at.toISOString() : null,
    video: row.files?.video ?? null,
    cover: row.files?.cover ?? null,
  };
}

export class PostgresMediaCopies implements MediaCopyStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async #rows(sql: string, params: unknown[]): Promise<Row[]> {
    return (await this.#pool.query<Row>(sql, params)).rows;
  }

  async lease(now: Date, limit: number, leaseMs: number, leaseOwner: string): Promise<MediaCopy[]> {
    const rows = await this.#rows(
      `update media_copies set lease_owner = $1, lease_until = $2, next_attempt_at = $2
       where task_id in (select task_id from media_copies where status = 'PENDING' and next_attempt_at <= $3
                         order by next_attempt_at limit $4 for update skip locked)
       returning ${COLUMNS}`,
      [leaseOwner, new Date(now.getTime() + leaseMs), now, limit],
    );
    return rows.map(fromRow).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  }

  async record(copy: MediaCopy, leaseOwner: string): Promise<boolean> {
    const files = copy.video || copy.cover ? JSON.stringify({ video: copy.video, cover: copy.cover }) : null;
    const result = await this.#pool.query(
      `update media_copies set status = $2, attempts = $3, last_error = $4, next_attempt_at = $5, copied_at = $6, files = $7::jsonb,
                               lease_owner = null, lease_until = null
       where task_id = $1 and lease_owner = $8`,
      [copy.taskId, copy.status, copy.attempts, copy.lastError, copy.nextAttemptAt, copy.copiedAt, files, leaseOwner],
    );
    return result.rowCount === 1;
  }

  async nextAttemptAt(): Promise<Date | null> {
    const [row] = (await this.#pool.query<{ at: Date | null }>(`select min(next_attempt_at) as at from media_copies where status = 'PENDING'`)).rows;
    return row?.at ?? null;
  }

  async getMany(taskIds: readonly string[]): Promise<(MediaCopy | null)[]> {
    const valid = taskIds.filter(isUuid);
    if (valid.length === 0) return taskIds.map(() => null);
    const byId = new Map(
      (await this.#rows(`select ${COLUMNS} from media_copies where task_id = any($1::uuid[])`, [valid])).map((r) => [r.task_id, fromRow(r)]),
    );
    return taskIds.map((id) => byId.get(id) ?? null);
  }

  async expiring(before: Date, limit: number): Promise<MediaCopy[]> {
    return (
      await this.#rows(`select ${COLUMNS} from media_copies where status <> 'EXPIRED' and created_at < $1 order by created_at limit $2`, [before, limit])
    ).map(fromRow);
  }

  async markExpired(taskId: string): Promise<void> {
    await this.#pool.query(
      `update media_copies set status = 'EXPIRED', next_attempt_at = null, files = null, lease_owner = null, lease_until = null where task_id = $1`,
      [taskId],
    );
  }
}
