import { ProviderRejectedError, ProviderUnavailableError, TaskNotFoundError } from '../tasks/errors.ts';
import type { Task, TaskCost, TaskEvent } from '../tasks/task.ts';
import type { PresentedVideo } from '../media/outputs.ts';
import type { TaskFailure } from '../tasks/provider.ts';
import { typenameOfKind } from '../resolvers/global-id.ts';
import { MAX_PAGE, listTasks, readTask, refreshTask } from '../resolvers/task-queries.ts';
import { taskUpdates, tasksUpdates } from '../resolvers/task-subscriptions.ts';
import { builder } from './builder.ts';
import { CostUnitEnum, ProviderEnum, TaskKindEnum, TaskStatusEnum } from './enums.ts';

export const GenerationTask = builder.interfaceRef<Task>('GenerationTask');

const ProgressRef = builder.objectRef<Pick<Task, 'progress' | 'progressEstimated'>>('Progress').implement({
  description: 'How far a task has come.',
  fields: (t) => ({
    fraction: t.float({ description: 'From 0 to 1; never moves backwards.', resolve: (p) => p.progress ?? 0 }),
    estimated: t.boolean({
      description:
        'True when the gateway estimated it (from queue position and elapsed time); false when the provider reported it. Tasks of providers that report no progress are estimated until they succeed.',
      resolve: (p) => p.progressEstimated,
    }),
  }),
});

const ChargedWhenEnum = builder.enumType('ChargedWhen', {
  description: 'When a provider takes its charge.',
  values: {
    ON_SUCCESS: { description: 'Only when the video is delivered.' },
    ON_CREATION: { description: 'When the task is accepted, whatever its outcome.' },
  } as const,
});

export const CostRef = builder.objectRef<TaskCost & { charged?: boolean | undefined }>('Cost').implement({
  description: 'What a generation costs at the provider.',
  fields: (t) => ({
    amount: t.exposeInt('amount', { description: 'In `unit`. Zero for tasks of test keys that the provider does not charge.' }),
    unit: t.field({ type: CostUnitEnum, resolve: (c) => c.unit, description: "The provider's unit: see `CostUnit`." }),
    chargedWhen: t.field({
      type: ChargedWhenEnum,
      resolve: (c) => c.chargedWhen,
      description: 'When the provider charges: on delivery only, or when the task is accepted (kept if it fails).',
    }),
    refundedOnFailure: t.exposeBoolean('refundedOnFailure', { description: 'Whether a failed task costs nothing.' }),
    charged: t.boolean({
      nullable: true,
      description: 'For a task: whether the provider has charged it so far. Null for an estimate.',
      resolve: (c) => c.charged ?? null,
    }),
  }),
});

export const VideoRef = builder.objectRef<PresentedVideo>('Video').implement({
  description:
    "The generated video. The gateway keeps its own copy: `url` and `coverImageUrl` are the gateway's links, which work from the moment the task succeeds (relaying the provider's file until the copy is made) until `expiresAt`, long after the provider's own links (`providerUrl`, until `providerExpiresAt`) are gone.",
  fields: (t) => ({
    url: t.field({
      type: 'URL',
      resolve: (v) => v.url,
      description: "The MP4, playable in a browser, on the gateway's own host (a signed URL: use it as it is). Answers byte ranges, so players can seek.",
    }),
    coverImageUrl: t.field({
      type: 'URL',
      nullable: true,
      resolve: (v) => v.coverImageUrl,
      description: "A still for the player, when the provider makes one: the gateway's copy, like `url`.",
    }),
    durationSeconds: t.exposeFloat('durationSeconds', {
      nullable: true,
      description: 'Length in seconds, when the provider says.',
    }),
    resolution: t.exposeString('resolution', { nullable: true, description: 'E.g. `1080p`, when the provider says.' }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (v) => v.expiresAt,
      description:
        "After this `url` and `coverImageUrl` no longer work: the end of the gateway's retention of its copy (`MEDIA_RETENTION_DAYS` after the task succeeded). Null when copies are kept for good.",
    }),
  }),
});

