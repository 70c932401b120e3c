import { describe, expect, it } from 'vitest';
import { taskUpdates } from '../../src/resolvers/task-subscriptions.ts';
import type { Context } from '../../src/resolvers/context.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { LocalTaskEvents } from '../../src/events/local.ts';
import type { Task } from '../../src/tasks/task.ts';

const uuid = '3d455511-d073-40c2-95f4-661ee1ea0136';
const base = { id: uuid, owner: 'local', kind: 'PROPERTY_VIDEO', provider: 'VIBEPEAK', history: [] } as unknown as Task;
const v1 = { ...base, status: 'QUEUED', version: 1 } as Task;
const v2 = { ...base, status: 'SUCCEEDED', version: 2 } as Task;

describe('Subscription.task', () => {
  it('delivers a change published while the current state is being read (bug: the listener attached only at the first next(), losing it and never completing)', async () => {
    const events = new LocalTaskEvents();
    // The read of the current state is where the race sits: the task finishes meanwhile.
    const ctx = {
      client: { name: 'local' },
      events,
      tasks: {
        admitSubscription: async () => {},
        getMany: async () => {
          events.publish(v2);
          return [v1];
        },
      },
    } as unknown as Context;
    const seen: Task[] = [];
    const run = (async () => {
      for await (const task of await taskUpdates(ctx, encodeGlobalID('PropertyVideoTask', uuid))) seen.push(task);
    })();
    const outcome = await Promise.race([run.then(() => 'completed'), new Promise((r) => setTimeout(() => r('hung'), 2000))]);
    expect(outcome).toBe('completed');
    expect(seen.map((t) => [t.status, t.version])).toEqual([
      ['QUEUED', 1],
      ['SUCCEEDED', 2],
    ]);
  });

  it('does not read a property task through a flythrough id', async () => {
    const ctx = {
      client: { name: 'local' },
      events: new LocalTaskEvents(),
      tasks: { admitSubscription: async () => {}, getMany: async () => [v1] },
    } as unknown as Context;
    const it = await taskUpdates(ctx, encodeGlobalID('FlythroughVideoTask', uuid));
    await expect(it.next()).rejects.toThrow(/No task with this id/);
  });
});
