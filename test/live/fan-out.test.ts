import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import { count, createFlythrough, createPropertyVideo, expectProgression, TASK_SUBSCRIPTION, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY } from './helpers.ts';

const INTERVAL_SECONDS = 0.5;

/**
 * However many clients watch a task, the gateway asks the provider about it once per poll
 * interval: the sandbox counts every `GET /v1/tasks/:id`, and 50 subscribers cost what 1 does.
 * Webhooks are pointed at a closed loopback port so polling alone finishes each task.
 */
describe('50 subscribers on one task', () => {
  let gw: TestGateway;
  const connections: WsConnection[] = [];

  beforeAll(async () => {
    gw = await startTestGateway({ POLL_VIBEPEAK_INTERVAL_SECONDS: String(INTERVAL_SECONDS), PUBLIC_URL: 'http://127.0.0.1:1' });
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.dispose()));
    await gw?.stop();
  });

  /** Creates a slow task, watches it with `subscribers` connections, and returns what they saw and what it cost upstream. */
  async function watch(subscribers: number) {
    const admin = gw.gateway.sandbox!.vibepeak.admin;
    const id = await createPropertyVideo(gw.url, gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto, 'SLOW');
    const started = Date.now();
    const before = count(admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY);
    const streams = Array.from({ length: subscribers }, () => {
      const c = connectWs(gw.url);
      connections.push(c);
      return c.subscribe(TASK_SUBSCRIPTION, { id });
    });
    await Promise.all(streams.map((s) => s.finished(20_000)));
    const elapsedSeconds = (Date.now() - started) / 1000;
    const requests = count(admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY) - before;
    return { id, streams, elapsedSeconds, requests };
  }

  // Bug: every subscriber adds a listener to the pubsub's one EventTarget, so the 11th watcher of a
  // task makes Node print "MaxListenersExceededWarning: Possible EventTarget memory leak detected".
  // Runs first: Node warns once per EventTarget.
  it('many watchers of one task print no MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      // A Room AI task, so the VibePeak request counts of the next test stay its own.
      const id = await createFlythrough(gw.url, gw.gateway.sandbox!.roomai.media.livingRoomPhoto);
      const streams = Array.from({ length: 20 }, () => {
        const c = connectWs(gw.url);
        connections.push(c);
        return c.subscribe(TASK_SUBSCRIPTION, { id });
      });
      await Promise.all(streams.map((s) => s.until((x) => x.events.length > 0, 10_000, 'first event')));
      await new Promise((r) => setTimeout(r, 50)); // warnings are emitted on a later tick
      for (const s of streams) s.cancel();
      expect(warnings.filter((w) => w.includes('MaxListenersExceeded'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('cause one upstream status request per poll interval, as one subscriber does, and all see the same final state', async () => {
    const one = await watch(1);
    const many = await watch(50);

    for (const run of [one, many]) {
      // Polling alone finished it: at least one status read, and no more than one per interval (jitter −10 %), plus slack for the first and last.
      expect(run.requests).toBeGreaterThanOrEqual(1);
      expect(run.requests, `${run.requests} requests in ${run.elapsedSeconds} s`).toBeLessThanOrEqual(
        Math.floor(run.elapsedSeconds / (INTERVAL_SECONDS * 0.9)) + 2,
      );
      for (const s of run.streams) expect(s.ended).toEqual({ kind: 'complete' });
    }
    // 50 watchers cost what one does (the same slow timeline; ±1 for where the ticks fall), far from 50×.
    expect(Math.abs(many.requests - one.requests), `1 subscriber: ${one.requests} requests; 50: ${many.requests}`).toBeLessThanOrEqual(1);

    const finals = many.streams.map((s) => s.events.at(-1)!.task);
    expect(finals[0]!.status).toBe('SUCCEEDED');
    expect(finals[0]!.history.at(-1)!.source).toBe('POLL');
    for (const f of finals) expect(f).toEqual(finals[0]);
    for (const s of many.streams)
      expectProgression(
        s.events.map((e) => e.task),
        'SUCCEEDED',
      );
  });

  it('identical subscriptions share one execution: 3 sockets × 20 subscribers of one task make 1 shared stream and 60 consumers; a late joiner gets the current state first; all end together', async () => {
    const metric = async (name: string) => {
      const text = await (await fetch(`${gw.url}/metrics`)).text();
      return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    };
    const id = await createPropertyVideo(gw.url, gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto, 'SLOW');
    const sockets = Array.from({ length: 3 }, () => connectWs(gw.url));
    connections.push(...sockets);
    const streams = sockets.flatMap((c) => Array.from({ length: 20 }, () => c.subscribe(TASK_SUBSCRIPTION, { id })));
    await Promise.all(streams.map((s) => s.until((x) => x.events.length > 0, 10_000, 'current state')));
    expect(await metric('tourgraph_shared_subscription_streams')).toBe(1);
    expect(await metric('tourgraph_shared_subscription_consumers')).toBe(60);
    // One listener on the task's events for all 60 (plus none left from earlier tests' ended streams).
    expect(await metric('tourgraph_event_listeners')).toBe(1);
    // A joiner once the stream has moved on starts from the state it is in now. Status reads are
    // held back meanwhile, so nothing new happens: only the shared stream's replay can answer it.
    await streams[0]!.until((x) => x.events.some((e) => e.task.status === 'PROCESSING'), 10_000, 'PROCESSING');
    const admin = gw.gateway.sandbox!.vibepeak.admin;
    admin.setFault('GET /v1/tasks/:id', { latencyMs: 2_000 });
    await new Promise((r) => setTimeout(r, 300));
    const current = streams[0]!.events.at(-1)!.task;
    const late = sockets[0]!.subscribe(TASK_SUBSCRIPTION, { id });
    // The next poll can answer 2 s after the fault at the earliest (1.7 s after this join).
    await late.until((x) => x.events.length > 0, 1_500, 'late current state, replayed');
    expect(late.events[0]!.task).toEqual(current);
    admin.clearFaults();
    const all = await Promise.all([...streams, late].map((s) => s.finished(20_000)));
    for (const s of all)
      expectProgression(
        s.events.map((e) => e.task),
        'SUCCEEDED',
      );
    const finals = all.map((s) => s.events.at(-1)!.task);
    for (const f of finals) expect(f).toEqual(finals[0]);
    expect(await metric('tourgraph_shared_subscription_streams')).toBe(0);
    expect(await metric('tourgraph_shared_subscription_consumers')).toBe(0);
  });
});
