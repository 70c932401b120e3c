import type { ProviderSchemaApi } from '../../schema/provider-api.ts';
import type { ProviderDescriptor } from '../../tasks/provider.ts';
import { ELEMENT_POSITIONS, MODIFICATION_MODES, ROOM_TYPES, SUBTITLE_POSITIONS, SUBTITLE_PRESETS, TEST_SCENARIOS, type PropertyVideoInput } from './input.ts';

/** VibePeak's part of the schema: `PropertyVideoTask`, its input and `createPropertyVideo`, and its enums. */
export function defineSchema(
  { builder, enumOf, taskNode, createMutation, addEstimateField }: ProviderSchemaApi,
  { id, kind }: ProviderDescriptor<PropertyVideoInput>,
): void {
  const RoomTypeEnum = enumOf('RoomType', 'What a property photo shows; helps the provider process it.', ROOM_TYPES, {
    living_room: 'A living room or lounge.',
    kitchen: 'A kitchen.',
    bedroom: 'A bedroom.',
    bathroom: 'A bathroom.',
    dining_room: 'A dining room.',
    office: 'A home office or study.',
    exterior: 'The outside of the property: facade, garden, view.',
    other: 'Any other space.',
  });
  const ModificationModeEnum = enumOf(
    'ModificationMode',
    'How VibePeak treats the rooms: NO_MODIFY keeps them and adds people; CHANGE_DECORATION modernises furniture and decor; FURNISH furnishes empty rooms. The last two take longer.',
    MODIFICATION_MODES,
    {
      no_modify: 'Keep the rooms as photographed and add realistic people. The default and the fastest.',
      change_decoration: 'Modernise the furniture and decor (virtual restyling). Takes longer.',
      furnish: 'Add furniture to empty rooms (virtual staging). Takes longer.',
    },
  );
  const SubtitlePresetEnum = enumOf('SubtitlePreset', 'A ready-made subtitle look.', SUBTITLE_PRESETS, {
    classic: "The standard look (the preset shown in VibePeak's documentation).",
    bold: 'A heavier, more prominent look.',
    minimal: 'A lighter, less obtrusive look.',
    karaoke: 'Highlights each word as it is spoken.',
  });
  const SubtitlePositionEnum = enumOf('SubtitlePosition', 'Where subtitles sit on the frame.', SUBTITLE_POSITIONS, {
    top: 'Along the top edge.',
    center: 'In the middle of the frame.',
    bottom: 'Along the bottom edge.',
  });
  const ElementPositionEnum = enumOf('ElementPosition', 'Where a branding overlay sits on the frame.', ELEMENT_POSITIONS, {
    'top-left': 'The top-left corner.',
    'top-right': 'The top-right corner.',
    'bottom-left': 'The bottom-left corner.',
    'bottom-right': 'The bottom-right corner.',
    center: 'The middle of the frame.',
  });
  const TestScenarioEnum = enumOf(
    'TestScenario',
    'With a VibePeak test key only: SUCCESS completes with a watermarked sample, FAIL fails with a public-safe error, SLOW completes noticeably later. Ignored with live keys.',
    TEST_SCENARIOS,
    {
      success: 'The task completes with a watermarked sample video. The default.',
      fail: 'The task fails with a sanitised, public-safe error, to exercise your failure handling.',
      slow: 'Like SUCCESS, but noticeably later: to exercise progress and waiting.',
    },
  );

  type Photo = PropertyVideoInput['photos'][number];
  type Voice = PropertyVideoInput['voice'];

  const PhotoRef = builder.objectRef<Photo>('PropertyPhoto').implement({
    description: 'One photo of a property video.',
    fields: (t) => ({
      url: t.field({ type: 'URL', resolve: (p) => p.url, description: 'The photo URL as it was submitted.' }),
      roomType: t.field({
        type: RoomTypeEnum,
        nullable: true,
        resolve: (p) => p.roomType ?? null,
        description: 'What the photo shows; null when it was not given.',
      }),
    }),
  });

  const VoiceRef = builder.objectRef<Voice>('NarrationVoice').implement({
    description: 'The text-to-speech voice of the narration.',
    fields: (t) => ({
      voiceId: t.exposeString('voiceId', { description: 'The VibePeak voice id, e.g. `EXAVITQu4vr4xnSDxMaL`.' }),
      language: t.exposeString('language', { description: 'The narration language code, e.g. `en`.' }),
    }),
  });

  const PropertyVideoTask = taskNode<PropertyVideoInput>('PropertyVideoTask', {
    kind,
    description:
      'A VibePeak narrated property video from 1 to 9 photos. Costs 10 credits, charged when the task is created and not refunded if it fails (0 in test mode).',
    fields: (t) => ({
      photos: t.field({ type: [PhotoRef], resolve: (task) => task.input.photos, description: 'The 1 to 9 photos, in scene order.' }),
      modificationMode: t.field({
        type: ModificationModeEnum,
        resolve: (task) => task.input.modificationMode ?? 'no_modify',
        description: 'How the rooms are treated; NO_MODIFY when none was requested.',
      }),
      voice: t.field({ type: VoiceRef, resolve: (task) => task.input.voice, description: 'The narration voice.' }),
      script: t.string({ resolve: (task) => task.input.script, description: 'The narration text, as submitted.' }),
      backgroundMusic: t.boolean({
        resolve: (task) => task.input.backgroundMusic ?? false,
        description: 'Whether ambient music plays under the narration; false when not requested.',
      }),
      testScenario: t.field({
        type: TestScenarioEnum,
        nullable: true,
        resolve: (task) => task.input.testScenario ?? null,
        description: 'The test scenario requested; null when none was. Only has an effect with a test key (`livemode` false).',
      }),
    }),
  });

  const PhotoInput = builder.inputType('PropertyPhotoInput', {
    description: 'One photo of the property; it becomes one scene of the video.',
    fields: (t) => ({
      url: t.field({
        type: 'URL',
        required: true,
        description: 'A public http(s) URL. At least 1280×720 (long side ≥ 1280, short side ≥ 720) or the provider rejects it.',
      }),
      roomType: t.field({ type: RoomTypeEnum, required: false, description: 'What the photo shows; optional, helps the provider process it.' }),
    }),
  });

  const VoiceInput = builder.inputType('NarrationVoiceInput', {
    description: 'The text-to-speech voice that reads the script.',
    fields: (t) => ({
      voiceId: t.string({
        required: true,
        description:
          'A VibePeak voice id, e.g. `EXAVITQu4vr4xnSDxMaL`. An unknown id, or a voice not shared with the account, is a ValidationError from the provider.',
      }),
      language: t.string({ required: true, description: 'A language code, e.g. `en`.' }),
    }),
  });

  const SubtitleStylesInput = builder.inputType('SubtitleStylesInput', {
    description: 'Granular subtitle styling.',
    fields: (t) => ({
      font: t.string({ required: false, description: 'A font family name, e.g. `Inter`; 1 to 100 characters.' }),
      fontSize: t.int({ required: false, description: '8 to 200.' }),
      color: t.string({ required: false, description: '#RRGGBB.' }),
      highlightColor: t.string({ required: false, description: 'The colour of the word being spoken, #RRGGBB.' }),
      position: t.field({ type: SubtitlePositionEnum, required: false, description: 'Where the subtitles sit.' }),
    }),
  });

  const SubtitleInput = builder.inputType('SubtitleInput', {
    description: 'Word-level animated subtitles: give a `preset` or `styles`, not both.',
    fields: (t) => ({
      preset: t.field({ type: SubtitlePresetEnum, required: false, description: 'A ready-made look. Not together with `styles`.' }),
      styles: t.field({ type: SubtitleStylesInput, required: false, description: 'Granular styling. Not together with `preset`.' }),
    }),
  });

  const WatermarkInput = builder.inputType('WatermarkInput', {
    description: 'A logo image laid over the video.',
    fields: (t) => ({
      url: t.field({ type: 'URL', required: true, description: 'Your logo, a public http(s) URL.' }),
      position: t.field({ type: ElementPositionEnum, required: false, description: 'Where the logo sits.' }),
      size: t.int({ required: false, description: '1 to 100.' }),
      opacity: t.int({ required: false, description: '0 to 100.' }),
    }),
  });

  const BrandingTextInput = builder.inputType('BrandingTextInput', {
    description: 'A line of text laid over the video, e.g. "Powered by …".',
    fields: (t) => ({
      content: t.string({ required: true, description: 'The text to show; 1 to 200 characters.' }),
      color: t.string({ required: false, description: '#RRGGBB.' }),
      font: t.string({ required: false, description: 'A font family name, e.g. `Inter`; 1 to 100 characters.' }),
      size: t.int({ required: false, description: '1 to 100.' }),
      position: t.field({ type: ElementPositionEnum, required: false, description: 'Where the text sits.' }),
    }),
  });

  const BrandingInput = builder.inputType('BrandingInput', {
    description: 'Overlays on the video: a watermark, a text, or both.',
    fields: (t) => ({
      watermark: t.field({ type: WatermarkInput, required: false, description: 'A logo overlay.' }),
      text: t.field({ type: BrandingTextInput, required: false, description: 'A text overlay.' }),
    }),
  });

  const CreatePropertyVideoInput = builder.inputType('CreatePropertyVideoInput', {
    description: 'Photos of one property and how to turn them into a narrated video.',
    fields: (t) => ({
      photos: t.field({ type: [PhotoInput], required: true, description: '1 to 9 photos; each becomes a scene of about 3 seconds.' }),
      voice: t.field({ type: VoiceInput, required: true, description: 'The narration voice.' }),
      modificationMode: t.field({ type: ModificationModeEnum, required: false, description: 'Defaults to NO_MODIFY.' }),
      script: t.string({
        required: true,
        description:
          'The narration: 65 to 85 characters per photo (1 photo: 65–85, 3: 195–255, 9: 585–765). Letters, spaces and . , ! ? \' " - : ; ( ) only: spell numbers out.',
      }),
      backgroundMusic: t.boolean({ required: false, description: 'Ambient music mixed under the narration.' }),
      subtitle: t.field({ type: SubtitleInput, required: false, description: 'Word-level animated subtitles of the narration; none when omitted.' }),
      branding: t.field({ type: BrandingInput, required: false, description: 'Logo and text overlays; none when omitted.' }),
      testScenario: t.field({ type: TestScenarioEnum, required: false, description: 'Honoured with test keys only; ignored with live keys.' }),
    }),
  });

  createMutation('createPropertyVideo', {
    provider: id,
    type: PropertyVideoTask,
    input: CreatePropertyVideoInput,
    inputDescription: 'The photos, voice, script and options of the video.',
    description:
      "Starts a VibePeak property video. Returns the task at once (QUEUED); watch it with `Subscription.task`. Typically 3–5 minutes, longer with staging. Costs 10 credits, charged at creation and not refunded on failure (0 with a test key); the video is hosted for 7 days. An invalid input returns a ValidationError listing every broken rule and reaches no provider. If the provider's answer to the submit is lost (or the gateway stops before recording it), the task stays QUEUED with a SUBMIT_OUTCOME_UNKNOWN event in its history and the idempotency key bound to it: it is never submitted twice, it continues once the provider reports it at the task's webhook URL, and it ends FAILED SUBMIT_OUTCOME_UNKNOWN (not retryable) at its deadline if the provider never does.",
    result: { union: 'PropertyVideoResult', success: 'CreatePropertyVideoSuccess', accepted: 'The property video was accepted.' },
  });

  addEstimateField({
    name: 'propertyVideo',
    input: CreatePropertyVideoInput,
    provider: id,
    description: 'Price a VibePeak property video: the input you would pass to `createPropertyVideo`.',
  });
}
