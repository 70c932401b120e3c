import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { startGatewayOn } from '../gateway/api-fixtures.ts';
import type { TestGateway } from '../support/gateway.ts';
import { count, createPropertyVideo, readTask, uuidOf, VIBEPEAK_STATUS_ROUTE } from './helpers.ts';

/**
 * Every task has its own webhook URL, whichever provider runs it. A VibePeak key configured without
 * VIBEPEAK_WEBHOOK_SECRET cannot have its deliveries verified: each is then a hint, confirmed by a
 * status read, like Room AI's, and never applied as it claims.
 */
let external: Sandbox;
let gw: TestGateway;

beforeAll(async () => {
  external = await startSandbox({ timeScale: 0.01 });
  // Real-provider mode against the emulator, no webhook secret, slow polls: only webhooks move tasks.
  gw = await startGatewayOn(
    external,
    { roomai: SANDBOX_KEYS.roomai.test, vibepeak: SANDBOX_KEYS.vibepeak.test },
    { POLL_VIBEPEAK_INTERVAL_SECONDS: '60', POLL_MIN_INTERVAL_SECONDS: '0.05' },
  );
});
afterAll(async () => {
  await gw?.stop();
  await external?.stop();
});

async function post(path: string, body: string) {
  const res = await request(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.body.dump();
  return res.statusCode;
}

describe('unsigned webhooks at a task URL', () => {
  it('a VibePeak delivery claiming success is confirmed by one status read and not applied as claimed', async () => {
    const id = await createPropertyVideo(gw.url, external.vibepeak.media.livingRoomPhoto, 'SLOW');
    const stored = (await gw.gateway.store.get(uuidOf(id)))!;
    const token = stored.runtime.webhookToken!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const admin = external.vibepeak.admin;
    const before = count(admin, VIBEPEAK_STATUS_ROUTE, SANDBOX_KEYS.vibepeak.test);

    const forged = JSON.stringify({
      event: 'task.completed',
      task_id: stored.task.providerRef,
      status: 'completed',
      created_at: new Date().toISOString(),
      livemode: false,
      completed_at: new Date().toISOString(),
      result: { video_url: `${external.vibepeak.origin}/media/forged.mp4` },
    });
    expect(await post(`/webhooks/vibepeak/${token}`, forged)).toBe(200);
    expect(count(admin, VIBEPEAK_STATUS_ROUTE, SANDBOX_KEYS.vibepeak.test)).toBe(before + 1);
    const task = await readTask(gw.url, id);
    expect(task.status).toMatch(/^(QUEUED|PROCESSING)$/);
    expect(task.video).toBeNull();

    // Without a token, an unsigned delivery is not even looked at.
    expect(await post('/webhooks/vibepeak', forged)).toBe(404);
    // A token of another provider's route is unknown here.
    expect(await post(`/webhooks/roomai/${token}`, forged)).toBe(404);
    expect(count(admin, VIBEPEAK_STATUS_ROUTE, SANDBOX_KEYS.vibepeak.test)).toBe(before + 1);
  });
});
