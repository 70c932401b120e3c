import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxAdmin } from '../../src/sandbox/index.ts';
import { logRecords, startTestGateway, waitFor, type TestGateway } from '../support/gateway.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import {
  count,
  createFlythrough,
  createPropertyVideo,
  expectProgression,
  readTask,
  ROOMAI_STATUS_ROUTE,
  ROOMAI_TEST_KEY,
  sleep,
  TASK_SUBSCRIPTION,
  VIBEPEAK_STATUS_ROUTE,
  VIBEPEAK_TEST_KEY,
  uuidOf,
} from './helpers.ts';

const RETRY_AFTER_SECONDS = 2;
/** How long after a refused poll we check that no other request came: well inside Retry-After, well beyond the ~0.4–1 s a backoff that ignored it would wait. */
const QUIET_MS = 1_400;

/**
 * 429 and 503 bursts on the status routes (sandbox faults): the poller waits as long as
 * `Retry-After` says, then carries on, and every task still ends. Webhooks go to a closed
 * loopback port, so only polling can finish a task here.
 */
describe('upstream 429/503 bursts', () => {
  let gw: TestGateway;
  let ws: WsConnection;

  beforeAll(async () => {
    gw = await startTestGateway({ PUBLIC_URL: 'http://127.0.0.1:1' });
    ws = connectWs(gw.url);
  });
  afterAll(async () => {
    await ws?.dispose();
    await gw?.stop();
  });

  /**
   * Waits for each of `refusals` faulted requests in turn and checks that the next request does
   * not come within QUIET_MS of it; then the task must still succeed, by polling.
   */
  async function expectDelayedAsTold(admin: SandboxAdmin, route: string, key: string, before: number, refusals: number, id: string) {
    const stream = ws.subscribe(TASK_SUBSCRIPTION, { id });
    for (let n = 1; n <= refusals; n++) {
      await waitFor(() => (count(admin, route, key) >= before + n ? true : undefined), 10_000, 10);
      expect(count(admin, route, key), `request ${n} was followed at once`).toBe(before + n);
      const quietUntil = Date.now() + QUIET_MS;
      while (Date.now() < quietUntil) {
        expect(count(admin, route, key), `a status request came within ${QUIET_MS} ms of refusal ${n} (Retry-After ${RETRY_AFTER_SECONDS} s)`).toBe(before + n);
        await sleep(25);
      }
    }
    await stream.finished(20_000);
    const events = stream.events.map((e) => e.task);
    expectProgression(events, 'SUCCEEDED');
    expect(events.at(-1)!.history.at(-1)!.source).toBe('POLL');
    expect(count(admin, route, key)).toBeGreaterThan(before + refusals);
    // The poller said why it waited, and for how long.
    const backoffs = logRecords(gw).filter((l) => l.msg === 'poll failed; backing off' && l.taskId === uuidOf(id));
    expect(backoffs).toHaveLength(refusals);
    for (const b of backoffs) expect(b.retryInSeconds).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS);
  }

  for (const status of [429, 503] as const) {
    it(`VibePeak: ${status} with Retry-After ${RETRY_AFTER_SECONDS} s twice → no status request before it, then the task succeeds`, async () => {
      const admin = gw.gateway.sandbox!.vibepeak.admin;
      admin.setFault(VIBEPEAK_STATUS_ROUTE, { errorStatus: status, retryAfterSeconds: RETRY_AFTER_SECONDS, times: 2 });
      const before = count(admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY);
      const id = await createPropertyVideo(gw.url, gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto, 'SUCCESS');
      await expectDelayedAsTold(admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY, before, 2, id);
      expect(admin.faults()).toEqual({});
    });
  }

  it(`Room AI: 429 with Retry-After ${RETRY_AFTER_SECONDS} s on /results → no request before it, then the task succeeds`, async () => {
    const admin = gw.gateway.sandbox!.roomai.admin;
    admin.queueOutcome(ROOMAI_TEST_KEY, 'success');
    admin.setFault(ROOMAI_STATUS_ROUTE, { errorStatus: 429, retryAfterSeconds: RETRY_AFTER_SECONDS, times: 1 });
    const before = count(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY);
    const id = await createFlythrough(gw.url, gw.gateway.sandbox!.roomai.media.livingRoomPhoto);
    await expectDelayedAsTold(admin, ROOMAI_STATUS_ROUTE, ROOMAI_TEST_KEY, before, 1, id);
  });

  it('a 503 burst without Retry-After over several tasks loses none: all end SUCCEEDED once it passes', async () => {
    const admin = gw.gateway.sandbox!.vibepeak.admin;
    admin.setFault(VIBEPEAK_STATUS_ROUTE, { errorStatus: 503 });
    const before = count(admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY);
    const photo = gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto;
    const ids = await Promise.all([
      createPropertyVideo(gw.url, photo, 'SUCCESS'),
      createPropertyVideo(gw.url, photo, 'SUCCESS'),
      createPropertyVideo(gw.url, photo, 'FAIL'),
    ]);
    // Every task has been refused at least once (and none is finished meanwhile).
    await waitFor(() => (count(admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY) >= before + 6 ? true : undefined), 15_000);
    for (const id of ids) expect((await readTask(gw.url, id)).status).toBe('QUEUED');
    admin.clearFaults();
    const streams = ids.map((id) => ws.subscribe(TASK_SUBSCRIPTION, { id }));
    await Promise.all(streams.map((s) => s.finished(20_000)));
    expect(streams.map((s) => s.events.at(-1)!.task.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'FAILED']);
    for (const s of streams) expect(s.events.at(-1)!.task.history.at(-1)!.source).toBe('POLL');
  });
});
