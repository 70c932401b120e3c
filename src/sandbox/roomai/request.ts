import { z } from 'zod';
import { ProviderError, validationError } from '../http/provider-error.ts';
import { firstIssueAsValidationError } from '../http/zod-field.ts';
import { parseHttpUrl } from '../loopback.ts';

/** The styles of the video model [seed], matched case-insensitively [choice]. */
export const ROOMAI_STYLES = ['Modern', 'Minimalist', 'Scandinavian', 'Industrial', 'Mid-Century Modern', 'Contemporary'] as const;
export type RoomAiStyle = (typeof ROOMAI_STYLES)[number];

const httpUrl = z.string().refine((s) => parseHttpUrl(s) !== undefined, 'must be an absolute http(s) URL');

const fields = z.object({
  image: httpUrl,
  styles: z
    .string()
    .transform((s, ctx) => {
      const style = ROOMAI_STYLES.find((known) => known.toLowerCase() === s.trim().toLowerCase());
      if (!style) ctx.addIssue({ code: 'custom', message: `must be one of ${ROOMAI_STYLES.join(', ')}` });
      return style ?? z.NEVER;
    })
    .optional(),
  prompt: z.string().max(2000).optional(),
  webhook: httpUrl.optional(),
});

export type GenerateRequest = z.infer<typeof fields>;

/**
 * `POST /api/v1/generate` for `model: "video"` (contract §1). A missing `model` is a
 * `VALIDATION_ERROR`; any other model than `video` is `INVALID_MODEL` (the sandbox emulates only
 * that one). Then `image`, `styles`, `prompt`, `webhook` in that order; unknown fields are ignored.
 */
export function parseGenerateRequest(body: Record<string, unknown>): GenerateRequest {
  if (body.model === undefined) throw validationError('model', 'Invalid model: required');
  if (body.model !== 'video') {
    throw new ProviderError(400, 'INVALID_MODEL', `Unknown model ${JSON.stringify(body.model)}; this endpoint serves "video"`, {
      details: { field: 'model' },
    });
  }
  const parsed = fields.safeParse(body);
  if (!parsed.success) throw firstIssueAsValidationError(parsed.error);
  return parsed.data;
}
