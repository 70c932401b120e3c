import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskStore } from '../../src/tasks/store.ts';
import { newTask, type Task } from '../../src/tasks/task.ts';
import type { PropertyVideoInput } from '../../src/upstream/vibepeak/input.ts';

/** The store's scheduling rules, on a real (in-memory) PGlite. */
describe('TaskStore scheduling', () => {
  let store: TaskStore;
  beforeAll(async () => {
    store = await TaskStore.open('memory://');
  });
  afterAll(() => store?.close());

  const now = new Date('2026-01-01T00:00:00Z');
  const later = (s: number) => new Date(now.getTime() + s * 1000).toISOString();
  const aTask = (id: string): Task =>
    newTask({ id, owner: 'local', provider: 'VIBEPEAK', kind: 'PROPERTY_VIDEO', input: {} as PropertyVideoInput, providerRef: `ref-${id}`, livemode: false, now });
  const insert = async (id: string, nextPollAt: string) => {
    const task = aTask(id);
    await store.insert(task, { webhookToken: null, idempotencyKey: null, inputHash: 'h', nextPollAt, pollFailures: 0, deadlineAt: later(3600) });
    return task;
  };

  it('a poll that raced a webhook cannot re-arm the finished task (bug: schedule() wrote unconditionally)', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const task = await insert(id, later(-1));
    const [leased] = await store.leaseDue(now, 1, 60_000, 'poller-a', 'VIBEPEAK');
    expect(leased?.task.id).toBe(id);
    // The webhook finishes the task while the poll is in flight…
    expect(await store.update({ ...task, status: 'SUCCEEDED', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    // …then the poll, holding the stale version, schedules its next read.
    await store.schedule(id, 0, later(30), 0, 'poller-a');
    expect((await store.get(id))!.runtime.nextPollAt).toBeNull();
  });

  it("a webhook's write keeps the poller's lease (bug: update() released any lease, so a second poll could start)", async () => {
    const id = '00000000-0000-4000-8000-000000000002';
    const task = await insert(id, later(-1));
    expect(await store.leaseDue(now, 5, 60_000, 'poller-a', 'VIBEPEAK')).toHaveLength(1);
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: later(-1), pollFailures: 0 })).toBe(true);
    expect(await store.leaseDue(now, 5, 60_000, 'poller-b', 'VIBEPEAK')).toHaveLength(0);
    // The holder's own write releases it.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 2 }, 1, { nextPollAt: later(-1), pollFailures: 0 }, 'poller-a')).toBe(true);
    expect(await store.leaseDue(now, 5, 60_000, 'poller-b', 'VIBEPEAK')).toHaveLength(1);
  });

  it('nextDueAt skips tasks under lease (bug: a poll in flight made the poller spin every 10 ms)', async () => {
    const id = '00000000-0000-4000-8000-000000000003';
    await store.delete('00000000-0000-4000-8000-000000000002');
    await insert(id, later(-5));
    await store.leaseDue(now, 5, 60_000, 'poller-a', 'VIBEPEAK');
    const next = await store.nextDueAt();
    expect(next!.getTime()).toBeGreaterThanOrEqual(now.getTime() + 59_000);
  });
});
