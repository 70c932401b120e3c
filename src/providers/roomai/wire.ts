import { z } from 'zod';

/** Room AI's wire format (docs/provider-contracts.md §1). Parsed loosely: unknown fields are ignored. */

export const ROOMAI_STYLES = ['Modern', 'Minimalist', 'Scandinavian', 'Industrial', 'Mid-Century Modern', 'Contemporary'] as const;
export type RoomAiStyle = (typeof ROOMAI_STYLES)[number];

export interface RoomAiGenerateRequest {
  model: 'video';
  image: string;
  styles?: RoomAiStyle;
  prompt?: string;
  webhook?: string;
}

export const roomAiSuccess = z.object({
  status: z.literal('success'),
  result: z.object({
    image_url: z.string().min(1),
    model: z.string().optional(),
    tokens_used: z.number().nonnegative().optional(),
    processing_time_ms: z.number().nonnegative().optional(),
  }),
  processing_url: z.string().optional(),
});

export const roomAiProcessing = z.object({
  status: z.enum(['processing', 'starting', 'queued']),
  processing_url: z.string().min(1),
  progress: z.object({ state: z.string().optional(), percent: z.number().min(0).max(100).optional() }).nullish(),
});

export const roomAiError = z.object({
  status: z.literal('error'),
  error: z.looseObject({
    code: z.string(),
    message: z.string().default(''),
    required: z.number().optional(),
    balance: z.number().optional(),
    details: z.looseObject({ field: z.string().optional() }).optional(),
  }),
  processing_url: z.string().optional(),
});

export const roomAiBody = z.discriminatedUnion('status', [roomAiSuccess, roomAiProcessing, roomAiError]);
export type RoomAiBody = z.infer<typeof roomAiBody>;
