import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.ts';
import { startTestGateway, waitFor, type TestGateway } from '../support/gateway.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';

/**
 * Issue 9, item 4: a small WebSocket `maxPayload` enforced before `connection_init`, per-client caps
 * on sockets and on subscriptions (graphql-ws and SSE together), and request and header timeouts.
 */

const TASKS = 'subscription { tasks { id status } }';
const ALICE = 'alice-key-0123456789abcdef';
const BOB = 'bob-key-0123456789abcdef';
const CAROL = 'carol-key-0123456789abcdef';
const DAVE = 'dave-key-0123456789abcdef';
const bearer = (key: string) => `Bearer ${key}`;

/** A raw graphql-transport-ws socket that sends `frame` as soon as it opens; resolves with the close code and when it came. */
function sendBeforeInit(url: string, frame: Buffer): Promise<{ code: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    ws.once('open', () => ws.send(frame, () => {}));
    // Writing into a socket the server has given up on may fail; the close code is what counts.
    ws.on('error', () => {});
    ws.once('close', (code) => resolve({ code, ms: performance.now() - started }));
    setTimeout(() => reject(new Error('no close within 15 s')), 15_000).unref();
  });
}

function rssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

describe('WebSocket frames: a small maxPayload, before connection_init', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw?.stop());

  it('a 1 MiB frame before connection_init is refused with 1009 (the default WS_MAX_PAYLOAD_BYTES is 256 KiB)', async () => {
    const { code, ms } = await sendBeforeInit(gw.url, Buffer.alloc(1024 * 1024, 0x20));
    expect(code).toBe(1009);
    expect(ms).toBeLessThan(3_000);
  });

  it('a frame under the limit is read as usual (an invalid message: 4400)', async () => {
    expect((await sendBeforeInit(gw.url, Buffer.alloc(1024, 0x20))).code).toBe(4400);
  });

  it('operations under the limit run', async () => {
    const ws = connectWs(gw.url);
    const stream = await ws.subscribe('{ providers { provider } }').finished(5_000);
    expect(stream.ended?.kind).toBe('complete');
    await ws.dispose();
  });
});

describe('WebSocket frames against a gateway process', () => {
  let gw: GatewayProcess;
  beforeAll(async () => {
    gw = await startGatewayProcess({ DATA_DIR: 'memory://', LOG_LEVEL: 'warn', WS_MAX_PAYLOAD_BYTES: '65536' });
  });
  afterAll(() => gw?.stop());

  // ws refuses each frame from its header, then reads and drops the rest until the close handshake:
  // memory churns a little but holds nothing (before: every frame buffered whole, +564 MiB for four).
  it('four unauthenticated 50 MB frames: each socket closed 1009, the process grows by less than 150 MiB', async () => {
    const before = rssMiB(gw.child.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(gw.child.pid!))), 20);
    try {
      const frame = Buffer.alloc(50 * 1024 * 1024, 0x20);
      const closes = await Promise.all(Array.from({ length: 4 }, () => sendBeforeInit(gw.url, frame)));
      expect(closes.map((c) => c.code)).toEqual([1009, 1009, 1009, 1009]);
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before, `RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MiB`).toBeLessThan(150);
  });
});

