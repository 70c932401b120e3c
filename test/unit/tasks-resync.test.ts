import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalTaskEvents } from '../../src/events/local.ts';
import { silentLogger } from '../../src/log.ts';
import type { Context } from '../../src/resolvers/context.ts';
import { tasksUpdates } from '../../src/resolvers/task-subscriptions.ts';
import { SqliteTaskStore } from '../../src/store/sqlite.ts';
import { PollSchedule } from '../../src/tasks/schedule.ts';
import { TaskService } from '../../src/tasks/service.ts';
import { newTask, type Task } from '../../src/tasks/task.ts';
import type { FlythroughInput } from '../../src/providers/roomai/input.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';

/**
 * Bug found in review: `Subscription.tasks` after a RESYNC reads `changedSince(owner, since)` once,
 * capped at 1,000 and oldest first. With more changes than that while events were away (a Redis
 * blip with the 10,000 tasks in flight), the NEWEST changes — the ones that matter, e.g. a
 * task reaching SUCCEEDED — are never sent, and nothing tells the client.
 */

const INPUT: FlythroughInput = { photoUrl: 'https://example.com/room.jpg', style: null, prompt: 'a slow pan' };
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of closers.reverse()) await c().catch(() => {});
});

describe('tasks subscription resync', () => {
  it('sends every change made while events were missed, not only the oldest 1,000', async () => {
    const store = await SqliteTaskStore.open({ dataDir: 'memory://' });
    closers.push(() => store.close());
    const events = new LocalTaskEvents();
    closers.push(() => events.close());
    const schedule = new PollSchedule({ providers: new Map(), minIntervalSeconds: 1 });
    const tasks = new TaskService({
      store,
      providers: {} as never,
      publish: () => {},
      logger: silentLogger,
      schedule,
    });
    const owner = `acme-${randomUUID()}`;
    const ctx = { client: { name: owner }, tasks, events } as unknown as Context;

    const sub = await tasksUpdates(ctx, {});
    const received: Task[] = [];
    const pump = (async () => {
      for await (const t of sub) received.push(t);
    })();
    // Let the generator attach its listener and take `since`.
    await new Promise((r) => setTimeout(r, 20));

    // 1,500 tasks change while this replica hears nothing (e.g. its Redis subscriber is away).
    const base = Date.now() + 10;
    const written: Task[] = [];
    for (let i = 0; i < 1_500; i++) {
      const t: Task = {
        ...newTask({ id: randomUUID(), owner, livemode: false, now: new Date(base), descriptor: roomAi.descriptor, input: INPUT }),
      };
      const changed: Task = { ...t, version: 1, updatedAt: new Date(base + i).toISOString() };
      await store.insert(changed, {
        webhookToken: null,
        idempotencyKey: null,
        inputHash: 'h',
        nextPollAt: null,
        pollFailures: 0,
        deadlineAt: new Date(base + 900_000).toISOString(),
      });
      written.push(changed);
    }
    // The link comes back: every listener is told to re-read.
    events.resync();
    await new Promise((r) => setTimeout(r, 500));
    // Ends the listener, so the generator (waiting in events.next()) finishes.
    await events.close();
    await pump;

    const got = new Set(received.map((t) => t.id));
    const missing = written.filter((t) => !got.has(t.id));
    expect(missing.length, `${missing.length} of ${written.length} changes never sent after the resync (the newest: ${missing.at(-1)?.updatedAt})`).toBe(0);
  });
});
