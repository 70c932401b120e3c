import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Provider, TaskStatus } from '../upstream/snapshot.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Task, TaskKind, TaskRuntime } from './task.ts';

/**
 * Where tasks live. The SQL is plain Postgres: the embedded default is PGlite in a data folder
 * (`memory://` keeps it in memory), and any client with `query(sql, params)` can stand in for it.
 */

export interface Db {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface TaskFilter {
  provider?: Provider | null | undefined;
  status?: TaskStatus[] | null | undefined;
  kind?: TaskKind | null | undefined;
}

export interface PageCursor {
  createdAt: string;
  id: string;
}

interface Row {
  doc: Task;
  webhook_token: string | null;
  idempotency_key: string | null;
  input_hash: string;
  next_poll_at: Date | null;
  poll_failures: number;
  deadline_at: Date;
}

export interface StoredTask {
  task: Task;
  runtime: TaskRuntime;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function fromRow(row: Row): StoredTask {
  return {
    task: row.doc,
    runtime: {
      webhookToken: row.webhook_token,
      idempotencyKey: row.idempotency_key,
      inputHash: row.input_hash,
      nextPollAt: iso(row.next_poll_at),
      pollFailures: row.poll_failures,
      deadlineAt: row.deadline_at.toISOString(),
    },
  };
}

/** SQL that clears the lease only when `param` names its holder (a webhook's write leaves a poll's lease alone). */
const RELEASE_OWN_LEASE = (param: string) =>
  `lease_owner = case when lease_owner = ${param} then null else lease_owner end,
   lease_until = case when lease_owner = ${param} then null else lease_until end`;

const COLUMNS = 'doc, webhook_token, idempotency_key, input_hash, next_poll_at, poll_failures, deadline_at';

export class TaskStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Opens PGlite in `dataDir` (created if missing; `memory://` for none) and migrates it. */
  static async open(dataDir: string): Promise<TaskStore> {
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir);
    const store = new TaskStore(db as unknown as Db);
    await store.migrate();
    return store;
  }

