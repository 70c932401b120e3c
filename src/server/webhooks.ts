import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { WebhookIntake } from '../tasks/webhook-intake.ts';
import { BodyTooLargeError, readBody, sendJson } from './http-util.ts';
import type { Metrics } from './metrics.ts';

/** `/webhooks/<provider slug>` and `/webhooks/<provider slug>/<token>`. */
const WEBHOOK_PATH = /^\/webhooks\/([a-z0-9-]{1,32})(?:\/([A-Za-z0-9_-]{1,128}))?$/;

/**
 * The provider webhook routes: read the body, hand it to the intake (`tasks/webhook-intake.ts`,
 * which decides), write its answer. The token in a path is a secret: it is never logged.
 */
export function createWebhookHandler(intake: WebhookIntake, log: Logger, metrics: Metrics) {
  /** Routes `/webhooks/...`; returns false for a path that is not a webhook. */
  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const match = WEBHOOK_PATH.exec(path);
    if (!match || !intake.handles(match[1]!)) return false;
    const [, slug, token] = match as unknown as [string, string, string | undefined];
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });
      return true;
    }
    try {
      const body = await readBody(req);
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value[0] : value;
      const result = await intake.deliver(slug, token ?? null, { headers, body });
      metrics.webhooks.inc({ provider: result.provider ?? slug, outcome: result.outcome });
      sendJson(res, result.status, result.body);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: 'body too large' });
        return true;
      }
      log.error('webhook failed', { path: token ? `/webhooks/${slug}/:token` : path, err });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    }
    return true;
  };
}
