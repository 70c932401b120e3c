import { z } from 'zod';

/** VibePeak's wire format (docs/provider-contracts.md §2). Parsed loosely: unknown fields are ignored. */

export interface VibePeakCreateRequest {
  images: { url: string; room_type?: string }[];
  voice?: { voice_id: string; language: string };
  modification_mode?: string;
  script?: string;
  background_music?: boolean;
  subtitle?: {
    subtitle_style_preset?: string;
    styles?: { font?: string; font_size?: number; color?: string; highlight_color?: string; position?: string };
  };
  webhook_url?: string;
  elements_config?: {
    enabled: boolean;
    watermark?: { url: string; position?: string; size?: number; opacity?: number };
    text?: { content: string; color?: string; font?: string; size?: number; position?: string };
  };
  test_scenario?: string;
}

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date');

export const vibePeakCreated = z.object({
  task_id: z.string().min(1),
  status: z.string(),
  created_at: isoDate.optional(),
  credits_charged: z.number().nonnegative().optional(),
  livemode: z.boolean(),
  request_id: z.string().optional(),
  _links: z.looseObject({ self: z.string().optional(), poll_interval_seconds: z.number().positive().optional() }).optional(),
});

export const vibePeakTask = z.object({
  task_id: z.string().min(1),
  status: z.enum(['queued', 'processing', 'completed', 'failed']),
  created_at: isoDate.optional(),
  livemode: z.boolean().optional(),
  queue_position: z.number().int().nonnegative().nullish(),
  estimated_completion: isoDate.nullish(),
  started_at: isoDate.nullish(),
  completed_at: isoDate.nullish(),
  result: z
    .object({
      video_url: z.string().min(1),
      cover_image_url: z.string().nullish(),
      duration_seconds: z.number().nonnegative().nullish(),
      resolution: z.string().nullish(),
      expires_at: isoDate.nullish(),
    })
    .nullish(),
  error: z.object({ code: z.string(), message: z.string().default('') }).nullish(),
});
export type VibePeakTask = z.infer<typeof vibePeakTask>;

export const vibePeakWebhook = vibePeakTask.extend({ event: z.string() });

export const vibePeakError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().default(''),
    request_id: z.string().optional(),
    details: z.record(z.string(), z.unknown()).nullish(),
  }),
});
