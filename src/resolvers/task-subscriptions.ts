import { GraphQLError } from 'graphql';
import { decodeTaskId, ofKind } from '../schema/global-id.ts';
import type { Context } from '../schema/builder.ts';
import type { TaskFilter } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import { TERMINAL_STATUSES } from '../upstream/snapshot.ts';

/**
 * `Subscription.task`: the task as it is now, then each newer version, ending after a terminal one.
 * The event listener is attached before the current state is read (a pubsub iterator only listens
 * from its first `next()`), so a change between the read and the first event is never lost; events
 * not newer than what was sent are skipped. Each event carries the task as persisted, so nothing is
 * served from a cache that outlives the event.
 */
export async function* taskUpdates(ctx: Context, globalId: string): AsyncGenerator<Task> {
  const decoded = decodeTaskId(globalId);
  if (!decoded) throw notFound();
  const events = ctx.events.ofTask(decoded.uuid);
  let pending = events.next();
  try {
    const current = ofKind((await ctx.tasks.getMany([decoded.uuid], ctx.client.name))[0], decoded.kind);
    if (!current) throw notFound();
    yield current;
    if (TERMINAL_STATUSES.has(current.status)) return;
    let version = current.version;
    for (;;) {
      const { value: task, done } = await pending;
      if (done) return;
      pending = events.next();
      if (task.version <= version) continue;
      version = task.version;
      yield task;
      if (TERMINAL_STATUSES.has(task.status)) return;
    }
  } finally {
    await events.return?.();
  }
}

/** `Subscription.tasks`: every change to the caller's tasks that matches `filter`. */
export async function* tasksUpdates(ctx: Context, filter: TaskFilter): AsyncGenerator<Task> {
  const events = ctx.events.ofOwner(ctx.client.name);
  try {
    for await (const task of events) {
      if (filter.provider && task.provider !== filter.provider) continue;
      if (filter.kind && task.kind !== filter.kind) continue;
      if (filter.status?.length && !filter.status.includes(task.status)) continue;
      yield task;
    }
  } finally {
    await events.return?.();
  }
}

function notFound(): GraphQLError {
  return new GraphQLError('No task with this id exists for you.', { extensions: { code: 'NOT_FOUND' } });
}
