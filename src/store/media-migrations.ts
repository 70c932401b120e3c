import type { Migration } from './migrations.ts';

/**
 * `media_copies` (src/media/copies.ts): one row per task that succeeded, queued by a trigger on
 * `tasks` in the same transaction as the change to SUCCEEDED, so the task service and the stores'
 * write paths need not know about it. Times the copier compares (next attempt, lease) are ms since
 * the epoch on SQLite, as in the outbox. No foreign key: a task is only ever deleted before it ran.
 * Tasks that succeeded before this migration get no copy (their provider links may be gone).
 */
export const SQLITE_MEDIA_COPIES: Migration = {
  version: 5,
  name: 'media copies',
  sql: `
    create table media_copies (
      task_id text primary key,
      status text not null,
      attempts integer not null default 0,
      last_error text,
      next_attempt_at integer,
      created_at text not null,
      copied_at text,
      files text,
      lease_owner text,
      lease_until integer
    ) strict;
    create index media_copies_due on media_copies (next_attempt_at) where status = 'PENDING';
    create index media_copies_created on media_copies (created_at) where status <> 'EXPIRED';
    create trigger tasks_succeeded_copy_media after update of status on tasks
    when new.status = 'SUCCEEDED' and old.status <> 'SUCCEEDED'
    begin
      insert into media_copies (task_id, status, next_attempt_at, created_at) values (new.id, 'PENDING', 0, new.updated_at)
      on conflict (task_id) do nothing;
    end;
  `,
};

export const POSTGRES_MEDIA_COPIES: Migration = {
  version: 5,
  name: 'media copies',
  sql: `
    create table media_copies (
      task_id uuid primary key,
      status text not null,
      attempts integer not null default 0,
      last_error text,
      next_attempt_at timestamptz,
      created_at timestamptz not null,
      copied_at timestamptz,
      files jsonb,
      lease_owner text,
      lease_until timestamptz
    );
    create index media_copies_due on media_copies (next_attempt_at) where status = 'PENDING';
    create index media_copies_created on media_copies (created_at) where status <> 'EXPIRED';
    create function tourgraph_queue_media_copy() returns trigger language plpgsql as $$
    begin
      insert into media_copies (task_id, status, next_attempt_at, created_at) values (new.id, 'PENDING', new.updated_at, new.updated_at)
      on conflict (task_id) do nothing;
      return null;
    end
    $$;
    create trigger tasks_succeeded_copy_media after update of status on tasks for each row
    when (new.status = 'SUCCEEDED' and old.status is distinct from 'SUCCEEDED')
    execute function tourgraph_queue_media_copy();
  `,
};
