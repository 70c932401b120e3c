import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { WebhookDeliveryNotFoundError } from '../tasks/errors.ts';
import type { WebhookDelivery } from '../tasks/webhook-deliveries.ts';
import type { Context } from './context.ts';
import { decodeDeliveryId, decodeTaskId } from './global-id.ts';
import { checkForwardPage, decodeCursor, encodeCursor, MAX_PAGE, type PageArgs } from './task-queries.ts';

/**
 * `Query.webhookDeliveries`: a forward page of the caller's delivery log, newest first, of one task
 * with `taskId`. A task id that names none of the caller's tasks lists nothing.
 */
export function listWebhookDeliveries(ctx: Context, args: PageArgs, taskGlobalId: string | null | undefined) {
  checkForwardPage('webhookDeliveries', args);
  const taskId = taskGlobalId == null ? null : (decodeTaskId(taskGlobalId)?.uuid ?? '');
  return resolveCursorConnection(
    { args: { ...args, first: args.first ?? 20 }, defaultSize: 20, maxSize: MAX_PAGE, toCursor: (d: WebhookDelivery) => encodeCursor(d) },
    async ({ after, limit }: ResolveCursorConnectionArgs) => {
      if (taskId === '') return [];
      const cursor = after ? decodeCursor(after) : null;
      return (await ctx.tasks.webhookDeliveries(ctx.client.name, taskId, limit, cursor)).deliveries;
    },
  );
}

/** One of the caller's deliveries by its uuid (`node(id)`); null when there is none for it. */
export function loadWebhookDelivery(ctx: Context, uuid: string): Promise<WebhookDelivery | null> {
  return ctx.tasks.webhookDelivery(ctx.client.name, uuid);
}

/** `Mutation.redeliverWebhook`: queues one of the caller's deliveries again. A missing one's error names the id the client sent. */
export async function redeliverWebhook(ctx: Context, globalId: string): Promise<WebhookDelivery> {
  const uuid = decodeDeliveryId(globalId);
  if (!uuid) throw new WebhookDeliveryNotFoundError(globalId);
  return ctx.tasks.redeliverWebhook(ctx.client.name, uuid).catch((err: unknown) => {
    throw err instanceof WebhookDeliveryNotFoundError ? new WebhookDeliveryNotFoundError(globalId) : err;
  });
}
