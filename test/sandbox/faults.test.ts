import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { call, propertyRequest, type RoomAiBody, type VibePeakBody } from './helpers.ts';

const CREATE = 'POST /v1/real-estate/living-property';
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ timeScale: 0.002 });
});
afterAll(() => sandbox.stop());

const create = () =>
  call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/real-estate/living-property`, { key: SANDBOX_KEYS.vibepeak.test, body: propertyRequest(sandbox) });

describe('injected faults', () => {
  it('adds latency', async () => {
    sandbox.vibepeak.admin.setFault('GET /health', { latencyMs: 150, times: 1 });
    const started = Date.now();
    expect((await call(`${sandbox.vibepeak.baseUrl}/health`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers 429 RATE_LIMITED with Retry-After in each provider’s envelope', async () => {
    sandbox.vibepeak.admin.setFault(CREATE, { errorStatus: 429, retryAfterSeconds: 7, times: 1 });
    const vp = await create();
    expect(vp.status).toBe(429);
    expect(vp.headers['retry-after']).toBe('7');
    expect(vp.json.error).toMatchObject({ code: 'RATE_LIMITED', request_id: vp.headers['x-request-id'], details: {} });

    sandbox.roomai.admin.setFault('POST /api/v1/generate', { errorStatus: 429, times: 1 });
    const rai = await call(`${sandbox.roomai.baseUrl}/generate`, { key: SANDBOX_KEYS.roomai.live, body: { model: 'video' } });
    expect(rai.status).toBe(429);
    expect(rai.headers['retry-after']).toBe('1');
    expect(rai.json).toMatchObject({ status: 'error', error: { code: 'RATE_LIMITED' } });
  });

  it('answers 5xx SERVICE_UNAVAILABLE, then recovers after `times` requests', async () => {
    sandbox.vibepeak.admin.setFault(CREATE, { errorStatus: 503, times: 2 });
    for (let i = 0; i < 2; i++) {
      const answer = await create();
      expect(answer.status).toBe(503);
      expect(answer.json.error!.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect((await create()).status).toBe(202);
    expect(sandbox.vibepeak.admin.faults()).toEqual({});

    sandbox.roomai.admin.setFault('GET /api/v1/results', { errorRate: 1, errorStatus: 502, times: 1 });
    const rai = await call(`${sandbox.roomai.baseUrl}/results?processing_url=x`, { key: SANDBOX_KEYS.roomai.live });
    expect(rai.status).toBe(502);
    expect(rai.json).toMatchObject({ status: 'error', error: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('answers malformed JSON with the route’s success status', async () => {
    sandbox.vibepeak.admin.setFault(CREATE, { malformedRate: 1, times: 1 });
    const answer = await create();
    expect(answer.status).toBe(202);
    expect(answer.headers['content-type']).toMatch(/application\/json/);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('drops the connection without an answer', async () => {
    sandbox.vibepeak.admin.setFault('GET /v1/tasks/:id', { dropRate: 1, times: 1 });
    await expect(call(`${sandbox.vibepeak.baseUrl}/v1/tasks/task_x`, { key: SANDBOX_KEYS.vibepeak.test })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect((await call(`${sandbox.vibepeak.baseUrl}/v1/tasks/task_x`, { key: SANDBOX_KEYS.vibepeak.test })).status).toBe(404);
  });

  it('refuses an unknown route key', () => {
    expect(() => sandbox.vibepeak.admin.setFault('GET /nope', { dropRate: 1 })).toThrow(/Unknown route key/);
    expect(sandbox.vibepeak.admin.routes()).toEqual([CREATE, 'GET /v1/tasks/:id', 'GET /health']);
    expect(sandbox.roomai.admin.routes()).toEqual(['POST /api/v1/generate', 'GET /api/v1/results']);
  });
});

describe('counters and the HTTP admin surface', () => {
  it('counts requests per route key and API key, including faulted and anonymous ones', async () => {
    const { admin, baseUrl } = sandbox.vibepeak;
    admin.resetCounters();
    await create();
    await create();
    await call(`${baseUrl}/v1/tasks/task_x`, { key: SANDBOX_KEYS.vibepeak.live });
    await call(`${baseUrl}/v1/tasks/task_x`);
    expect(admin.counters()).toEqual({
      [CREATE]: { [SANDBOX_KEYS.vibepeak.test]: 2 },
      'GET /v1/tasks/:id': { [SANDBOX_KEYS.vibepeak.live]: 1, anonymous: 1 },
    });
    admin.resetCounters();
    expect(admin.counters()).toEqual({});
  });

  it('offers the same controls over HTTP under /__sandbox/', async () => {
    const { origin } = sandbox.roomai;
    const live = SANDBOX_KEYS.roomai.live;
    expect((await call(`${origin}/__sandbox/reset-counters`, { method: 'POST' })).status).toBe(200);
    expect((await call(`${origin}/__sandbox/faults`, { body: { route: 'POST /api/v1/generate', errorStatus: 503 } })).status).toBe(200);
    expect((await call(`${sandbox.roomai.baseUrl}/generate`, { key: live, body: {} })).status).toBe(503);
    expect((await call(`${origin}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`${origin}/__sandbox/counters`)).json).toEqual({
      counters: { 'POST /api/v1/generate': { [live]: 1 } },
      answers: { 'POST /api/v1/generate': { '503': 1 } },
      peakInFlight: {},
    });

    expect((await call(`${origin}/__sandbox/balance`, { body: { apiKey: live, balance: 5 } })).status).toBe(200);
    expect((await call(`${origin}/__sandbox/balance?apiKey=${live}`)).json).toEqual({ apiKey: live, balance: 5 });
    const broke = await call<RoomAiBody>(`${sandbox.roomai.baseUrl}/generate`, {
      key: live,
      body: { model: 'video', image: sandbox.roomai.media.livingRoomPhoto },
    });
    expect(broke.json.error).toMatchObject({ code: 'INSUFFICIENT_TOKENS', balance: 5, required: 10 });
    await call(`${origin}/__sandbox/balance`, { body: { apiKey: live, balance: 1000 } });

    expect((await call(`${origin}/__sandbox/outcomes`, { body: { apiKey: live, outcome: 'fail' } })).status).toBe(200);
    const started = await call<RoomAiBody>(`${sandbox.roomai.baseUrl}/generate`, {
      key: live,
      body: { model: 'video', image: sandbox.roomai.media.livingRoomPhoto, webhook: 'http://127.0.0.1:9/' },
    });
    const id = String(started.json.processing_url).split('/').at(-1);
    expect((await call(`${origin}/__sandbox/complete`, { body: { id } })).json).toEqual({ ok: true });
    const result = await call<RoomAiBody>(`${sandbox.roomai.baseUrl}/results?processing_url=${encodeURIComponent(started.json.processing_url!)}`, {
      key: live,
    });
    expect(result.json.error!.code).toBe('GENERATION_FAILED');

    const bad = await call(`${origin}/__sandbox/faults`, { body: { route: 'POST /api/v1/generate', errorStatus: 418 } });
    expect(bad.status).toBe(400);
    expect((await call(`${origin}/__sandbox/balance`, { body: { apiKey: 'rai_live_other', balance: 1 } })).status).toBe(400);
    expect((await call(`${origin}/__sandbox/nothing`)).status).toBe(404);
  });
});

describe('media', () => {
  it('serves photos and videos with type, length and byte ranges', async () => {
    const { media, origin } = sandbox.vibepeak;
    const photo = await call(media.kitchenPhoto);
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const whole = await call(media.propertyVideo, { method: 'HEAD' });
    const size = Number(whole.headers['content-length']);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(size).toBeGreaterThan(10_000);

    const first = await call(media.propertyVideo, { headers: { range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${size}`);
    expect(first.headers['content-length']).toBe('100');
    const tail = await call(media.propertyVideo, { headers: { range: 'bytes=-10' } });
    expect(tail.headers['content-range']).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    const beyond = await call(media.propertyVideo, { headers: { range: `bytes=${size}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${size}`);
    expect((await call(`${origin}/media/../package.json`)).status).toBe(404);
    expect((await call(`${sandbox.roomai.origin}/media/flythrough-sandbox.mp4`)).headers['content-type']).toBe('video/mp4');
  });
});
