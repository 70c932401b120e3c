import { describe, expect, it } from 'vitest';
import { applySnapshot } from '../../src/tasks/apply-snapshot.ts';
import { newTask, type Task } from '../../src/tasks/task.ts';
import type { PropertyVideoInput } from '../../src/providers/vibepeak/input.ts';
import { emptySnapshot, type TaskSnapshot, type TaskStatus } from '../../src/tasks/provider.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';
import { vibePeak } from '../../src/providers/vibepeak/index.ts';

/** `applySnapshot`, the one rule for how a task changes: monotonic, idempotent, recorded. */

const T0 = new Date('2026-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function aTask(provider: 'ROOM_AI' | 'VIBEPEAK' = 'VIBEPEAK'): Task {
  const common = { id: '00000000-0000-4000-8000-000000000001', owner: 'local', providerRef: 'task_1', livemode: false, now: T0 };
  return provider === 'VIBEPEAK'
    ? newTask({
        ...common,
        descriptor: vibePeak.descriptor,
        input: { photos: [{ url: 'https://example.com/a.jpg' }], modificationMode: 'no_modify' } as PropertyVideoInput,
      })
    : newTask({ ...common, descriptor: roomAi.descriptor, input: { photoUrl: 'https://example.com/a.jpg' } });
}

const snap = (status: TaskStatus, extra: Partial<TaskSnapshot> = {}): TaskSnapshot => ({ ...emptySnapshot(status), ...extra });
const video = { url: 'https://cdn.example/v.mp4', coverImageUrl: null, durationSeconds: 30, resolution: '1080p', expiresAt: null };
const failure = { code: 'GENERATION_FAILED', message: 'no', providerCode: 'GENERATION_FAILED', retryable: true };

/** Applies snapshots in order, returning every intermediate task. */
function run(task: Task, steps: [TaskSnapshot, Parameters<typeof applySnapshot>[2], number][]): Task[] {
  const out: Task[] = [];
  let t = task;
  for (const [s, source, sec] of steps) {
    t = applySnapshot(t, s, source, at(sec)).task;
    out.push(t);
  }
  return out;
}

