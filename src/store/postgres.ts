import pg from 'pg';
import type { LeasedTask, PageCursor, StoredTask, TaskCount, TaskFilter, TaskStore } from '../tasks/store.ts';
import { DuplicateKeyError, isUuid } from '../tasks/store.ts';
import type { Task, TaskRuntime } from '../tasks/task.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { DeliveryCursor, DeliveryStatus, WebhookDelivery, WebhookEventType } from '../tasks/webhook-deliveries.ts';
import { DELIVERY_COLUMNS, POSTGRES_MIGRATIONS, migrate } from './migrations.ts';

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

  async insert(task: Task, runtime: TaskRuntime): Promise<void> {
    try {
      await this.#pool.query(
        `insert into tasks (id, owner, provider, kind, status, provider_ref, idempotency_key, input_hash, webhook_token, doc, version,
                            created_at, updated_at, next_poll_at, poll_failures, deadline_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
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
  ): Promise<boolean> {
    // A writer that does not hold the lease cannot pull the next poll inside another's lease.
    const updateTask = `update tasks set status = $3, provider_ref = $4, doc = $5, version = $6, updated_at = $7, poll_failures = $9,
                        next_poll_at = case when $8::timestamptz is null then null
                                            when lease_owner is not null and lease_owner is distinct from $10 and lease_until > $8::timestamptz then lease_until
                                            else $8::timestamptz end,
                        ${RELEASE_OWN_LEASE('$10')}
       where id = $1 and version = $2`;
    const params = [
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
    ];
    if (deliveries.length === 0) return (await this.#pool.query(updateTask, params)).rowCount === 1;
    // One statement, so one transaction: the outbox rows are inserted only if the task's write
    // happened, and a failed insert undoes that write.
    const [row] = await this.#rows<{ n: number }>(
      `with updated as (${updateTask} returning id),
            outbox as (insert into webhook_deliveries (${DELIVERY_COLUMNS})
                       select ${DELIVERY_COLUMNS} from jsonb_to_recordset($11::jsonb) as ${DELIVERY_RECORD}
                       where exists (select 1 from updated))
       select count(*)::int as n from updated`,
      [...params, JSON.stringify(deliveries.map(deliveryToRecord))],
    );
    return row?.n === 1;
  }

  async schedule(id: string, expectedVersion: number, nextPollAt: string | null, pollFailures: number, leaseOwner: string | null): Promise<void> {
    await this.#pool.query(
      // A poller whose lease lapsed (and was taken over) cannot pull the next poll inside the new lease.
      `update tasks set next_poll_at = case when version <> $2 or status in ('SUCCEEDED', 'FAILED') then next_poll_at
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
      `select ${COLUMNS} from tasks where provider_ref is null and status not in ('SUCCEEDED', 'FAILED') and created_at < $1`,
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
