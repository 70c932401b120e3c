import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteTaskStore } from '../../src/store/sqlite.ts';
import { newTask } from '../../src/tasks/task.ts';
import type { FlythroughInput } from '../../src/providers/roomai/input.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';

/**
 * Bug found in review, in SqliteTaskStore's group commit (`#write`/`#commit`): "a failed statement fails
 * alone" holds for constraint errors, but SQLite ROLLS BACK THE WHOLE TRANSACTION by itself on
 * SQLITE_FULL (disk full), SQLITE_IOERR, SQLITE_NOMEM. The batch does not notice: the writes that
 * follow in the same event-loop turn run in autocommit mode (each committed at once), then the
 * batch's COMMIT fails ("no transaction is active") and every write of the batch is rejected,
 * including those already committed. A write the caller was told failed is in the store.
 *
 * The disk is made "full" with `pragma max_page_count` on the store's own connection (captured by
 * wrapping DatabaseSync.prototype.exec while the store opens).
 */

const INPUT: FlythroughInput = { photoUrl: 'https://example.com/room.jpg', style: null, prompt: 'p'.repeat(2_000) };
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
});

describe('sqlite group commit', () => {
  it('a write that is rejected is not in the store (disk full mid-batch)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tourgraph-review-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    let db: DatabaseSync | undefined;
    const exec = DatabaseSync.prototype.exec;
    DatabaseSync.prototype.exec = function (this: DatabaseSync, sql: string) {
      db ??= this;
      return exec.call(this, sql);
    };
    let store: SqliteTaskStore;
    try {
      store = await SqliteTaskStore.open({ dataDir: dir });
    } finally {
      DatabaseSync.prototype.exec = exec;
    }
    cleanups.push(() => store.close());
    const pages = (db!.prepare('pragma page_count').get() as { page_count: number }).page_count;
    db!.exec(`pragma max_page_count = ${pages + 6}`);

    const runtime = () => ({
      webhookToken: null,
      idempotencyKey: null,
      inputHash: 'h',
      nextPollAt: null,
      pollFailures: 0,
      deadlineAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const ids: string[] = [];
    const writes: Promise<void>[] = [];
    // One event-loop turn: one batch. Some inserts fit, one hits the page limit, the rest follow.
    for (let i = 0; i < 40; i++) {
      const task = newTask({ id: randomUUID(), owner: 'acme', livemode: false, now: new Date(), descriptor: roomAi.descriptor, input: INPUT });
      ids.push(task.id);
      writes.push(store.insert(task, runtime()));
    }
    const outcomes = await Promise.allSettled(writes);
    const rejectedButStored: string[] = [];
    for (const [i, o] of outcomes.entries()) {
      if (o.status === 'rejected' && (await store.get(ids[i]!)) !== null) rejectedButStored.push(`#${i}: ${(o.reason as Error).message}`);
    }
    expect(
      outcomes.some((o) => o.status === 'rejected'),
      'the disk filled up during the batch',
    ).toBe(true);
    expect(rejectedButStored, 'writes reported as failed that are nevertheless stored').toEqual([]);
  });
});
