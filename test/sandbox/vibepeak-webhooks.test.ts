import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { call, pollUntil, propertyRequest, startReceiver, type Received, type VibePeakBody } from './helpers.ts';

const keys = SANDBOX_KEYS.vibepeak;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ timeScale: 0.002 });
});
afterAll(() => sandbox.stop());

/**
 * The contract's scheme, written out here on purpose (not imported): HMAC-SHA256 with the key's
 * webhook secret over `"{timestamp}.{raw body}"`, lowercase hex, timestamp within 300 s.
 */
function verify(secret: string, delivery: Received): boolean {
  const signature = String(delivery.headers['x-vibepeak-signature'] ?? '');
  const timestamp = String(delivery.headers['x-vibepeak-timestamp'] ?? '');
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${delivery.raw}`).digest();
  const given = Buffer.from(signature, 'hex');
  return /^[0-9a-f]{64}$/.test(signature) && timingSafeEqual(expected, given);
}

async function createWithHook(webhookUrl: string, overrides: Record<string, unknown> = {}, key: string = keys.test): Promise<string> {
  const created = await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/real-estate/living-property`, {
    key,
    body: propertyRequest(sandbox, { webhook_url: webhookUrl, ...overrides }),
  });
  expect(created.status, created.text).toBe(202);
  return created.json.task_id!;
}

describe('VibePeak webhooks', () => {
  it('POSTs task.completed, signed with the key’s own secret, carrying the Get Task body plus event', async () => {
    const receiver = await startReceiver();
    try {
      const id = await createWithHook(receiver.url);
      await pollUntil(
        async () => receiver.received.length,
        (n) => n >= 1,
      );
      const delivery = receiver.received[0]!;
      expect(verify(sandbox.vibepeak.webhookSecret(keys.test), delivery)).toBe(true);
      expect(verify(sandbox.vibepeak.webhookSecret(keys.live), delivery)).toBe(false);
      expect(delivery.headers['x-vibepeak-event']).toBe('task.completed');
      expect(delivery.headers['content-type']).toBe('application/json');
      const payload = JSON.parse(delivery.raw) as VibePeakBody;
      const task = await call<VibePeakBody>(`${sandbox.vibepeak.baseUrl}/v1/tasks/${id}`, { key: keys.test });
      expect(payload).toEqual({ event: 'task.completed', ...task.json });
      expect(payload.livemode).toBe(false);
    } finally {
      await receiver.close();
    }
  });

  it('sends task.failed for a failed task, livemode true for a live key', async () => {
    const receiver = await startReceiver();
    try {
      sandbox.vibepeak.admin.queueOutcome(keys.live, 'fail');
      await createWithHook(receiver.url, {}, keys.live);
      await pollUntil(
        async () => receiver.received.length,
        (n) => n >= 1,
      );
      const delivery = receiver.received[0]!;
      expect(verify(sandbox.vibepeak.webhookSecret(keys.live), delivery)).toBe(true);
      expect(delivery.headers['x-vibepeak-event']).toBe('task.failed');
      expect(JSON.parse(delivery.raw)).toMatchObject({ event: 'task.failed', status: 'failed', livemode: true, error: { code: 'IMAGE_PROCESSING_FAILED' } });
    } finally {
      await receiver.close();
    }
  });

  it('retries after receiver errors with fresh signatures, and gives up after 3 retries', async () => {
    const flaky = await startReceiver([500, 503]);
    const broken = await startReceiver([500, 500, 500, 500, 500, 500]);
    try {
      await createWithHook(flaky.url);
      await createWithHook(broken.url);
      await pollUntil(
        async () => flaky.received.length,
        (n) => n >= 3,
      );
      await pollUntil(
        async () => broken.received.length,
        (n) => n >= 4,
      );
      const secret = sandbox.vibepeak.webhookSecret(keys.test);
      expect(flaky.received.every((d) => verify(secret, d))).toBe(true);
      expect(new Set(flaky.received.map((d) => d.raw)).size).toBe(1);
      // One first try plus three retries, then nothing more.
      await new Promise((r) => setTimeout(r, 300));
      expect(broken.received).toHaveLength(4);
      expect(flaky.received).toHaveLength(3);
    } finally {
      await flaky.close();
      await broken.close();
    }
  });
});
