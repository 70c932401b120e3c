import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { LeasedTask, StoredTask, TaskCount, TaskFilter, PageCursor, TaskStore } from '../tasks/store.ts';
import { DuplicateKeyError, isUuid } from '../tasks/store.ts';
import type { Task, TaskRuntime } from '../tasks/task.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { DeliveryCursor, DeliveryStatus, WebhookDelivery, WebhookEventType } from '../tasks/webhook-deliveries.ts';
import { lockDataDir, type DataDirLock } from './lock.ts';
import { DELIVERY_COLUMNS, SQLITE_MIGRATIONS, migrate } from './migrations.ts';

/**
 * The embedded store: SQLite through `node:sqlite` (built into Node 24), one file in `DATA_DIR`,
 * write-ahead log. The folder is locked by one process for as long as it runs (see `lock.ts`).
 *
 * Times the scheduler compares (next poll, lease, deadline) are integers (ms since the epoch);
 * `created_at`/`updated_at` are ISO 8601 strings, which sort as they compare. The task itself is
 * one JSON document (`doc`), the columns beside it are what queries filter on.
 *
 * node:sqlite is synchronous: each call here runs on the event loop. Every statement is prepared
 * once, every query is served by an index, and `synchronous = NORMAL` keeps a commit to a write
 * into the log (no fsync per commit): a committed task survives the process being killed; an
 * operating-system crash or power cut can lose the last commits (set `SQLITE_SYNCHRONOUS=full`
 * to fsync every commit, at about 130 µs each on the CI machine).
 */

export interface SqliteOptions {
  /** The data folder, or `memory://` (nothing kept, no lock: tests and benchmarks). */
  dataDir: string;
  synchronous?: 'normal' | 'full';
}

const FILE = 'tourgraph.sqlite';

interface Row {
  doc: string;
  webhook_token: string | null;
  idempotency_key: string | null;
  input_hash: string;
  next_poll_at: number | null;
  poll_failures: number;
  deadline_at: number;
}

const COLUMNS = 'doc, webhook_token, idempotency_key, input_hash, next_poll_at, poll_failures, deadline_at';
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

function fromRow(row: Row): StoredTask {
  return {
    task: JSON.parse(row.doc) as Task,
    runtime: {
      webhookToken: row.webhook_token,
      idempotencyKey: row.idempotency_key,
      inputHash: row.input_hash,
      nextPollAt: iso(row.next_poll_at),
      pollFailures: row.poll_failures,
      deadlineAt: iso(row.deadline_at)!,
    },
  };
}

interface DeliveryRow {
  id: string;
  owner: string;
  task_id: string;
  event_type: string;
  url: string;
  payload: string;
  status: string;
  attempts: number;
  failures: number;
  last_response_status: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  next_attempt_at: number | null;
  created_at: string;
  delivered_at: string | null;
}

function deliveryFromRow(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    owner: row.owner,
    taskId: row.task_id,
    eventType: row.event_type as WebhookEventType,
    url: row.url,
    payload: row.payload,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    failures: row.failures,
    lastResponseStatus: row.last_response_status,
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at,
    nextAttemptAt: iso(row.next_attempt_at),
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}

/** A delivery's columns as named parameters of the statements below. */
function deliveryParams(d: WebhookDelivery) {
  return {
    id: d.id,
    owner: d.owner,
    task: d.taskId,
    event: d.eventType,
    url: d.url,
    payload: d.payload,
    status: d.status,
    attempts: d.attempts,
    failures: d.failures,
    response: d.lastResponseStatus,
    error: d.lastError,
    attempted: d.lastAttemptAt,
    next: ms(d.nextAttemptAt),
    created: d.createdAt,
    delivered: d.deliveredAt,
  } satisfies Record<string, SQLInputValue>;
}

/** SQL that clears the lease only when `?owner` names its holder (a webhook's write leaves a poll's lease alone). */
const RELEASE_OWN_LEASE = `lease_owner = case when lease_owner = :owner then null else lease_owner end,
                           lease_until = case when lease_owner = :owner then null else lease_until end`;

export class SqliteTaskStore implements TaskStore {
  readonly engine = 'sqlite';
  readonly #db: DatabaseSync;
  readonly #lock: DataDirLock | null;
  readonly #s: Record<
    | 'insert'
    | 'update'
    | 'schedule'
    | 'delete'
    | 'get'
    | 'getMany'
    | 'byKey'
    | 'byRef'
    | 'byToken'
    | 'due'
    | 'lease'
    | 'nextDue'
    | 'interrupted'
    | 'changed'
    | 'counts'
    | 'ping'
    | 'deliveryInsert'
    | 'deliveryLease'
    | 'deliveryRecord'
    | 'deliveryNext'
    | 'deliveryGet'
    | 'deliveryRequeue'
    | 'deliveryPrune',
    StatementSync
  >;
  readonly #lists = new Map<string, StatementSync>();

