import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import { createFlythrough, createPropertyVideo, expectProgression, readTask, ROOMAI_TEST_KEY, TASK_SUBSCRIPTION, uuidOf, type LiveTask } from './helpers.ts';

/**
 * A provider that never finishes in time: with a deadline of 0.5 s and jobs that take seconds
 * (SANDBOX_TIME_SCALE 0.05: a slow VibePeak task 9 s, a Room AI job 7.5 s; webhooks to a closed
 * port), the task ends FAILED with PROVIDER_TIMEOUT, recorded as a DEADLINE event.
 */
const REFRESH = graphql(`
  mutation DeadlineRefresh($id: ID!) {
    refreshTask(id: $id) { __typename }
  }
`);

describe('deadline', () => {
  let gw: TestGateway;
  let ws: WsConnection;

  beforeAll(async () => {
    gw = await startTestGateway({
      SANDBOX_TIME_SCALE: '0.05',
      VIBEPEAK_DEADLINE_SECONDS: '0.5',
      ROOMAI_DEADLINE_SECONDS: '0.5',
      PUBLIC_URL: 'http://127.0.0.1:1',
    });
    ws = connectWs(gw.url);
  });
  afterAll(async () => {
    await ws?.dispose();
    await gw?.stop();
  });

  function expectTimedOut(events: LiveTask[]) {
    expectProgression(events, 'FAILED');
    const last = events.at(-1)!;
    expect(last.error).toMatchObject({ code: 'PROVIDER_TIMEOUT', retryable: true, providerCode: null });
    expect(last.error!.message).toMatch(/in time/);
    expect(last.history.at(-1)).toMatchObject({ status: 'FAILED', source: 'DEADLINE', detail: 'PROVIDER_TIMEOUT' });
  }

  it('VibePeak slow task past VIBEPEAK_DEADLINE_SECONDS → FAILED PROVIDER_TIMEOUT from DEADLINE (graphql-ws)', async () => {
    const id = await createPropertyVideo(gw.url, gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto, 'SLOW');
    const stream = await ws.subscribe(TASK_SUBSCRIPTION, { id }).finished(15_000);
    expect(stream.ended).toEqual({ kind: 'complete' });
    expectTimedOut(stream.events.map((e) => e.task));
  });

  it('Room AI job past ROOMAI_DEADLINE_SECONDS → FAILED PROVIDER_TIMEOUT from DEADLINE (SSE); it stays failed when the job later ends', async () => {
    gw.gateway.sandbox!.roomai.admin.queueOutcome(ROOMAI_TEST_KEY, 'success');
    const id = await createFlythrough(gw.url, gw.gateway.sandbox!.roomai.media.livingRoomPhoto);
    const stream = await subscribeSse(gw.url, TASK_SUBSCRIPTION, { id }).finished(15_000);
    expect(stream.ended).toEqual({ kind: 'complete' });
    const events = stream.events.map((e) => e.task);
    expectTimedOut(events);
    // The provider finishing afterwards (its job ended now, with a refresh asked for) changes nothing.
    const ref = (await gw.gateway.store.get(uuidOf(id)))!.task.providerRef!;
    expect(gw.gateway.sandbox!.roomai.admin.completeNow(ref.split('/').at(-1)!, 'success')).toBe(true);
    const refreshed = await gw.gql(REFRESH, { id });
    expect(refreshed.body.errors).toBeUndefined();
    expect(await readTask(gw.url, id)).toEqual(events.at(-1));
  });
});
