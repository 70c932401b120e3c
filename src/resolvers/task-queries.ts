import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { TaskNotFoundError } from '../tasks/errors.ts';
import { isUuid, type TaskFilter } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import type { Context } from './context.ts';
import { decodeTaskId, ofKind } from './global-id.ts';
import { BadUserInputError } from './graphql-errors.ts';

/** Longest page of `tasks`. */
export const MAX_PAGE = 100;

/** `Query.task`: one of the caller's tasks by global id, through the request's loader; null when none. */
export async function readTask(ctx: Context, globalId: string): Promise<Task | null> {
  const decoded = decodeTaskId(globalId);
  return decoded ? ofKind(await ctx.loadTask.load(decoded.uuid), decoded.kind) : null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Refuses what a forward-only list cannot serve: `last`/`before`, a `first` outside 0..MAX_PAGE. */
export function checkForwardPage(list: string, args: PageArgs): void {
  if (args.last != null || args.before != null) throw new BadUserInputError(`${list} pages forward only: use first and after`);
  if (args.first != null && (args.first < 0 || args.first > MAX_PAGE)) throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE}`);
}

/** `Query.tasks`: a forward page of the caller's tasks, newest first. */
export function listTasks(ctx: Context, args: PageArgs, filter: TaskFilter | null | undefined) {
  checkForwardPage('tasks', args);
  return resolveCursorConnection(
    { args: { ...args, first: args.first ?? 20 }, defaultSize: 20, maxSize: MAX_PAGE, toCursor: (task: Task) => encodeCursor(task) },
    async ({ after, limit }: ResolveCursorConnectionArgs) => {
      const cursor = after ? decodeCursor(after) : null;
      const { tasks } = await ctx.tasks.list(ctx.client.name, filter ?? {}, limit, cursor);
      return tasks;
    },
  );
}

/** `Mutation.refreshTask`: the provider's state now. A missing task's error names the id the client sent, never ours. */
export function refreshTask(ctx: Context, globalId: string): Promise<Task> {
  const decoded = decodeTaskId(globalId);
  if (!decoded) throw new TaskNotFoundError(globalId);
  return ctx.tasks.refresh(ctx.client.name, decoded.uuid, decoded.kind).catch((err: unknown) => {
    throw err instanceof TaskNotFoundError ? new TaskNotFoundError(globalId) : err;
  });
}

/** A list position: the item's creation time and id (lists are newest first, ties by id). */
export function encodeCursor(item: { createdAt: string; id: string }): string {
  return Buffer.from(`${item.createdAt}|${item.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) {
    throw new BadUserInputError('after is not a cursor from this list');
  }
  return { createdAt, id };
}
