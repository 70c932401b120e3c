import { TaskNotFoundError, ValidationFailedError } from '../tasks/errors.ts';
import type { UsageGroup } from '../tasks/spend.ts';
import type { Task } from '../tasks/task.ts';
import type { Context } from './context.ts';
import { decodeTaskId } from './global-id.ts';
import { BadUserInputError } from './graphql-errors.ts';

/** `Mutation.cancelTask`. Errors name the id the client sent, never ours. */
export async function cancelTask(ctx: Context, globalId: string): Promise<Task> {
  const decoded = decodeTaskId(globalId);
  if (!decoded) throw new TaskNotFoundError(globalId);
  try {
    return await ctx.tasks.cancel(ctx.client.name, decoded.uuid);
  } catch (err) {
    throw err instanceof TaskNotFoundError ? new TaskNotFoundError(globalId) : err;
  }
}

/** `Query.usage`: the caller's charges in [from, to), summed. A bad range is a BAD_USER_INPUT error naming the argument. */
export async function usage(ctx: Context, from: Date, to: Date, groupBy: readonly UsageGroup[]) {
  try {
    return { from, to, groupBy, ...(await ctx.tasks.usage(ctx.client.name, from, to, groupBy)) };
  } catch (err) {
    if (err instanceof ValidationFailedError) throw new BadUserInputError(err.violations.map((v) => `${v.path.join('.')}: ${v.message}`).join('; '));
    throw err;
  }
}

/** `Query.budgets`: the caller's budgets as they stand now. */
export function budgets(ctx: Context) {
  return ctx.tasks.budgets(ctx.client.name);
}
