import type { z } from 'zod';
import type { Context } from './context.ts';
import { ValidationFailedError } from '../tasks/errors.ts';
import type { Task } from '../tasks/task.ts';
import { flythroughInput } from '../upstream/roomai/input.ts';
import { propertyVideoInput } from '../upstream/vibepeak/input.ts';
import { validateWith, type Violation } from '../upstream/violations.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Checks the input against the provider's rules and the idempotency key's form, reporting every
 * broken rule at once (paths start at the argument), before anything reaches the provider.
 */
function validate<S extends z.ZodType>(schema: S, input: unknown, idempotencyKey: string | null | undefined): z.infer<S> {
  const violations: Violation[] = [];
  const checked = validateWith(schema, input);
  if (!checked.ok) violations.push(...checked.violations.map((v) => ({ ...v, path: ['input', ...v.path] })));
  if (idempotencyKey != null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    violations.push({ path: ['idempotencyKey'], code: 'INVALID_IDEMPOTENCY_KEY', message: 'must be 1 to 255 printable ASCII characters without spaces' });
  }
  if (!checked.ok || violations.length > 0) throw new ValidationFailedError(violations);
  return checked.value;
}

export function createFlythroughVideo(ctx: Context, input: unknown, idempotencyKey: string | null | undefined): Promise<Task> {
  const value = validate(flythroughInput, input, idempotencyKey);
  return ctx.tasks.createFlythrough(ctx.client.name, value, idempotencyKey ?? null);
}

export function createPropertyVideo(ctx: Context, input: unknown, idempotencyKey: string | null | undefined): Promise<Task> {
  const value = validate(propertyVideoInput, input, idempotencyKey);
  return ctx.tasks.createPropertyVideo(ctx.client.name, value, idempotencyKey ?? null);
}
