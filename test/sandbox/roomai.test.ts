import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { call, pollUntil, type RoomAiBody, startReceiver, type Answer } from './helpers.ts';

const keys = SANDBOX_KEYS.roomai;
let sandbox: Sandbox;

beforeAll(async () => {
  // A job takes 150 s × 0.004 = 600 ms (slow: 1.8 s).
  sandbox = await startSandbox({ timeScale: 0.004 });
});
afterAll(() => sandbox.stop());

const generate = (body: unknown, key: string = keys.live) => call<RoomAiBody>(`${sandbox.roomai.baseUrl}/generate`, { key, body });
const results = (processingUrl: string, key: string = keys.live) =>
  call<RoomAiBody>(`${sandbox.roomai.baseUrl}/results?processing_url=${encodeURIComponent(processingUrl)}`, { key });
const photo = () => sandbox.roomai.media.livingRoomPhoto;

function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.json).toMatchObject({ status: 'error', error: { code, message: expect.any(String) } });
  expect(answer.headers['x-request-id']).toMatch(/^req_/);
}

describe('Room AI errors', () => {
  it('answers 401 INVALID_API_KEY for a missing, unknown or foreign key', async () => {
    for (const key of [undefined, 'rai_live_unknown', 'vpk_test_sandbox']) {
      expectError(await call(`${sandbox.roomai.baseUrl}/generate`, { key, body: { model: 'video', image: photo() } }), 401, 'INVALID_API_KEY');
    }
    expectError(await call(`${sandbox.roomai.baseUrl}/results?processing_url=x`), 401, 'INVALID_API_KEY');
  });

  it.each([
    ['missing model', { image: 'http://127.0.0.1/a.jpg' }, 'model'],
    ['missing image', { model: 'video' }, 'image'],
    ['image not a URL', { model: 'video', image: 'living-room.jpg' }, 'image'],
    ['image not http(s)', { model: 'video', image: 'file:///etc/passwd' }, 'image'],
    ['unknown style', { model: 'video', image: 'http://127.0.0.1/a.jpg', styles: 'Baroque' }, 'styles'],
    ['style not a string', { model: 'video', image: 'http://127.0.0.1/a.jpg', styles: 3 }, 'styles'],
    ['prompt not a string', { model: 'video', image: 'http://127.0.0.1/a.jpg', prompt: ['warm'] }, 'prompt'],
    ['webhook not a URL', { model: 'video', image: 'http://127.0.0.1/a.jpg', webhook: 'later' }, 'webhook'],
    ['invalid JSON', '{"model":', 'body'],
  ])('400 VALIDATION_ERROR for %s, naming the field', async (_name, body, field) => {
    const answer = await generate(body);
    expectError(answer, 400, 'VALIDATION_ERROR');
    expect(answer.json.error!.details).toEqual({ field });
  });

  it('answers 400 INVALID_MODEL for any model but video', async () => {
    expectError(await generate({ model: 'interior', image: photo() }), 400, 'INVALID_MODEL');
  });

  it('answers 402 INSUFFICIENT_TOKENS with required and balance', async () => {
    const answer = await generate({ model: 'video', image: photo() }, keys.noTokens);
    expectError(answer, 402, 'INSUFFICIENT_TOKENS');
    expect(answer.json.error).toEqual({ code: 'INSUFFICIENT_TOKENS', message: 'Not enough tokens', required: 10, balance: 0 });
  });

  it('answers 404 NOT_FOUND for an unknown processing_url and for another key’s job', async () => {
    expectError(await results(`${sandbox.roomai.baseUrl}/predictions/pred_nope`), 404, 'NOT_FOUND');
    const started = await generate({ model: 'video', image: photo(), webhook: 'http://127.0.0.1:9/hook' });
    expectError(await results(started.json.processing_url!, keys.test), 404, 'NOT_FOUND');
    sandbox.roomai.admin.completeNow(started.json.processing_url!.split('/').at(-1)!);
  });
});