const TaskErrorRef = builder.objectRef<TaskFailure>('TaskError').implement({
  description: 'Why a task failed.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'Normalized failure code. From the provider: GENERATION_FAILED, IMAGE_PROCESSING_FAILED and other provider failure codes passed through. From the gateway: PROVIDER_TIMEOUT (the provider did not finish before the deadline), PROVIDER_LOST_TASK (the provider no longer knows the task), SUBMIT_OUTCOME_UNKNOWN (the provider never answered the submit, because the answer was lost or the gateway stopped, and never reported the task by its deadline: it may exist and be charged; check with the provider before submitting again; not retryable).',
    }),
    message: t.exposeString('message', { description: 'For people; safe to show to end users.' }),
    providerCode: t.exposeString('providerCode', { nullable: true, description: "The provider's own code, when it gave one." }),
    retryable: t.exposeBoolean('retryable', { description: 'Whether submitting the same input again may succeed.' }),
  }),
});

const EventSourceEnum = builder.enumType('EventSource', {
  description: 'How the gateway learned of a change.',
  values: {
    SUBMIT: { description: "The provider's answer to the submit." },
    POLL: { description: 'A scheduled status read.' },
    WEBHOOK: { description: 'A notification from the provider.' },
    REFRESH: { description: 'A `refreshTask` mutation.' },
    DEADLINE: { description: 'The provider did not finish in time; the gateway ended the task.' },
    RECOVERY: { description: 'Found at start-up: the submit was interrupted or the provider lost the task.' },
    QUEUE: {
      description:
        "The gateway's own queue in front of the provider account: the task waits for a free slot (detail WAITING_FOR_PROVIDER_SLOT), or went back to wait after the provider answered it was busy (PROVIDER_AT_CAPACITY, PROVIDER_RATE_LIMITED, PROVIDER_UNAVAILABLE).",
    },
    CANCEL: { description: 'A `cancelTask` mutation, while the task still waited in our queue.' },
  } as const,
});

const TaskEventRef = builder.objectRef<TaskEvent>('TaskEvent').implement({
  description: 'One status change.',
  fields: (t) => ({
    status: t.field({ type: TaskStatusEnum, resolve: (e) => e.status, description: 'The status the task moved to.' }),
    source: t.field({ type: EventSourceEnum, resolve: (e) => e.source, description: 'How the gateway learned of the change.' }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at, description: 'When the gateway recorded the change.' }),
    detail: t.exposeString('detail', { nullable: true, description: 'E.g. the error code of a failure.' }),
  }),
});

GenerationTask.implement({
  description: 'One video generation, in one status model whichever provider runs it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (task) => typenameOfKind(task.kind),
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (task) => task.provider, description: 'The provider that runs it.' }),
    kind: t.field({
      type: TaskKindEnum,
      resolve: (task) => task.kind,
      description: 'What it generates; each kind has its own task type (see `TaskKind`).',
    }),
    status: t.field({ type: TaskStatusEnum, resolve: (task) => task.status, description: 'Where it is now. SUCCEEDED, FAILED and CANCELLED are final.' }),
    version: t.exposeInt('version', {
      description: 'Bumped by every change. Pass the last one you received as `afterVersion` when you subscribe again after a reconnect.',
    }),
    livemode: t.exposeBoolean('livemode', { description: 'False for provider test keys and the sandbox test keys: no charge, a sample video.' }),
    progress: t.field({
      type: ProgressRef,
      nullable: true,
      description: 'Null until the first status is known.',
      resolve: (task) => (task.progress === null ? null : task),
    }),
    queuePosition: t.exposeInt('queuePosition', {
      nullable: true,
      description:
        "While QUEUED: first its place in the gateway's own queue while it waits for a free slot of the provider account (1 = next), then the provider's own position when the provider gives one.",
    }),
    submittedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (task) => task.submittedAt ?? null,
      description:
        "When the provider accepted it; null while it waits in the gateway's queue. `submittedAt - createdAt` is the time spent waiting for us, `completedAt - submittedAt` the time at the provider.",
    }),
    estimatedCompletionAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (task) => task.estimatedCompletionAt,
      description: "The provider's estimate, when it gives one.",
    }),
    cost: t.field({
      type: CostRef,
      resolve: (task) => ({ ...task.cost, charged: task.charged }),
      description: 'What it costs at the provider, and whether it has been charged so far.',
    }),
    video: t.field({ type: VideoRef, nullable: true, description: 'Set once SUCCEEDED.', resolve: (task, _, ctx) => ctx.media.presentVideo(task) }),
    error: t.field({ type: TaskErrorRef, nullable: true, description: 'Set once FAILED.', resolve: (task) => task.error }),
    createdAt: t.field({ type: 'DateTime', resolve: (task) => task.createdAt, description: 'When the gateway received the request.' }),
    updatedAt: t.field({ type: 'DateTime', resolve: (task) => task.updatedAt, description: 'When any field last changed.' }),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (task) => task.startedAt, description: 'When processing started, as far as we know.' }),
    completedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (task) => task.completedAt,
      description: 'When it ended (SUCCEEDED, FAILED or CANCELLED); null while it runs.',
    }),
    history: t.field({ type: [TaskEventRef], description: 'Every status change, oldest first.', resolve: (task) => task.history }),
    callbackUrl: t.field({
      type: 'URL',
      nullable: true,
      resolve: (task) => task.callbackUrl ?? null,
      description: "Where this task's webhooks go instead of your client's endpoint, as given at creation; null when they go to the endpoint (or nowhere).",
    }),
  }),
});

