import { WEBHOOK_DELIVERY_TYPENAME } from '../resolvers/global-id.ts';
import { listWebhookDeliveries, loadWebhookDelivery, redeliverWebhook } from '../resolvers/webhook-deliveries.ts';
import { WebhookDeliveryNotFoundError } from '../tasks/errors.ts';
import { type WebhookDelivery, webhookIdOf } from '../tasks/webhook-deliveries.ts';
import { builder } from './builder.ts';
import { ErrorInterface } from './errors.ts';
import { GenerationTask } from './task.ts';

const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'What a webhook tells: the `type` of its body.',
  values: {
    TASK_UPDATED: { value: 'task.updated', description: '`task.updated`: the task changed status and still runs (QUEUED → PROCESSING).' },
    TASK_SUCCEEDED: { value: 'task.succeeded', description: '`task.succeeded`: the task ended with its video.' },
    TASK_FAILED: { value: 'task.failed', description: '`task.failed`: the task ended without a video; `data.error` says why.' },
    TASK_CANCELLED: { value: 'task.cancelled', description: "`task.cancelled`: the task was cancelled while it waited in the gateway's queue; never charged." },
  } as const,
});

const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a webhook delivery is.',
  values: {
    PENDING: { value: 'PENDING', description: 'Waiting for its next attempt (`nextAttemptAt`), or being sent now.' },
    DELIVERED: { value: 'DELIVERED', description: 'Your endpoint answered 2xx.' },
    FAILED: {
      value: 'FAILED',
      description: 'Every attempt failed (or the URL was refused): no more are made. Fix the endpoint, then `redeliverWebhook`.',
    },
  } as const,
});

const WebhookDeliveryRef = builder.objectRef<WebhookDelivery>(WEBHOOK_DELIVERY_TYPENAME);

builder.node(WebhookDeliveryRef, {
  description:
    'One webhook sent to your backend for one change of one of your tasks, and every attempt to deliver it. Signed the Standard Webhooks way with your client secret; retried with backoff until your endpoint answers 2xx.',
  id: { resolve: (d) => d.id, description: 'Global id: opaque and stable; pass it to `redeliverWebhook(id)` or `node(id)`.' },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'eventType' in value && 'payload' in value,
  loadOne: (id, ctx) => loadWebhookDelivery(ctx, id),
  fields: (t) => ({
    webhookId: t.string({
      resolve: (d) => webhookIdOf(d),
      description:
        'The `webhook-id` header of every attempt, retries and redeliveries included: a receiver that has seen it already should answer 2xx and do nothing.',
    }),
    eventType: t.field({ type: WebhookEventTypeEnum, resolve: (d) => d.eventType, description: "What it tells (the body's `type`)." }),
    task: t.field({
      type: GenerationTask,
      nullable: true,
      resolve: (d, _, ctx) => ctx.loadTask.load(d.taskId),
      description: 'The task it is about, as it is now (the body holds it as it was at the change).',
    }),
    url: t.field({ type: 'URL', resolve: (d) => d.url, description: "Where it is sent: the task's `callbackUrl`, else your client's endpoint." }),
    payload: t.string({
      resolve: (d) => d.payload,
      description: 'The JSON body, exactly as sent (the same bytes on every attempt): `{ type, timestamp, data }`.',
    }),
    status: t.field({ type: WebhookDeliveryStatusEnum, resolve: (d) => d.status, description: 'PENDING, DELIVERED or FAILED.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far, redeliveries included.' }),
    lastResponseStatus: t.exposeInt('lastResponseStatus', {
      nullable: true,
      description: 'The HTTP status of the last answer; null when no answer came (see `lastError`) or before the first attempt.',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed (e.g. `connection refused`, `no answer in time`, `the endpoint answered HTTP 500`); null after a success.',
    }),
    lastAttemptAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.lastAttemptAt, description: 'When the last attempt ended.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
      description: 'While PENDING: when the next attempt is due. Null once DELIVERED or FAILED.',
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt, description: 'When the change was recorded and the delivery queued.' }),
    deliveredAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (d) => d.deliveredAt,
      description: 'When your endpoint last answered 2xx; null until then.',
    }),
  }),
});

builder.objectType(WebhookDeliveryNotFoundError, {
  name: 'WebhookDeliveryNotFoundError',
  description: 'No webhook delivery with this id exists for you.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeID('id', { description: 'The id that was asked for.' }) }),
});

builder.queryField('webhookDeliveries', (t) =>
  t.connection(
    {
      type: WebhookDeliveryRef,
      description:
        'The log of webhooks sent to your backend, newest first: each change of your tasks that was sent (or is being sent), with its attempts. Forward pagination: `first` (at most 100, default 20) and `after`. Kept for 30 days by default.',
      args: {
        taskId: t.arg.id({ required: false, description: "Only this task's deliveries (its global `id`); all of yours when omitted." }),
      },
      resolve: (_, args, ctx) => listWebhookDeliveries(ctx, args, args.taskId == null ? null : String(args.taskId)),
    },
    { name: 'WebhookDeliveryConnection', description: 'A page of webhook deliveries.' },
    { name: 'WebhookDeliveryEdge', description: 'One webhook delivery in a page, with its cursor.' },
  ),
);

builder.mutationField('redeliverWebhook', (t) =>
  t.field({
    type: WebhookDeliveryRef,
    description:
      'Sends one of your webhook deliveries again, whatever its status: queued at once, with the same `webhook-id` and body (a fresh signature and timestamp) and a fresh retry schedule.',
    errors: {
      types: [WebhookDeliveryNotFoundError],
      union: {
        name: 'RedeliverWebhookResult',
        description:
          'What redeliverWebhook returns: `RedeliverWebhookSuccess` with the delivery, or `WebhookDeliveryNotFoundError` (implements `Error`). Switch on `__typename`.',
      },
      result: { name: 'RedeliverWebhookSuccess', description: 'The delivery was queued again.' },
      dataField: { name: 'delivery', description: 'The delivery, PENDING and due now. Follow it in `webhookDeliveries` or with `node(id)`.' },
    },
    args: { id: t.arg.id({ required: true, description: "The delivery's global `id`, from `webhookDeliveries`." }) },
    resolve: (_, { id }, ctx) => redeliverWebhook(ctx, String(id)),
  }),
);
