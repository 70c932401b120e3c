import type { QueueEntry } from '../tasks/queue.ts';
import type { LedgerEntry } from '../tasks/spend.ts';
import { POSTGRES_MEDIA_COPIES, SQLITE_MEDIA_COPIES } from './media-migrations.ts';

/**
 * Versioned schema migrations, one list per engine, applied in order at start, each once, in a
 * transaction. Append new versions; never edit an applied one. A change to the task model gets a
 * version in both lists.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Runs the migrations `applied()` does not list yet, in version order. */
export async function migrate(
  migrations: readonly Migration[],
  engine: { applied(): number[] | Promise<number[]>; apply(m: Migration): void | Promise<void> },
): Promise<void> {
  const applied = new Set(await engine.applied());
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (!applied.has(m.version)) await engine.apply(m);
  }
}

/**
 * The indexes of `tasks` on both engines: the lookups by key, the owner's list, and the poller's
 * due tasks. Every write of a task touches them, so there are no more than the hot paths need.
 */
const TASK_INDEXES = `
  create unique index tasks_owner_idempotency_key on tasks (owner, idempotency_key) where idempotency_key is not null;
  create unique index tasks_provider_ref on tasks (provider, provider_ref) where provider_ref is not null;
  create unique index tasks_webhook_token on tasks (webhook_token) where webhook_token is not null;
  create index tasks_owner_created on tasks (owner, created_at desc, id desc);
  create index tasks_due on tasks (provider, next_poll_at) where next_poll_at is not null;
`;

/**
 * Postgres only, for a large shared table: a resync's changes since a time, and the unanswered
 * submits a start-up recovers. The embedded store scans for these (rare: a reconnect, a start).
 */
const POSTGRES_EXTRA_INDEXES = `
  create index tasks_owner_updated on tasks (owner, updated_at);
  create index tasks_unsubmitted on tasks (created_at) where provider_ref is null;
`;

/**
 * The outbox's indexes on both engines: the dispatcher's due deliveries, a client's log (all of it,
 * or one task's), and the finished deliveries the retention prunes. No foreign key to `tasks`: a
 * task is only ever deleted before anything was delivered for it (a refused submit).
 */
const DELIVERY_INDEXES = `
  create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING';
  create index webhook_deliveries_owner on webhook_deliveries (owner, created_at desc, id desc);
  create index webhook_deliveries_task on webhook_deliveries (owner, task_id, created_at desc, id desc);
  create index webhook_deliveries_finished on webhook_deliveries (created_at) where status <> 'PENDING';
`;
/** Tasks by provider and status, counted for `/metrics` (`countByStatus`) from the index alone. */
const STATUS_COUNTS = { version: 3, name: 'tasks_provider_status', sql: 'create index tasks_provider_status on tasks (provider, status);' };

/**
 * Our queue in front of each provider account, budgets and the spend ledger (issue 10). Tasks get
 * the unit and the amount they hold against their client's budget (non-zero from creation until
 * charged or ended), filled in for the tasks already there.
 */
const QUEUE_INDEXES = `
  create index tasks_reserved on tasks (owner, cost_unit) where reserved > 0;
  create index queue_account on queue (account, seq);
  create index ledger_owner_at on ledger (owner, at);
  create unique index ledger_task_charge on ledger (task_id) where kind = 'CHARGE';
`;

/** The queue's columns, in the order both engines write and read them. */
export const QUEUE_COLUMNS = 'task_id, account, owner, priority, seq, enqueued_at';
export const LEDGER_COLUMNS = 'id, task_id, owner, provider, account, unit, amount, kind, at';

/** A queue row as an engine reads it: its sequence (a bigint comes back as a string) and time in the engine's types. */
export interface QueueRow<Seq, Time> {
  task_id: string;
  account: string;
  owner: string;
  priority: number;
  seq: Seq;
  enqueued_at: Time;
}

export function queueEntryOf<Seq, Time>(r: QueueRow<Seq, Time>, iso: (at: Time) => string): QueueEntry {
  return { taskId: r.task_id, account: r.account, owner: r.owner, priority: r.priority, seq: Number(r.seq), enqueuedAt: iso(r.enqueued_at) };
}

/** A ledger row as an engine reads it, its time in the engine's type. */
export interface LedgerRow<Time> {
  id: string;
  task_id: string;
  owner: string;
  provider: string;
  account: string;
  unit: string;
  amount: number;
  kind: string;
  at: Time;
}

export function ledgerEntryOf<Time>(r: LedgerRow<Time>, iso: (at: Time) => string): LedgerEntry {
  return {
    id: r.id,
    taskId: r.task_id,
    owner: r.owner,
    provider: r.provider,
    account: r.account,
    unit: r.unit,
    amount: r.amount,
    kind: r.kind as LedgerEntry['kind'],
    at: iso(r.at),
  };
}

