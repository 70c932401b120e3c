import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { TaskService } from '../tasks/service.ts';
import type { Metrics } from './metrics.ts';
import { UpstreamError, UpstreamMalformedResponseError } from '../upstream/errors.ts';
import { TERMINAL_STATUSES } from '../upstream/snapshot.ts';
import { WebhookRejectedError } from '../upstream/vibepeak/client.ts';
import { BodyTooLargeError, readBody, sendJson } from './http-util.ts';

/**
 * Provider webhooks. They make completion arrive at once; polling stays the fallback, so a
 * delivery we refuse or miss only costs time. Every accepted delivery goes through
 * `TaskService.apply`, so duplicates and replays change nothing.
 */
export function createWebhookHandler(tasks: TaskService, log: Logger, metrics: Metrics) {
  async function vibepeak(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const secret = tasks.providers.vibepeakWebhookSecret;
    if (!secret) return sendJson(res, 404, { error: 'VibePeak webhooks are not configured (VIBEPEAK_WEBHOOK_SECRET)' });
    const body = await readBody(req);
    let event: ReturnType<typeof tasks.providers.vibepeak.parseWebhook>;
    try {
      event = tasks.providers.vibepeak.parseWebhook(
        secret,
        { signature: header(req, 'x-vibepeak-signature'), timestamp: header(req, 'x-vibepeak-timestamp') },
        body,
      );
    } catch (err) {
      if (!(err instanceof WebhookRejectedError)) throw err;
      metrics.webhooks.inc({ provider: 'VIBEPEAK', outcome: 'rejected' });
      log.warn('webhook rejected', { provider: 'VIBEPEAK', reason: err.reason });
      return sendJson(res, err.reason === 'malformed' ? 400 : 401, { error: `rejected: ${err.reason}` });
    }
    const stored = await tasks.store.findByProviderRef('VIBEPEAK', event.providerRef);
    if (!stored) {
      // A task of another gateway on the same key, or one we never recorded: acknowledge so it is not retried.
      metrics.webhooks.inc({ provider: 'VIBEPEAK', outcome: 'unknown_task' });
      return sendJson(res, 200, { ok: true, applied: false });
    }
    const before = stored.task.version;
    const task = await tasks.apply(stored, event.snapshot, 'WEBHOOK', { nextPollAt: stored.runtime.nextPollAt });
    metrics.webhooks.inc({ provider: 'VIBEPEAK', outcome: task.version > before ? 'applied' : 'duplicate' });
    sendJson(res, 200, { ok: true, applied: task.version > before });
  }

  async function roomai(req: IncomingMessage, res: ServerResponse, token: string): Promise<void> {
    const body = await readBody(req);
    const stored = token.length >= 16 ? await tasks.store.findByWebhookToken(token) : null;
    if (!stored?.task.providerRef) {
      metrics.webhooks.inc({ provider: 'ROOM_AI', outcome: 'rejected' });
      return sendJson(res, 404, { error: 'unknown webhook' });
    }
    let event: ReturnType<typeof tasks.providers.roomai.parseWebhook>;
    try {
      event = tasks.providers.roomai.parseWebhook(body);
    } catch (err) {
      if (!(err instanceof UpstreamMalformedResponseError)) throw err;
      metrics.webhooks.inc({ provider: 'ROOM_AI', outcome: 'rejected' });
      return sendJson(res, 400, { error: 'not a Room AI result' });
    }
    if (event.providerRef !== stored.task.providerRef) {
      metrics.webhooks.inc({ provider: 'ROOM_AI', outcome: 'rejected' });
      return sendJson(res, 400, { error: 'processing_url does not match this webhook' });
    }
    // A finished task takes no more changes: acknowledge a repeat delivery without asking the provider.
    if (TERMINAL_STATUSES.has(stored.task.status)) {
      metrics.webhooks.inc({ provider: 'ROOM_AI', outcome: 'duplicate' });
      return sendJson(res, 200, { ok: true, applied: false });
    }
    // Unsigned: the body is a hint. The provider's own status endpoint decides what is applied.
    const before = stored.task.version;
    try {
      const snapshot = await tasks.providers.roomai.fetchStatus(stored.task.providerRef);
      const task = await tasks.apply(stored, snapshot, 'WEBHOOK', { nextPollAt: stored.runtime.nextPollAt });
      metrics.webhooks.inc({ provider: 'ROOM_AI', outcome: task.version > before ? 'applied' : 'duplicate' });
      sendJson(res, 200, { ok: true, applied: task.version > before });
    } catch (err) {
      if (!(err instanceof UpstreamError)) throw err;
      // Could not confirm now: the poller will. Ask the provider to retry later too.
      log.warn('webhook not confirmed', { provider: 'ROOM_AI', taskId: stored.task.id, code: err.code });
      sendJson(res, 503, { error: 'could not confirm the result; retry later' });
    }
  }

  /** Routes `/webhooks/...`; returns false for a path that is not a webhook. */
  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const roomaiMatch = /^\/webhooks\/roomai\/([A-Za-z0-9_-]{1,128})$/.exec(path);
    if (path !== '/webhooks/vibepeak' && !roomaiMatch) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });
      return true;
    }
    try {
      if (roomaiMatch) await roomai(req, res, roomaiMatch[1]!);
      else await vibepeak(req, res);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: 'body too large' });
        return true;
      }
      log.error('webhook failed', { path: path.startsWith('/webhooks/roomai/') ? '/webhooks/roomai/:token' : path, err });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    }
    return true;
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