const TaskFilterInput = builder.inputType('TaskFilter', {
  description: 'Narrows a task list; all given fields must match.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, required: false, description: 'Only tasks run by this provider.' }),
    status: t.field({ type: [TaskStatusEnum], required: false, description: 'Any of these statuses.' }),
    kind: t.field({ type: TaskKindEnum, required: false, description: 'Only tasks of this kind.' }),
  }),
});

builder.queryFields((t) => ({
  task: t.field({
    type: GenerationTask,
    nullable: true,
    description: 'One of your tasks by id; null when there is none for you.',
    args: { id: t.arg.id({ required: true, description: "The task's global `id`." }) },
    resolve: (_, { id }, ctx) => readTask(ctx, String(id)),
  }),
  tasks: t.connection(
    {
      type: GenerationTask,
      description: `Your tasks, newest first. Forward pagination: \`first\` (at most ${MAX_PAGE}, default 20) and \`after\`.`,
      args: { filter: t.arg({ type: TaskFilterInput, required: false, description: 'Only tasks matching all given fields; all your tasks when omitted.' }) },
      resolve: (_, args, ctx) => listTasks(ctx, args, args.filter),
    },
    { name: 'TaskConnection', description: 'A page of tasks.' },
    { name: 'TaskEdge', description: 'One task in a page of tasks, with its cursor.' },
  ),
}));

builder.mutationField('refreshTask', (t) =>
  t.field({
    type: GenerationTask,
    description: "Reads the provider's state of a task now instead of at the next scheduled poll.",
    errors: {
      types: [TaskNotFoundError, ProviderUnavailableError, ProviderRejectedError],
      union: {
        name: 'RefreshTaskResult',
        description: 'What refreshTask returns: `RefreshTaskSuccess` with the task, or one of the errors (all implement `Error`). Switch on `__typename`.',
      },
      result: { name: 'RefreshTaskSuccess', description: 'The task as the provider reports it now.' },
      dataField: {
        name: 'task',
        description:
          'The task after a fresh read of the provider. A task that already ended, or was read within the last second or so (concurrent refreshes share one read), is returned as stored.',
      },
    },
    args: { id: t.arg.id({ required: true, description: "The task's global `id`." }) },
    resolve: (_, { id }, ctx) => refreshTask(ctx, String(id)),
  }),
);

builder.subscriptionFields((t) => ({
  task: t.field({
    type: GenerationTask,
    description: 'The task as it is now, then again on every change; completes after it ends (SUCCEEDED, FAILED or CANCELLED).',
    args: {
      id: t.arg.id({ required: true, description: "The task's global `id`." }),
      afterVersion: t.arg.int({
        required: false,
        description:
          'To resume after a reconnect: the last `version` you received. The current state is then sent only if it is newer (it carries every change made meanwhile), then live changes.',
      }),
    },
    subscribe: (_, { id, afterVersion }, ctx) => taskUpdates(ctx, String(id), afterVersion ?? null),
    resolve: (task) => task,
  }),
  tasks: t.field({
    type: GenerationTask,
    description: 'Every change to any of your tasks that matches the filter.',
    args: {
      filter: t.arg({
        type: TaskFilterInput,
        required: false,
        description: 'Only changes to tasks matching all given fields; every task of yours when omitted.',
      }),
      since: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'To resume after a reconnect: the `updatedAt` of the last change you received. Every change stored after it (each task as it is now) is sent first, then live changes.',
      }),
    },
    subscribe: (_, { filter, since }, ctx) => tasksUpdates(ctx, filter ?? {}, since ?? null),
    resolve: (task) => task,
  }),
}));