describe('Room AI generation', () => {
  it('blocks without a webhook and answers the success envelope with a playable video, charging 10 tokens', async () => {
    const { admin } = sandbox.roomai;
    const before = admin.balance(keys.test)!;
    const started = Date.now();
    const answer = await generate(
      { model: 'video', image: photo(), styles: 'modern', prompt: 'cinematic walkthrough with warm lighting', extra: 1 },
      keys.test,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(answer.json).toEqual({
      status: 'success',
      result: { image_url: expect.stringContaining('/media/flythrough-sandbox.mp4'), model: 'video', tokens_used: 10, processing_time_ms: 600 },
    });
    expect(admin.balance(keys.test)).toBe(before - 10);
    const video = await call(answer.json.result!.image_url, { headers: { range: 'bytes=0-1023' } });
    expect(video.status).toBe(206);
    expect(video.headers['content-type']).toBe('video/mp4');
  });

  it('answers a blocking failure with 500 GENERATION_FAILED and charges nothing', async () => {
    const { admin } = sandbox.roomai;
    admin.queueOutcome(keys.live, 'fail');
    const before = admin.balance(keys.live);
    const answer = await generate({ model: 'video', image: photo() });
    expectError(answer, 500, 'GENERATION_FAILED');
    expect(admin.balance(keys.live)).toBe(before);
  });

  it('fails a job whose photo it cannot fetch (outside host), without charging', async () => {
    const before = sandbox.roomai.admin.balance(keys.live);
    const answer = await generate({ model: 'video', image: 'https://example.com/living-room.jpg' });
    expectError(answer, 500, 'GENERATION_FAILED');
    expect(sandbox.roomai.admin.balance(keys.live)).toBe(before);
  });

  it('with a webhook: answers processing at once, /results shows growing progress, then the result; the webhook carries processing_url', async () => {
    const receiver = await startReceiver();
    try {
      const { admin } = sandbox.roomai;
      const before = admin.balance(keys.live)!;
      const answer = await generate({ model: 'video', image: photo(), styles: 'SCANDINAVIAN', webhook: receiver.url });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ status: 'processing', processing_url: expect.stringMatching(/\/api\/v1\/predictions\/pred_[0-9a-f]+$/) });
      const url = answer.json.processing_url!;
      expect(url.startsWith(sandbox.roomai.baseUrl)).toBe(true);

      const seen = await pollUntil(
        () => results(url),
        (a) => a.json.status !== 'processing',
        { intervalMs: 20 },
      );
      const running = seen.filter((a) => a.json.status === 'processing');
      expect(running.length).toBeGreaterThan(1);
      for (const a of running)
        expect(a.json).toEqual({ status: 'processing', processing_url: url, progress: { state: 'processing', percent: expect.any(Number) } });
      const percents = running.map((a) => a.json.progress!.percent);
      expect([...percents].sort((a, b) => a - b)).toEqual(percents);
      expect(percents.at(-1)!).toBeGreaterThan(percents[0]!);
      expect(percents.every((p) => p >= 0 && p < 100)).toBe(true);
      expect(seen.at(-1)!.json).toMatchObject({ status: 'success', result: { model: 'video', tokens_used: 10 } });
      expect(admin.balance(keys.live)).toBe(before - 10);

      await pollUntil(
        async () => receiver.received.length,
        (n) => n >= 1,
      );
      const hook: unknown = JSON.parse(receiver.received[0]!.raw);
      expect(hook).toEqual({ ...seen.at(-1)!.json, processing_url: url });
      expect(receiver.received[0]!.headers).not.toHaveProperty('x-vibepeak-signature');
    } finally {
      await receiver.close();
    }
  });

  it('reports an async failure on /results as 200 GENERATION_FAILED and in the webhook, retrying the webhook after a 500', async () => {
    const receiver = await startReceiver([500]);
    try {
      sandbox.roomai.admin.queueOutcome(keys.live, 'fail');
      const answer = await generate({ model: 'video', image: photo(), webhook: receiver.url });
      const url = answer.json.processing_url!;
      const last = (
        await pollUntil(
          () => results(url),
          (a) => a.json.status !== 'processing',
          { intervalMs: 20 },
        )
      ).at(-1)!;
      expect(last.status).toBe(200);
      expect(last.json).toEqual({ status: 'error', error: { code: 'GENERATION_FAILED', message: expect.any(String) } });
      await pollUntil(
        async () => receiver.received.length,
        (n) => n >= 2,
      );
      expect(JSON.parse(receiver.received[1]!.raw)).toEqual({ ...last.json, processing_url: url });
    } finally {
      await receiver.close();
    }
  });

  it('slow outcome takes several times longer', async () => {
    sandbox.roomai.admin.queueOutcome(keys.live, 'slow');
    const answer = await generate({ model: 'video', image: photo() });
    expect(answer.status).toBe(200);
    expect(answer.json.result!.processing_time_ms).toBe(1800);
  });
});
