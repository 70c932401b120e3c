import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PostgresTaskStore } from '../../src/store/postgres.ts';
import { newTask } from '../../src/tasks/task.ts';
import type { FlythroughInput } from '../../src/providers/roomai/input.ts';
import { startTestGateway, type TestGateway, waitFor } from '../support/gateway.ts';
import { createDatabase } from '../support/postgres-server.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';

/**
 * Bug found in review: on Postgres a task whose submit was cut off (its replica SIGKILLed between
 * the insert and the provider's answer) was recovered only at a replica's start, and only when
 * older than the submit grace; its next poll was null, so no poller ever leased it, and it stayed
 * QUEUED forever. Now a task is recorded with its next poll at the end of the submit grace (the
 * service's `SUBMIT_GRACE_MS`), and a poller of any replica that finds it still unsubmitted ends it.
 * Here the record is written as the service writes it, with the grace already over.
 */
const INPUT: FlythroughInput = { photoUrl: 'https://example.com/room.jpg', style: null, prompt: 'a slow pan' };
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of closers.reverse()) await c().catch(() => {});
});

describe('interrupted submissions with replicas', () => {
  it("a task whose submit was cut off is taken up by a running replica's poller, never offered as safe to resubmit (bug: it stayed QUEUED forever, then: it ended retryable)", async () => {
    const url = await createDatabase(inject('postgresUrl'));
    // What the killed replica left: records inserted before their submits, never answered.
    const store = await PostgresTaskStore.open({ url });
    closers.push(() => store.close());
    const now = new Date();
    const deadlineAt = new Date(now.getTime() + 15 * 60_000).toISOString();
    const insert = async (webhookToken: string | null) => {
      const task = newTask({ id: randomUUID(), owner: 'local', livemode: false, now, descriptor: roomAi.descriptor, input: INPUT });
      await store.insert(task, {
        webhookToken,
        idempotencyKey: null,
        inputHash: 'h',
        // As the service records it, SUBMIT_GRACE_MS ago: its submit cannot still be in flight.
        nextPollAt: now.toISOString(),
        pollFailures: 0,
        deadlineAt,
      });
      return task;
    };
    // One the provider can report at its own webhook URL, one it cannot (no token was given).
    const reportable = await insert(randomUUID().replaceAll('-', ''));
    const unreportable = await insert(null);

    // The replica comes back at once (or another replica is running): recovery skips them as "recent".
    const gw: TestGateway = await startTestGateway({ DATABASE_URL: url });
    closers.push(() => gw.stop());
    await waitFor(async () => ((await store.get(unreportable.id))!.task.status === 'FAILED' ? true : undefined), 10_000, 50);
    const failed = (await store.get(unreportable.id))!;
    expect(failed.task.error).toMatchObject({ code: 'SUBMIT_OUTCOME_UNKNOWN', retryable: false });
    expect(failed.task.history.at(-1)?.source).toBe('RECOVERY');
    expect(failed.runtime.nextPollAt).toBeNull();

    await waitFor(async () => ((await store.get(reportable.id))!.task.history.length > 0 ? true : undefined), 10_000, 50);
    const waiting = (await store.get(reportable.id))!;
    expect(waiting.task.status).toBe('QUEUED');
    expect(waiting.task.error).toBeNull();
    expect(waiting.task.history).toEqual([{ status: 'QUEUED', source: 'RECOVERY', at: expect.any(String), detail: 'SUBMIT_OUTCOME_UNKNOWN' }]);
    // Looked at again at its deadline, when it ends FAILED unless the provider has reported it.
    expect(waiting.runtime.nextPollAt).toBe(deadlineAt);
  }, 30_000);
});
