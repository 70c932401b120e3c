import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, waitFor, type TestGateway } from '../support/gateway.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import { createFlythrough, createPropertyVideo, readTask, TASK_SUBSCRIPTION, TASKS_SUBSCRIPTION } from './helpers.ts';

const ALICE = 'alice-key-0123456789abcdef';
const BOB = 'bob-key-0123456789abcdef';
const auth = (key: string) => ({ authorization: `Bearer ${key}` });

/** Authentication, the per-connection cap and per-client isolation of subscriptions, with GATEWAY_API_KEYS set. */
describe('subscription auth and limits', () => {
  let gw: TestGateway;
  const connections: WsConnection[] = [];
  const connect = (options: Parameters<typeof connectWs>[1]) => {
    const c = connectWs(gw.url, options);
    connections.push(c);
    return c;
  };

  beforeAll(async () => {
    gw = await startTestGateway({ GATEWAY_API_KEYS: `alice:${ALICE},bob:${BOB}`, WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2' });
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.dispose()));
    await gw?.stop();
  });

  it('a wrong or missing bearer in connectionParams: the socket is closed 4403 Forbidden', async () => {
    for (const options of [{ authorization: 'Bearer not-a-key-of-this-gateway' }, { authorization: `Basic ${ALICE}` }, {}]) {
      const c = connect(options);
      const stream = await c.subscribe(TASKS_SUBSCRIPTION, {}).finished(10_000);
      expect(stream.ended?.kind, JSON.stringify(options)).toBe('error');
      expect((stream.ended as { error: { code: number } }).error.code).toBe(4403);
      expect(c.closes.map((x) => x.code)).toEqual([4403]);
      expect(stream.events).toEqual([]);
    }
  });

  it('WS_MAX_SUBSCRIPTIONS_PER_CONNECTION=2: the third subscription on one connection gets TOO_MANY_SUBSCRIPTIONS, the connection lives on', async () => {
    const c = connect(auth(ALICE));
    const a = c.subscribe(TASKS_SUBSCRIPTION, {});
    const b = c.subscribe(TASKS_SUBSCRIPTION, { filter: { provider: 'ROOM_AI' } });
    const third = await c.subscribe(TASKS_SUBSCRIPTION, { filter: { provider: 'VIBEPEAK' } }).finished(10_000);
    expect(third.ended?.kind).toBe('error');
    const errors = (third.ended as { error: { message: string; extensions?: { code?: string } }[] }).error;
    expect(errors.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(errors[0]!.message).toMatch(/At most 2/);
    expect(a.ended).toBeNull();
    expect(c.closes).toEqual([]);
    // Another connection has its own allowance; freeing slots makes room again on this one.
    const other = connect(auth(ALICE)).subscribe(TASKS_SUBSCRIPTION, {});
    a.cancel();
    b.cancel();
    const id = await createFlythrough(gw.url, gw.gateway.sandbox!.roomai.media.livingRoomPhoto, auth(ALICE));
    const again = c.subscribe(TASK_SUBSCRIPTION, { id });
    await again.until((s) => s.events.length > 0, 10_000, 'first event');
    expect(again.results.flatMap((r) => r.errors ?? [])).toEqual([]);
    await other.until((s) => s.events.some((e) => e.tasks.id === id), 10_000, 'event of the new task');
    // Let the task end here, so the next test sees only its own tasks change.
    await again.finished(15_000);
    expect(again.events.at(-1)!.task.status).toBe('SUCCEEDED');
    other.cancel();
  });

  // Bug: graphql-ws puts the new operation into ctx.subscriptions before onSubscribe runs, and the
  // gateway's cap check (`length >= max`) counts it, so a connection gets only max − 1 subscriptions.
  it('WS_MAX_SUBSCRIPTIONS_PER_CONNECTION=2 allows two subscriptions on one connection (the cap counted the new one)', async () => {
    const c = connect(auth(ALICE));
    const a = c.subscribe(TASKS_SUBSCRIPTION, {});
    const b = c.subscribe(TASKS_SUBSCRIPTION, { filter: { provider: 'ROOM_AI' } });
    // A third subscription (refused either way) makes sure the server has answered the first two.
    await c.subscribe(TASKS_SUBSCRIPTION, {}).finished(10_000);
    const status = (s: typeof a) => (s.ended ? JSON.stringify(s.ended) : 'live');
    expect([status(a), status(b)]).toEqual(['live', 'live']);
    a.cancel();
    b.cancel();
  });

  it('tasks(filter) delivers only the matching changes of the caller’s own tasks; task(id) of another client is NOT_FOUND', async () => {
    const photos = gw.gateway.sandbox!;
    const aliceVibePeak = connect(auth(ALICE)).subscribe(TASKS_SUBSCRIPTION, { filter: { provider: 'VIBEPEAK' } });
    const aliceSucceeded = subscribeSse(gw.url, TASKS_SUBSCRIPTION, { filter: { status: ['SUCCEEDED'] } }, auth(ALICE));
    const bobAll = connect(auth(BOB)).subscribe(TASKS_SUBSCRIPTION, {});
    // Let the three subscriptions be registered before any change happens.
    await new Promise((r) => setTimeout(r, 300));

    const aliceVp = await createPropertyVideo(gw.url, photos.vibepeak.media.livingRoomPhoto, 'SUCCESS', auth(ALICE));
    const aliceRai = await createFlythrough(gw.url, photos.roomai.media.livingRoomPhoto, auth(ALICE));
    const bobVp = await createPropertyVideo(gw.url, photos.vibepeak.media.livingRoomPhoto, 'SUCCESS', auth(BOB));
    for (const [id, key] of [
      [aliceVp, ALICE],
      [aliceRai, ALICE],
      [bobVp, BOB],
    ] as const) {
      await waitFor(async () => ((await readTask(gw.url, id, auth(key))).status === 'SUCCEEDED' ? true : undefined), 15_000);
    }
    await aliceVibePeak.until((s) => s.events.some((e) => e.tasks.id === aliceVp && e.tasks.status === 'SUCCEEDED'), 10_000, 'alice VibePeak success');
    await aliceSucceeded.until((s) => s.events.filter((e) => e.tasks.status === 'SUCCEEDED').length >= 2, 10_000, 'two successes of alice');
    await bobAll.until((s) => s.events.some((e) => e.tasks.id === bobVp && e.tasks.status === 'SUCCEEDED'), 10_000, 'bob success');

    expect(new Set(aliceVibePeak.events.map((e) => e.tasks.id))).toEqual(new Set([aliceVp]));
    expect(
      aliceSucceeded.events.map((e) => e.tasks.status),
      JSON.stringify(aliceSucceeded.events),
    ).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(new Set(aliceSucceeded.events.map((e) => e.tasks.id))).toEqual(new Set([aliceVp, aliceRai]));
    expect(new Set(bobAll.events.map((e) => e.tasks.id))).toEqual(new Set([bobVp]));
    // The filter subscriptions keep running: they do not complete when a task ends.
    expect([aliceVibePeak.ended, aliceSucceeded.ended, bobAll.ended]).toEqual([null, null, null]);
    for (const s of [aliceVibePeak, aliceSucceeded, bobAll]) s.cancel();

    // Bob cannot watch Alice's task, over either transport.
    for (const stream of [
      connect(auth(BOB)).subscribe(TASK_SUBSCRIPTION, { id: aliceVp }),
      subscribeSse(gw.url, TASK_SUBSCRIPTION, { id: aliceVp }, auth(BOB)),
    ]) {
      await stream.finished(10_000);
      const errors = [
        ...stream.results.flatMap((r) => r.errors ?? []),
        ...(stream.ended?.kind === 'error' && Array.isArray(stream.ended.error) ? stream.ended.error : []),
      ];
      expect(errors.map((e: { extensions?: Record<string, unknown> }) => e.extensions?.code)).toContain('NOT_FOUND');
      expect(stream.events).toEqual([]);
    }
  });

  it('SSE without a key: 401, no stream', async () => {
    const stream = await subscribeSse(gw.url, TASKS_SUBSCRIPTION, {}).finished(10_000);
    const ended = stream.ended as { kind: string; error: { status?: number } };
    const errors = stream.results.flatMap((r) => r.errors ?? []);
    // yoga answers either a plain 401 or an event stream carrying the UNAUTHENTICATED error.
    expect(ended.error?.status === 401 || errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(stream.events).toEqual([]);
  });

  it('keep-alive: an idle acknowledged connection gets ping frames (12 s); a socket that never sends connection_init is closed 4408 (10 s)', async () => {
    const url = `${gw.url.replace(/^http/, 'ws')}/graphql`;
    const open = (onMessage?: (m: { type: string }) => void) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('message', (data) => onMessage?.(JSON.parse(String(data))));
      return socket;
    };
    const startedAt = Date.now();
    // graphql-ws on `ws` keeps alive with protocol-level ping frames, which `ws` answers with pongs.
    const pinged = new Promise<number>((resolve, reject) => {
      const socket = open((m) => {
        if (m.type !== 'connection_ack') reject(new Error(`unexpected ${m.type}`));
      });
      socket.on('ping', () => {
        resolve(Date.now() - startedAt);
        socket.close(1000);
      });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: auth(ALICE) })));
      socket.on('close', (code) => reject(new Error(`closed ${code} before a ping`)));
      socket.on('error', reject);
    });
    const timedOut = new Promise<{ code: number; reason: string; afterMs: number }>((resolve, reject) => {
      const socket = open();
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason), afterMs: Date.now() - startedAt }));
      socket.on('error', reject);
    });
    const [pingAfter, closed] = await Promise.all([pinged, timedOut]);
    expect(pingAfter).toBeGreaterThan(5_000);
    expect(closed.code).toBe(4408);
    expect(closed.afterMs).toBeGreaterThan(5_000);
  }, 25_000);
});
