import type { MediaCopyStore } from '../media/copies.ts';
import type { TaskStore } from '../tasks/store.ts';
import type { PostgresTaskStore } from './postgres.ts';
import { SqliteTaskStore } from './sqlite.ts';
import { SqliteMediaCopies } from './media-copies-sqlite.ts';

/** The record of output copies, in the database `store` uses (the same connection or pool). */
export async function openMediaCopies(store: TaskStore): Promise<MediaCopyStore> {
  if (store instanceof SqliteTaskStore) return new SqliteMediaCopies(store.connection);
  if (store.engine === 'postgres') {
    // Loaded only with Postgres, like the store itself.
    const { PostgresMediaCopies } = await import('./media-copies-postgres.ts');
    return new PostgresMediaCopies((store as PostgresTaskStore).pool);
  }
  throw new Error(`no media copies for a ${store.engine} store`);
}