  async migrate(): Promise<void> {
    await this.#db.exec('create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null)');
    const { rows } = await this.#db.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await this.#db.exec(`begin; ${m.sql}; insert into schema_migrations values (${m.version}, '${m.name}', now()); commit;`);
    }
  }

  async insert(task: Task, runtime: TaskRuntime): Promise<void> {
    await this.#db.query(
      `insert into tasks (id, owner, provider, kind, status, provider_ref, idempotency_key, input_hash, webhook_token, doc, version,
                          created_at, updated_at, next_poll_at, poll_failures, deadline_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        task.id, task.owner, task.provider, task.kind, task.status, task.providerRef, runtime.idempotencyKey, runtime.inputHash,
        runtime.webhookToken, task, task.version, task.createdAt, task.updatedAt, runtime.nextPollAt, runtime.pollFailures, runtime.deadlineAt,
      ],
    );
  }

  /**
   * Writes `task` if the stored version is still `expectedVersion` (optimistic concurrency), with
   * the next poll time. Returns false when another writer got there first.
   */
  async update(
    task: Task,
    expectedVersion: number,
    schedule: { nextPollAt: string | null; pollFailures: number },
    leaseOwner: string | null = null,
  ): Promise<boolean> {
    const { rows } = await this.#db.query(
      `update tasks set status = $3, provider_ref = $4, doc = $5, version = $6, updated_at = $7, next_poll_at = $8, poll_failures = $9,
                        ${RELEASE_OWN_LEASE('$10')}
       where id = $1 and version = $2 returning id`,
      [task.id, expectedVersion, task.status, task.providerRef, task, task.version, task.updatedAt, schedule.nextPollAt, schedule.pollFailures, leaseOwner],
    );
    return rows.length === 1;
  }

  /**
   * Sets the next poll of a task that a poll left unchanged (or found failing), and releases the
   * caller's lease. The time is only written while the task is still at `expectedVersion` and not
   * finished, so a poll that raced a webhook cannot re-arm a finished task.
   */
  async schedule(id: string, expectedVersion: number, nextPollAt: string | null, pollFailures: number, leaseOwner: string | null): Promise<void> {
    await this.#db.query(
      `update tasks set next_poll_at = case when version = $2 and status not in ('SUCCEEDED', 'FAILED') then $3::timestamptz else next_poll_at end,
                        poll_failures = case when version = $2 then $4 else poll_failures end,
                        ${RELEASE_OWN_LEASE('$5')}
       where id = $1`,
      [id, expectedVersion, nextPollAt, pollFailures, leaseOwner],
    );
  }

  async delete(id: string): Promise<void> {
    await this.#db.query('delete from tasks where id = $1', [id]);
  }

  async get(id: string): Promise<StoredTask | null> {
    const { rows } = await this.#db.query<Row>(`select ${COLUMNS} from tasks where id = $1`, [id]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** Tasks by id, in the order asked, null where missing or owned by someone else. */
  async getMany(ids: readonly string[], owner: string): Promise<(Task | null)[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const { rows } = await this.#db.query<{ doc: Task }>('select doc from tasks where id = any($1::uuid[]) and owner = $2', [valid, owner]);
    const byId = new Map(rows.map((r) => [r.doc.id, r.doc]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findByIdempotencyKey(owner: string, key: string): Promise<StoredTask | null> {
    const { rows } = await this.#db.query<Row>(`select ${COLUMNS} from tasks where owner = $1 and idempotency_key = $2`, [owner, key]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async findByProviderRef(provider: Provider, ref: string): Promise<StoredTask | null> {
    const { rows } = await this.#db.query<Row>(`select ${COLUMNS} from tasks where provider = $1 and provider_ref = $2`, [provider, ref]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async findByWebhookToken(token: string): Promise<StoredTask | null> {
    const { rows } = await this.#db.query<Row>(`select ${COLUMNS} from tasks where webhook_token = $1`, [token]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** One page of an owner's tasks, newest first; asks for one more than `first` to know if more follow. */
  async list(owner: string, filter: TaskFilter, first: number, after: PageCursor | null): Promise<{ tasks: Task[]; hasNextPage: boolean }> {
    const where = ['owner = $1'];
    const params: unknown[] = [owner];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (filter.provider) add('provider = ?', filter.provider);
    if (filter.kind) add('kind = ?', filter.kind);
    if (filter.status?.length) add('status = any(?::text[])', filter.status);
    if (after) {
      params.push(after.createdAt, after.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const { rows } = await this.#db.query<{ doc: Task }>(
      `select doc from tasks where ${where.join(' and ')} order by created_at desc, id desc limit $${params.length}`,
      params,
    );
    return { tasks: rows.slice(0, first).map((r) => r.doc), hasNextPage: rows.length > first };
  }

  /**
   * Leases up to `limit` tasks whose poll is due, so that each due task is polled by one poller
   * (one process, or one replica on a shared Postgres). A lease lapses after `leaseMs`.
   */
  async leaseDue(now: Date, limit: number, leaseMs: number, leaseOwner: string, provider: Provider): Promise<StoredTask[]> {
    const { rows } = await this.#db.query<Row>(
      `update tasks set lease_owner = $1, lease_until = $2
       where id in (select id from tasks
                    where provider = $5 and next_poll_at <= $3 and (lease_until is null or lease_until < $3)
                    order by next_poll_at limit $4 for update skip locked)
       returning ${COLUMNS}`,
      [leaseOwner, new Date(now.getTime() + leaseMs), now, limit, provider],
    );
    return rows.map(fromRow);
  }

  /** The earliest poll that can be leased, so the poller sleeps until then (a leased task counts from its lease's end). */
  async nextDueAt(): Promise<Date | null> {
    const { rows } = await this.#db.query<{ at: Date | null }>(
      'select min(greatest(next_poll_at, coalesce(lease_until, next_poll_at))) as at from tasks where next_poll_at is not null',
    );
    return rows[0]?.at ?? null;
  }

  /** Tasks whose submission never recorded a provider reference (the process died mid-submit). */
  async interruptedSubmissions(olderThan: Date): Promise<StoredTask[]> {
    const { rows } = await this.#db.query<Row>(
      `select ${COLUMNS} from tasks where provider_ref is null and status not in ('SUCCEEDED', 'FAILED') and created_at < $1`,
      [olderThan],
    );
    return rows.map(fromRow);
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