  private constructor(db: DatabaseSync, lock: DataDirLock | null) {
    this.#db = db;
    this.#lock = lock;
    const p = (sql: string) => db.prepare(sql);
    this.#s = {
      insert: p(`insert into tasks (id, owner, provider, kind, status, provider_ref, idempotency_key, input_hash, webhook_token, doc, version,
                                    created_at, updated_at, next_poll_at, poll_failures, deadline_at)
                 values (:id, :owner, :provider, :kind, :status, :ref, :key, :hash, :token, :doc, :version, :created, :updated, :next, :failures, :deadline)`),
      // A writer that does not hold the lease cannot pull the next poll inside another's lease.
      update: p(`update tasks set status = :status, provider_ref = :ref, doc = :doc, version = :version, updated_at = :updated, poll_failures = :failures,
                        next_poll_at = case when :next is null then null
                                            when lease_owner is not null and (:owner is null or lease_owner <> :owner) and lease_until > :next then lease_until
                                            else :next end,
                        ${RELEASE_OWN_LEASE}
                 where id = :id and version = :expected`),
      schedule: p(`update tasks set next_poll_at = case when version <> :expected or status in ('SUCCEEDED', 'FAILED') then next_poll_at
                                                   when lease_owner is not null and (:owner is null or lease_owner <> :owner) and lease_until > :next then lease_until
                                                   else :next end,
                          poll_failures = case when version = :expected then :failures else poll_failures end,
                          ${RELEASE_OWN_LEASE}
                   where id = :id`),
      delete: p('delete from tasks where id = ?'),
      get: p(`select ${COLUMNS} from tasks where id = ?`),
      getMany: p('select doc from tasks where id in (select value from json_each(?)) and owner = ?'),
      byKey: p(`select ${COLUMNS} from tasks where owner = ? and idempotency_key = ?`),
      byRef: p(`select ${COLUMNS} from tasks where provider = ? and provider_ref = ?`),
      byToken: p(`select ${COLUMNS} from tasks where webhook_token = ?`),
      due: p('select id, next_poll_at as at from tasks where provider = :provider and next_poll_at <= :now order by next_poll_at limit :limit'),
      // Leasing moves the next poll to the lease's end: if this process dies mid-poll the task falls
      // due again by itself, and `nextDue` needs no look at leases.
      lease: p(`update tasks set lease_owner = :owner, lease_until = :until, next_poll_at = :until
                where id in (select value from json_each(:ids))
                returning ${COLUMNS}`),
      nextDue: p('select min(next_poll_at) as at from tasks where provider = ? and next_poll_at is not null'),
      interrupted: p(`select ${COLUMNS} from tasks where provider_ref is null and status not in ('SUCCEEDED', 'FAILED') and created_at < ?`),
      changed: p('select doc from tasks where owner = ? and updated_at > ? order by updated_at limit ?'),
      counts: p('select provider, status, count(*) as count from tasks group by provider, status'),
      ping: p('select 1'),
      deliveryInsert: p(`insert into webhook_deliveries (${DELIVERY_COLUMNS})
                         values (:id, :owner, :task, :event, :url, :payload, :status, :attempts, :failures, :response, :error, :attempted, :next, :created, :delivered)`),
      // Like a poll's lease: the next attempt moves to the lease's end, so a sender that dies mid-attempt leaves it due again.
      deliveryLease: p(`update webhook_deliveries set lease_owner = :owner, lease_until = :until, next_attempt_at = :until
                        where id in (select id from webhook_deliveries where status = 'PENDING' and next_attempt_at <= :now order by next_attempt_at limit :limit)
                        returning ${DELIVERY_COLUMNS}`),
      deliveryRecord: p(`update webhook_deliveries set status = :status, attempts = :attempts, failures = :failures, last_response_status = :response,
                                last_error = :error, last_attempt_at = :attempted, next_attempt_at = :next, delivered_at = :delivered,
                                lease_owner = null, lease_until = null
                         where id = :id and lease_owner = :leaseOwner`),
      deliveryNext: p(`select min(next_attempt_at) as at from webhook_deliveries where status = 'PENDING'`),
      deliveryGet: p(`select ${DELIVERY_COLUMNS} from webhook_deliveries where id = ? and owner = ?`),
      deliveryRequeue: p(`update webhook_deliveries set status = 'PENDING', failures = 0, next_attempt_at = :now, lease_owner = null, lease_until = null
                          where id = :id and owner = :owner
                          returning ${DELIVERY_COLUMNS}`),
      deliveryPrune: p(`delete from webhook_deliveries
                        where id in (select id from webhook_deliveries where status <> 'PENDING' and created_at < ? limit ?)`),
    };
  }

  /** Opens (and creates, and migrates) the store in `dataDir`, locking the folder. */
  static async open(options: SqliteOptions): Promise<SqliteTaskStore> {
    const memory = options.dataDir.startsWith('memory://');
    let lock: DataDirLock | null = null;
    let db: DatabaseSync;
    if (memory) {
      db = new DatabaseSync(':memory:');
    } else {
      mkdirSync(options.dataDir, { recursive: true });
      // No busy wait: a second process on the folder must fail at once, not after a timeout.
      db = new DatabaseSync(join(options.dataDir, FILE), { timeout: 0 });
      lock = lockDataDir(db, options.dataDir);
    }
    try {
      db.exec(`pragma synchronous = ${options.synchronous === 'full' ? 'full' : 'normal'}`);
      // 64 MB of page cache: 10,000 tasks' pages stay in memory. A checkpoint every 4,000 pages
      // (16 MB of log) rather than 1,000: fewer, larger copies into the database file.
      db.exec('pragma cache_size = -65536');
      db.exec('pragma wal_autocheckpoint = 4000');
      await migrate(SQLITE_MIGRATIONS, {
        applied: () => {
          db.exec('create table if not exists schema_migrations (version integer primary key, name text not null, applied_at text not null)');
          return (db.prepare('select version from schema_migrations').all() as { version: number }[]).map((r) => r.version);
        },
        apply: (m) => {
          db.exec('begin');
          try {
            db.exec(m.sql);
            db.prepare('insert into schema_migrations values (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
            db.exec('commit');
          } catch (err) {
            db.exec('rollback');
            throw err;
          }
        },
      });
      return new SqliteTaskStore(db, lock);
    } catch (err) {
      db.close();
      lock?.release();
      throw err;
    }
  }

  /** Writes made this turn of the event loop, committed together; each resolves once committed. */
  #batch: { resolve: () => void; reject: (err: unknown) => void }[] | null = null;

  /**
   * Group commit: a write runs at once inside the transaction of the current event-loop turn (so
   * reads that follow see it), and its promise resolves only when that transaction commits, at the
   * end of the turn. Fifty creates in flight then cost a handful of commits instead of a hundred,
   * and a write is acknowledged only once it is in the log. A failed statement fails alone; a failed
   * commit fails every write of its batch.
   */
  #write<T>(statement: () => T): Promise<T> {
    if (!this.#batch) {
      this.#db.exec('begin');
      this.#batch = [];
      setImmediate(() => this.#commit());
    }
    let result: T;
    try {
      result = statement();
    } catch (err) {
      // A full disk, an I/O error or no memory makes SQLite roll the whole transaction back by
      // itself: every write of this batch is gone, so each fails (none may run on in autocommit).
      if (!this.#db.isTransaction) this.#abandon(err);
      return Promise.reject(err);
    }
    return new Promise<T>((resolve, reject) => this.#batch!.push({ resolve: () => resolve(result), reject }));
  }

  /** The batch's transaction was rolled back: its writes fail, and the next write starts a new one. */
  #abandon(err: unknown): void {
    const batch = this.#batch ?? [];
    this.#batch = null;
    for (const w of batch) w.reject(err);
  }

  #commit(): void {
    const batch = this.#batch;
    if (!batch) return;
    try {
      this.#db.exec('commit');
    } catch (err) {
      try {
        this.#db.exec('rollback');
      } catch {
        // The transaction is already gone.
      }
      this.#abandon(err);
      return;
    }
    this.#batch = null;
    for (const w of batch) w.resolve();
  }

  insert(task: Task, runtime: TaskRuntime): Promise<void> {
    return this.#write(() => {
      try {
        this.#s.insert.run({
          id: task.id,
          owner: task.owner,
          provider: task.provider,
          kind: task.kind,
          status: task.status,
          ref: task.providerRef,
          key: runtime.idempotencyKey,
          hash: runtime.inputHash,
          token: runtime.webhookToken,
          doc: JSON.stringify(task),
          version: task.version,
          created: task.createdAt,
          updated: task.updatedAt,
          next: ms(runtime.nextPollAt),
          failures: runtime.pollFailures,
          deadline: ms(runtime.deadlineAt),
        });
      } catch (err) {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY
        const code = (err as { errcode?: number }).errcode;
        if (code === 2067 || code === 1555) throw new DuplicateKeyError((err as Error).message, { cause: err });
        throw err;
      }
    });
  }

  update(
    task: Task,
    expectedVersion: number,
    schedule: { nextPollAt: string | null; pollFailures: number },
    leaseOwner: string | null = null,
    deliveries: readonly WebhookDelivery[] = [],
  ): Promise<boolean> {
    const write = () =>
      this.#s.update.run({
        id: task.id,
        expected: expectedVersion,
        status: task.status,
        ref: task.providerRef,
        doc: JSON.stringify(task),
        version: task.version,
        updated: task.updatedAt,
        next: ms(schedule.nextPollAt),
        failures: schedule.pollFailures,
        owner: leaseOwner,
      }).changes === 1;
    if (deliveries.length === 0) return this.#write(write);
    // The change and its outbox rows commit together or not at all: a savepoint inside the batch's
    // transaction, so a failed insert undoes the task's write too, and nothing else of the batch.
    return this.#write(() => {
      this.#db.exec('savepoint outbox');
      try {
        const written = write();
        if (written) for (const d of deliveries) this.#s.deliveryInsert.run(deliveryParams(d));
        this.#db.exec('release outbox');
        return written;
      } catch (err) {
        if (this.#db.isTransaction) {
          this.#db.exec('rollback to outbox');
          this.#db.exec('release outbox');
        }
        throw err;
      }
    });
  }

  schedule(id: string, expectedVersion: number, nextPollAt: string | null, pollFailures: number, leaseOwner: string | null): Promise<void> {
    return this.#write(() => void this.#s.schedule.run({ id, expected: expectedVersion, next: ms(nextPollAt), failures: pollFailures, owner: leaseOwner }));
  }

  delete(id: string): Promise<void> {
    return this.#write(() => void this.#s.delete.run(id));
  }

  async get(id: string): Promise<StoredTask | null> {
    const row = this.#s.get.get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async getMany(ids: readonly string[], owner: string): Promise<(Task | null)[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const rows = this.#s.getMany.all(JSON.stringify(valid), owner) as { doc: string }[];
    const byId = new Map<string, Task>();
    for (const r of rows) {
      const task = JSON.parse(r.doc) as Task;
      byId.set(task.id, task);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findByIdempotencyKey(owner: string, key: string): Promise<StoredTask | null> {
    const row = this.#s.byKey.get(owner, key) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async findByProviderRef(provider: ProviderId, ref: string): Promise<StoredTask | null> {
    const row = this.#s.byRef.get(provider, ref) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async findByWebhookToken(token: string): Promise<StoredTask | null> {
    const row = this.#s.byToken.get(token) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async list(owner: string, filter: TaskFilter, first: number, after: PageCursor | null): Promise<{ tasks: Task[]; hasNextPage: boolean }> {
    const where = ['owner = ?'];
    const params: SQLInputValue[] = [owner];
    const add = (clause: string, ...values: SQLInputValue[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.provider) add('provider = ?', filter.provider);
    if (filter.kind) add('kind = ?', filter.kind);
    if (filter.status?.length) add(`status in (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
    if (after) add('(created_at, id) < (?, ?)', after.createdAt, after.id);
    params.push(first + 1);
    const sql = `select doc from tasks where ${where.join(' and ')} order by created_at desc, id desc limit ?`;
    let statement = this.#lists.get(sql);
    if (!statement) this.#lists.set(sql, (statement = this.#db.prepare(sql)));
    const rows = statement.all(...params) as { doc: string }[];
    return { tasks: rows.slice(0, first).map((r) => JSON.parse(r.doc) as Task), hasNextPage: rows.length > first };
  }

  async changedSince(owner: string, since: string, limit: number): Promise<Task[]> {
    return (this.#s.changed.all(owner, since, limit) as { doc: string }[]).map((r) => JSON.parse(r.doc) as Task);
  }

  leaseDue(now: Date, limit: number, leaseMs: number, leaseOwner: string, provider: ProviderId): Promise<LeasedTask[]> {
    const at = now.getTime();
    return this.#write(() => {
      // SQLite's `returning` sees only the new row: the due times are read first, in the same transaction.
      const due = new Map((this.#s.due.all({ provider, now: at, limit }) as { id: string; at: number }[]).map((r) => [r.id, r.at]));
      if (due.size === 0) return [];
      const rows = this.#s.lease.all({ owner: leaseOwner, until: at + leaseMs, ids: JSON.stringify([...due.keys()]) }) as unknown as Row[];
      return rows.map((row) => {
        const stored = fromRow(row);
        return { ...stored, dueAt: iso(due.get(stored.task.id)!)! };
      });
    });
  }

  async nextDueAt(providers: readonly ProviderId[]): Promise<Date | null> {
    let min: number | null = null;
    for (const provider of providers) {
      const at = (this.#s.nextDue.get(provider) as { at: number | null }).at;
      if (at !== null && (min === null || at < min)) min = at;
    }
    return min === null ? null : new Date(min);
  }

  async interruptedSubmissions(olderThan: Date): Promise<StoredTask[]> {
    return (this.#s.interrupted.all(olderThan.toISOString()) as unknown as Row[]).map(fromRow);
  }

  leaseDeliveries(now: Date, limit: number, leaseMs: number, leaseOwner: string): Promise<WebhookDelivery[]> {
    const at = now.getTime();
    return this.#write(() =>
      (this.#s.deliveryLease.all({ owner: leaseOwner, until: at + leaseMs, now: at, limit }) as unknown as DeliveryRow[]).map(deliveryFromRow),
    );
  }

  recordDelivery(delivery: WebhookDelivery, leaseOwner: string): Promise<boolean> {
    const { id, status, attempts, failures, response, error, attempted, next, delivered } = deliveryParams(delivery);
    return this.#write(
      () => this.#s.deliveryRecord.run({ id, status, attempts, failures, response, error, attempted, next, delivered, leaseOwner }).changes === 1,
    );
  }

  async nextDeliveryAt(): Promise<Date | null> {
    const at = (this.#s.deliveryNext.get() as { at: number | null }).at;
    return at === null ? null : new Date(at);
  }

  async getDelivery(id: string, owner: string): Promise<WebhookDelivery | null> {
    const row = this.#s.deliveryGet.get(id, owner) as DeliveryRow | undefined;
    return row ? deliveryFromRow(row) : null;
  }

  async listDeliveries(
    owner: string,
    taskId: string | null,
    first: number,
    after: DeliveryCursor | null,
  ): Promise<{ deliveries: WebhookDelivery[]; hasNextPage: boolean }> {
    const where = ['owner = ?'];
    const params: SQLInputValue[] = [owner];
    if (taskId !== null) {
      where.push('task_id = ?');
      params.push(taskId);
    }
    if (after) {
      where.push('(created_at, id) < (?, ?)');
      params.push(after.createdAt, after.id);
    }
    params.push(first + 1);
    const sql = `select ${DELIVERY_COLUMNS} from webhook_deliveries where ${where.join(' and ')} order by created_at desc, id desc limit ?`;
    let statement = this.#lists.get(sql);
    if (!statement) this.#lists.set(sql, (statement = this.#db.prepare(sql)));
    const rows = statement.all(...params) as unknown as DeliveryRow[];
    return { deliveries: rows.slice(0, first).map(deliveryFromRow), hasNextPage: rows.length > first };
  }

  requeueDelivery(id: string, owner: string, now: Date): Promise<WebhookDelivery | null> {
    return this.#write(() => {
      const row = this.#s.deliveryRequeue.get({ id, owner, now: now.getTime() }) as DeliveryRow | undefined;
      return row ? deliveryFromRow(row) : null;
    });
  }

  pruneDeliveries(before: Date, limit: number): Promise<number> {
    return this.#write(() => Number(this.#s.deliveryPrune.run(before.toISOString(), limit).changes));
  }

  /**
   * The connection and the group commit, for stores of other records in this database
   * (`media-copies-sqlite.ts`): their writes join the transaction of the current turn like these.
   */
  get connection(): { db: DatabaseSync; write<T>(statement: () => T): Promise<T> } {
    return { db: this.#db, write: (statement) => this.#write(statement) };
  }

  async countByStatus(): Promise<TaskCount[]> {
    return this.#s.counts.all() as unknown as TaskCount[];
  }

  async ping(): Promise<void> {
    this.#s.ping.get();
  }

  async close(): Promise<void> {
    if (!this.#db.isOpen) return;
    this.#commit();
    this.#db.close();
    this.#lock?.release();
  }
}
