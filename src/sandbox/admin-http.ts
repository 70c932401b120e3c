import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { SandboxAdmin } from './admin.ts';
import { readJsonObject } from './http/body.ts';
import { ProviderError } from './http/provider-error.ts';
import { sendJson } from './http/respond.ts';

const rate = z.number().min(0).max(1);
const faultBody = z.object({
  route: z.string(),
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  answerLatencyMs: z.number().int().min(0).max(600_000).optional(),
  errorRate: rate.optional(),
  errorStatus: z.union([z.literal(429), z.literal(500), z.literal(502), z.literal(503)]).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  malformedRate: rate.optional(),
  dropRate: rate.optional(),
  times: z.number().int().min(1).optional(),
});
const balanceBody = z.object({ apiKey: z.string(), balance: z.number().int().min(0) });
const outcomeBody = z.object({ apiKey: z.string(), outcome: z.enum(['success', 'fail', 'slow']) });
const completeBody = z.object({ id: z.string(), outcome: z.enum(['success', 'fail']).optional() });
const mediaBody = z.object({ id: z.string() });

/**
 * `/__sandbox/…`: the admin surface over HTTP. Not counted, never faulted, no auth (loopback only).
 *
 * GET counters · POST reset-counters · GET|POST|DELETE faults · GET balance?apiKey= · POST balance
 * · POST outcomes · POST complete · POST media/delete
 */
export async function handleAdmin(admin: SandboxAdmin, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const action = `${req.method} ${url.pathname.slice('/__sandbox/'.length)}`;
  try {
    switch (action) {
      case 'GET counters':
        return sendJson(res, 200, { counters: admin.counters(), answers: admin.answers(), peakInFlight: admin.peakInFlight() });
      case 'POST reset-counters':
        admin.resetCounters();
        return sendJson(res, 200, { ok: true });
      case 'GET faults':
        return sendJson(res, 200, { faults: admin.faults(), routes: admin.routes() });
      case 'POST faults': {
        const { route, ...fault } = faultBody.parse(await readJsonObject(req));
        admin.setFault(route, fault);
        return sendJson(res, 200, { ok: true, faults: admin.faults() });
      }
      case 'DELETE faults':
        admin.clearFaults();
        return sendJson(res, 200, { ok: true });
      case 'GET balance': {
        const apiKey = url.searchParams.get('apiKey') ?? '';
        return sendJson(res, 200, { apiKey, balance: admin.balance(apiKey) ?? null });
      }
      case 'POST balance': {
        const { apiKey, balance } = balanceBody.parse(await readJsonObject(req));
        admin.setBalance(apiKey, balance);
        return sendJson(res, 200, { ok: true, apiKey, balance });
      }
      case 'POST outcomes': {
        const { apiKey, outcome } = outcomeBody.parse(await readJsonObject(req));
        admin.queueOutcome(apiKey, outcome);
        return sendJson(res, 200, { ok: true });
      }
      case 'POST complete': {
        const { id, outcome } = completeBody.parse(await readJsonObject(req));
        const done = admin.completeNow(id, outcome);
        return sendJson(res, done ? 200 : 404, { ok: done });
      }
      case 'POST media/delete': {
        const { id } = mediaBody.parse(await readJsonObject(req));
        const deleted = admin.deleteMedia(id);
        return sendJson(res, deleted ? 200 : 404, { ok: deleted });
      }
      default:
        return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `No admin action ${action}` } });
    }
  } catch (error) {
    const message =
      error instanceof z.ZodError ? z.prettifyError(error) : error instanceof ProviderError || error instanceof Error ? error.message : String(error);
    return sendJson(res, 400, { error: { code: 'BAD_REQUEST', message } });
  }
}
