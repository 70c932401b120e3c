import { ROOMAI_STYLES } from '../upstream/roomai/wire.ts';
import {
  ELEMENT_POSITIONS,
  MODIFICATION_MODES,
  ROOM_TYPES,
  SUBTITLE_POSITIONS,
  SUBTITLE_PRESETS,
  TEST_SCENARIOS,
} from '../upstream/vibepeak/input.ts';
import { builder } from './builder.ts';

/**
 * GraphQL enums whose internal values are the providers' own spellings, so resolvers hand inputs
 * to the upstream layer unchanged. Names are the spellings upper-cased, e.g. `Mid-Century Modern`
 * becomes `MID_CENTURY_MODERN` and `top-left` becomes `TOP_LEFT`.
 */
function enumOf<const T extends readonly string[]>(name: string, description: string, values: T) {
  const entries = Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), { value: v }]));
  return builder.enumType(name, { description, values: entries as Record<string, { value: T[number] }> });
}

export const ProviderEnum = builder.enumType('Provider', {
  description: 'The AI provider that runs a generation.',
  values: {
    ROOM_AI: { value: 'ROOM_AI', description: 'Room AI "Video AI": one room photo to a 3D flythrough video.' },
    VIBEPEAK: { value: 'VIBEPEAK', description: 'VibePeak "Living Property Video": 1 to 9 photos to a narrated, staged video.' },
  } as const,
});

export const TaskStatusEnum = builder.enumType('TaskStatus', {
  description: 'Where a task is in its life, the same for every provider. SUCCEEDED and FAILED are final.',
  values: {
    QUEUED: { value: 'QUEUED', description: 'Accepted, waiting to start.' },
    PROCESSING: { value: 'PROCESSING', description: 'The provider is generating the video.' },
    SUCCEEDED: { value: 'SUCCEEDED', description: 'Done: `video` is set.' },
    FAILED: { value: 'FAILED', description: 'Ended without a video: `error` says why.' },
  } as const,
});

export const TaskKindEnum = builder.enumType('TaskKind', {
  description: 'What a task generates.',
  values: {
    FLYTHROUGH_VIDEO: { value: 'FLYTHROUGH_VIDEO', description: 'A Room AI flythrough of one room.' },
    PROPERTY_VIDEO: { value: 'PROPERTY_VIDEO', description: 'A VibePeak narrated property video.' },
  } as const,
});

export const FlythroughStyleEnum = enumOf('FlythroughStyle', 'A design style Room AI applies during the flythrough.', ROOMAI_STYLES);
export const RoomTypeEnum = enumOf('RoomType', 'What a property photo shows; helps the provider process it.', ROOM_TYPES);
export const ModificationModeEnum = enumOf(
  'ModificationMode',
  'How VibePeak treats the rooms: NO_MODIFY keeps them and adds people; CHANGE_DECORATION modernises furniture and decor; FURNISH furnishes empty rooms. The last two take longer.',
  MODIFICATION_MODES,
);
export const SubtitlePresetEnum = enumOf('SubtitlePreset', 'A ready-made subtitle look.', SUBTITLE_PRESETS);
export const SubtitlePositionEnum = enumOf('SubtitlePosition', 'Where subtitles sit on the frame.', SUBTITLE_POSITIONS);
export const ElementPositionEnum = enumOf('ElementPosition', 'Where a branding overlay sits on the frame.', ELEMENT_POSITIONS);
export const TestScenarioEnum = enumOf(
  'TestScenario',
  'With a VibePeak test key only: SUCCESS completes with a watermarked sample, FAIL fails with a public-safe error, SLOW completes noticeably later. Ignored with live keys.',
  TEST_SCENARIOS,
);
