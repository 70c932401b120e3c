import { z } from 'zod';
import { httpUrlInput } from '../../tasks/violations.ts';
import { ROOMAI_STYLES } from './wire.ts';

/**
 * A flythrough request in the gateway's terms and the rules Room AI documents for it
 * (docs/provider-contracts.md §1), checked before any upstream call.
 */

/** Room AI documents no prompt limit; ours keeps a request's size sane. [choice] */
export const MAX_PROMPT_LENGTH = 1000;

export const flythroughInput = z.object({
  photoUrl: httpUrlInput,
  style: z.enum(ROOMAI_STYLES).nullish(),
  prompt: z
    .string()
    .trim()
    .refine((v) => v.length <= MAX_PROMPT_LENGTH, { message: `must be at most ${MAX_PROMPT_LENGTH} characters`, params: { code: 'PROMPT_TOO_LONG' } })
    .nullish(),
});

export type FlythroughInput = z.infer<typeof flythroughInput>;
