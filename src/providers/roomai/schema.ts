import type { ProviderSchemaApi } from '../../schema/provider-api.ts';
import type { ProviderDescriptor } from '../../tasks/provider.ts';
import type { Task } from '../../tasks/task.ts';
import type { FlythroughInput } from './input.ts';
import { ROOMAI_STYLES } from './wire.ts';

/** Room AI's part of the schema: `FlythroughVideoTask`, its input, `createFlythroughVideo`, and the styles enum. */
export function defineSchema(
  { builder, enumOf, taskNode, createMutation, addEstimateField }: ProviderSchemaApi,
  { id, kind }: ProviderDescriptor<FlythroughInput>,
): void {
  const FlythroughStyleEnum = enumOf('FlythroughStyle', 'A design style Room AI applies during the flythrough.', ROOMAI_STYLES, {
    Modern: 'Clean lines, neutral colours, current furniture.',
    Minimalist: 'Few pieces, uncluttered surfaces, a restrained palette.',
    Scandinavian: 'Light wood, white walls, soft textiles.',
    Industrial: 'Exposed brick, metal and raw materials.',
    'Mid-Century Modern': 'Organic shapes, tapered legs, 1950s–60s pieces.',
    Contemporary: 'Of the moment: mixed materials and bold accents.',
  });

  const FlythroughVideoTask = taskNode<FlythroughInput>('FlythroughVideoTask', {
    kind,
    description: 'A Room AI 3D flythrough of one room photo. Costs 10 tokens, charged only on success.',
    fields: (t) => ({
      photoUrl: t.field({ type: 'URL', resolve: (task: Task<FlythroughInput>) => task.input.photoUrl, description: 'The room photo it was made from.' }),
      style: t.field({
        type: FlythroughStyleEnum,
        nullable: true,
        resolve: (task: Task<FlythroughInput>) => task.input.style ?? null,
        description: 'The design style requested; null when none was.',
      }),
      prompt: t.string({
        nullable: true,
        resolve: (task: Task<FlythroughInput>) => task.input.prompt ?? null,
        description: 'The instructions sent with the photo; null when none were.',
      }),
    }),
  });

  const CreateFlythroughVideoInput = builder.inputType('CreateFlythroughVideoInput', {
    description: 'One room photo and, optionally, a style and instructions.',
    fields: (t) => ({
      photoUrl: t.field({
        type: 'URL',
        required: true,
        description: 'A public http(s) URL of the room photo. Wide-angle photos give more dramatic flythroughs.',
      }),
      style: t.field({ type: FlythroughStyleEnum, required: false, description: 'A design style applied during the flythrough.' }),
      prompt: t.string({ required: false, description: 'Free-text instructions, e.g. "cinematic walkthrough with warm lighting". At most 1000 characters.' }),
    }),
  });

  createMutation('createFlythroughVideo', {
    provider: id,
    type: FlythroughVideoTask,
    input: CreateFlythroughVideoInput,
    inputDescription: 'The room photo, and optionally a style and instructions.',
    description:
      "Starts a Room AI flythrough. Returns the task at once (QUEUED); watch it with `Subscription.task`. Takes up to 2–3 minutes. Costs 10 tokens, charged only on success; the video is hosted for 30 days. An invalid input returns a ValidationError listing every broken rule and reaches no provider. If the provider's answer to the submit is lost (or the gateway stops before recording it), the task stays QUEUED with a SUBMIT_OUTCOME_UNKNOWN event in its history and the idempotency key bound to it: it is never submitted twice, it continues once the provider reports it at the task's webhook URL, and it ends FAILED SUBMIT_OUTCOME_UNKNOWN (not retryable) at its deadline if the provider never does.",
    result: { union: 'FlythroughVideoResult', success: 'CreateFlythroughVideoSuccess', accepted: 'The flythrough was accepted.' },
  });

  addEstimateField({
    name: 'flythroughVideo',
    input: CreateFlythroughVideoInput,
    provider: id,
    description: 'Price a Room AI flythrough: the input you would pass to `createFlythroughVideo`.',
  });
}
