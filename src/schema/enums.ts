import { PROVIDERS } from '../providers/index.ts';
import { builder } from './builder.ts';

/**
 * A GraphQL enum whose internal values are a provider's own spellings, so resolvers hand inputs
 * to the provider's client unchanged. Names are the spellings upper-cased, e.g. `Mid-Century Modern`
 * becomes `MID_CENTURY_MODERN` and `top-left` becomes `TOP_LEFT`. `descriptions` gives every value
 * its description, keyed by the provider's spelling (the type demands one for each value).
 */
export function enumOf<const T extends readonly string[]>(name: string, description: string, values: T, descriptions: Record<T[number], string>) {
  const entries = Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), { value: v, description: descriptions[v as T[number]] }]));
  return builder.enumType(name, { description, values: entries as Record<string, { value: T[number]; description: string }> });
}

/** One value per registered provider (`providers/index.ts`). */
export const ProviderEnum = builder.enumType('Provider', {
  description: 'The AI provider that runs a generation.',
  values: Object.fromEntries(PROVIDERS.map((p) => [p.descriptor.id, { value: p.descriptor.id, description: p.description }])),
});

export const TaskStatusEnum = builder.enumType('TaskStatus', {
  description: 'Where a task is in its life, the same for every provider. SUCCEEDED, FAILED and CANCELLED are final.',
  values: {
    QUEUED: { value: 'QUEUED', description: 'Accepted, waiting to start.' },
    PROCESSING: { value: 'PROCESSING', description: 'The provider is generating the video.' },
    SUCCEEDED: { value: 'SUCCEEDED', description: 'Done: `video` is set.' },
    FAILED: { value: 'FAILED', description: 'Ended without a video: `error` says why.' },
    CANCELLED: {
      value: 'CANCELLED',
      description: "Cancelled by `cancelTask` while it waited in the gateway's queue: never sent to the provider, never charged.",
    },
  } as const,
});

/** One value per registered provider's kind. */
export const TaskKindEnum = builder.enumType('TaskKind', {
  description: 'What a task generates.',
  values: Object.fromEntries(PROVIDERS.map((p) => [p.descriptor.kind, { value: p.descriptor.kind, description: p.kindDescription }])),
});

/** The units the registered providers charge in. */
export const CostUnitEnum = builder.enumType('CostUnit', {
  description: 'What a provider charges in.',
  values: Object.fromEntries(PROVIDERS.map((p) => [p.descriptor.cost.unit, { value: p.descriptor.cost.unit, description: p.unitDescription }])),
});
