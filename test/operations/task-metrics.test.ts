import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateFlythroughVideoDocument, CreatePropertyVideoDocument } from '../../src/generated/graphql.ts';
import { createLogger } from '../../src/log.ts';
import { vibePeak } from '../../src/providers/vibepeak/index.ts';
import { createMetrics, STORE_READING_TTL_MS, type TaskReadings } from '../../src/server/metrics.ts';
import type { TaskCount } from '../../src/tasks/store.ts';
import { newTask } from '../../src/tasks/task.ts';
import { scriptFor, startTestGateway, type TestGateway, VOICE, waitFor } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { parseMetrics, scrape } from '../support/metrics.ts';

/** `tourgraph_tasks`, `tourgraph_poll_overdue_seconds` and `tourgraph_poll_lag_seconds`, from a real gateway and store. */

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.stop();
  gw = undefined;
});

/** A VibePeak task whose poll fell due `secondsAgo` ago, put straight into the store (as a backlog, or a stopped poller, leaves one). */
async function overdueTask(gateway: TestGateway, secondsAgo: number): Promise<void> {
  const now = new Date();
  const task = newTask({
    id: randomUUID(),
    owner: 'local',
    descriptor: vibePeak.descriptor,
    input: {},
    providerRef: `ref-${randomUUID()}`,
    livemode: false,
    now,
  });
  await gateway.gateway.store.insert(task, {
    webhookToken: null,
    idempotencyKey: null,
    inputHash: '',
    nextPollAt: new Date(now.getTime() - secondsAgo * 1000).toISOString(),
    pollFailures: 0,
    deadlineAt: new Date(now.getTime() + 600_000).toISOString(),
  });
}

describe('task metrics', () => {
  it('tourgraph_tasks counts the stored tasks by provider and status, every pair of a registered provider listed (0 included)', async () => {
    const g = (gw = await startTestGateway());
    const photo = g.gateway.sandbox!.vibepeak.media.livingRoomPhoto;
    for (let i = 0; i < 2; i++) {
      const created = await g.gql(CreatePropertyVideoDocument, {
        input: { photos: [{ url: photo }], voice: VOICE, script: scriptFor(1), testScenario: 'SLOW' },
      });
      expectTypename(created.body.data!.createPropertyVideo, 'CreatePropertyVideoSuccess');
    }
    const roomai = gw.gateway.sandbox!.roomai;
    roomai.admin.queueOutcome(roomai.keys.test, 'slow');
    const room = await gw.gql(CreateFlythroughVideoDocument, { input: { photoUrl: gw.gateway.sandbox!.roomai.media.livingRoomPhoto } });
    expectTypename(room.body.data!.createFlythroughVideo, 'CreateFlythroughVideoSuccess');

    const s = await scrape(gw.url);
    const tasks = s.find('tourgraph_tasks');
    expect(tasks.map((t) => `${t.labels.provider} ${t.labels.status}`).sort()).toEqual(
      ['ROOM_AI', 'VIBEPEAK'].flatMap((p) => ['CANCELLED', 'FAILED', 'PROCESSING', 'QUEUED', 'SUCCEEDED'].map((st) => `${p} ${st}`)).sort(),
    );
    // Each is queued or already processing at the provider (all three are slow); none has ended.
    expect(s.value('tourgraph_tasks', { provider: 'VIBEPEAK' })).toBe(2);
    expect(s.value('tourgraph_tasks', { provider: 'ROOM_AI' })).toBe(1);
    expect((s.value('tourgraph_tasks', { status: 'SUCCEEDED' }) ?? 0) + (s.value('tourgraph_tasks', { status: 'FAILED' }) ?? 0)).toBe(0);
    const stored = await gw.gateway.store.countByStatus();
    for (const { provider, status, count } of stored) expect(s.value('tourgraph_tasks', { provider, status })).toBe(count);
  });

  it('tourgraph_poll_overdue_seconds shows a poll waiting past its due time; tourgraph_poll_lag_seconds observes how late it ran', async () => {
    gw = await startTestGateway();
    await gw.gateway.poller.stop();
    await overdueTask(gw, 45);
    const before = await scrape(gw.url);
    expect(before.value('tourgraph_poll_overdue_seconds', { provider: 'VIBEPEAK' })).toBeGreaterThanOrEqual(45);
    expect(before.value('tourgraph_poll_overdue_seconds', { provider: 'VIBEPEAK' })).toBeLessThan(55);
    expect(before.value('tourgraph_poll_overdue_seconds', { provider: 'ROOM_AI' })).toBe(0);
    expect(before.value('tourgraph_poll_lag_seconds_count', { provider: 'VIBEPEAK' })).toBeUndefined();

    gw.gateway.poller.start();
    const after = await waitFor(async () => {
      const s = await scrape(gw!.url);
      return (s.value('tourgraph_upstream_polls_total', { provider: 'VIBEPEAK' }) ?? 0) > 0 ? s : undefined;
    });
    const lag = (le: string) => after.value('tourgraph_poll_lag_seconds_bucket', { provider: 'VIBEPEAK', le });
    expect(after.value('tourgraph_poll_lag_seconds_count', { provider: 'VIBEPEAK' })).toBe(1);
    expect(lag('30')).toBe(0);
    expect(lag('60')).toBe(1);
    expect(after.value('tourgraph_poll_lag_seconds_sum', { provider: 'VIBEPEAK' })).toBeGreaterThanOrEqual(45);
    expect(after.value('tourgraph_poll_lag_seconds_sum', { provider: 'VIBEPEAK' })).toBeLessThan(55);
  });

  it('tourgraph_poll_lag_seconds: polls of a task followed as usual are observed as on time (the poller looks at least once a second)', async () => {
    gw = await startTestGateway();
    const photo = gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto;
    await gw.gql(CreatePropertyVideoDocument, { input: { photos: [{ url: photo }], voice: VOICE, script: scriptFor(1), testScenario: 'SUCCESS' } });
    const s = await waitFor(async () => {
      const x = await scrape(gw!.url);
      return (x.value('tourgraph_poll_lag_seconds_count', { provider: 'VIBEPEAK' }) ?? 0) >= 2 ? x : undefined;
    });
    const count = s.value('tourgraph_poll_lag_seconds_count', { provider: 'VIBEPEAK' })!;
    // Room for a loaded test machine: 30 s, as in the test above, would be far out.
    expect(s.value('tourgraph_poll_lag_seconds_bucket', { provider: 'VIBEPEAK', le: '2.5' })).toBe(count);
  });
});

