import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { WebhookAnswer, WebhookIntake } from '../tasks/webhook-intake.ts';
import { BodyTooLargeError, readBody, sendJson } from './http-util.ts';
import type { Metrics } from './metrics.ts';

/**
 * The provider webhook routes, `POST /webhooks/vibepeak` and `POST /webhooks/roomai/:token`: read
 * the body, hand it to the intake (`tasks/webhook-intake.ts`, which decides), write its answer.
 */
export function createWebhookHandler(intake: WebhookIntake, log: Logger, metrics: Metrics) {
  /** Routes `/webhooks/...`; returns false for a path that is not a webhook. */
  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const roomaiMatch = /^\/webhooks\/roomai\/([A-Za-z0-9_-]{1,128})$/.exec(path);
    if (path !== '/webhooks/vibepeak' && !roomaiMatch) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });
      return true;
    }
    const provider = roomaiMatch ? 'ROOM_AI' : 'VIBEPEAK';
    try {
      const body = await readBody(req);
      const result: WebhookAnswer = roomaiMatch
        ? await intake.roomai(roomaiMatch[1]!, body)
        : await intake.vibepeak({ signature: header(req, 'x-vibepeak-signature'), timestamp: header(req, 'x-vibepeak-timestamp') }, body);
      metrics.webhooks.inc({ provider, outcome: result.outcome });
      sendJson(res, result.status, result.body);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: 'body too large' });
        return true;
      }
      log.error('webhook failed', { path: roomaiMatch ? '/webhooks/roomai/:token' : path, err });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    }
    return true;
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
