import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, waitFor, type TestGateway } from '../support/gateway.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs, type EventStream, type WsConnection } from '../support/ws.ts';
import { createFlythrough, createPropertyVideo, expectProgression, readTask, ROOMAI_TEST_KEY, TASK_SUBSCRIPTION, type LiveTask } from './helpers.ts';

/**
 * Full status sequences of `Subscription.task` over both transports, with real clients against a
 * real gateway and the in-process sandbox (SANDBOX_TIME_SCALE 0.01, polls every 0.2 s, webhooks on).
 */
describe('task subscription: full status sequences', () => {
  let gw: TestGateway;
  let ws: WsConnection;
  let photos: { vibepeak: string; roomai: string };

  beforeAll(async () => {
    gw = await startTestGateway();
    ws = connectWs(gw.url);
    const sandbox = gw.gateway.sandbox!;
    photos = { vibepeak: sandbox.vibepeak.media.livingRoomPhoto, roomai: sandbox.roomai.media.livingRoomPhoto };
  });
  afterAll(async () => {
    await ws?.dispose();
    await gw?.stop();
  });

  const transports: Record<'graphql-ws' | 'SSE', (id: string) => EventStream<{ task: LiveTask }>> = {
    'graphql-ws': (id) => ws.subscribe(TASK_SUBSCRIPTION, { id }),
    SSE: (id) => subscribeSse(gw.url, TASK_SUBSCRIPTION, { id }),
  };

  const cases: {
    name: string;
    terminal: 'SUCCEEDED' | 'FAILED';
    error?: Record<string, unknown>;
    /** Statuses the stream must show (a 1.5 s processing phase is longer than the poll spacing). */
    mustShow?: string[];
    create: () => Promise<string>;
  }[] = [
    { name: 'VibePeak success', terminal: 'SUCCEEDED', create: () => createPropertyVideo(gw.url, photos.vibepeak, 'SUCCESS') },
    {
      name: 'VibePeak fail',
      terminal: 'FAILED',
      error: { code: 'IMAGE_PROCESSING_FAILED', providerCode: 'IMAGE_PROCESSING_FAILED' },
      create: () => createPropertyVideo(gw.url, photos.vibepeak, 'FAIL'),
    },
    {
      name: 'VibePeak slow',
      terminal: 'SUCCEEDED',
      mustShow: ['QUEUED', 'PROCESSING', 'SUCCEEDED'],
      create: () => createPropertyVideo(gw.url, photos.vibepeak, 'SLOW'),
    },
    {
      name: 'Room AI success',
      terminal: 'SUCCEEDED',
      create: () => {
        gw.gateway.sandbox!.roomai.admin.queueOutcome(ROOMAI_TEST_KEY, 'success');
        return createFlythrough(gw.url, photos.roomai);
      },
    },
    {
      name: 'Room AI fail',
      terminal: 'FAILED',
      error: { code: 'GENERATION_FAILED', providerCode: 'GENERATION_FAILED', retryable: true },
      create: () => {
        gw.gateway.sandbox!.roomai.admin.queueOutcome(ROOMAI_TEST_KEY, 'fail');
        return createFlythrough(gw.url, photos.roomai);
      },
    },
  ];

  for (const [transport, open] of Object.entries(transports)) {
    describe(`over ${transport}`, () => {
      for (const c of cases) {
        it(`${c.name}: current state first, then forward-only changes to ${c.terminal}, then complete`, async () => {
          const id = await c.create();
          const before = await readTask(gw.url, id);
          const stream = open(id);
          await stream.finished(20_000);
          expect(stream.ended, JSON.stringify(stream.ended)).toEqual({ kind: 'complete' });
          expect(
            stream.results.every((r) => !r.errors),
            JSON.stringify(stream.results),
          ).toBe(true);
          const events = stream.events.map((e) => e.task);

          // The first event is the state as it was when subscribing: the read just before, or newer.
          const first = events[0]!;
          expect(first.id).toBe(id);
          expect(first.history.slice(0, before.history.length)).toEqual(before.history);
          expect(Date.parse(first.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));

          expectProgression(events, c.terminal);
          if (c.mustShow) expect([...new Set(events.map((e) => e.status))]).toEqual(c.mustShow);
          if (c.error) expect(events.at(-1)!.error).toMatchObject(c.error);
          // The stream ended with the terminal event: what a later read says is what it said last.
          expect(await readTask(gw.url, id)).toEqual(events.at(-1));
        });
      }

      it('a task that has already ended: exactly one event, its current state, then complete', async () => {
        const id = await createPropertyVideo(gw.url, photos.vibepeak, 'SUCCESS');
        const done = await waitFor(async () => {
          const t = await readTask(gw.url, id);
          return t.status === 'SUCCEEDED' ? t : undefined;
        });
        const stream = await open(id).finished(10_000);
        expect(stream.ended).toEqual({ kind: 'complete' });
        expect(stream.events.map((e) => e.task)).toEqual([done]);
      });

      it('an unknown task id: a NOT_FOUND error, no data', async () => {
        const stream = await open('UHJvcGVydHlWaWRlb1Rhc2s6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw').finished(10_000);
        const errors = stream.results.flatMap((r) => r.errors ?? []);
        const transportErrors = stream.ended?.kind === 'error' ? (stream.ended.error as { extensions?: Record<string, unknown> }[]) : [];
        expect(stream.events).toEqual([]);
        expect([...errors, ...transportErrors].map((e) => e.extensions?.code)).toContain('NOT_FOUND');
      });
    });
  }
});
