import { decodeTaskId, ofKind } from './global-id.ts';
import type { Context } from './context.ts';
import { RESYNC, type TaskEvent } from '../tasks/events.ts';
import { CHANGES_PAGE } from '../tasks/service.ts';
import type { TaskFilter } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import { TERMINAL_STATUSES } from '../tasks/provider.ts';
import { NotFoundError, SubscriptionRateLimitedError } from './graphql-errors.ts';
import { RateLimitedError } from '../tasks/rate-limits.ts';

/**
 * `Subscription.task`: the task as it is now, then each newer version, ending after a terminal one.
 * The event listener is attached before the current state is read, so a change between the read
 * and the first event is never lost; events not newer than what was sent are skipped. When events
 * may have been missed (the link between replicas dropped), the task is read again from the store.
 * Each event carries the task as persisted, so nothing is served from a cache that outlives it.
 */
export async function taskUpdates(ctx: Context, globalId: string, afterVersion: number | null = null): Promise<AsyncIterableIterator<Task>> {
  await admit(ctx);
  const decoded = decodeTaskId(globalId);
  if (!decoded) throw new NotFoundError();
  const events = ctx.events.ofTask(decoded.uuid);
  return closable(oneTask(ctx, decoded, events, afterVersion), events);
}

/**
 * With `afterVersion` (a subscriber resuming after a reconnect), the current state is sent only if
 * it is newer than what the subscriber saw: it then carries every change made meanwhile.
 */
async function* oneTask(
  ctx: Context,
  decoded: { uuid: string; kind: Task['kind'] },
  events: AsyncIterator<TaskEvent>,
  afterVersion: number | null,
): AsyncGenerator<Task> {
  const read = async () => ofKind((await ctx.tasks.getMany([decoded.uuid], ctx.client.name))[0], decoded.kind);
  let timer: NodeJS.Timeout | undefined;
  try {
    const current = await read();
    if (!current) throw new NotFoundError();
    if (afterVersion === null || current.version > afterVersion) yield current;
    if (TERMINAL_STATUSES.has(current.status)) return;
    let last = current;
    let version = current.version;
    // The progress last sent, estimated ticks included: never sent lower.
    let progress = current.progress ?? 0;
    let next = events.next();
    for (;;) {
      // Between changes, an estimated progress at a steady cadence (no upstream read, no write).
      const tick = new Promise<'tick'>((resolve) => {
        timer = setTimeout(() => resolve('tick'), PROGRESS_TICK_MS);
      });
      const result = await Promise.race([next, tick]);
      clearTimeout(timer);
      if (result === 'tick') {
        const estimate = ctx.tasks.estimatedProgress(last);
        if (estimate !== null && estimate >= progress + PROGRESS_STEP) {
          progress = estimate;
          yield { ...last, progress: estimate, progressEstimated: true };
        }
        continue;
      }
      next = events.next();
      const { value, done } = result;
      if (done) return;
      const task = value === RESYNC ? await read() : value;
      if (!task || task.version <= version) continue;
      version = task.version;
      last = task.progress !== null && task.progressEstimated && task.progress < progress ? { ...task, progress } : task;
      progress = Math.max(progress, last.progress ?? 0);
      yield last;
      if (TERMINAL_STATUSES.has(task.status)) return;
    }
  } finally {
    clearTimeout(timer);
    await events.return?.();
  }
}

/** How often a subscriber of a running task gets an estimated progress between changes. */
const PROGRESS_TICK_MS = 1_000;
/** Smaller moves of an estimate are not sent. */
const PROGRESS_STEP = 0.01;

/** Counts a subscription start against the client's rate limit. */
async function admit(ctx: Context): Promise<void> {
  try {
    await ctx.tasks.admitSubscription(ctx.client.name);
  } catch (err) {
    if (err instanceof RateLimitedError) throw new SubscriptionRateLimitedError(err.message, err.retryAfterSeconds);
    throw err;
  }
}

/** How far back a resync looks beyond the last change seen, for clocks of replicas that disagree. */
const RESYNC_MARGIN_MS = 5_000;
/** Pages of changes a resync reads at most (1,000 each). */
const RESYNC_MAX_PAGES = 100;

/**
 * `Subscription.tasks`: every change to the caller's tasks that matches `filter`. After a resync,
 * the changes stored since the last one seen are sent, page after page (each task version at most once).
 */
export async function tasksUpdates(ctx: Context, filter: TaskFilter, since: string | null = null): Promise<AsyncIterableIterator<Task>> {
  await admit(ctx);
  const events = ctx.events.ofOwner(ctx.client.name);
  return closable(ownerTasks(ctx, filter, events, since), events);
}

/** With `since` (a subscriber resuming after a reconnect), the changes stored after it are sent first, then live ones. */
async function* ownerTasks(ctx: Context, filter: TaskFilter, events: AsyncIterableIterator<TaskEvent>, resumeFrom: string | null): AsyncGenerator<Task> {
  const matches = (task: Task) =>
    (!filter.provider || task.provider === filter.provider) &&
    (!filter.kind || task.kind === filter.kind) &&
    (!filter.status?.length || filter.status.includes(task.status));
  // The version last sent per task, to send none twice across a resync (bounded: oldest forgotten).
  const sent = new Map<string, number>();
  let since = new Date().toISOString();
  const fresh = (task: Task) => {
    if ((sent.get(task.id) ?? -1) >= task.version) return false;
    sent.delete(task.id);
    sent.set(task.id, task.version);
    if (sent.size > 10_000) sent.delete(sent.keys().next().value!);
    if (task.updatedAt > since) since = task.updatedAt;
    return true;
  };
  /** Every stored change after `from`, oldest first, page by page; ties on a page's last time are read again (one ms back) and skipped as already sent. */
  async function* changesAfter(from: string): AsyncGenerator<Task> {
    for (let page = 0; page < RESYNC_MAX_PAGES; page++) {
      const batch = await ctx.tasks.changedSince(ctx.client.name, from);
      for (const task of batch) if (fresh(task) && matches(task)) yield task;
      const last = batch.at(-1)?.updatedAt;
      if (batch.length < CHANGES_PAGE || !last) break;
      const next = new Date(Date.parse(last) - 1).toISOString();
      if (next <= from) break;
      from = next;
    }
  }
  try {
    // The listener is already attached: a change during the replay comes after it, not lost.
    if (resumeFrom !== null) yield* changesAfter(resumeFrom);
    for await (const event of events) {
      if (event !== RESYNC) {
        if (fresh(event) && matches(event)) yield event;
        continue;
      }
      yield* changesAfter(new Date(Date.parse(since) - RESYNC_MARGIN_MS).toISOString());
    }
  } finally {
    await events.return?.();
  }
}

/**
 * The subscription's iterator. A generator waiting for the next event only sees `return()` once an
 * event comes, which for a quiet task may be never: its listener would outlive the subscription.
 * `return()` here ends the listener first, which wakes the generator to finish at once.
 */
function closable<T>(generator: AsyncGenerator<T>, listener: AsyncIterator<TaskEvent>): AsyncIterableIterator<T> {
  return {
    next: () => generator.next(),
    return: async (value?: T) => {
      await listener.return?.();
      return generator.return(value as T);
    },
    throw: (err?: unknown) => generator.throw(err),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
