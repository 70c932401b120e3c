import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SANDBOX_KEYS, startSandbox } from '../../src/sandbox/index.ts';
import { JobStore, type Job } from '../../src/sandbox/jobs.ts';
import { Scheduler } from '../../src/sandbox/scheduler.ts';
import { call, pollUntil, propertyRequest, type VibePeakBody } from './helpers.ts';

const live = SANDBOX_KEYS.vibepeak.live;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sandbox state and shutdown', () => {
  it('persists balances and tasks in stateDir; a task keeps progressing across a restart', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'tourgraph-sandbox-'));
    dirs.push(stateDir);
    const first = await startSandbox({ timeScale: 0.002, stateDir });
    first.vibepeak.admin.setBalance(live, 500);
    const created = await call<VibePeakBody>(`${first.vibepeak.baseUrl}/v1/real-estate/living-property`, { key: live, body: propertyRequest(first) });
    expect(created.status).toBe(202);
    await first.stop();

    const second = await startSandbox({ timeScale: 0.002, stateDir });
    try {
      expect(second.vibepeak.admin.balance(live)).toBe(490);
      const id = created.json.task_id!;
      const seen = await pollUntil(
        () => call<VibePeakBody>(`${second.vibepeak.baseUrl}/v1/tasks/${id}`, { key: live }),
        (a) => a.json.status === 'completed',
      );
      expect(seen.at(-1)!.json.result!.video_url.startsWith(second.vibepeak.origin)).toBe(true);
    } finally {
      await second.stop();
    }
  });

  it('stop() closes keep-alive sockets, aborts a blocking request and frees the ports', async () => {
    const sandbox = await startSandbox({ timeScale: 1 });
    expect((await call(`${sandbox.vibepeak.baseUrl}/health`)).status).toBe(200);
    const blocking = call(`${sandbox.roomai.baseUrl}/generate`, {
      key: SANDBOX_KEYS.roomai.live,
      body: { model: 'video', image: sandbox.roomai.media.livingRoomPhoto },
    });
    await new Promise((r) => setTimeout(r, 100));
    await sandbox.stop();
    await expect(blocking).rejects.toMatchObject({ code: expect.stringMatching(/^(UND_ERR_SOCKET|ECONNRESET)$/) });
    await expect(call(`${sandbox.vibepeak.baseUrl}/health`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('JobStore', () => {
  it('settles a job whose timer fires before Date.now() reaches its end (timers run on a monotonic clock)', () => {
    const pending: (() => void)[] = [];
    const scheduler = Object.assign(new Scheduler(), { after: (_delay: number, fn: () => void) => void pending.push(fn) });
    const ended: string[] = [];
    const store = new JobStore<Job>({ scheduler, onEnd: (job) => void ended.push(job.id), changed: () => {} });
    const now = Date.now();
    store.add({ id: 'j1', apiKey: 'k', createdAt: now, startAt: now, endAt: now + 10, outcome: 'success', settled: false });

    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 9);
    pending.shift()!(); // the timer fires a millisecond early
    expect(ended).toEqual([]);
    expect(pending).toHaveLength(1);
    clock.mockReturnValue(now + 10);
    pending.shift()!();
    expect(ended).toEqual(['j1']);
    clock.mockRestore();
  });
});
