import { ROOMAI_STYLES } from '../upstream/roomai/wire.ts';
import { ELEMENT_POSITIONS, MODIFICATION_MODES, ROOM_TYPES, SUBTITLE_POSITIONS, SUBTITLE_PRESETS, TEST_SCENARIOS } from '../upstream/vibepeak/input.ts';
import { builder } from './builder.ts';

/**
 * GraphQL enums whose internal values are the providers' own spellings, so resolvers hand inputs
 * to the upstream layer unchanged. Names are the spellings upper-cased, e.g. `Mid-Century Modern`
 * becomes `MID_CENTURY_MODERN` and `top-left` becomes `TOP_LEFT`. `descriptions` gives every value
 * its description, keyed by the provider's spelling (the type demands one for each value).
 */
function enumOf<const T extends readonly string[]>(name: string, description: string, values: T, descriptions: Record<T[number], string>) {
  const entries = Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), { value: v, description: descriptions[v as T[number]] }]));
  return builder.enumType(name, { description, values: entries as Record<string, { value: T[number]; description: string }> });
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

export const FlythroughStyleEnum = enumOf('FlythroughStyle', 'A design style Room AI applies during the flythrough.', ROOMAI_STYLES, {
  Modern: 'Clean lines, neutral colours, current furniture.',
  Minimalist: 'Few pieces, uncluttered surfaces, a restrained palette.',
  Scandinavian: 'Light wood, white walls, soft textiles.',
  Industrial: 'Exposed brick, metal and raw materials.',
  'Mid-Century Modern': 'Organic shapes, tapered legs, 1950s–60s pieces.',
  Contemporary: 'Of the moment: mixed materials and bold accents.',
});
export const RoomTypeEnum = enumOf('RoomType', 'What a property photo shows; helps the provider process it.', ROOM_TYPES, {
  living_room: 'A living room or lounge.',
  kitchen: 'A kitchen.',
  bedroom: 'A bedroom.',
  bathroom: 'A bathroom.',
  dining_room: 'A dining room.',
  office: 'A home office or study.',
  exterior: 'The outside of the property: facade, garden, view.',
  other: 'Any other space.',
});
export const ModificationModeEnum = enumOf(
  'ModificationMode',
  'How VibePeak treats the rooms: NO_MODIFY keeps them and adds people; CHANGE_DECORATION modernises furniture and decor; FURNISH furnishes empty rooms. The last two take longer.',
  MODIFICATION_MODES,
  {
    no_modify: 'Keep the rooms as photographed and add realistic people. The default and the fastest.',
    change_decoration: 'Modernise the furniture and decor (virtual restyling). Takes longer.',
    furnish: 'Add furniture to empty rooms (virtual staging). Takes longer.',
  },
);
export const SubtitlePresetEnum = enumOf('SubtitlePreset', 'A ready-made subtitle look.', SUBTITLE_PRESETS, {
  classic: "The standard look (the preset shown in VibePeak's documentation).",
  bold: 'A heavier, more prominent look.',
  minimal: 'A lighter, less obtrusive look.',
  karaoke: 'Highlights each word as it is spoken.',
});
export const SubtitlePositionEnum = enumOf('SubtitlePosition', 'Where subtitles sit on the frame.', SUBTITLE_POSITIONS, {
  top: 'Along the top edge.',
  center: 'In the middle of the frame.',
  bottom: 'Along the bottom edge.',
});
export const ElementPositionEnum = enumOf('ElementPosition', 'Where a branding overlay sits on the frame.', ELEMENT_POSITIONS, {
  'top-left': 'The top-left corner.',
  'top-right': 'The top-right corner.',
  'bottom-left': 'The bottom-left corner.',
  'bottom-right': 'The bottom-right corner.',
  center: 'The middle of the frame.',
});
export const TestScenarioEnum = enumOf(
  'TestScenario',
  'With a VibePeak test key only: SUCCESS completes with a watermarked sample, FAIL fails with a public-safe error, SLOW completes noticeably later. Ignored with live keys.',
  TEST_SCENARIOS,
  {
    success: 'The task completes with a watermarked sample video. The default.',
    fail: 'The task fails with a sanitised, public-safe error, to exercise your failure handling.',
    slow: 'Like SUCCESS, but noticeably later: to exercise progress and waiting.',
  },
);
