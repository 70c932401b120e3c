import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { call, pollUntil, propertyRequest, type Answer, type VibePeakBody } from './helpers.ts';

const keys = SANDBOX_KEYS.vibepeak;
const DAY_MS = 24 * 3600 * 1000;
let sandbox: Sandbox;

beforeAll(async () => {
  // Test tasks: 100 ms queued + 500 ms processing; live tasks: 200 ms + ~2 s.
  sandbox = await startSandbox({ timeScale: 0.01 });
});
afterAll(() => sandbox.stop());

const create = (body: unknown, key: string = keys.test) => call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/real-estate/living-property`, { key, body });
const getTask = (id: string, key: string = keys.test) => call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/tasks/${id}`, { key });
const terminal = (a: Answer<VibePeakBody>) => a.json.status === 'completed' || a.json.status === 'failed';
const ms = (iso: string) => Date.parse(iso);

/** Polls a task to its end and checks every state's fields on the way. */
async function followTask(id: string, key: string = keys.test): Promise<Answer<VibePeakBody>[]> {
  const seen = await pollUntil(() => getTask(id, key), terminal, { timeoutMs: 15_000 });
  const order = ['queued', 'processing', 'completed', 'failed'];
  const statuses = seen.map((a) => a.json.status!);
  expect([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(statuses);
  for (const { status, json } of seen) {
    expect(status).toBe(200);
    expect(json).toMatchObject({ task_id: id, created_at: expect.any(String), livemode: key.startsWith('vpk_live_') });
    if (json.status === 'queued') {
      expect(json.queue_position).toBeGreaterThanOrEqual(1);
      expect(ms(json.estimated_completion!)).toBeGreaterThan(ms(json.created_at!));
      expect(json).not.toHaveProperty('started_at');
    } else {
      expect(ms(json.started_at!)).toBeGreaterThanOrEqual(ms(json.created_at!));
      expect(json).not.toHaveProperty('queue_position');
    }
    if (json.status === 'processing') expect(json).not.toHaveProperty('result');
  }
  return seen;
}

describe('VibePeak test scenarios', () => {
  it('success: 202 with Location, Retry-After and _links, then queued → processing → completed with a playable result', async () => {
    const created = await create(propertyRequest(sandbox, { test_scenario: 'success' }));
    expect(created.status).toBe(202);
    const id = created.json.task_id!;
    expect(id).toMatch(/^task_/);
    expect(created.headers.location).toBe(`/v1/tasks/${id}`);
    expect(created.headers['retry-after']).toBe('30');
    expect(created.json).toEqual({
      task_id: id,
      status: 'queued',
      message: expect.any(String),
      created_at: expect.any(String),
      credits_charged: 0,
      livemode: false,
      request_id: created.headers['x-request-id'],
      _links: { self: `/v1/tasks/${id}`, poll_interval_seconds: 30 },
    });

    const seen = await followTask(id);
    expect(seen.some((a) => a.json.status === 'processing')).toBe(true);
    const done = seen.at(-1)!.json;
    expect(done.status).toBe('completed');
    expect(ms(done.completed_at!)).toBeGreaterThan(ms(done.started_at!));
    expect(done.result).toEqual({
      video_url: expect.stringContaining('/media/property-sandbox.mp4'),
      cover_image_url: expect.stringContaining('/media/cover-sandbox.jpg'),
      duration_seconds: 6,
      resolution: '1080p',
      expires_at: new Date(ms(done.completed_at!) + 7 * DAY_MS).toISOString(),
    });
    expect(done).not.toHaveProperty('error');
    const video = await call(done.result!.video_url);
    expect(video.status).toBe(200);
    expect(video.headers['content-type']).toBe('video/mp4');
  });

  it('fail: ends failed with a sanitised public-safe error and no result', async () => {
    const created = await create(propertyRequest(sandbox, { test_scenario: 'fail' }));
    const done = (await followTask(created.json.task_id!)).at(-1)!.json;
    expect(done.status).toBe('failed');
    expect(done.error).toEqual({ code: 'IMAGE_PROCESSING_FAILED', message: expect.any(String) });
    expect(done.error!.message).not.toMatch(/stack|exception|internal/i);
    expect(done).not.toHaveProperty('result');
  });

  it('slow: like success, noticeably later', async () => {
    const [fast, slow] = await Promise.all([
      create(propertyRequest(sandbox, { test_scenario: 'success' })),
      create(propertyRequest(sandbox, { test_scenario: 'slow' })),
    ]);
    const fastDone = (await followTask(fast.json.task_id!)).at(-1)!.json;
    const slowSeen = await followTask(slow.json.task_id!);
    const slowDone = slowSeen.at(-1)!.json;
    expect(slowDone.status).toBe('completed');
    expect(slowSeen.some((a) => a.json.status === 'processing')).toBe(true);
    const took = (t: VibePeakBody) => ms(t.completed_at!) - ms(t.created_at!);
    expect(took(slowDone)).toBeGreaterThanOrEqual(2.5 * took(fastDone));
  });

  it('numbers the queue', async () => {
    const slowSandbox = await startSandbox({ timeScale: 1 });
    try {
      const url = `${slowSandbox.vibepeak.baseUrl}/v1/real-estate/living-property`;
      const first = await call<VibePeakBody>(url, { key: keys.test, body: propertyRequest(slowSandbox) });
      const second = await call<VibePeakBody>(url, { key: keys.test, body: propertyRequest(slowSandbox) });
      const read = (id: string) => call<VibePeakBody>(`${slowSandbox.vibepeak.baseUrl}/v1/tasks/${id}`, { key: keys.test });
      expect((await read(first.json.task_id!)).json.queue_position).toBe(1);
      expect((await read(second.json.task_id!)).json.queue_position).toBe(2);
    } finally {
      await slowSandbox.stop();
    }
  });
});

describe('VibePeak live and test isolation', () => {
  it('hides tasks from the other mode and from other keys with 404 TASK_NOT_FOUND', async () => {
    const testTask = (await create(propertyRequest(sandbox))).json.task_id!;
    const liveTask = (await create(propertyRequest(sandbox), keys.live)).json.task_id!;
    for (const [id, key] of [
      [testTask, keys.live],
      [liveTask, keys.test],
      [liveTask, keys.livePlus],
    ] as const) {
      const answer = await getTask(id, key);
      expect(answer.status).toBe(404);
      expect(answer.json.error!.code).toBe('TASK_NOT_FOUND');
    }
    expect((await getTask(liveTask, keys.live)).json.livemode).toBe(true);
    sandbox.vibepeak.admin.completeNow(liveTask);
  });

  it('ignores test_scenario for live keys', async () => {
    const created = await create(propertyRequest(sandbox, { test_scenario: 'fail' }), keys.live);
    expect(created.status).toBe(202);
    expect(created.json).toMatchObject({ livemode: true, credits_charged: 10 });
    sandbox.vibepeak.admin.completeNow(created.json.task_id!);
    expect((await getTask(created.json.task_id!, keys.live)).json.status).toBe('completed');
  });
});

describe('VibePeak credits and concurrency', () => {
  it('charges 10 credits per live task at creation, 0 in test mode, and never refunds a failure', async () => {
    const { admin } = sandbox.vibepeak;
    admin.setBalance(keys.live, 100);
    const test = await create(propertyRequest(sandbox));
    expect(test.json.credits_charged).toBe(0);
    expect(admin.balance(keys.live)).toBe(100);

    admin.queueOutcome(keys.live, 'fail');
    const failing = await create(propertyRequest(sandbox), keys.live);
    expect(failing.json.credits_charged).toBe(10);
    expect(admin.balance(keys.live)).toBe(90);
    expect(admin.completeNow(failing.json.task_id!)).toBe(true);
    expect((await getTask(failing.json.task_id!, keys.live)).json.status).toBe('failed');
    expect(admin.balance(keys.live)).toBe(90);
  });

  it('answers 402 INSUFFICIENT_CREDITS below 10 credits, without charging', async () => {
    const { admin } = sandbox.vibepeak;
    const none = await create(propertyRequest(sandbox), keys.noCredits);
    expect(none.status).toBe(402);
    expect(none.json.error).toMatchObject({ code: 'INSUFFICIENT_CREDITS', details: { required: 10, balance: 0 } });

    admin.setBalance(keys.live, 19);
    const last = await create(propertyRequest(sandbox), keys.live);
    expect(last.status).toBe(202);
    admin.completeNow(last.json.task_id!);
    const broke = await create(propertyRequest(sandbox), keys.live);
    expect(broke.status).toBe(402);
    expect(broke.json.error!.details).toEqual({ required: 10, balance: 9 });
    expect(admin.balance(keys.live)).toBe(9);
    admin.setBalance(keys.live, 1000);
  });

  it('limits the Plus plan to 1 task in flight (429 with details), free again once it ends', async () => {
    const { admin } = sandbox.vibepeak;
    const first = await create(propertyRequest(sandbox), keys.livePlus);
    expect(first.status).toBe(202);
    const balance = admin.balance(keys.livePlus);
    const second = await create(propertyRequest(sandbox), keys.livePlus);
    expect(second.status).toBe(429);
    expect(second.json.error).toMatchObject({
      code: 'CONCURRENCY_LIMIT_EXCEEDED',
      request_id: second.headers['x-request-id'],
      details: { limit: 1, in_flight: 1, plan: 'plus' },
    });
    expect(admin.balance(keys.livePlus)).toBe(balance);
    // A bad request at the limit gets its own error: concurrency is checked last.
    expect((await create({ images: [] }, keys.livePlus)).json.error!.code).toBe('VALIDATION_ERROR');
    admin.completeNow(first.json.task_id!);
    const third = await create(propertyRequest(sandbox), keys.livePlus);
    expect(third.status).toBe(202);
    admin.completeNow(third.json.task_id!);
  });

  it('limits the Pro plan to 3 tasks in flight, counting queued and processing ones', async () => {
    const { admin } = sandbox.vibepeak;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await create(propertyRequest(sandbox), keys.live)).json.task_id!);
    const fourth = await create(propertyRequest(sandbox), keys.live);
    expect(fourth.status).toBe(429);
    expect(fourth.json.error!.details).toEqual({ limit: 3, in_flight: 3, plan: 'pro' });
    for (const id of ids) admin.completeNow(id);
  });
});
