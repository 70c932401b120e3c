import pg from 'pg';
import type { LeasedTask, PageCursor, StoredTask, TaskCount, TaskFilter, TaskStore, UpdateEffects } from '../tasks/store.ts';
import type { AccountState, AdmissionRule, QueueEntry, QueueSnapshot } from '../tasks/queue.ts';
import { BudgetGuardError, reservedBy, type BudgetGuard, type BudgetUse, type LedgerEntry } from '../tasks/spend.ts';
import { DuplicateKeyError, isUuid } from '../tasks/store.ts';
import type { Task, TaskRuntime } from '../tasks/task.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { DeliveryCursor, DeliveryStatus, WebhookDelivery, WebhookEventType } from '../tasks/webhook-deliveries.ts';
import {
  DELIVERY_COLUMNS,
  LEDGER_COLUMNS,
  POSTGRES_MIGRATIONS,
  QUEUE_COLUMNS,
  ledgerEntryOf as entryOfLedgerRow,
  migrate,
  queueEntryOf as entryOfQueueRow,
  type LedgerRow as StoredLedgerRow,
  type QueueRow as StoredQueueRow,
} from './migrations.ts';

/**
 * The production store, and the one replicas share: Postgres through node-postgres, with a pool.
 * Leases use `FOR UPDATE SKIP LOCKED`, so replicas polling at once each take different due tasks;
 * migrations run under an advisory lock, so replicas starting together migrate once.
 */

export interface PostgresOptions {
  url: string;
  /** Connections in the pool. @default 10 */
  poolSize?: number;
  /** Told of errors on idle connections (a restarted server), which would otherwise crash the process. */
  onError?: (err: Error) => void;
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

const COLUMNS = 'doc, webhook_token, idempotency_key, input_hash, next_poll_at, poll_failures, deadline_at';

function fromRow(row: Row): StoredTask {
  return {
    task: row.doc,
    runtime: {
      webhookToken: row.webhook_token,
      idempotencyKey: row.idempotency_key,
      inputHash: row.input_hash,
      nextPollAt: row.next_poll_at ? row.next_poll_at.toISOString() : null,
      pollFailures: row.poll_failures,
      deadlineAt: row.deadline_at.toISOString(),
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
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  created_at: Date;
  delivered_at: Date | null;
}

/** The outbox rows an `update` inserts, as `jsonb_to_recordset` reads them from one JSON parameter. */
const DELIVERY_RECORD = `d(id uuid, owner text, task_id uuid, event_type text, url text, payload text, status text, attempts integer, failures integer,
                           last_response_status integer, last_error text, last_attempt_at timestamptz, next_attempt_at timestamptz,
                           created_at timestamptz, delivered_at timestamptz)`;

const isoOrNull = (at: Date | null) => (at ? at.toISOString() : null);

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
    lastAttemptAt: isoOrNull(row.last_attempt_at),
    nextAttemptAt: isoOrNull(row.next_attempt_at),
    createdAt: row.created_at.toISOString(),
    deliveredAt: isoOrNull(row.delivered_at),
  };
}

function deliveryToRecord(d: WebhookDelivery): Record<string, unknown> {
  return {
    id: d.id,
    owner: d.owner,
    task_id: d.taskId,
    event_type: d.eventType,
    url: d.url,
    payload: d.payload,
    status: d.status,
    attempts: d.attempts,
    failures: d.failures,
    last_response_status: d.lastResponseStatus,
    last_error: d.lastError,
    last_attempt_at: d.lastAttemptAt,
    next_attempt_at: d.nextAttemptAt,
    created_at: d.createdAt,
    delivered_at: d.deliveredAt,
  };
}

/** SQL that clears the lease only when `param` names its holder (a webhook's write leaves a poll's lease alone). */
const RELEASE_OWN_LEASE = (param: string) =>
  `lease_owner = case when lease_owner = ${param} then null else lease_owner end,
   lease_until = case when lease_owner = ${param} then null else lease_until end`;

type QueueRow = StoredQueueRow<string, Date>;
const queueEntryOf = (r: QueueRow) => entryOfQueueRow(r, (at) => at.toISOString());
type LedgerRow = StoredLedgerRow<Date>;

interface AccountRow {
  learned_limit: number | null;
  learned_at: Date | null;
  held_until: Date | null;
}

/** One session of the pool: what a transaction runs its statements on. */
type Session = Pick<pg.PoolClient, 'query'>;

/** The account's limit under `rule`: configured, else learned while fresh, else none. */
function limitOf(row: AccountRow | undefined, rule: AdmissionRule): number | null {
  if (rule.configuredLimit !== null) return rule.configuredLimit;
  return row?.learned_limit != null && row.learned_at && row.learned_at >= rule.learnedSince ? row.learned_limit : null;
}

function insertDeliveries(session: Session, deliveries: readonly WebhookDelivery[]) {
  return session.query(
    `insert into webhook_deliveries (${DELIVERY_COLUMNS}) select ${DELIVERY_COLUMNS} from jsonb_to_recordset($1::jsonb) as ${DELIVERY_RECORD}`,
    [JSON.stringify(deliveries.map(deliveryToRecord))],
  );
}

function insertLedger(session: Session, e: LedgerEntry) {
  return session.query(`insert into ledger (${LEDGER_COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing`, [
    e.id,
    e.taskId,
    e.owner,
    e.provider,
    e.account,
    e.unit,
    e.amount,
    e.kind,
    e.at,
  ]);
}

function insertQueue(session: Session, e: QueueEntry) {
  return session.query(`insert into queue (${QUEUE_COLUMNS}) values ($1, $2, $3, $4, $5, $6)`, [e.taskId, e.account, e.owner, e.priority, e.seq, e.enqueuedAt]);
}

/** Any one key for the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK = 7_402_771;

export class PostgresTaskStore implements TaskStore {
  readonly engine = 'postgres';
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  static async open(options: PostgresOptions): Promise<PostgresTaskStore> {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
    pool.on('error', (err) => options.onError?.(err));
    try {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrate(POSTGRES_MIGRATIONS, {
          applied: async () => {
            await client.query(
              'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null)',
            );
            return (await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version);
          },
          apply: async (m) => {
            await client.query('begin');
            try {
              await client.query(m.sql);
              await client.query('insert into schema_migrations values ($1, $2, now())', [m.version, m.name]);
              await client.query('commit');
            } catch (err) {
              await client.query('rollback');
              throw err;
            }
          },
        });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresTaskStore(pool);
  }

  /** The pool, for stores of other records in this database (`media-copies-postgres.ts`). */
  get pool(): pg.Pool {
    return this.#pool;
  }

