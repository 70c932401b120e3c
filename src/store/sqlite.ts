import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { LeasedTask, StoredTask, TaskCount, TaskFilter, PageCursor, TaskStore, UpdateEffects } from '../tasks/store.ts';
import type { AccountState, AdmissionRule, QueueEntry, QueueSnapshot } from '../tasks/queue.ts';
import { BudgetGuardError, reservedBy, type BudgetGuard, type BudgetUse, type LedgerEntry } from '../tasks/spend.ts';
import { DuplicateKeyError, isUuid } from '../tasks/store.ts';
import type { Task, TaskRuntime } from '../tasks/task.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { DeliveryCursor, DeliveryStatus, WebhookDelivery, WebhookEventType } from '../tasks/webhook-deliveries.ts';
import { lockDataDir, type DataDirLock } from './lock.ts';
import {
  DELIVERY_COLUMNS,
  LEDGER_COLUMNS,
  QUEUE_COLUMNS,
  SQLITE_MIGRATIONS,
  ledgerEntryOf as entryOfLedgerRow,
  migrate,
  queueEntryOf as entryOfQueueRow,
  type LedgerRow as StoredLedgerRow,
  type QueueRow as StoredQueueRow,
} from './migrations.ts';

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

type QueueRow = StoredQueueRow<number, string>;
const queueEntryOf = (r: QueueRow) => entryOfQueueRow(r, (at) => at);

const queueParams = (e: QueueEntry) =>
  ({ task: e.taskId, account: e.account, owner: e.owner, priority: e.priority, seq: e.seq, enqueued: e.enqueuedAt }) satisfies Record<string, SQLInputValue>;

const ledgerParams = (e: LedgerEntry) =>
  ({
    id: e.id,
    task: e.taskId,
    owner: e.owner,
    provider: e.provider,
    account: e.account,
    unit: e.unit,
    amount: e.amount,
    kind: e.kind,
    at: e.at,
  }) satisfies Record<string, SQLInputValue>;

type LedgerRow = StoredLedgerRow<string>;
const ledgerEntryOf = (r: LedgerRow) => entryOfLedgerRow(r, (at) => at);

interface AccountRow {
  seq: number;
  turn: number;
  learned_limit: number | null;
  learned_at: number | null;
  held_until: number | null;
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
    | 'deliveryPrune'
    | 'accountEnsure'
    | 'accountGet'
    | 'accountSeq'
    | 'accountTurn'
    | 'accountHold'
    | 'accountsAll'
    | 'turnSet'
    | 'turnsOf'
    | 'queueInsert'
    | 'queueAny'
    | 'queueCount'
    | 'queuePick'
    | 'queueDelete'
    | 'queueOf'
    | 'unfinished'
    | 'admitTask'
    | 'ledgerInsert'
    | 'ledgerRange'
    | 'spent'
    | 'reserved'
    | 'updateWaiting',
    StatementSync
  >;
  readonly #lists = new Map<string, StatementSync>();

