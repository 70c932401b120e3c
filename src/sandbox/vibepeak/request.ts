import { z } from 'zod';
import { firstIssueAsValidationError } from '../http/zod-field.ts';
import { ProviderError } from '../http/provider-error.ts';
import { parseHttpUrl } from '../loopback.ts';
import { isDeliverableWebhookUrl } from '../webhooks.ts';

/**
 * The body of `POST /v1/real-estate/living-property` (docs/provider-contracts.md §2), field by field.
 * Unknown fields are ignored. `images`, `voice` and `script` are required ([choice]: the product
 * is a narrated video); everything else is optional.
 */
export const ROOM_TYPES = ['living_room', 'kitchen', 'bedroom', 'bathroom', 'dining_room', 'office', 'exterior', 'other'] as const;
export const MODIFICATION_MODES = ['no_modify', 'change_decoration', 'furnish'] as const;
export const SUBTITLE_PRESETS = ['classic', 'bold', 'minimal', 'karaoke'] as const;
export const OVERLAY_POSITIONS = ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'center'] as const;
export const TEST_SCENARIOS = ['success', 'fail', 'slow'] as const;

/** Script characters per image [seed]. */
export const SCRIPT_CHARS_PER_IMAGE = { min: 65, max: 85 } as const;
/** Letters of any script (with their combining marks), spaces and `. , ! ? ' " - : ; ( )` [choice]. */
const SCRIPT_ALLOWED = /^[\p{L}\p{M} .,!?'"\-:;()]$/u;

const httpUrl = z.string().refine((s) => parseHttpUrl(s) !== undefined, 'must be an absolute http(s) URL');
const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour');
const position = z.enum(OVERLAY_POSITIONS);
const percent = (min: number) => z.number().min(min).max(100);

const subtitle = z
  .object({
    subtitle_style_preset: z.enum(SUBTITLE_PRESETS).optional(),
    styles: z
      .object({
        font: z.string().min(1).optional(),
        font_size: z.number().int().min(8).max(200).optional(),
        color: hexColour.optional(),
        highlight_color: hexColour.optional(),
        position: z.enum(['top', 'center', 'bottom']).optional(),
      })
      .optional(),
  })
  .superRefine((value, ctx) => {
    const both = value.subtitle_style_preset !== undefined && value.styles !== undefined;
    const neither = value.subtitle_style_preset === undefined && value.styles === undefined;
    if (both || neither) {
      ctx.addIssue({ code: 'custom', message: 'give either subtitle_style_preset or styles, never both' });
    }
  });

export const livingPropertyRequest = z.object({
  images: z
    .array(z.object({ url: httpUrl, room_type: z.enum(ROOM_TYPES).optional() }))
    .min(1, 'must contain 1 to 9 images')
    .max(9, 'must contain 1 to 9 images'),
  voice: z.object({ voice_id: z.string().min(1), language: z.string().min(2).max(16) }),
  modification_mode: z.enum(MODIFICATION_MODES).default('no_modify'),
  script: z.string(),
  background_music: z.boolean().optional(),
  subtitle: subtitle.optional(),
  webhook_url: z.string().refine(isDeliverableWebhookUrl, 'must be an HTTPS URL (http is accepted for loopback hosts only)').optional(),
  elements_config: z
    .object({
      enabled: z.boolean().optional(),
      watermark: z.object({ url: httpUrl, position: position.optional(), size: percent(1).optional(), opacity: percent(0).optional() }).optional(),
      text: z
        .object({
          content: z.string().min(1).max(200),
          color: hexColour.optional(),
          font: z.string().min(1).optional(),
          size: percent(1).optional(),
          position: position.optional(),
        })
        .optional(),
    })
    .optional(),
  test_scenario: z.enum(TEST_SCENARIOS).optional(),
});

export type LivingPropertyRequest = z.infer<typeof livingPropertyRequest>;

/**
 * Field rules in order: the schema (first failing field → `VALIDATION_ERROR`), then the script's
 * length (`SCRIPT_TOO_SHORT` / `SCRIPT_TOO_LONG`), then its characters (`SCRIPT_INVALID_CHARACTERS`).
 * Length counts Unicode code points.
 */
export function parseLivingPropertyRequest(body: Record<string, unknown>): LivingPropertyRequest {
  const parsed = livingPropertyRequest.safeParse(body);
  if (!parsed.success) throw firstIssueAsValidationError(parsed.error);
  const request = parsed.data;
  const characters = [...request.script];
  const imageCount = request.images.length;
  const min = imageCount * SCRIPT_CHARS_PER_IMAGE.min;
  const max = imageCount * SCRIPT_CHARS_PER_IMAGE.max;
  const details = { field: 'script', length: characters.length, min, max, image_count: imageCount };
  if (characters.length < min) {
    throw new ProviderError(400, 'SCRIPT_TOO_SHORT', `The script has ${characters.length} characters; ${imageCount} image(s) need at least ${min}`, {
      details,
    });
  }
  if (characters.length > max) {
    throw new ProviderError(400, 'SCRIPT_TOO_LONG', `The script has ${characters.length} characters; ${imageCount} image(s) allow at most ${max}`, { details });
  }
  const invalid = [...new Set(characters.filter((c) => !SCRIPT_ALLOWED.test(c)))];
  if (invalid.length > 0) {
    throw new ProviderError(400, 'SCRIPT_INVALID_CHARACTERS', 'The script contains numbers or symbols the narration voice cannot read', {
      details: { field: 'script', invalid_characters: invalid },
    });
  }
  return request;
}
