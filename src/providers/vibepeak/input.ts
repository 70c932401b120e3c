import { z } from 'zod';
import { httpUrlInput, rule } from '../../tasks/violations.ts';
import type { VibePeakCreateRequest } from './wire.ts';

/**
 * A property-video request in the gateway's terms (camelCase, enum values already in VibePeak's
 * spelling), and the rules VibePeak documents for it (docs/provider-contracts.md §2), checked here so a
 * request that breaks them never reaches the provider. Every broken rule is reported, not the first.
 */

export const ROOM_TYPES = ['living_room', 'kitchen', 'bedroom', 'bathroom', 'dining_room', 'office', 'exterior', 'other'] as const;
export const MODIFICATION_MODES = ['no_modify', 'change_decoration', 'furnish'] as const;
export const SUBTITLE_PRESETS = ['classic', 'bold', 'minimal', 'karaoke'] as const;
export const SUBTITLE_POSITIONS = ['top', 'center', 'bottom'] as const;
export const ELEMENT_POSITIONS = ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'center'] as const;
export const TEST_SCENARIOS = ['success', 'fail', 'slow'] as const;

export const MIN_PHOTOS = 1;
export const MAX_PHOTOS = 9;
export const SCRIPT_MIN_PER_PHOTO = 65;
export const SCRIPT_MAX_PER_PHOTO = 85;
/** Letters of any script, spaces and `. , ! ? ' " - : ; ( )` ([choice] of the contract). */
const SCRIPT_CHARACTERS = /^[\p{L}\p{M} .,!?'"\-:;()]*$/u;
const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

const color = z.string().refine((v) => HEX_COLOR.test(v), { message: 'must be a colour in #RRGGBB form', params: { code: 'INVALID_COLOR' } });
const percent = (min: number) => z.number().int().min(min).max(100);

export const propertyVideoInput = z
  .object({
    photos: z
      .array(z.object({ url: httpUrlInput, roomType: z.enum(ROOM_TYPES).nullish() }))
      .refine((a) => a.length >= MIN_PHOTOS, { message: `must contain at least ${MIN_PHOTOS} photo`, params: { code: 'TOO_FEW_PHOTOS' } })
      .refine((a) => a.length <= MAX_PHOTOS, { message: `must contain at most ${MAX_PHOTOS} photos`, params: { code: 'TOO_MANY_PHOTOS' } }),
    voice: z.object({
      voiceId: z.string().trim().min(1, 'must not be empty').max(128, 'must be at most 128 characters'),
      language: z.string().min(2, 'must be a language code such as "en"').max(16, 'must be a language code such as "en"'),
    }),
    modificationMode: z.enum(MODIFICATION_MODES).nullish(),
    script: z.string(),
    backgroundMusic: z.boolean().nullish(),
    subtitle: z
      .object({
        preset: z.enum(SUBTITLE_PRESETS).nullish(),
        styles: z
          .object({
            font: z.string().min(1).max(100).nullish(),
            fontSize: z.number().int().min(8).max(200).nullish(),
            color: color.nullish(),
            highlightColor: color.nullish(),
            position: z.enum(SUBTITLE_POSITIONS).nullish(),
          })
          .nullish(),
      })
      .nullish(),
    branding: z
      .object({
        watermark: z
          .object({ url: httpUrlInput, position: z.enum(ELEMENT_POSITIONS).nullish(), size: percent(1).nullish(), opacity: percent(0).nullish() })
          .nullish(),
        text: z
          .object({
            content: z.string().trim().min(1, 'must not be empty').max(200),
            color: color.nullish(),
            font: z.string().min(1).max(100).nullish(),
            size: percent(1).nullish(),
            position: z.enum(ELEMENT_POSITIONS).nullish(),
          })
          .nullish(),
      })
      .nullish(),
    testScenario: z.enum(TEST_SCENARIOS).nullish(),
  })
  .superRefine((input, ctx) => {
    if (typeof input.script === 'string') checkScript(input.script, Array.isArray(input.photos) ? input.photos.length : 0, ctx);
    const subtitle = input.subtitle;
    if (subtitle && subtitle.preset != null && subtitle.styles != null) {
      ctx.addIssue(rule('SUBTITLE_PRESET_AND_STYLES', 'give either a preset or styles, not both', ['subtitle']));
    } else if (subtitle && subtitle.preset == null && subtitle.styles == null) {
      ctx.addIssue(rule('SUBTITLE_EMPTY', 'give a preset or styles', ['subtitle']));
    }
    if (input.branding && !input.branding.watermark && !input.branding.text) {
      ctx.addIssue(rule('BRANDING_EMPTY', 'give a watermark, a text, or both', ['branding']));
    }
  });

export type PropertyVideoInput = z.infer<typeof propertyVideoInput>;

function checkScript(script: string, photoCount: number, ctx: z.RefinementCtx) {
  const length = [...script].length;
  if (photoCount >= MIN_PHOTOS && photoCount <= MAX_PHOTOS) {
    const min = photoCount * SCRIPT_MIN_PER_PHOTO;
    const max = photoCount * SCRIPT_MAX_PER_PHOTO;
    const span = `${min} to ${max} characters for ${photoCount} photo${photoCount === 1 ? '' : 's'}`;
    if (length < min) ctx.addIssue(rule('SCRIPT_TOO_SHORT', `is ${length} characters; needs ${span}`, ['script']));
    if (length > max) ctx.addIssue(rule('SCRIPT_TOO_LONG', `is ${length} characters; allows ${span}`, ['script']));
  }
  if (!SCRIPT_CHARACTERS.test(script)) {
    const bad = [...new Set([...script].filter((c) => !SCRIPT_CHARACTERS.test(c)))].slice(0, 5);
    ctx.addIssue(
      rule(
        'SCRIPT_INVALID_CHARACTERS',
        `contains characters the narration voice cannot read (${bad.map((c) => JSON.stringify(c)).join(', ')}): use letters, spaces and . , ! ? ' " - : ; ( ) only, and spell numbers out`,
        ['script'],
      ),
    );
  }
}

/** Our names for the fields VibePeak blames in `error.details.field`. */
export function fieldFromWire(field: string): string {
  return field
    .replace(/^images/, 'photos')
    .replace(/room_type/, 'roomType')
    .replace(/^voice\.voice_id/, 'voice.voiceId')
    .replace(/^modification_mode/, 'modificationMode')
    .replace(/^background_music/, 'backgroundMusic')
    .replace(/^subtitle\.subtitle_style_preset/, 'subtitle.preset')
    .replace(/^elements_config/, 'branding')
    .replace(/^test_scenario/, 'testScenario')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function toWireRequest(input: PropertyVideoInput, webhookUrl: string | null): VibePeakCreateRequest {
  const body: VibePeakCreateRequest = {
    images: input.photos.map((p) => (p.roomType ? { url: p.url, room_type: p.roomType } : { url: p.url })),
  };
  body.voice = { voice_id: input.voice.voiceId, language: input.voice.language };
  if (input.modificationMode) body.modification_mode = input.modificationMode;
  body.script = input.script;
  if (input.backgroundMusic != null) body.background_music = input.backgroundMusic;
  if (input.subtitle?.preset) body.subtitle = { subtitle_style_preset: input.subtitle.preset };
  else if (input.subtitle?.styles) {
    const s = input.subtitle.styles;
    body.subtitle = {
      styles: compact({ font: s.font, font_size: s.fontSize, color: s.color, highlight_color: s.highlightColor, position: s.position }),
    };
  }
  if (input.branding) {
    const { watermark, text } = input.branding;
    body.elements_config = { enabled: true };
    if (watermark)
      body.elements_config.watermark = { url: watermark.url, ...compact({ position: watermark.position, size: watermark.size, opacity: watermark.opacity }) };
    if (text)
      body.elements_config.text = { content: text.content, ...compact({ color: text.color, font: text.font, size: text.size, position: text.position }) };
  }
  if (webhookUrl) body.webhook_url = webhookUrl;
  if (input.testScenario) body.test_scenario = input.testScenario;
  return body;
}

function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null | undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as { [K in keyof T]?: Exclude<T[K], null | undefined> };
}
