import { randomBytes } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signVibePeakWebhook } from '../../src/providers/vibepeak/signature.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import {
  count,
  createFlythrough,
  createPropertyVideo,
  expectProgression,
  readTask,
  ROOMAI_STATUS_ROUTE,
  ROOMAI_TEST_KEY,
  TASK_SUBSCRIPTION,
  uuidOf,
  VIBEPEAK_STATUS_ROUTE,
  VIBEPEAK_TEST_KEY,
  type LiveTask,
} from './helpers.ts';

/**
 * Provider webhooks against a gateway that polls only every 60 s and a sandbox at real-time
 * scale (SANDBOX_TIME_SCALE 1: a test-mode VibePeak task takes a minute, a Room AI job 2.5 min),
 * so nothing changes unless a webhook changes it. The test ends jobs on demand with the
 * sandbox's `completeNow`, which sends the provider's real webhook.
 */
describe('webhooks', () => {
  let gw: TestGateway;
  let ws: WsConnection;
  const sandbox = () => gw.gateway.sandbox!;

  beforeAll(async () => {
    gw = await startTestGateway({ SANDBOX_TIME_SCALE: '1', POLL_VIBEPEAK_INTERVAL_SECONDS: '60', POLL_ROOMAI_INTERVAL_SECONDS: '60' });
    ws = connectWs(gw.url);
  });
  afterAll(async () => {
    await ws?.dispose();
    await gw?.stop();
  });

  async function stored(id: string) {
    const s = await gw.gateway.store.get(uuidOf(id));
    if (!s) throw new Error(`no stored task ${id}`);
    return s;
  }
  /** The sandbox's id of a task: VibePeak's task id, or the job id at the end of Room AI's processing_url. */
  async function providerId(id: string): Promise<string> {
    const ref = (await stored(id)).task.providerRef!;
    return ref.startsWith('http') ? ref.split('/').at(-1)! : ref;
  }

  async function postWebhook(path: string, body: string, headers: Record<string, string> = {}) {
    const res = await request(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : null };
  }

  const secret = () => sandbox().vibepeak.webhookSecret(VIBEPEAK_TEST_KEY);
  function signed(body: string, timestamp = Math.floor(Date.now() / 1000), key = secret()) {
    return {
      'x-vibepeak-timestamp': String(timestamp),
      'x-vibepeak-signature': signVibePeakWebhook(key, timestamp, body),
      'x-vibepeak-event': 'task.completed',
    };
  }
  /** A VibePeak webhook body for `ref` in the shape of the contract (Get Task body plus `event`). */
  function vibepeakBody(ref: string, status: 'processing' | 'completed' | 'failed'): string {
    const now = new Date().toISOString();
    const body: Record<string, unknown> = {
      event: status === 'failed' ? 'task.failed' : 'task.completed',
      task_id: ref,
      status,
      created_at: now,
      livemode: false,
      started_at: now,
    };
    if (status !== 'processing') body.completed_at = now;
    if (status === 'completed') body.result = { video_url: `${sandbox().vibepeak.origin}/media/forged.mp4`, resolution: '1080p' };
    if (status === 'failed') body.error = { code: 'IMAGE_PROCESSING_FAILED', message: 'forged' };
    return JSON.stringify(body);
  }

  describe('a webhook completes a task before the next poll would have (polls every 60 s)', () => {
    it('VibePeak: SUCCEEDED arrives through the signed webhook, with no status poll at all', async () => {
      const id = await createPropertyVideo(gw.url, sandbox().vibepeak.media.livingRoomPhoto, 'SUCCESS');
      const current = await readTask(gw.url, id);
      const stream = ws.subscribe<{ task: LiveTask }>(TASK_SUBSCRIPTION, { id });
      await stream.until((s) => s.events.length > 0, 10_000, 'first event');
      // Nothing changes on its own here, so the first event is exactly the state as it is.
      expect(stream.events.map((e) => e.task)).toEqual([current]);
      const started = Date.now();
      expect(sandbox().vibepeak.admin.completeNow(await providerId(id), 'success')).toBe(true);
      await stream.finished(15_000);
      expect(Date.now() - started).toBeLessThan(15_000); // far below the 60 s poll interval
      const events = stream.events.map((e) => e.task);
      expectProgression(events, 'SUCCEEDED');
      expect(events.at(-1)!.history.at(-1)!.source).toBe('WEBHOOK');
      expect(count(sandbox().vibepeak.admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY)).toBe(0);
    });

    it('VibePeak: a failure arrives through the webhook too, normalized', async () => {
      const id = await createPropertyVideo(gw.url, sandbox().vibepeak.media.livingRoomPhoto, 'SUCCESS');
      const stream = ws.subscribe<{ task: LiveTask }>(TASK_SUBSCRIPTION, { id });
      await stream.until((s) => s.events.length > 0, 10_000, 'first event');
      expect(sandbox().vibepeak.admin.completeNow(await providerId(id), 'fail')).toBe(true);
      await stream.finished(15_000);
      const events = stream.events.map((e) => e.task);
      expectProgression(events, 'FAILED');
      const last = events.at(-1)!;
      expect(last.history.at(-1)).toMatchObject({ status: 'FAILED', source: 'WEBHOOK', detail: 'IMAGE_PROCESSING_FAILED' });
      expect(last.error).toMatchObject({ code: 'IMAGE_PROCESSING_FAILED', providerCode: 'IMAGE_PROCESSING_FAILED', retryable: expect.any(Boolean) });
      expect(count(sandbox().vibepeak.admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY)).toBe(0);
    });

    it('Room AI: SUCCEEDED arrives through the webhook, confirmed by exactly one /results read', async () => {
      const admin = sandbox().roomai.admin;
      const id = await createFlythrough(gw.url, sandbox().roomai.media.livingRoomPhoto);
      const stream = ws.subscribe<{ task: LiveTask }>(TASK_SUBSCRIPTION, { id });
      await stream.until((s) => s.events.length > 0, 10_000, 'first event');
      expect(count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY)).toBe(0);
      const started = Date.now();
      expect(admin.completeNow(await providerId(id), 'success')).toBe(true);
      await stream.finished(15_000);
      expect(Date.now() - started).toBeLessThan(15_000);
      const events = stream.events.map((e) => e.task);
      expectProgression(events, 'SUCCEEDED');
      expect(events.at(-1)!.history.at(-1)!.source).toBe('WEBHOOK');
      expect(count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY)).toBe(1);
    });
  });

  describe('VibePeak: forged, stale, malformed, replayed and duplicate deliveries change nothing', () => {
    let id: string;
    let ref: string;
    let before: LiveTask;
    const path = '/webhooks/vibepeak';

    beforeAll(async () => {
      id = await createPropertyVideo(gw.url, sandbox().vibepeak.media.livingRoomPhoto, 'SUCCESS');
      ref = await providerId(id);
      before = await readTask(gw.url, id);
      expect(before.status).toBe('QUEUED');
    });

    async function expectUnchanged() {
      expect(await readTask(gw.url, id)).toEqual(before);
    }

    it('a bad signature: 401, nothing applied', async () => {
      const body = vibepeakBody(ref, 'completed');
      expect((await postWebhook(path, body, signed(body, undefined, 'whsec_not_the_secret'))).status).toBe(401);
      const tampered = signed(body);
      expect((await postWebhook(path, body.replace('forged.mp4', 'other.mp4'), tampered)).status).toBe(401);
      await expectUnchanged();
    });

    it('no signature headers: 401', async () => {
      expect((await postWebhook(path, vibepeakBody(ref, 'completed'))).status).toBe(401);
      await expectUnchanged();
    });

    it('a stale or future timestamp (over 300 s), even correctly signed: 401', async () => {
      const body = vibepeakBody(ref, 'completed');
      const now = Math.floor(Date.now() / 1000);
      expect((await postWebhook(path, body, signed(body, now - 301))).status).toBe(401);
      expect((await postWebhook(path, body, signed(body, now + 301))).status).toBe(401);
      await expectUnchanged();
    });

    it('a malformed body, correctly signed: 400', async () => {
      for (const body of [
        '{"task_id": "',
        JSON.stringify({ event: 'task.completed', status: 'completed' }),
        JSON.stringify({ task_id: ref, status: 'done' }),
      ]) {
        expect((await postWebhook(path, body, signed(body))).status, body).toBe(400);
      }
      await expectUnchanged();
    });

    // Bug: a signed `completed` delivery without `result` made toSnapshot throw a non-rejection error, answered 500.
    it('a signed completed delivery without a result is rejected 400, not 500', async () => {
      const body = JSON.stringify({ event: 'task.completed', task_id: ref, status: 'completed', livemode: false });
      expect((await postWebhook(path, body, signed(body))).status).toBe(400);
      await expectUnchanged();
    });

    it('the genuine delivery applies once; its duplicate and replays (same bytes, same signature) change nothing', async () => {
      const body = vibepeakBody(ref, 'completed');
      const headers = signed(body);
      const first = await postWebhook(path, body, headers);
      expect(first).toEqual({ status: 200, body: { ok: true, applied: true } });
      const done = await readTask(gw.url, id);
      expect(done.status).toBe('SUCCEEDED');
      expect(done.history.at(-1)!.source).toBe('WEBHOOK');
      for (let i = 0; i < 3; i++) expect(await postWebhook(path, body, headers)).toEqual({ status: 200, body: { ok: true, applied: false } });
      // A fresh signature over the same event (the provider's own retry) is a duplicate too.
      expect(await postWebhook(path, body, signed(body))).toEqual({ status: 200, body: { ok: true, applied: false } });
      const after = await readTask(gw.url, id);
      expect(after).toEqual(done);
      expect(after.history).toHaveLength(done.history.length);
      expect(after.updatedAt).toBe(done.updatedAt);
      before = after;
    });

    it('correctly signed deliveries claiming an earlier status, or another end, after the task ended are ignored', async () => {
      const version = (await stored(id)).task.version;
      for (const status of ['processing', 'failed'] as const) {
        const body = vibepeakBody(ref, status);
        const res = await postWebhook(path, body, signed(body));
        expect(res.status).toBe(200);
        expect(res.body.applied).toBe(false);
      }
      await expectUnchanged();
      expect((await stored(id)).task.version).toBe(version);
    });

    it('a delivery for a task this gateway does not know: acknowledged, nothing applied', async () => {
      const body = vibepeakBody('task_unknown_to_us', 'completed');
      expect(await postWebhook(path, body, signed(body))).toEqual({ status: 200, body: { ok: true, applied: false } });
      await expectUnchanged();
    });
  });

  describe('Room AI: the token authenticates, the body is only a hint', () => {
    it('an unknown token: 404', async () => {
      const body = JSON.stringify({
        status: 'success',
        result: { image_url: 'http://127.0.0.1/x.mp4' },
        processing_url: 'http://127.0.0.1/api/v1/predictions/x',
      });
      expect((await postWebhook(`/webhooks/roomai/${randomBytes(24).toString('base64url')}`, body)).status).toBe(404);
      expect((await postWebhook('/webhooks/roomai/short', body)).status).toBe(404);
    });

    it('the right token with a body claiming success while the provider says processing: confirmed through /results, not SUCCEEDED', async () => {
      const admin = sandbox().roomai.admin;
      const id = await createFlythrough(gw.url, sandbox().roomai.media.livingRoomPhoto);
      const s = await stored(id);
      const token = s.runtime.webhookToken!;
      const processingUrl = s.task.providerRef!;
      const results = count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY);

      // Another task's processing_url under this task's token: refused before anything is read.
      const mismatch = JSON.stringify({ status: 'success', result: { image_url: 'http://127.0.0.1/x.mp4' }, processing_url: `${processingUrl}x` });
      expect((await postWebhook(`/webhooks/roomai/${token}`, mismatch)).status).toBe(400);
      expect((await postWebhook(`/webhooks/roomai/${token}`, '{"status":')).status).toBe(400);
      expect(count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY)).toBe(results);

      for (const claim of [
        {
          status: 'success',
          result: { image_url: `${sandbox().roomai.origin}/media/forged.mp4`, model: 'video', tokens_used: 10 },
          processing_url: processingUrl,
        },
        { status: 'error', error: { code: 'GENERATION_FAILED', message: 'forged' }, processing_url: processingUrl },
      ]) {
        const res = await postWebhook(`/webhooks/roomai/${token}`, JSON.stringify(claim));
        expect(res.status).toBe(200);
        const task = await readTask(gw.url, id);
        expect(task.status, JSON.stringify(claim)).toMatch(/^(QUEUED|PROCESSING)$/);
        expect(task.video).toBeNull();
        expect(task.error).toBeNull();
      }
      // The claims were checked with the provider: at most one read each (one read per interval, shared).
      const checked = count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY) - results;
      expect(checked).toBeGreaterThanOrEqual(1);
      expect(checked).toBeLessThanOrEqual(2);

      // A storm of deliveries costs one read, not one per delivery.
      const before = count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY);
      const storm = JSON.stringify({ status: 'processing', processing_url: processingUrl });
      const answers = await Promise.all(Array.from({ length: 40 }, () => postWebhook(`/webhooks/roomai/${token}`, storm)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY) - before).toBeLessThanOrEqual(2);

      // The real end, by the provider's own webhook, still completes it.
      const stream = ws.subscribe<{ task: LiveTask }>(TASK_SUBSCRIPTION, { id });
      await stream.until((x) => x.events.length > 0, 10_000, 'first event');
      expect(admin.completeNow(await providerId(id), 'success')).toBe(true);
      await stream.finished(15_000);
      const last = stream.events.at(-1)!.task;
      expect(last.status).toBe('SUCCEEDED');
      expect(last.video!.providerUrl).not.toContain('forged');
    });
  });
});