/** The outbox's columns, in the order both engines write and read them. */
export const DELIVERY_COLUMNS = `id, owner, task_id, event_type, url, payload, status, attempts, failures, last_response_status, last_error,
  last_attempt_at, next_attempt_at, created_at, delivered_at`;

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'tasks',
    sql: `
      create table tasks (
        id text primary key,
        owner text not null,
        provider text not null,
        kind text not null,
        status text not null,
        provider_ref text,
        idempotency_key text,
        input_hash text not null,
        webhook_token text,
        doc text not null,
        version integer not null,
        created_at text not null,
        updated_at text not null,
        next_poll_at integer,
        poll_failures integer not null default 0,
        deadline_at integer not null,
        lease_owner text,
        lease_until integer
      ) strict;
      ${TASK_INDEXES}
    `,
  },
  {
    version: 2,
    name: 'webhook deliveries',
    // Times the dispatcher compares (next attempt, lease) are ms since the epoch, the others ISO strings.
    sql: `
      create table webhook_deliveries (
        id text primary key,
        owner text not null,
        task_id text not null,
        event_type text not null,
        url text not null,
        payload text not null,
        status text not null,
        attempts integer not null default 0,
        failures integer not null default 0,
        last_response_status integer,
        last_error text,
        last_attempt_at text,
        next_attempt_at integer,
        created_at text not null,
        delivered_at text,
        lease_owner text,
        lease_until integer
      ) strict;
      ${DELIVERY_INDEXES}
    `,
  },
  STATUS_COUNTS,
  {
    version: 4,
    name: 'queue, budgets and ledger',
    sql: `
      alter table tasks add column cost_unit text;
      alter table tasks add column reserved integer not null default 0;
      update tasks set cost_unit = json_extract(doc, '$.cost.unit'),
                       reserved = case when status in ('QUEUED', 'PROCESSING') and json_extract(doc, '$.charged') = 0
                                       then json_extract(doc, '$.cost.amount') else 0 end;
      create table queue (
        task_id text primary key,
        account text not null,
        owner text not null,
        priority integer not null,
        seq integer not null,
        enqueued_at text not null
      ) strict;
      create table queue_accounts (
        account text primary key,
        seq integer not null default 0,
        turn integer not null default 0,
        learned_limit integer,
        learned_at integer,
        held_until integer
      ) strict;
      create table queue_turns (
        account text not null,
        owner text not null,
        turn integer not null,
        primary key (account, owner)
      ) strict;
      create table ledger (
        id text primary key,
        task_id text not null,
        owner text not null,
        provider text not null,
        account text not null,
        unit text not null,
        amount integer not null,
        kind text not null,
        at text not null
      ) strict;
      ${QUEUE_INDEXES}
    `,
  },
  SQLITE_MEDIA_COPIES,
];

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'tasks',
    sql: `
      create table tasks (
        id uuid primary key,
        owner text not null,
        provider text not null,
        kind text not null,
        status text not null,
        provider_ref text,
        idempotency_key text,
        input_hash text not null,
        webhook_token text,
        doc jsonb not null,
        version integer not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        next_poll_at timestamptz,
        poll_failures integer not null default 0,
        deadline_at timestamptz not null,
        lease_owner text,
        lease_until timestamptz
      );
      ${TASK_INDEXES}
      ${POSTGRES_EXTRA_INDEXES}
    `,
  },
  {
    version: 2,
    name: 'webhook deliveries',
    // The payload is text, not jsonb: it is signed, so its bytes must come back as they were written.
    sql: `
      create table webhook_deliveries (
        id uuid primary key,
        owner text not null,
        task_id uuid not null,
        event_type text not null,
        url text not null,
        payload text not null,
        status text not null,
        attempts integer not null default 0,
        failures integer not null default 0,
        last_response_status integer,
        last_error text,
        last_attempt_at timestamptz,
        next_attempt_at timestamptz,
        created_at timestamptz not null,
        delivered_at timestamptz,
        lease_owner text,
        lease_until timestamptz
      );
      ${DELIVERY_INDEXES}
    `,
  },
  STATUS_COUNTS,
  {
    version: 4,
    name: 'queue, budgets and ledger',
    sql: `
      alter table tasks add column cost_unit text;
      alter table tasks add column reserved integer not null default 0;
      update tasks set cost_unit = doc->'cost'->>'unit',
                       reserved = case when status in ('QUEUED', 'PROCESSING') and not (doc->>'charged')::boolean
                                       then (doc->'cost'->>'amount')::integer else 0 end;
      create table queue (
        task_id uuid primary key,
        account text not null,
        owner text not null,
        priority integer not null,
        seq bigint not null,
        enqueued_at timestamptz not null
      );
      create table queue_accounts (
        account text primary key,
        seq bigint not null default 0,
        turn bigint not null default 0,
        learned_limit integer,
        learned_at timestamptz,
        held_until timestamptz
      );
      create table queue_turns (
        account text not null,
        owner text not null,
        turn bigint not null,
        primary key (account, owner)
      );
      create table ledger (
        id uuid primary key,
        task_id uuid not null,
        owner text not null,
        provider text not null,
        account text not null,
        unit text not null,
        amount integer not null,
        kind text not null,
        at timestamptz not null
      );
      ${QUEUE_INDEXES}
    `,
  },
  POSTGRES_MEDIA_COPIES,
];
