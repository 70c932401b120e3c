import type { z } from 'zod';
import { validationError, type ProviderError } from './provider-error.ts';

/** `images[0].url` for the zod path `['images', 0, 'url']`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'body';
}

/** The first zod issue as the provider's `400 VALIDATION_ERROR` with `details.field`. */
export function firstIssueAsValidationError(error: z.ZodError): ProviderError {
  const issue = error.issues[0];
  const field = fieldName(issue?.path ?? []);
  return validationError(field, `Invalid ${field}: ${issue?.message ?? 'invalid value'}`);
}
