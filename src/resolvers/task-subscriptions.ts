import type { GraphQLError } from 'graphql';
import { decodeTaskId, ofKind } from './global-id.ts';
import type { Context } from './context.ts';
import { RESYNC } from '../tasks/events.ts';
import type { TaskFilter } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import { TERMINAL_STATUSES } from '../upstream/snapshot.ts';
import { NotFoundError } from './graphql-errors.ts';

/**
 * `Subscription.task`: the task as it is now, then each newer version, ending after a terminal one.
 * The event listener is attached before the current state is read, so a change between the read
 * and the first event is never lost; events not newer than what was sent are skipped. When events
 * may have been missed (the link between replicas dropped), the task is read again from the store.
 * Each event carries the task as persisted, so nothing is served from a cache that outlives it.
 */
export async function* taskUpdates(ctx: Context, globalId: string): AsyncGenerator<Task> {
  const decoded = decodeTaskId(globalId);
  if (!decoded) throw notFound();
  const events = ctx.events.ofTask(decoded.uuid);
  const read = async () => ofKind((await ctx.tasks.getMany([decoded.uuid], ctx.client.name))[0], decoded.kind);
  try {
    const current = await read();
    if (!current) throw notFound();
    yield current;
    if (TERMINAL_STATUSES.has(current.status)) return;
    let version = current.version;
    for (;;) {
      const { value, done } = await events.next();
      if (done) return;
      const task = value === RESYNC ? await read() : value;
      if (!task || task.version <= version) continue;
      version = task.version;
      yield task;
      if (TERMINAL_STATUSES.has(task.status)) return;
    }
  } finally {
    await events.return?.();
  }
}

/** How far back a resync looks beyond the last change seen, for clocks of replicas that disagree. */
const RESYNC_MARGIN_MS = 5_000;

/**
 * `Subscription.tasks`: every change to the caller's tasks that matches `filter`. After a resync,
 * the changes stored since the last one seen are sent (each task version at most once).
 */
export async function* tasksUpdates(ctx: Context, filter: TaskFilter): AsyncGenerator<Task> {
  const events = ctx.events.ofOwner(ctx.client.name);
  const matches = (task: Task) =>
    (!filter.provider || task.provider === filter.provider) &&
    (!filter.kind || task.kind === filter.kind) &&
    (!filter.status?.length || filter.status.includes(task.status));
  // The version last sent per task, to send none twice across a resync (bounded: oldest forgotten).
  const sent = new Map<string, number>();
  let since = new Date().toISOString();
  try {
    for await (const event of events) {
      const batch = event === RESYNC ? await ctx.tasks.changedSince(ctx.client.name, new Date(Date.parse(since) - RESYNC_MARGIN_MS).toISOString()) : [event];
      for (const task of batch) {
        if ((sent.get(task.id) ?? -1) >= task.version) continue;
        sent.delete(task.id);
        sent.set(task.id, task.version);
        if (sent.size > 10_000) sent.delete(sent.keys().next().value!);
        if (task.updatedAt > since) since = task.updatedAt;
        if (matches(task)) yield task;
      }
    }
  } finally {
    await events.return?.();
  }
}

function notFound(): GraphQLError {
  return new NotFoundError();
}
