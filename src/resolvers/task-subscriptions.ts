import { GraphQLError } from 'graphql';
import type { Context } from '../schema/builder.ts';
import type { TaskFilter } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import { TERMINAL_STATUSES } from '../upstream/snapshot.ts';
import { taskUuidFromGlobalId } from '../schema/global-id.ts';

/**
 * `Subscription.task`: the task as it is now, then each newer version, ending after a terminal one.
 * It listens before it reads, so a change between the read and the first event is not lost, and it
 * skips events older than what it has already sent. Each event carries the task as persisted, so
 * nothing is served from a cache that outlives the event.
 */
export async function* taskUpdates(ctx: Context, globalId: string): AsyncGenerator<Task> {
  const uuid = taskUuidFromGlobalId(globalId);
  const events = uuid ? ctx.events.ofTask(uuid) : null;
  try {
    const current = uuid ? (await ctx.tasks.getMany([uuid], ctx.client.name))[0] : null;
    if (!current || !events) throw new GraphQLError('No task with this id exists for you.', { extensions: { code: 'NOT_FOUND' } });
    yield current;
    if (TERMINAL_STATUSES.has(current.status)) return;
    let version = current.version;
    for await (const task of events) {
      if (task.version <= version) continue;
      version = task.version;
      yield task;
      if (TERMINAL_STATUSES.has(task.status)) return;
    }
  } finally {
    await events?.return?.();
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
