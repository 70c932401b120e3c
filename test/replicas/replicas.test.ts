import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import {
  createFlythrough,
  createPropertyVideo,
  expectProgression,
  gqlAt,
  readTask,
  ROOMAI_TEST_KEY,
  sleep,
  TASK_SUBSCRIPTION,
  TASKS_SUBSCRIPTION,
  uuidOf,
  VIBEPEAK_TEST_KEY,
} from '../live/helpers.ts';
import { freePort } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.ts';
import { createDatabase } from '../support/postgres-server.ts';
import { startRedis, type RedisServer } from '../support/redis-server.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';

/**
 * Replicas as users run them: separate `node src/main.ts` processes on one Postgres and one Redis,
 * all talking to one sandbox (in this test process, behind a proxy that counts status reads per
 * task). Webhooks for every replica go to replica A, as they would go to a load balancer.
 */

const REFRESH = graphql(`
  mutation ReplicasRefresh($id: ID!) {
    refreshTask(id: $id) { __typename ... on RefreshTaskSuccess { task { status } } }
  }
`);

/** Forwards everything to `target` and counts `GET /v1/tasks/:id` per task and time. */
async function countingProxy(target: string): Promise<{ url: string; reads: Map<string, number[]>; close(): Promise<void>; server: Server }> {
  const reads = new Map<string, number[]>();
  const server = createServer(async (req, res) => {
    const match = req.method === 'GET' ? /^\/v1\/tasks\/([^/?]+)/.exec(req.url ?? '') : null;
    if (match) reads.set(match[1]!, [...(reads.get(match[1]!) ?? []), Date.now()]);
    try {
      const upstream = await request(`${target}${req.url}`, {
        method: req.method as 'GET',
        headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'connection')) as Record<string, string>,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req,
      });
      res.writeHead(upstream.statusCode, upstream.headers as Record<string, string>);
      for await (const chunk of upstream.body) res.write(chunk);
      res.end();
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reads,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('replicas on one Postgres and one Redis', () => {
  let sandbox: Sandbox;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let redis: RedisServer;
  let databaseUrl: string;
  const procs: GatewayProcess[] = [];
  const sockets: WsConnection[] = [];
  let portA: number;
  const INTERVAL = 0.5;

  const env = (port: number): Record<string, string> => ({
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    DATA_DIR: 'memory://',
    VIBEPEAK_API_KEY: VIBEPEAK_TEST_KEY,
    VIBEPEAK_BASE_URL: proxy.url,
    ROOMAI_API_KEY: ROOMAI_TEST_KEY,
    ROOMAI_BASE_URL: sandbox.roomai.baseUrl,
    PUBLIC_URL: `http://127.0.0.1:${portA}`,
    POLL_MIN_INTERVAL_SECONDS: '0.05',
    POLL_VIBEPEAK_INTERVAL_SECONDS: String(INTERVAL),
    POLL_ROOMAI_INTERVAL_SECONDS: '30',
    POLL_LEASE_SECONDS: '2',
  });
  const start = async (port: number) => {
    const p = await startGatewayProcess(env(port));
    procs.push(p);
    return p;
  };

  beforeAll(async () => {
    // Slow test-mode VibePeak task at this scale: about 0.9 s queued, 4.5 s processing.
    sandbox = await startSandbox({ timeScale: 0.03 });
    proxy = await countingProxy(sandbox.vibepeak.baseUrl);
    redis = await startRedis();
    databaseUrl = await createDatabase(inject('postgresUrl'));
    portA = await freePort();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await Promise.all(procs.map((p) => p.kill()));
    await proxy?.close();
    await redis?.stop();
    await sandbox?.stop();
  });

  it('a subscriber on replica A sees every change of a task created on replica B (mutation, poller); a Room AI webhook landing on A finishes B’s task', async () => {
    const a = await start(portA);
    const b = await start(await freePort());
    const wsA = connectWs(a.url);
    sockets.push(wsA);
    const mine = wsA.subscribe(TASKS_SUBSCRIPTION, {});
    await sleep(200);

    const id = await createPropertyVideo(b.url, sandbox.vibepeak.media.livingRoomPhoto, 'SUCCESS');
    const live = await wsA.subscribe(TASK_SUBSCRIPTION, { id }).finished(20_000);
    expect(live.ended).toEqual({ kind: 'complete' });
    expectProgression(
      live.events.map((e) => e.task),
      'SUCCEEDED',
    );
    // The `tasks` stream on A saw B's create (QUEUED) and the changes after it.
    await mine.until((s) => s.events.some((e) => e.tasks.id === id && e.tasks.status === 'SUCCEEDED'), 10_000, 'SUCCEEDED on A');
    expect(mine.events.filter((e) => e.tasks.id === id)[0]!.tasks.status).toBe('QUEUED');

    // Room AI: created on B, its webhook reaches A (PUBLIC_URL), and B's subscriber sees it finish.
    const fly = await createFlythrough(b.url, sandbox.roomai.media.livingRoomPhoto);
    const wsB = connectWs(b.url);
    sockets.push(wsB);
    const flyStream = await wsB.subscribe(TASK_SUBSCRIPTION, { id: fly }).finished(30_000);
    expect(flyStream.ended).toEqual({ kind: 'complete' });
    const done = flyStream.events.at(-1)!.task;
    expect(done.status).toBe('SUCCEEDED');
    expect(done.history.at(-1)!.source).toBe('WEBHOOK');
    expect(a.output()).not.toContain('"level":"error"');
    expect(b.output()).not.toContain('"level":"error"');
  });

  it('each due task is read by exactly one replica per interval: 2 replicas, 12 tasks, no double reads', async () => {
    const [a, b] = procs;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await createPropertyVideo(i % 2 ? a!.url : b!.url, sandbox.vibepeak.media.livingRoomPhoto, 'SLOW'));
    const refs = await Promise.all(ids.map(async (id) => (await readTask(a!.url, id)).id));
    expect(refs).toHaveLength(12);
    // Provider refs, from the proxy's view: the task ids it has seen reads for.
    await sleep(1000);
    const windowStart = Date.now();
    await sleep(3000);
    const windowEnd = Date.now();
    const perTask = [...proxy.reads.values()].map((times) => times.filter((t) => t >= windowStart && t < windowEnd).length).filter((n) => n > 0);
    expect(perTask.length).toBeGreaterThanOrEqual(12);
    // 3 s at a 0.5 s interval with up to 10 % jitter: 5 to 7 reads each (fewer on a loaded machine,
    // where polls run late). Two replicas both polling would read 10 or more.
    for (const n of perTask) {
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(7);
    }
    // And consecutive reads of one task are an interval apart, never two at once.
    for (const times of proxy.reads.values()) {
      const inWindow = times.filter((t) => t >= windowStart && t < windowEnd);
      for (let i = 1; i < inWindow.length; i++) expect(inWindow[i]! - inWindow[i - 1]!).toBeGreaterThan(INTERVAL * 1000 * 0.6);
    }
  });

  it('a replica SIGKILLed mid-poll loses no task: its leases lapse to the other, which finishes every one', async () => {
    const [a, b] = procs;
    // Status reads hang for 1.5 s, so polls are in flight when A dies.
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await createPropertyVideo(a!.url, sandbox.vibepeak.media.livingRoomPhoto, 'SLOW'));
    sandbox.vibepeak.admin.setFault('GET /v1/tasks/:id', { latencyMs: 1500, times: 8 });
    await sleep(800);
    await a!.kill();
    expect(a!.child.signalCode).toBe('SIGKILL');
    sandbox.vibepeak.admin.clearFaults();
    const wsB = connectWs(b!.url);
    sockets.push(wsB);
    const streams = ids.map((id) => wsB.subscribe(TASK_SUBSCRIPTION, { id }));
    const finished = await Promise.all(streams.map((s) => s.finished(30_000)));
    for (const s of finished) {
      expect(s.ended).toEqual({ kind: 'complete' });
      expect(s.events.at(-1)!.task.status).toBe('SUCCEEDED');
    }
    // Every one of the earlier tasks ended too (nothing stuck in a dead replica's lease).
    for (const id of ids) expect((await readTask(b!.url, id)).status).toBe('SUCCEEDED');
    expect(uuidOf(ids[0]!)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when the link to Redis drops and returns, a live subscription re-reads its task: a change made meanwhile on another replica still arrives', async () => {
    for (const p of procs.splice(0)) await p.kill();
    // No polls in this test's time (60 s interval): the change comes from a refresh on B alone.
    const slow = { POLL_VIBEPEAK_INTERVAL_SECONDS: '60' };
    const b = await startGatewayProcess({ ...env(await freePort()), ...slow });
    const c = await startGatewayProcess({ ...env(await freePort()), ...slow });
    procs.push(b, c);
    const id = await createPropertyVideo(b.url, sandbox.vibepeak.media.livingRoomPhoto, 'SLOW');
    const wsC = connectWs(c.url);
    sockets.push(wsC);
    const live = wsC.subscribe(TASK_SUBSCRIPTION, { id });
    const mine = wsC.subscribe(TASKS_SUBSCRIPTION, {});
    await live.until((s) => s.events.length > 0, 10_000, 'current state');
    await sleep(200);

    // Redis goes away; the task finishes at the provider and B records it (its publish fails).
    redis.kill();
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ provider_ref: string }>('select provider_ref from tasks where id = $1', [uuidOf(id)]);
    await db.end();
    expect(sandbox.vibepeak.admin.completeNow(rows[0]!.provider_ref, 'success')).toBe(true);
    const refreshed = (await gqlAt(b.url, REFRESH, { id })).body.data!.refreshTask;
    expectTypename(refreshed, 'RefreshTaskSuccess');
    expect(refreshed.task.status).toBe('SUCCEEDED');
    await sleep(500);
    expect(
      live.events.map((e) => e.task.status),
      'the change reached C with Redis down: nothing to resync',
    ).not.toContain('SUCCEEDED');

    await redis.restart();
    const done = await live.finished(15_000);
    expect(done.ended).toEqual({ kind: 'complete' });
    expectProgression(
      done.events.map((e) => e.task),
      'SUCCEEDED',
    );
    expect(c.output()).toContain('redis reconnected');
    // The `tasks` stream re-read what changed while it could not hear: the task's SUCCEEDED version.
    await mine.until((s) => s.events.some((e) => e.tasks.id === id && e.tasks.status === 'SUCCEEDED'), 10_000, 'SUCCEEDED on the tasks stream');
    expect(b.output()).toContain('cannot publish task events');
  });
});