describe('applySnapshot', () => {
  it('the first snapshot is recorded in history with its source, and bumps version and updatedAt', () => {
    const { task, changed } = applySnapshot(aTask(), snap('QUEUED', { queuePosition: 3 }), 'SUBMIT', at(1));
    expect(changed).toBe(true);
    expect(task.version).toBe(1);
    expect(task.updatedAt).toBe(at(1).toISOString());
    expect(task.history).toEqual([{ status: 'QUEUED', source: 'SUBMIT', at: at(1).toISOString(), detail: null }]);
    expect(task.queuePosition).toBe(3);
  });

  it('records each status change with its source and time, and only status changes', () => {
    const [, , , , done] = run(aTask('ROOM_AI'), [
      [snap('QUEUED'), 'SUBMIT', 1],
      [snap('PROCESSING', { providerProgress: 0.2 }), 'POLL', 2],
      [snap('PROCESSING', { providerProgress: 0.5 }), 'POLL', 3],
      [snap('PROCESSING', { providerProgress: 0.9 }), 'REFRESH', 4],
      [snap('SUCCEEDED', { video }), 'WEBHOOK', 5],
    ]);
    expect(done!.history).toEqual([
      { status: 'QUEUED', source: 'SUBMIT', at: at(1).toISOString(), detail: null },
      { status: 'PROCESSING', source: 'POLL', at: at(2).toISOString(), detail: null },
      { status: 'SUCCEEDED', source: 'WEBHOOK', at: at(5).toISOString(), detail: null },
    ]);
    expect(done!.version).toBe(5);
    expect(done!.video).toEqual(video);
    expect(done!.progress).toBe(1);
    expect(done!.completedAt).toBe(at(5).toISOString());
  });

  it('a failure is recorded with its code as the detail', () => {
    const [, failed] = run(aTask(), [
      [snap('QUEUED'), 'SUBMIT', 1],
      [snap('FAILED', { error: failure }), 'DEADLINE', 2],
    ]);
    expect(failed!.status).toBe('FAILED');
    expect(failed!.error).toEqual(failure);
    expect(failed!.history.at(-1)).toEqual({ status: 'FAILED', source: 'DEADLINE', at: at(2).toISOString(), detail: 'GENERATION_FAILED' });
  });

  for (const terminal of ['SUCCEEDED', 'FAILED'] as const) {
    it(`a ${terminal} task never changes, whatever comes next`, () => {
      const [, ended] = run(aTask(), [
        [snap('QUEUED'), 'SUBMIT', 1],
        [terminal === 'SUCCEEDED' ? snap('SUCCEEDED', { video }) : snap('FAILED', { error: failure }), 'POLL', 2],
      ]);
      for (const s of [
        snap('QUEUED', { queuePosition: 1 }),
        snap('PROCESSING', { providerProgress: 0.99 }),
        snap('SUCCEEDED', { video: { ...video, url: 'https://cdn.example/other.mp4' } }),
        snap('FAILED', { error: { ...failure, code: 'OTHER' } }),
      ]) {
        for (const source of ['POLL', 'WEBHOOK', 'REFRESH', 'DEADLINE', 'RECOVERY'] as const) {
          const next = applySnapshot(ended!, s, source, at(10));
          expect(next.changed, `${s.status} via ${source}`).toBe(false);
          expect(next.task).toBe(ended);
        }
      }
    });
  }

  it('a stale snapshot (a lower status) is ignored', () => {
    const [, processing] = run(aTask(), [
      [snap('QUEUED', { queuePosition: 2 }), 'SUBMIT', 1],
      [snap('PROCESSING', { startedAt: at(2).toISOString() }), 'POLL', 2],
    ]);
    const stale = applySnapshot(processing!, snap('QUEUED', { queuePosition: 1 }), 'WEBHOOK', at(3));
    expect(stale.changed).toBe(false);
    expect(stale.task).toBe(processing);
    expect(stale.task.status).toBe('PROCESSING');
    expect(stale.task.queuePosition).toBeNull();
  });

  it('the same snapshot twice: the second changes nothing', () => {
    const first = applySnapshot(aTask('ROOM_AI'), snap('PROCESSING', { providerProgress: 0.4 }), 'POLL', at(1));
    expect(first.changed).toBe(true);
    const second = applySnapshot(first.task, snap('PROCESSING', { providerProgress: 0.4 }), 'WEBHOOK', at(2));
    expect(second.changed).toBe(false);
    expect(second.task).toBe(first.task);

    const done = applySnapshot(first.task, snap('SUCCEEDED', { video }), 'WEBHOOK', at(3)).task;
    const again = applySnapshot(done, snap('SUCCEEDED', { video }), 'WEBHOOK', at(4));
    expect(again.changed).toBe(false);
    expect(again.task.history).toHaveLength(done.history.length);
    expect(again.task.updatedAt).toBe(done.updatedAt);
  });

  it('progress never decreases: a lower reported percent is ignored, the estimate only moves forward', () => {
    const tasks = run(aTask('ROOM_AI'), [
      [snap('PROCESSING', { providerProgress: 0.6 }), 'POLL', 1],
      [snap('PROCESSING', { providerProgress: 0.3 }), 'POLL', 2],
      [snap('PROCESSING', { providerProgress: 0.7 }), 'POLL', 3],
      [snap('PROCESSING', { providerProgress: 0.65 }), 'WEBHOOK', 4],
    ]);
    expect(tasks.map((t) => t.progress)).toEqual([0.6, 0.6, 0.7, 0.7]);
    expect(tasks.map((t) => t.progressEstimated)).toEqual([false, false, false, false]);

    // VibePeak reports no percent: estimated from the queue, then from elapsed time against the ETA.
    const eta = at(100).toISOString();
    const estimated = run(aTask('VIBEPEAK'), [
      [snap('QUEUED', { queuePosition: 4, estimatedCompletionAt: eta }), 'SUBMIT', 0],
      [snap('QUEUED', { queuePosition: 9, estimatedCompletionAt: eta }), 'POLL', 5],
      [snap('PROCESSING', { startedAt: at(10).toISOString() }), 'POLL', 10],
      [snap('PROCESSING', { startedAt: at(10).toISOString() }), 'POLL', 40],
      [snap('PROCESSING', { startedAt: at(10).toISOString() }), 'POLL', 70],
      [snap('QUEUED', { queuePosition: 20 }), 'WEBHOOK', 75],
      [snap('FAILED', { error: failure }), 'POLL', 80],
    ]);
    const fractions = estimated.map((t) => t.progress!);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!, `step ${i}: ${fractions.join(', ')}`).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(fractions[4]!).toBeGreaterThan(fractions[2]!);
    expect(fractions.every((f) => f > 0 && f < 1)).toBe(true);
    expect(estimated.slice(0, 5).every((t) => t.progressEstimated)).toBe(true);
  });
});