describe('per-client caps', () => {
  let gw: TestGateway;
  let open: TestGateway;
  const sockets: WsConnection[] = [];
  /** A socket that stays open (not lazy) with or without operations. */
  const socket = (url: string, key?: string) => {
    const c = connectWs(url, { lazy: false, ...(key ? { authorization: bearer(key) } : {}) });
    sockets.push(c);
    return c;
  };
  /** A socket that has been acknowledged (its first operation answered). */
  const ready = async (c: WsConnection) => {
    const s = await c.subscribe('{ __typename }').finished(5_000);
    expect(s.ended?.kind).toBe('complete');
    return c;
  };

  beforeAll(async () => {
    [gw, open] = await Promise.all([
      startTestGateway({
        GATEWAY_API_KEYS: `alice:${ALICE},bob:${BOB},carol:${CAROL},dave:${DAVE}`,
        MAX_SOCKETS_PER_CLIENT: '2',
        MAX_SUBSCRIPTIONS_PER_CLIENT: '3',
      }),
      startTestGateway({ MAX_SOCKETS_PER_CLIENT: '2' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await Promise.all([gw?.stop(), open?.stop()]);
  });

  it('MAX_SOCKETS_PER_CLIENT=2: a client’s third socket is closed 4429, another client’s is not; closing one makes room', async () => {
    const a1 = await ready(socket(gw.url, ALICE));
    await ready(socket(gw.url, ALICE));
    const a3 = socket(gw.url, ALICE);
    const refused = await a3.subscribe('{ __typename }').finished(5_000);
    expect(refused.ended?.kind).toBe('error');
    expect(a3.closes.map((c) => c.code)).toEqual([4429]);
    expect(a3.closes[0]!.reason).toMatch(/MAX_SOCKETS_PER_CLIENT=2/);
    await ready(socket(gw.url, BOB));
    await a1.dispose();
    const again = await waitFor(async () => {
      const c = socket(gw.url, ALICE);
      const s = await c.subscribe('{ __typename }').finished(5_000);
      return s.ended?.kind === 'complete' ? c : undefined;
    }, 5_000);
    expect(again.closes).toEqual([]);
  });

  it('in open mode the client is the remote address', async () => {
    await ready(socket(open.url));
    await ready(socket(open.url));
    const third = socket(open.url);
    await third.subscribe('{ __typename }').finished(5_000);
    expect(third.closes.map((c) => c.code)).toEqual([4429]);
  });

  it('MAX_SUBSCRIPTIONS_PER_CLIENT=3 counts graphql-ws and SSE together, per client; an ended one gives its slot back', async () => {
    const c1 = socket(gw.url, CAROL);
    const c2 = socket(gw.url, CAROL);
    const s1 = c1.subscribe(TASKS);
    const s2 = c2.subscribe(TASKS, {});
    const sse = subscribeSse(gw.url, TASKS, {}, { authorization: bearer(CAROL) });
    await new Promise((r) => setTimeout(r, 300));
    expect([s1.ended, s2.ended, sse.ended]).toEqual([null, null, null]);

    // The fourth, on graphql-ws: that operation's error; the socket lives on.
    const fourth = await c1.subscribe(TASKS).finished(5_000);
    const errors = (fourth.ended as { error: { message: string; extensions: { code: string } }[] }).error;
    expect(errors.map((e) => e.extensions.code)).toEqual(['TOO_MANY_CLIENT_SUBSCRIPTIONS']);
    expect(errors[0]!.message).toMatch(/At most 3 .*MAX_SUBSCRIPTIONS_PER_CLIENT/);
    expect(c1.closes).toEqual([]);
    // The fourth, over SSE: 429.
    const sseFourth = await subscribeSse(gw.url, TASKS, {}, { authorization: bearer(CAROL) }).finished(5_000);
    const refused = (sseFourth.ended as { error: { status: number; body: string } }).error;
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('TOO_MANY_CLIENT_SUBSCRIPTIONS');
    // Another client is not affected.
    const dave = socket(gw.url, DAVE);
    const his = dave.subscribe(TASKS);
    await new Promise((r) => setTimeout(r, 200));
    expect(his.ended).toBeNull();
    his.cancel();

    // Ending one (the SSE stream, closed by the client) frees a slot.
    sse.cancel();
    const fresh = await waitFor(async () => {
      const s = c2.subscribe(TASKS);
      await new Promise((r) => setTimeout(r, 150));
      return s.ended === null ? s : undefined;
    }, 5_000);
    expect(fresh.ended).toBeNull();

    // A socket that closes gives back every subscription it held: c1 holds one, c2 two.
    await Promise.all([c1.dispose(), c2.dispose()]);
    const c3 = socket(gw.url, CAROL);
    const three = await waitFor(async () => {
      const streams = [c3.subscribe(TASKS), c3.subscribe(TASKS), c3.subscribe(TASKS)];
      await new Promise((r) => setTimeout(r, 200));
      if (streams.every((x) => x.ended === null)) return streams;
      for (const x of streams) x.cancel();
      return undefined;
    }, 5_000);
    expect(three).toHaveLength(3);
  });
});

describe('request and header timeouts', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ REQUEST_TIMEOUT_SECONDS: '1', HEADERS_TIMEOUT_SECONDS: '1' });
  });
  afterAll(() => gw?.stop());

  /** Sends `head` on a raw socket and never finishes; resolves with what the server answered and when it closed. */
  function stall(head: string): Promise<{ answer: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const { hostname, port } = new URL(gw.url);
      const started = performance.now();
      const sock = connect(Number(port), hostname, () => sock.write(head));
      let answer = '';
      sock.on('data', (d) => (answer += d));
      sock.on('error', () => {});
      sock.once('close', () => resolve({ answer, ms: performance.now() - started }));
      setTimeout(() => {
        sock.destroy();
        reject(new Error(`still open after 8 s (answer so far: ${JSON.stringify(answer)})`));
      }, 8_000).unref();
    });
  }

  it('REQUEST_TIMEOUT_SECONDS=1: a body that never finishes is answered 408 and the connection closed within seconds', async () => {
    const { answer, ms } = await stall('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(4_000);
  });

  it('HEADERS_TIMEOUT_SECONDS=1: headers that never finish, the same', async () => {
    const { answer, ms } = await stall('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: appl');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(4_000);
  });

  it('long-lived streams are not requests still being received: SSE and WebSocket subscriptions outlive the timeout', async () => {
    const sse = subscribeSse(gw.url, TASKS);
    const ws = connectWs(gw.url);
    const sub = ws.subscribe(TASKS);
    await new Promise((r) => setTimeout(r, 3_000));
    expect([sse.ended, sub.ended]).toEqual([null, null]);
    sse.cancel();
    await ws.dispose();
  });
});
