import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { freePort } from '../support/gateway.ts';
import { startGatewayProcess } from '../support/gateway-process.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import {
  count,
  createPropertyVideo,
  expectProgression,
  readTask,
  TASK_SUBSCRIPTION,
  VIBEPEAK_STATUS_ROUTE,
  VIBEPEAK_TEST_KEY,
  type LiveTask,
} from './helpers.ts';

/**
 * The gateway as a real process (`node src/main.ts`) on an on-disk store, against a sandbox that
 * lives in this test process and so outlives it: SIGKILL it mid-task, start another on the same
 * DATA_DIR, and the task still completes and a new subscription sees it. No PUBLIC_URL, so no
 * webhooks: only the restarted poller can finish the task.
 */
describe('crash recovery', () => {
  let sandbox: Sandbox;
  let dataDir: string;
  const children: ChildProcess[] = [];
  const connections: WsConnection[] = [];

  beforeAll(async () => {
    // Slow test-mode task at this scale: 0.9 s queued, 4.5 s processing.
    sandbox = await startSandbox({ timeScale: 0.03 });
    dataDir = await mkdtemp(join(tmpdir(), 'tourgraph-crash-'));
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.dispose()));
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await sandbox?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Starts `node src/main.ts` on the shared DATA_DIR, against this test's sandbox. */
  async function startChild(port: number): Promise<{ child: ChildProcess; url: string; output: () => string }> {
    const gw = await startGatewayProcess({
      PORT: String(port),
      DATA_DIR: dataDir,
      VIBEPEAK_API_KEY: VIBEPEAK_TEST_KEY,
      VIBEPEAK_BASE_URL: sandbox.vibepeak.baseUrl,
      ROOMAI_API_KEY: sandbox.roomai.keys.test,
      ROOMAI_BASE_URL: sandbox.roomai.baseUrl,
      // Required with a Room AI key; a closed port, so only polling can finish tasks here.
      PUBLIC_URL: 'http://127.0.0.1:1',
      POLL_MIN_INTERVAL_SECONDS: '0.05',
      POLL_VIBEPEAK_INTERVAL_SECONDS: '0.2',
      POLL_ROOMAI_INTERVAL_SECONDS: '0.2',
    });
    children.push(gw.child);
    return gw;
  }

  function killed(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  it('a task whose gateway was SIGKILLed mid-task completes after a restart on the same DATA_DIR, and a new subscription sees it', async () => {
    const port = await freePort();
    const first = await startChild(port);
    const id = await createPropertyVideo(first.url, sandbox.vibepeak.media.livingRoomPhoto, 'SLOW');

    // Wait until the first gateway has polled it to PROCESSING, then kill it mid-task.
    const ws1 = connectWs(first.url);
    connections.push(ws1);
    const live = ws1.subscribe<{ task: LiveTask }>(TASK_SUBSCRIPTION, { id });
    await live.until((s) => s.events.some((e) => e.task.status === 'PROCESSING'), 15_000, 'PROCESSING');
    await killed(first.child);
    const killedAt = Date.now();
    expect(first.child.signalCode).toBe('SIGKILL');
    await live.finished(10_000);
    expect(
      live.events.every((e) => e.task.status !== 'SUCCEEDED'),
      'the task ended before the kill: nothing to recover',
    ).toBe(true);
    const pollsBefore = count(sandbox.vibepeak.admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY);

    const second = await startChild(port);
    const ws2 = connectWs(second.url);
    connections.push(ws2);
    const stream = await ws2.subscribe<{ task: LiveTask }>(TASK_SUBSCRIPTION, { id }).finished(20_000);
    expect(stream.ended, second.output()).toEqual({ kind: 'complete' });
    const events = stream.events.map((e) => e.task);
    expectProgression(events, 'SUCCEEDED');
    const done = events.at(-1)!;
    // The new gateway finished it by polling, after the old one was gone.
    expect(done.history.at(-1)!.source).toBe('POLL');
    expect(Date.parse(done.completedAt!)).toBeGreaterThan(killedAt);
    expect(count(sandbox.vibepeak.admin, VIBEPEAK_STATUS_ROUTE, VIBEPEAK_TEST_KEY)).toBeGreaterThan(pollsBefore);
    // The history kept what the first gateway recorded.
    expect(done.history.map((h) => h.status)).toEqual(['QUEUED', 'PROCESSING', 'SUCCEEDED']);
    expect(await readTask(second.url, id)).toEqual(done);
    await killed(second.child);
  });
});