describe('task gauges read the store at most once per reading', () => {
  /** A store whose answers the test sets, counting the queries. */
  function fakeStore(counts: TaskCount[]) {
    const calls = { counts: 0, due: 0 };
    let failing = false;
    const store: TaskReadings = {
      countByStatus: async () => {
        calls.counts++;
        if (failing) throw new Error('connection refused');
        return counts;
      },
      nextDueAt: async () => {
        calls.due++;
        return null;
      },
    };
    return { store, calls, fail: (on: boolean) => (failing = on) };
  }

  it(`scrapes at once, or within ${STORE_READING_TTL_MS / 1000} s of each other, share one reading`, async () => {
    const fake = fakeStore([{ provider: 'VIBEPEAK', status: 'QUEUED', count: 7 }]);
    const metrics = createMetrics({ tasks: { store: fake.store, providers: ['VIBEPEAK', 'ROOM_AI'] } });
    const texts = await Promise.all(Array.from({ length: 5 }, () => metrics.render()));
    texts.push(await metrics.render());
    expect(fake.calls).toEqual({ counts: 1, due: 2 });
    for (const text of texts) {
      const queued = parseMetrics(text).filter((x) => x.name === 'tourgraph_tasks' && x.labels.status === 'QUEUED');
      expect(queued.map((x) => [x.labels.provider, x.value])).toEqual([
        ['VIBEPEAK', 7],
        ['ROOM_AI', 0],
      ]);
    }
  });

  it('a store that does not answer leaves the last values, with one warning, and is asked again at the next scrape', async () => {
    const fake = fakeStore([{ provider: 'VIBEPEAK', status: 'PROCESSING', count: 3 }]);
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (l) => void lines.push(l) });
    const metrics = createMetrics({ tasks: { store: fake.store, providers: ['VIBEPEAK'] }, logger });
    const processing = async () => parseMetrics(await metrics.render()).find((x) => x.name === 'tourgraph_tasks' && x.labels.status === 'PROCESSING')?.value;
    expect(await processing()).toBe(3);
    fake.fail(true);
    // Past the reading's life: the next scrapes ask the store, which fails.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now + STORE_READING_TTL_MS + 1);
    try {
      expect(await processing()).toBe(3);
      expect(await processing()).toBe(3);
      expect(fake.calls.counts).toBe(3);
      expect(lines.filter((l) => l.includes('task gauges keep their last values'))).toHaveLength(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
