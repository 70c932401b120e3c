import type { ProviderId } from '../tasks/provider.ts';
import type { Task } from '../tasks/task.ts';
import type { Context } from './context.ts';

/**
 * Every create mutation: the caller's task, validated against `provider`'s rules (and the callback
 * URL against the outgoing-webhook rules) before anything reaches the provider (a
 * ValidationFailedError lists every broken rule, paths from the argument).
 */
export function createTask(
  ctx: Context,
  provider: ProviderId,
  input: unknown,
  idempotencyKey: string | null | undefined,
  callbackUrl: string | null | undefined = null,
  priority: number | null | undefined = null,
): Promise<Task> {
  return ctx.tasks.create(ctx.client.name, provider, input, idempotencyKey ?? null, callbackUrl ?? null, priority ?? 0);
}
