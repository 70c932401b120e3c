import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisTaskEvents } from '../../src/events/redis.ts';
import { createLogger } from '../../src/log.ts';
import { RESYNC, type TaskEvent } from '../../src/tasks/events.ts';
import { newTask, type Task } from '../../src/tasks/task.ts';
import type { FlythroughInput } from '../../src/providers/roomai/input.ts';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.ts';
import { startRedis, type RedisServer } from '../support/redis-server.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';

/**
 * Bugs found in review, in src/events/redis.ts, on a Redis of this file's own (the tests kill
 * connections, which must not disturb other files on the shared server).
 */

const INPUT: FlythroughInput = { photoUrl: 'https://example.com/room.jpg', style: null, prompt: 'a slow pan' };
const task = (owner: string, version = 1): Task => ({
  ...newTask({ id: crypto.randomUUID(), owner, livemode: false, now: new Date(), descriptor: roomAi.descriptor, input: INPUT }),
  version,
});

/** Collects what a listener gets, in the background. */
function collect(it: AsyncIterableIterator<TaskEvent>): TaskEvent[] {
  const got: TaskEvent[] = [];
  void (async () => {
    for await (const e of it) got.push(e);
  })();
  return got;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: RedisServer;
const opened: { close(): Promise<unknown> }[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const o of opened.reverse()) await o.close().catch(() => {});
  await redis?.stop();
});

describe('redis task events', () => {
  it("two deployments on different Redis databases (redis://host/1, redis://host/2) do not see each other's tasks", async () => {
    // Pub/sub ignores the database number, and the channel is not configurable (openEvents passes no channel).
    const prod = await RedisTaskEvents.connect({ url: `${redis.url}/1`, logger: createLogger({ level: 'silent' }) });
    const staging = await RedisTaskEvents.connect({ url: `${redis.url}/2`, logger: createLogger({ level: 'silent' }) });
    opened.push(prod, staging);
    // Both deployments have a client named "local" (open mode) or "acme".
    const stagingView = collect(staging.ofOwner('acme'));
    prod.publish(task('acme'));
    await sleep(300);
    // Closed here: the crash test below publishes on the default channel too.
    await Promise.all([prod.close(), staging.close()]);
    expect(stagingView, 'a task of the prod deployment reached a staging subscriber').toEqual([]);
  });

  it("when only a replica's publishing connection drops, the other replicas still learn they missed events", async () => {
    const warnings: string[] = [];
    const aLog = createLogger({ level: 'warn', write: (line) => void warnings.push(line) });
    const a = await RedisTaskEvents.connect({ url: redis.url, logger: aLog, channel: 'review:pubdrop' });
    const b = await RedisTaskEvents.connect({ url: redis.url, logger: createLogger({ level: 'silent' }), channel: 'review:pubdrop' });
    opened.push(a, b);
    const t = task('acme');
    const bView = collect(b.ofTask(t.id));

    // Kill every non-pub/sub connection: A's and B's publishers drop; both subscribers stay up.
    const admin = new Redis(redis.url, { lazyConnect: true });
    await admin.connect();
    await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
    await admin.quit();
    // Publish until one publish fails (bounded): that change never reaches B through Redis.
    let version = 1;
    const deadline = Date.now() + 2_000;
    while (!warnings.some((l) => l.includes('cannot publish')) && Date.now() < deadline) {
      a.publish({ ...t, version: ++version });
      await sleep(5);
    }
    expect(
      warnings.some((l) => l.includes('cannot publish')),
      'a publish failed while the publisher was away',
    ).toBe(true);
    const lastFailed = version;
    // Wait for the publisher to come back, then give B time to hear anything.
    await sleep(1_500);
    const heard = bView.filter((e) => e === RESYNC || (e as Task).version >= lastFailed);
    expect(heard, 'B neither got the change published during the outage nor a RESYNC telling it to re-read').not.toEqual([]);
  });

  it('a malformed but valid-JSON message on the channel does not crash a replica', async () => {
    // `JSON.parse` is guarded, the shape is not: `parsed.origin` on `null`, or `task.id` on a
    // message without a task, throws inside ioredis's 'messageBuffer' handler: an uncaught exception.
    const gw: GatewayProcess = await startGatewayProcess({ REDIS_URL: redis.url, DATA_DIR: 'memory://', LOG_LEVEL: 'warn' });
    opened.push({ close: () => gw.stop() });
    const admin = new Redis(redis.url);
    try {
      await admin.publish('tourgraph:tasks', JSON.stringify({ origin: 'someone-else' }));
      await sleep(500);
    } finally {
      await admin.quit();
    }
    expect({ exitCode: gw.child.exitCode, signal: gw.child.signalCode }, gw.output().slice(-1500)).toEqual({ exitCode: null, signal: null });
  });
});
