/**
 * Versioned schema migrations, applied in order at start, each once, in a transaction.
 * Append new versions; never edit an applied one. Plain SQL that runs on PGlite and Postgres alike.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
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
      create unique index tasks_owner_idempotency_key on tasks (owner, idempotency_key) where idempotency_key is not null;
      create unique index tasks_provider_ref on tasks (provider, provider_ref) where provider_ref is not null;
      create unique index tasks_webhook_token on tasks (webhook_token) where webhook_token is not null;
      create index tasks_owner_created on tasks (owner, created_at desc, id desc);
      create index tasks_due on tasks (next_poll_at) where next_poll_at is not null;
    `,
  },
];
