import type { FlythroughTask } from '../tasks/task.ts';
import { createFlythroughVideo } from '../resolvers/create-task.ts';
import { builder } from './builder.ts';
import { ofKind } from '../resolvers/global-id.ts';
import { FlythroughStyleEnum } from './enums.ts';
import { createResultOptions, IDEMPOTENCY_KEY_DESCRIPTION } from './errors.ts';
import { GenerationTask } from './task.ts';

export const FlythroughVideoTask = builder.loadableNode('FlythroughVideoTask', {
  description: 'A Room AI 3D flythrough of one room photo. Costs 10 tokens, charged only on success.',
  interfaces: [GenerationTask],
  id: { resolve: (task: FlythroughTask) => task.id },
  isTypeOf: (value) => (value as FlythroughTask).kind === 'FLYTHROUGH_VIDEO',
  load: async (ids: string[], ctx) => (await ctx.loadTask.loadMany(ids)).map((t) => (t instanceof Error ? t : ofKind(t, 'FLYTHROUGH_VIDEO'))),
  fields: (t) => ({
    photoUrl: t.field({ type: 'URL', resolve: (task) => task.input.photoUrl, description: 'The room photo it was made from.' }),
    style: t.field({
      type: FlythroughStyleEnum,
      nullable: true,
      resolve: (task) => task.input.style ?? null,
      description: 'The design style requested; null when none was.',
    }),
    prompt: t.string({
      nullable: true,
      resolve: (task) => task.input.prompt ?? null,
      description: 'The instructions sent with the photo; null when none were.',
    }),
  }),
});

export const CreateFlythroughVideoInput = builder.inputType('CreateFlythroughVideoInput', {
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

builder.mutationField('createFlythroughVideo', (t) =>
  t.field({
    type: FlythroughVideoTask,
    description:
      "Starts a Room AI flythrough. Returns the task at once (QUEUED); watch it with `Subscription.task`. Takes up to 2–3 minutes. Costs 10 tokens, charged only on success; the video is hosted for 30 days. An invalid input returns a ValidationError listing every broken rule and reaches no provider. If the provider's answer to the submit is lost after sending, the task comes back FAILED with error code SUBMIT_OUTCOME_UNKNOWN (it may have started and be charged) and the idempotency key stays bound to it.",
    errors: createResultOptions('FlythroughVideoResult', 'CreateFlythroughVideoSuccess', 'The flythrough was accepted.'),
    args: {
      input: t.arg({ type: CreateFlythroughVideoInput, required: true, description: 'The room photo, and optionally a style and instructions.' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: (_, { input, idempotencyKey }, ctx) => createFlythroughVideo(ctx, input, idempotencyKey) as Promise<FlythroughTask>,
  }),
);
