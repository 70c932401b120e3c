import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MediaCopyStore } from '../../src/media/copies.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';
import { openMediaCopies } from '../../src/store/media-copies.ts';
import { PostgresTaskStore } from '../../src/store/postgres.ts';
import { SqliteTaskStore } from '../../src/store/sqlite.ts';
import type { TaskStore } from '../../src/tasks/store.ts';
import { newTask, type Task } from '../../src/tasks/task.ts';
import { createDatabase } from '../support/postgres-server.ts';

/**
 * The record of output copies (`media_copies`) on both task-store engines: a copy is queued by the
 * database in the write that moves a task to SUCCEEDED (and by no other write), leased by one copier
 * at a time, recorded only by its lease's holder, and found by the retention. Times come from T0.
 */

const T0 = new Date('2026-03-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const LEASE_MS = 60_000;

const engines: { name: string; open(): Promise<TaskStore> }[] = [
  { name: 'sqlite', open: () => SqliteTaskStore.open({ dataDir: 'memory://' }) },
  { name: 'postgres', open: async () => PostgresTaskStore.open({ url: await createDatabase(inject('postgresUrl')) }) },
];

describe.each(engines)('media copies: $name', (engine) => {
  let store: TaskStore;
  let copies: MediaCopyStore;
  beforeAll(async () => {
    store = await engine.open();
    copies = await openMediaCopies(store);
  });
  afterAll(() => store?.close());

  /** A task written through QUEUED → PROCESSING → `last`, the way TaskService writes it, at `seconds`. */
  async function taskThrough(last: 'SUCCEEDED' | 'FAILED', seconds: number): Promise<Task> {
    const task = newTask({
      id: randomUUID(),
      owner: 'media-copies',
      livemode: false,
      now: at(seconds - 2),
      descriptor: roomAi.descriptor,
      input: { photoUrl: 'https://example.com/a.jpg' },
    });
    await store.insert(task, { webhookToken: null, idempotencyKey: null, inputHash: '', nextPollAt: null, pollFailures: 0, deadlineAt: at(900).toISOString() });
    const processing = { ...task, status: 'PROCESSING' as const, version: 1, updatedAt: at(seconds - 1).toISOString() };
    expect(await store.update(processing, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    const ended = { ...processing, status: last, version: 2, updatedAt: at(seconds).toISOString(), completedAt: at(seconds).toISOString() };
    expect(await store.update(ended, 1, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    return ended;
  }

  it('a copy is queued by the write that makes a task SUCCEEDED, due at once; a FAILED task or a second write queues none', async () => {
    const ok = await taskThrough('SUCCEEDED', 10);
    const failed = await taskThrough('FAILED', 10);
    const [copy, none] = await copies.getMany([ok.id, failed.id]);
    expect(none).toBeNull();
    expect(copy).toEqual({
      taskId: ok.id,
      status: 'PENDING',
      attempts: 0,
      lastError: null,
      nextAttemptAt: expect.any(String),
      createdAt: at(10).toISOString(),
      copiedAt: null,
      video: null,
      cover: null,
    });
    // Writing the succeeded task again (same status) queues nothing more, and changes nothing.
    expect(await store.update({ ...ok, version: 3 }, 2, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    expect((await copies.getMany([ok.id]))[0]).toEqual(copy);
  });

  it('one copier leases a due copy; its outcome is recorded only while it holds the lease', async () => {
    const task = await taskThrough('SUCCEEDED', 20);
    const leased = await copies.lease(at(3600), 100, LEASE_MS, 'copier-a');
    expect(leased.map((c) => c.taskId)).toContain(task.id);
    // Leased: not due again for anyone until the lease ends.
    expect((await copies.lease(at(3601), 100, LEASE_MS, 'copier-b')).map((c) => c.taskId)).not.toContain(task.id);
    const mine = leased.find((c) => c.taskId === task.id)!;
    const retry = { ...mine, attempts: 1, lastError: 'the provider answered HTTP 503 for the video', nextAttemptAt: at(3700).toISOString() };
    expect(await copies.record(retry, 'copier-b')).toBe(false);
    expect(await copies.record(retry, 'copier-a')).toBe(true);
    expect((await copies.getMany([task.id]))[0]).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: retry.lastError,
      nextAttemptAt: retry.nextAttemptAt,
    });

    // Due again at its retry time; a copier that died mid-copy leaves it due again when the lease ends.
    expect((await copies.lease(at(3699), 100, LEASE_MS, 'copier-b')).map((c) => c.taskId)).not.toContain(task.id);
    expect((await copies.lease(at(3700), 100, LEASE_MS, 'copier-b')).map((c) => c.taskId)).toContain(task.id);
    expect((await copies.lease(at(3700 + LEASE_MS / 1000), 100, LEASE_MS, 'copier-c')).map((c) => c.taskId)).toContain(task.id);
    expect(await copies.record({ ...retry, attempts: 2 }, 'copier-b')).toBe(false);

    const video = { key: `tasks/${task.id}/video`, contentType: 'video/mp4', size: 1234, sha256: 'a'.repeat(64) };
    const copied = { ...retry, status: 'COPIED' as const, attempts: 2, lastError: null, nextAttemptAt: null, copiedAt: at(3760).toISOString(), video };
    expect(await copies.record(copied, 'copier-c')).toBe(true);
    expect((await copies.getMany([task.id]))[0]).toEqual({ ...copied, cover: null });
    expect((await copies.lease(at(99_999), 100, LEASE_MS, 'copier-d')).map((c) => c.taskId)).not.toContain(task.id);
  });

  it('the retention finds copies created before a time, oldest first, until they are marked EXPIRED', async () => {
    const old = await taskThrough('SUCCEEDED', -86_400 * 400);
    const recent = await taskThrough('SUCCEEDED', 30);
    const expiring = (await copies.expiring(at(0), 100)).map((c) => c.taskId);
    expect(expiring).toContain(old.id);
    expect(expiring).not.toContain(recent.id);
    await copies.markExpired(old.id);
    expect((await copies.getMany([old.id]))[0]).toMatchObject({ status: 'EXPIRED', video: null, nextAttemptAt: null });
    expect((await copies.expiring(at(0), 100)).map((c) => c.taskId)).not.toContain(old.id);
  });

  it('getMany keeps the order asked, with null for unknown ids and non-uuids', async () => {
    const a = await taskThrough('SUCCEEDED', 40);
    const result = await copies.getMany(['not-a-uuid', a.id, randomUUID()]);
    expect(result.map((c) => c?.taskId ?? null)).toEqual([null, a.id, null]);
  });
});