  private constructor(db: DatabaseSync, lock: DataDirLock | null) {
    this.#db = db;
    this.#lock = lock;
    const p = (sql: string) => db.prepare(sql);
    this.#s = {
      insert: p(`insert into tasks (id, owner, provider, kind, status, provider_ref, idempotency_key, input_hash, webhook_token, doc, version,
                                    created_at, updated_at, next_poll_at, poll_failures, deadline_at, cost_unit, reserved)
                 values (:id, :owner, :provider, :kind, :status, :ref, :key, :hash, :token, :doc, :version, :created, :updated, :next, :failures, :deadline,
                         :unit, :reserved)`),
      // A writer that does not hold the lease cannot pull the next poll inside another's lease.
      update: p(`update tasks set status = :status, provider_ref = :ref, doc = :doc, version = :version, updated_at = :updated, poll_failures = :failures,
                        reserved = :reserved,
                        next_poll_at = case when :next is null then null
                                            when lease_owner is not null and (:owner is null or lease_owner <> :owner) and lease_until > :next then lease_until
                                            else :next end,
                        ${RELEASE_OWN_LEASE}
                 where id = :id and version = :expected`),
      schedule: p(`update tasks set next_poll_at = case when version <> :expected or status in ('SUCCEEDED', 'FAILED', 'CANCELLED') then next_poll_at
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
      // Tasks waiting in our queue were never submitted on purpose: not interrupted.
      interrupted: p(`select ${COLUMNS} from tasks where provider_ref is null and status not in ('SUCCEEDED', 'FAILED', 'CANCELLED') and created_at < ?
                        and id not in (select task_id from queue)`),
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
      accountEnsure: p('insert into queue_accounts (account) values (?) on conflict do nothing'),
      accountGet: p('select seq, turn, learned_limit, learned_at, held_until from queue_accounts where account = ?'),
      accountSeq: p('update queue_accounts set seq = seq + 1 where account = ? returning seq'),
      accountTurn: p('update queue_accounts set turn = turn + 1 where account = ? returning turn'),
      accountHold: p(`update queue_accounts set held_until = max(coalesce(held_until, 0), :until),
                             learned_limit = coalesce(:limit, learned_limit),
                             learned_at = case when :limit is null then learned_at else :now end
                      where account = :account`),
      accountsAll: p('select account, learned_limit, learned_at, held_until from queue_accounts order by account'),
      turnSet: p('insert into queue_turns (account, owner, turn) values (?, ?, ?) on conflict (account, owner) do update set turn = excluded.turn'),
      turnsOf: p('select owner, turn from queue_turns where account = ?'),
      queueInsert: p(`insert into queue (${QUEUE_COLUMNS}) values (:task, :account, :owner, :priority, :seq, :enqueued)`),
      queueAny: p('select 1 as one from queue where account = ? limit 1'),
      queueCount: p('select count(*) as n from queue where account = ?'),
      // The store's half of the queue's order (`tasks/queue.ts`): the client with the oldest turn, then priority, then arrival.
      queuePick: p(`select q.task_id, q.account, q.owner, q.priority, q.seq, q.enqueued_at
                    from queue q left join queue_turns t on t.account = q.account and t.owner = q.owner
                    where q.account = ? order by coalesce(t.turn, 0), q.priority desc, q.seq limit 1`),
      queueDelete: p('delete from queue where task_id = ?'),
      queueOf: p(`select ${QUEUE_COLUMNS} from queue where account = ? order by seq`),
      unfinished: p(`select count(*) as n from tasks where provider = ? and status in ('QUEUED', 'PROCESSING')`),
      admitTask: p(`update tasks set next_poll_at = ?, deadline_at = ?, poll_failures = 0 where id = ? returning ${COLUMNS}`),
      ledgerInsert: p(`insert or ignore into ledger (${LEDGER_COLUMNS}) values (:id, :task, :owner, :provider, :account, :unit, :amount, :kind, :at)`),
      ledgerRange: p(`select ${LEDGER_COLUMNS} from ledger where owner = ? and at >= ? and at < ? order by at, id`),
      spent: p('select coalesce(sum(amount), 0) as n from ledger where owner = ? and unit = ? and at >= ?'),
      reserved: p('select coalesce(sum(reserved), 0) as n from tasks where owner = ? and cost_unit = ? and reserved > 0'),
      updateWaiting: p(`update tasks set doc = :doc, version = :version, updated_at = :updated
                        where id = :id and version = :expected and exists (select 1 from queue where task_id = :id)`),
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
    return this.#write(() => this.#insert(task, runtime));
  }

  #insert(task: Task, runtime: TaskRuntime): void {
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
        unit: task.cost.unit,
        reserved: reservedBy(task),
      });
    } catch (err) {
      // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY
      const code = (err as { errcode?: number }).errcode;
      if (code === 2067 || code === 1555) throw new DuplicateKeyError((err as Error).message, { cause: err });
      throw err;
    }
  }

  update(
    task: Task,
    expectedVersion: number,
    schedule: { nextPollAt: string | null; pollFailures: number },
    leaseOwner: string | null = null,
    deliveries: readonly WebhookDelivery[] = [],
    effects: UpdateEffects = {},
  ): Promise<boolean> {
    const write = () =>
      this.#s.update.run({
        reserved: reservedBy(task),
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
    const ledger = effects.ledger ?? [];
    if (deliveries.length === 0 && ledger.length === 0 && !effects.requeue) return this.#write(write);
    // The change, its outbox rows, its charges and its return to the queue commit together or not at all.
    return this.#write(() =>
      this.#atomically(() => {
        const written = write();
        if (!written) return false;
        for (const d of deliveries) this.#s.deliveryInsert.run(deliveryParams(d));
        for (const e of ledger) this.#s.ledgerInsert.run(ledgerParams(e));
        if (effects.requeue) this.#s.queueInsert.run(queueParams(effects.requeue));
        return true;
      }),
    );
  }

  /**
   * Runs `statements` in a savepoint inside the batch's transaction: a failure undoes them all, and
   * nothing else of the batch. Returning false (nothing to keep) undoes them too.
   */
  #atomically<T>(statements: () => T): T {
    this.#db.exec('savepoint step');
    try {
      const result = statements();
      if (result === false) this.#db.exec('rollback to step');
      this.#db.exec('release step');
      return result;
    } catch (err) {
      if (this.#db.isTransaction) {
        this.#db.exec('rollback to step');
        this.#db.exec('release step');
      }
      throw err;
    }
  }

  // --- the queue, budgets and the ledger. node:sqlite runs each write whole on the event loop, and
  // only this process has the folder: a write is atomic with its checks without further locks. ---

  #account(account: string): AccountRow {
    const row = this.#s.accountGet.get(account) as AccountRow | undefined;
    if (row) return row;
    this.#s.accountEnsure.run(account);
    return this.#s.accountGet.get(account) as unknown as AccountRow;
  }

  /** The account's limit under `rule`: configured, else learned while fresh, else none. */
  #limit(row: AccountRow, rule: AdmissionRule): number | null {
    if (rule.configuredLimit !== null) return rule.configuredLimit;
    return row.learned_limit !== null && row.learned_at !== null && row.learned_at >= rule.learnedSince.getTime() ? row.learned_limit : null;
  }

  #inFlight(account: string): number {
    return (this.#s.unfinished.get(account) as { n: number }).n - (this.#s.queueCount.get(account) as { n: number }).n;
  }

  #budgetUse(owner: string, unit: string, since: string): BudgetUse {
    return { spent: (this.#s.spent.get(owner, unit, since) as { n: number }).n, reserved: (this.#s.reserved.get(owner, unit) as { n: number }).n };
  }

  enqueue(
    task: Task,
    runtime: TaskRuntime,
    priority: number,
    budgets: readonly BudgetGuard[],
    rule: AdmissionRule,
    waiting: Task = task,
  ): Promise<'ADMITTED' | 'WAITING'> {
    return this.#write(() => {
      for (const guard of budgets) {
        const use = this.#budgetUse(task.owner, guard.budget.unit, guard.since);
        if (use.spent + use.reserved + task.cost.amount > guard.budget.limit) throw new BudgetGuardError(guard, use);
      }
      const account = this.#account(task.provider);
      const limit = this.#limit(account, rule);
      const free =
        (account.held_until ?? 0) <= rule.now.getTime() && !this.#s.queueAny.get(task.provider) && (limit === null || this.#inFlight(task.provider) < limit);
      if (free) {
        // One statement, atomic by itself: the hot path takes no savepoint.
        this.#insert(task, runtime);
        // Taking a slot of a limited account is a turn: the client's next task waits behind others'.
        if (limit !== null) this.#s.turnSet.run(task.provider, task.owner, (this.#s.accountTurn.get(task.provider) as { turn: number }).turn);
        return 'ADMITTED' as const;
      }
      return this.#atomically(() => {
        this.#insert(waiting, { ...runtime, nextPollAt: null });
        const seq = (this.#s.accountSeq.get(task.provider) as { seq: number }).seq;
        this.#s.queueInsert.run(queueParams({ taskId: task.id, account: task.provider, owner: task.owner, priority, seq, enqueuedAt: task.createdAt }));
        return 'WAITING' as const;
      });
    });
  }

  admit(account: ProviderId, rule: AdmissionRule, max: number): Promise<{ stored: StoredTask; entry: QueueEntry }[]> {
    // Nothing waits (the usual case): no write.
    if (!this.#s.queueAny.get(account)) return Promise.resolve([]);
    return this.#write(() => {
      const row = this.#account(account);
      if ((row.held_until ?? 0) > rule.now.getTime()) return [];
      const limit = this.#limit(row, rule);
      let free = limit === null ? max : Math.min(max, limit - this.#inFlight(account));
      const admitted: { stored: StoredTask; entry: QueueEntry }[] = [];
      while (free-- > 0) {
        const next = this.#s.queuePick.get(account) as QueueRow | undefined;
        if (!next) break;
        this.#s.queueDelete.run(next.task_id);
        const turn = (this.#s.accountTurn.get(account) as { turn: number }).turn;
        this.#s.turnSet.run(account, next.owner, turn);
        const task = this.#s.admitTask.get(ms(rule.graceUntil), ms(rule.deadlineAt), next.task_id) as Row | undefined;
        if (task) admitted.push({ stored: fromRow(task), entry: queueEntryOf(next) });
      }
      return admitted;
    });
  }

  async queueOf(account: ProviderId): Promise<QueueSnapshot> {
    const waiting = (this.#s.queueOf.all(account) as unknown as QueueRow[]).map(queueEntryOf);
    const turns = Object.fromEntries((this.#s.turnsOf.all(account) as { owner: string; turn: number }[]).map((r) => [r.owner, r.turn]));
    return { waiting, turns };
  }

  updateWaiting(task: Task, expectedVersion: number): Promise<boolean> {
    return this.#write(
      () =>
        this.#s.updateWaiting.run({ id: task.id, expected: expectedVersion, doc: JSON.stringify(task), version: task.version, updated: task.updatedAt })
          .changes === 1,
    );
  }

  cancelWaiting(cancelled: Task, expectedVersion: number, deliveries: readonly WebhookDelivery[] = []): Promise<boolean> {
    return this.#write(() =>
      this.#atomically(() => {
        if (this.#s.queueDelete.run(cancelled.id).changes !== 1) return false;
        const written =
          this.#s.update.run({
            reserved: reservedBy(cancelled),
            id: cancelled.id,
            expected: expectedVersion,
            status: cancelled.status,
            ref: cancelled.providerRef,
            doc: JSON.stringify(cancelled),
            version: cancelled.version,
            updated: cancelled.updatedAt,
            next: null,
            failures: 0,
            owner: null,
          }).changes === 1;
        if (!written) return false;
        for (const d of deliveries) this.#s.deliveryInsert.run(deliveryParams(d));
        return true;
      }),
    );
  }

  holdAccount(account: ProviderId, until: Date, learnedLimit: number | null, now: Date): Promise<void> {
    return this.#write(() => {
      this.#account(account);
      this.#s.accountHold.run({ account, until: until.getTime(), limit: learnedLimit, now: now.getTime() });
    });
  }

  async accounts(learnedSince: Date): Promise<AccountState[]> {
    const rows = this.#s.accountsAll.all() as { account: string; learned_limit: number | null; learned_at: number | null; held_until: number | null }[];
    return rows.map((r) => {
      const waiting = (this.#s.queueCount.get(r.account) as { n: number }).n;
      return {
        account: r.account,
        waiting,
        inFlight: (this.#s.unfinished.get(r.account) as { n: number }).n - waiting,
        learnedLimit: r.learned_at !== null && r.learned_at >= learnedSince.getTime() ? r.learned_limit : null,
        heldUntil: iso(r.held_until),
      };
    });
  }

  async budgetUse(owner: string, unit: string, since: string): Promise<BudgetUse> {
    return this.#budgetUse(owner, unit, since);
  }

  async ledger(owner: string, from: string, to: string): Promise<LedgerEntry[]> {
    return (this.#s.ledgerRange.all(owner, from, to) as unknown as LedgerRow[]).map(ledgerEntryOf);
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