  async #rows<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.#pool.query<T>(sql, params)).rows;
  }

  insert(task: Task, runtime: TaskRuntime): Promise<void> {
    return this.#insert(this.#pool, task, runtime);
  }

  async #insert(session: Session, task: Task, runtime: TaskRuntime): Promise<void> {
    try {
      await session.query(
        `insert into tasks (id, owner, provider, kind, status, provider_ref, idempotency_key, input_hash, webhook_token, doc, version,
                            created_at, updated_at, next_poll_at, poll_failures, deadline_at, cost_unit, reserved)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          task.id,
          task.owner,
          task.provider,
          task.kind,
          task.status,
          task.providerRef,
          runtime.idempotencyKey,
          runtime.inputHash,
          runtime.webhookToken,
          task,
          task.version,
          task.createdAt,
          task.updatedAt,
          runtime.nextPollAt,
          runtime.pollFailures,
          runtime.deadlineAt,
          task.cost.unit,
          reservedBy(task),
        ],
      );
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new DuplicateKeyError((err as Error).message, { cause: err });
      throw err;
    }
  }

  async update(
    task: Task,
    expectedVersion: number,
    schedule: { nextPollAt: string | null; pollFailures: number },
    leaseOwner: string | null = null,
    deliveries: readonly WebhookDelivery[] = [],
    effects: UpdateEffects = {},
  ): Promise<boolean> {
    const ledger = effects.ledger ?? [];
    if (deliveries.length === 0 && ledger.length === 0 && !effects.requeue) return this.#updateTask(this.#pool, task, expectedVersion, schedule, leaseOwner);
    // The change, its outbox rows, its charges and its return to the queue commit together or not at all.
    return this.#transaction(async (client) => {
      if (!(await this.#updateTask(client, task, expectedVersion, schedule, leaseOwner))) return false;
      if (deliveries.length > 0) await insertDeliveries(client, deliveries);
      for (const e of ledger) await insertLedger(client, e);
      if (effects.requeue) await insertQueue(client, effects.requeue);
      return true;
    });
  }

  async #updateTask(
    session: Session,
    task: Task,
    expectedVersion: number,
    schedule: { nextPollAt: string | null; pollFailures: number },
    leaseOwner: string | null,
  ): Promise<boolean> {
    // A writer that does not hold the lease cannot pull the next poll inside another's lease.
    const result = await session.query(
      `update tasks set status = $3, provider_ref = $4, doc = $5, version = $6, updated_at = $7, poll_failures = $9, reserved = $11,
                        next_poll_at = case when $8::timestamptz is null then null
                                            when lease_owner is not null and lease_owner is distinct from $10 and lease_until > $8::timestamptz then lease_until
                                            else $8::timestamptz end,
                        ${RELEASE_OWN_LEASE('$10')}
       where id = $1 and version = $2`,
      [
        task.id,
        expectedVersion,
        task.status,
        task.providerRef,
        task,
        task.version,
        task.updatedAt,
        schedule.nextPollAt,
        schedule.pollFailures,
        leaseOwner,
        reservedBy(task),
      ],
    );
    return result.rowCount === 1;
  }

  /** Runs `statements` in one transaction on one connection; rolls back when they throw or return false. */
  async #transaction<T>(statements: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('begin');
      const result = await statements(client);
      await client.query(result === false ? 'rollback' : 'commit');
      return result;
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  // --- the queue, budgets and the ledger: each decision in one transaction, under an advisory lock
  // per account (admission) or per client and unit (budgets), so replicas deciding at once serialise. ---

  async #lock(client: Session, key: string): Promise<void> {
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  async #account(client: Session, account: string): Promise<AccountRow | undefined> {
    await client.query('insert into queue_accounts (account) values ($1) on conflict do nothing', [account]);
    return (await client.query<AccountRow>('select learned_limit, learned_at, held_until from queue_accounts where account = $1', [account])).rows[0];
  }

  /** `owner` took a slot of `account`: its turn becomes the newest. */
  async #takeTurn(client: Session, account: string, owner: string): Promise<void> {
    await client.query(
      `with turn as (update queue_accounts set turn = turn + 1 where account = $1 returning turn)
       insert into queue_turns (account, owner, turn) select $1, $2, turn from turn
       on conflict (account, owner) do update set turn = excluded.turn`,
      [account, owner],
    );
  }

  async #inFlight(client: Session, account: string): Promise<number> {
    const { rows } = await client.query<{ n: number }>(
      `select (select count(*) from tasks where provider = $1 and status in ('QUEUED', 'PROCESSING'))::int
            - (select count(*) from queue where account = $1)::int as n`,
      [account],
    );
    return rows[0]!.n;
  }

  async #budgetUse(client: Session, owner: string, unit: string, since: string): Promise<BudgetUse> {
    const { rows } = await client.query<BudgetUse>(
      `select (select coalesce(sum(amount), 0) from ledger where owner = $1 and unit = $2 and at >= $3)::int as spent,
              (select coalesce(sum(reserved), 0) from tasks where owner = $1 and cost_unit = $2 and reserved > 0)::int as reserved`,
      [owner, unit, since],
    );
    return rows[0]!;
  }

  async enqueue(
    task: Task,
    runtime: TaskRuntime,
    priority: number,
    budgets: readonly BudgetGuard[],
    rule: AdmissionRule,
    waiting: Task = task,
  ): Promise<'ADMITTED' | 'WAITING'> {
    return this.#transaction(async (client) => {
      for (const guard of budgets) {
        await this.#lock(client, `tourgraph-budget:${task.owner}:${guard.budget.unit}`);
        const use = await this.#budgetUse(client, task.owner, guard.budget.unit, guard.since);
        if (use.spent + use.reserved + task.cost.amount > guard.budget.limit) throw new BudgetGuardError(guard, use);
      }
      await this.#lock(client, `tourgraph-queue:${task.provider}`);
      const account = await this.#account(client, task.provider);
      const limit = limitOf(account, rule);
      const free =
        !(account?.held_until && account.held_until > rule.now) &&
        (await client.query('select 1 from queue where account = $1 limit 1', [task.provider])).rowCount === 0 &&
        (limit === null || (await this.#inFlight(client, task.provider)) < limit);
      await this.#insert(client, free ? task : waiting, free ? runtime : { ...runtime, nextPollAt: null });
      if (free) {
        // Taking a slot of a limited account is a turn: the client's next task waits behind others'.
        if (limit !== null) await this.#takeTurn(client, task.provider, task.owner);
        return 'ADMITTED' as const;
      }
      const { rows } = await client.query<{ seq: string }>('update queue_accounts set seq = seq + 1 where account = $1 returning seq', [task.provider]);
      await insertQueue(client, {
        taskId: task.id,
        account: task.provider,
        owner: task.owner,
        priority,
        seq: Number(rows[0]!.seq),
        enqueuedAt: task.createdAt,
      });
      return 'WAITING' as const;
    });
  }

  async admit(account: ProviderId, rule: AdmissionRule, max: number): Promise<{ stored: StoredTask; entry: QueueEntry }[]> {
    // Nothing waits (the usual case): no transaction, no lock.
    if ((await this.#pool.query('select 1 from queue where account = $1 limit 1', [account])).rowCount === 0) return [];
    return this.#transaction(async (client) => {
      await this.#lock(client, `tourgraph-queue:${account}`);
      const row = await this.#account(client, account);
      if (row?.held_until && row.held_until > rule.now) return [];
      const limit = limitOf(row, rule);
      let free = limit === null ? max : Math.min(max, limit - (await this.#inFlight(client, account)));
      const admitted: { stored: StoredTask; entry: QueueEntry }[] = [];
      while (free-- > 0) {
        const { rows } = await client.query<QueueRow>(
          `delete from queue where task_id = (
             select q.task_id from queue q left join queue_turns t on t.account = q.account and t.owner = q.owner
             where q.account = $1 order by coalesce(t.turn, 0), q.priority desc, q.seq limit 1)
           returning ${QUEUE_COLUMNS}`,
          [account],
        );
        const next = rows[0];
        if (!next) break;
        await this.#takeTurn(client, account, next.owner);
        const task = (
          await client.query<Row>(`update tasks set next_poll_at = $2, deadline_at = $3, poll_failures = 0 where id = $1 returning ${COLUMNS}`, [
            next.task_id,
            rule.graceUntil,
            rule.deadlineAt,
          ])
        ).rows[0];
        if (task) admitted.push({ stored: fromRow(task), entry: queueEntryOf(next) });
      }
      return admitted;
    });
  }

  async queueOf(account: ProviderId): Promise<QueueSnapshot> {
    const [waiting, turns] = await Promise.all([
      this.#rows<QueueRow>(`select ${QUEUE_COLUMNS} from queue where account = $1 order by seq`, [account]),
      this.#rows<{ owner: string; turn: string }>('select owner, turn from queue_turns where account = $1', [account]),
    ]);
    return { waiting: waiting.map(queueEntryOf), turns: Object.fromEntries(turns.map((r) => [r.owner, Number(r.turn)])) };
  }

  async cancelWaiting(cancelled: Task, expectedVersion: number, deliveries: readonly WebhookDelivery[] = []): Promise<boolean> {
    return this.#transaction(async (client) => {
      if ((await client.query('delete from queue where task_id = $1', [cancelled.id])).rowCount !== 1) return false;
      if (!(await this.#updateTask(client, cancelled, expectedVersion, { nextPollAt: null, pollFailures: 0 }, null))) return false;
      if (deliveries.length > 0) await insertDeliveries(client, deliveries);
      return true;
    });
  }

  async updateWaiting(task: Task, expectedVersion: number): Promise<boolean> {
    // `for share` waits for an admission in progress and then sees its queue row gone.
    const { rowCount } = await this.#pool.query(
      `update tasks set doc = $3, version = $4, updated_at = $5
       where id = $1 and version = $2 and exists (select 1 from queue where task_id = $1 for share)`,
      [task.id, expectedVersion, task, task.version, task.updatedAt],
    );
    return rowCount === 1;
  }

  async holdAccount(account: ProviderId, until: Date, learnedLimit: number | null, now: Date): Promise<void> {
    await this.#pool.query(
      `insert into queue_accounts (account, held_until, learned_limit, learned_at) values ($1, $2, $3, case when $3::int is null then null else $4::timestamptz end)
       on conflict (account) do update set held_until = greatest(coalesce(queue_accounts.held_until, $2), $2),
         learned_limit = coalesce($3, queue_accounts.learned_limit),
         learned_at = case when $3::int is null then queue_accounts.learned_at else $4::timestamptz end`,
      [account, until, learnedLimit, now],
    );
  }

  async accounts(learnedSince: Date): Promise<AccountState[]> {
    const rows = await this.#rows<AccountRow & { account: string; waiting: number; unfinished: number }>(
      `select a.account, a.learned_limit, a.learned_at, a.held_until,
              (select count(*) from queue q where q.account = a.account)::int as waiting,
              (select count(*) from tasks t where t.provider = a.account and t.status in ('QUEUED', 'PROCESSING'))::int as unfinished
       from queue_accounts a order by a.account`,
      [],
    );
    return rows.map((r) => ({
      account: r.account,
      waiting: r.waiting,
      inFlight: r.unfinished - r.waiting,
      learnedLimit: r.learned_at && r.learned_at >= learnedSince ? r.learned_limit : null,
      heldUntil: r.held_until ? r.held_until.toISOString() : null,
    }));
  }

  budgetUse(owner: string, unit: string, since: string): Promise<BudgetUse> {
    return this.#budgetUse(this.#pool, owner, unit, since);
  }

  async ledger(owner: string, from: string, to: string): Promise<LedgerEntry[]> {
    const rows = await this.#rows<LedgerRow>(`select ${LEDGER_COLUMNS} from ledger where owner = $1 and at >= $2 and at < $3 order by at, id`, [
      owner,
      from,
      to,
    ]);
    return rows.map((r) => entryOfLedgerRow(r, (at) => at.toISOString()));
  }

  async schedule(id: string, expectedVersion: number, nextPollAt: string | null, pollFailures: number, leaseOwner: string | null): Promise<void> {
    await this.#pool.query(
      // A poller whose lease lapsed (and was taken over) cannot pull the next poll inside the new lease.
      `update tasks set next_poll_at = case when version <> $2 or status in ('SUCCEEDED', 'FAILED', 'CANCELLED') then next_poll_at
                                            when lease_owner is not null and lease_owner is distinct from $5 and lease_until > $3::timestamptz then lease_until
                                            else $3::timestamptz end,
                        poll_failures = case when version = $2 then $4 else poll_failures end,
                        ${RELEASE_OWN_LEASE('$5')}
       where id = $1`,
      [id, expectedVersion, nextPollAt, pollFailures, leaseOwner],
    );
  }

  async delete(id: string): Promise<void> {
    await this.#pool.query('delete from tasks where id = $1', [id]);
  }

  async get(id: string): Promise<StoredTask | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.#rows<Row>(`select ${COLUMNS} from tasks where id = $1`, [id]);
    return row ? fromRow(row) : null;
  }

  async getMany(ids: readonly string[], owner: string): Promise<(Task | null)[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const rows = await this.#rows<{ doc: Task }>('select doc from tasks where id = any($1::uuid[]) and owner = $2', [valid, owner]);
    const byId = new Map(rows.map((r) => [r.doc.id, r.doc]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findByIdempotencyKey(owner: string, key: string): Promise<StoredTask | null> {
    const [row] = await this.#rows<Row>(`select ${COLUMNS} from tasks where owner = $1 and idempotency_key = $2`, [owner, key]);
    return row ? fromRow(row) : null;
  }

  async findByProviderRef(provider: ProviderId, ref: string): Promise<StoredTask | null> {
    const [row] = await this.#rows<Row>(`select ${COLUMNS} from tasks where provider = $1 and provider_ref = $2`, [provider, ref]);
    return row ? fromRow(row) : null;
  }

  async findByWebhookToken(token: string): Promise<StoredTask | null> {
    const [row] = await this.#rows<Row>(`select ${COLUMNS} from tasks where webhook_token = $1`, [token]);
    return row ? fromRow(row) : null;
  }

  async list(owner: string, filter: TaskFilter, first: number, after: PageCursor | null): Promise<{ tasks: Task[]; hasNextPage: boolean }> {
    const where = ['owner = $1'];
    const params: unknown[] = [owner];
    const add = (clause: string, ...values: unknown[]) => {
      let sql = clause;
      for (const v of values) {
        params.push(v);
        sql = sql.replace('?', `$${params.length}`);
      }
      where.push(sql);
    };
    if (filter.provider) add('provider = ?', filter.provider);
    if (filter.kind) add('kind = ?', filter.kind);
    if (filter.status?.length) add('status = any(?::text[])', filter.status);
    if (after) add('(created_at, id) < (?::timestamptz, ?::uuid)', after.createdAt, after.id);
    params.push(first + 1);
    const rows = await this.#rows<{ doc: Task }>(
      `select doc from tasks where ${where.join(' and ')} order by created_at desc, id desc limit $${params.length}`,
      params,
    );
    return { tasks: rows.slice(0, first).map((r) => r.doc), hasNextPage: rows.length > first };
  }

  async changedSince(owner: string, since: string, limit: number): Promise<Task[]> {
    const rows = await this.#rows<{ doc: Task }>('select doc from tasks where owner = $1 and updated_at > $2 order by updated_at limit $3', [
      owner,
      since,
      limit,
    ]);
    return rows.map((r) => r.doc);
  }

  async leaseDue(now: Date, limit: number, leaseMs: number, leaseOwner: string, provider: ProviderId): Promise<LeasedTask[]> {
    // Leasing moves the next poll to the lease's end: if this replica dies mid-poll the task falls
    // due again by itself, for any replica. The due time comes from the locked row as it was.
    const rows = await this.#rows<Row & { due_at: Date }>(
      `update tasks set lease_owner = $1, lease_until = $2, next_poll_at = $2
       from (select id, next_poll_at as due_at from tasks
             where provider = $5 and next_poll_at <= $3
             order by next_poll_at limit $4 for update skip locked) as due
       where tasks.id = due.id
       returning ${COLUMNS}, due.due_at`,
      [leaseOwner, new Date(now.getTime() + leaseMs), now, limit, provider],
    );
    return rows.map((row) => ({ ...fromRow(row), dueAt: row.due_at.toISOString() }));
  }

  async nextDueAt(providers: readonly ProviderId[]): Promise<Date | null> {
    const rows = await this.#rows<{ at: Date | null }>(
      'select (select min(next_poll_at) from tasks where provider = p and next_poll_at is not null) as at from unnest($1::text[]) as p',
      [providers],
    );
    let min: Date | null = null;
    for (const { at } of rows) if (at && (!min || at < min)) min = at;
    return min;
  }

  async interruptedSubmissions(olderThan: Date): Promise<StoredTask[]> {
    const rows = await this.#rows<Row>(
      // Tasks waiting in our queue were never submitted on purpose: not interrupted.
      `select ${COLUMNS} from tasks where provider_ref is null and status not in ('SUCCEEDED', 'FAILED', 'CANCELLED') and created_at < $1
         and not exists (select 1 from queue where queue.task_id = tasks.id)`,
      [olderThan],
    );
    return rows.map(fromRow);
  }

  async leaseDeliveries(now: Date, limit: number, leaseMs: number, leaseOwner: string): Promise<WebhookDelivery[]> {
    // SKIP LOCKED: replicas leasing at once take different deliveries, so none is sent twice at once.
    const rows = await this.#rows<DeliveryRow>(
      `update webhook_deliveries set lease_owner = $1, lease_until = $2, next_attempt_at = $2
       where id in (select id from webhook_deliveries
                    where status = 'PENDING' and next_attempt_at <= $3
                    order by next_attempt_at limit $4 for update skip locked)
       returning ${DELIVERY_COLUMNS}`,
      [leaseOwner, new Date(now.getTime() + leaseMs), now, limit],
    );
    return rows.map(deliveryFromRow);
  }

  async recordDelivery(d: WebhookDelivery, leaseOwner: string): Promise<boolean> {
    const { rowCount } = await this.#pool.query(
      `update webhook_deliveries set status = $2, attempts = $3, failures = $4, last_response_status = $5, last_error = $6,
                                     last_attempt_at = $7, next_attempt_at = $8, delivered_at = $9, lease_owner = null, lease_until = null
       where id = $1 and lease_owner = $10`,
      [d.id, d.status, d.attempts, d.failures, d.lastResponseStatus, d.lastError, d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, leaseOwner],
    );
    return rowCount === 1;
  }

  async nextDeliveryAt(): Promise<Date | null> {
    const [row] = await this.#rows<{ at: Date | null }>(`select min(next_attempt_at) as at from webhook_deliveries where status = 'PENDING'`, []);
    return row?.at ?? null;
  }

  async getDelivery(id: string, owner: string): Promise<WebhookDelivery | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.#rows<DeliveryRow>(`select ${DELIVERY_COLUMNS} from webhook_deliveries where id = $1 and owner = $2`, [id, owner]);
    return row ? deliveryFromRow(row) : null;
  }

  async listDeliveries(
    owner: string,
    taskId: string | null,
    first: number,
    after: DeliveryCursor | null,
  ): Promise<{ deliveries: WebhookDelivery[]; hasNextPage: boolean }> {
    if (taskId !== null && !isUuid(taskId)) return { deliveries: [], hasNextPage: false };
    const where = ['owner = $1'];
    const params: unknown[] = [owner];
    if (taskId !== null) {
      params.push(taskId);
      where.push(`task_id = $${params.length}`);
    }
    if (after) {
      params.push(after.createdAt, after.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const rows = await this.#rows<DeliveryRow>(
      `select ${DELIVERY_COLUMNS} from webhook_deliveries where ${where.join(' and ')} order by created_at desc, id desc limit $${params.length}`,
      params,
    );
    return { deliveries: rows.slice(0, first).map(deliveryFromRow), hasNextPage: rows.length > first };
  }

  async requeueDelivery(id: string, owner: string, now: Date): Promise<WebhookDelivery | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.#rows<DeliveryRow>(
      `update webhook_deliveries set status = 'PENDING', failures = 0, next_attempt_at = $3, lease_owner = null, lease_until = null
       where id = $1 and owner = $2
       returning ${DELIVERY_COLUMNS}`,
      [id, owner, now],
    );
    return row ? deliveryFromRow(row) : null;
  }

  async pruneDeliveries(before: Date, limit: number): Promise<number> {
    const { rowCount } = await this.#pool.query(
      `delete from webhook_deliveries where id in (select id from webhook_deliveries where status <> 'PENDING' and created_at < $1 limit $2)`,
      [before, limit],
    );
    return rowCount ?? 0;
  }

  async countByStatus(): Promise<TaskCount[]> {
    return this.#rows<TaskCount>('select provider, status, count(*)::int as count from tasks group by provider, status', []);
  }

  async ping(): Promise<void> {
    await this.#pool.query('select 1');
  }

  #closing: Promise<void> | null = null;

  /** Ends the pool once, however often it is called (pg-pool refuses a second end()). */
  close(): Promise<void> {
    this.#closing ??= this.#pool.end();
    return this.#closing;
  }
}
