import { z } from 'zod';

/** The value rules environment variables share (`config.ts` and each provider's own variables). */

export const port = z.coerce.number().int().min(0).max(65535);
export const positive = z.coerce.number().positive();
/** A provider account's tasks in flight at once: an optional whole number, 1 or more. */
export const concurrencyLimit = z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(10_000).optional());
export const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((s) => s.replace(/\/+$/, ''));
export const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), httpUrl.optional());
