import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import type { TestGateway } from '../support/gateway.ts';
import {
  createCalls,
  createdTask,
  createFlythrough,
  createProperty,
  fetchBytes,
  flythroughInput,
  listedIds,
  propertyInput,
  readTask,
  startGatewayOn,
  waitForStatus,
} from './api-fixtures.ts';

/**
 * Tasks live in SQLite on disk (`DATA_DIR`): a gateway stopped and started again on the same
 * folder and the same provider serves the same tasks, and resumes polling the unfinished ones.
 */

const KEYS = { roomai: SANDBOX_KEYS.roomai.live, vibepeak: SANDBOX_KEYS.vibepeak.live };

let sb: Sandbox;
let dataDir: string;
let first: TestGateway | undefined;
let second: TestGateway | undefined;

beforeAll(async () => {
  sb = await startSandbox({ timeScale: 0.01 });
  dataDir = await mkdtemp(join(tmpdir(), 'tourgraph-api-persistence-'));
});
afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await sb?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('persistence across a restart', () => {
  it('finished and unfinished tasks of both kinds survive a restart; the unfinished one then completes', async () => {
    first = await startGatewayOn(sb, KEYS, { DATA_DIR: dataDir });

    const flyDone = createdTask((await createFlythrough(first, flythroughInput(sb), 'persist-fly')).result);
    const propDone = createdTask((await createProperty(first, propertyInput(sb), 'persist-prop')).result);
    // The next live VibePeak task runs three times longer: it is still running when the gateway stops.
    sb.vibepeak.admin.queueOutcome(KEYS.vibepeak, 'slow');
    const propSlow = createdTask((await createProperty(first, propertyInput(sb, { photos: 2 }))).result);
    const finishedFly = await waitForStatus(first, flyDone.id, ['SUCCEEDED']);
    const finishedProp = await waitForStatus(first, propDone.id, ['SUCCEEDED']);
    const beforeStop = {
      ids: await listedIds(first),
      fly: finishedFly,
      prop: finishedProp,
      slow: await readTask(first, propSlow.id),
    };
    expect(['QUEUED', 'PROCESSING']).toContain(beforeStop.slow.status);
    // Served again at the same address: tasks' video URLs are the gateway's own (signed with the key kept in the data folder).
    const address = { PORT: new URL(first.url).port, PUBLIC_URL: first.url };
    await first.stop();
    first = undefined;
    expect((await readdir(dataDir)).length).toBeGreaterThan(0);

    second = await startGatewayOn(sb, KEYS, { DATA_DIR: dataDir, ...address });
    sb.vibepeak.admin.resetCounters();
    sb.roomai.admin.resetCounters();

    // Same ids, same order, same finished state.
    expect(await listedIds(second)).toEqual(beforeStop.ids);
    expect(await readTask(second, flyDone.id)).toEqual(beforeStop.fly);
    expect(await readTask(second, propDone.id)).toEqual(beforeStop.prop);
    const fetched = await fetchBytes(beforeStop.fly.video!.url);
    expect(fetched.status).toBe(200);
    expect(fetched.contentType).toBe('video/mp4');

    // The unfinished one kept its identity and history, and is polled to the end by the new process.
    const slowAfter = await readTask(second, propSlow.id);
    expect(slowAfter.createdAt).toBe(beforeStop.slow.createdAt);
    expect(slowAfter.history.slice(0, beforeStop.slow.history.length)).toEqual(beforeStop.slow.history);
    const slowDone = await waitForStatus(second, propSlow.id, ['SUCCEEDED'], undefined, 25_000);
    expect(slowDone.video!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\//);
    expect(slowDone.history.at(-1)).toMatchObject({ status: 'SUCCEEDED', source: 'POLL' });

    // Idempotency keys survive too: a retry after the restart is the same task and no new upstream create.
    const retry = (await createProperty(second, propertyInput(sb), 'persist-prop')).result;
    expect(createdTask(retry).id).toBe(propDone.id);
    const retryFly = (await createFlythrough(second, flythroughInput(sb), 'persist-fly')).result;
    expect(createdTask(retryFly).id).toBe(flyDone.id);
    expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 0 });
  });
});
