import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PostgresTaskStore } from '../../src/store/postgres.ts';
import { SqliteTaskStore } from '../../src/store/sqlite.ts';
import { queueOrder, type AdmissionRule } from '../../src/tasks/queue.ts';
import { BudgetGuardError, type BudgetGuard, type LedgerEntry } from '../../src/tasks/spend.ts';
import type { TaskStore } from '../../src/tasks/store.ts';
import { newTask, type Task, type TaskRuntime } from '../../src/tasks/task.ts';
import type { PropertyVideoInput } from '../../src/providers/vibepeak/input.ts';
import { vibePeak } from '../../src/providers/vibepeak/index.ts';
import { createDatabase } from '../support/postgres-server.ts';

/**
 * The queue, budget and ledger half of the `TaskStore` contract, on both engines: admission within
 * an account's limit (configured, learned, held), the fair order, cancelling, the ledger's once-only
 * charges, and budgets that racing writers (replicas, on Postgres) cannot overspend. Every test
 * gets a store of its own: the queue is per provider account, shared by everything in one store.
 */

const T0 = new Date('2026-03-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const INPUT = {
  photos: [{ url: 'https://example.com/a.jpg', roomType: 'kitchen' }],
  voice: { voiceId: 'v1', language: 'en' },
} as unknown as PropertyVideoInput;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
});

const engines: { name: string; open(): Promise<{ store: TaskStore; replicas(n: number): Promise<TaskStore[]> }> }[] = [
  {
    name: 'sqlite',
    async open() {
      const store = await SqliteTaskStore.open({ dataDir: 'memory://' });
      cleanups.push(() => store.close());
      return { store, replicas: async (n) => Array.from({ length: n }, () => store) };
    },
  },
  {
    name: 'postgres',
    async open() {
      const url = await createDatabase(inject('postgresUrl'));
      const open = async () => {
        const s = await PostgresTaskStore.open({ url, poolSize: 4 });
        cleanups.push(() => s.close());
        return s;
      };
      const store = await open();
      return { store, replicas: (n) => Promise.all(Array.from({ length: n }, open)) };
    },
  },
];

/** A live VibePeak task (10 credits, charged at creation) of `owner`, created at T0 + `seconds`. */
function aTask(owner: string, seconds = 0): Task {
  return newTask({ id: randomUUID(), owner, livemode: true, now: at(seconds), descriptor: vibePeak.descriptor, input: INPUT });
}
const runtime = (): TaskRuntime => ({
  webhookToken: null,
  idempotencyKey: null,
  inputHash: 'h',
  nextPollAt: at(120).toISOString(),
  pollFailures: 0,
  deadlineAt: at(3600).toISOString(),
});
const rule = (configuredLimit: number | null, now = at(1), learnedSince = at(-900)): AdmissionRule => ({
  configuredLimit,
  learnedSince,
  now,
  graceUntil: new Date(now.getTime() + 120_000).toISOString(),
  deadlineAt: new Date(now.getTime() + 1_200_000).toISOString(),
});

/** The task as the provider accepting it leaves it: a reference, charged. */
const accepted = (task: Task): Task => ({ ...task, providerRef: `ref-${task.id}`, charged: true, version: task.version + 1 });
const ended = (task: Task): Task => ({ ...task, status: 'SUCCEEDED', version: task.version + 1 });

describe.each(engines)('queue, budgets and ledger: $name', (engine) => {
  it('admits at once while the account has room; past its limit a task waits, unpolled and not taken for an interrupted submit', async () => {
    const { store } = await engine.open();
    const first = aTask('alice');
    const second = aTask('alice', 1);
    expect(await store.enqueue(first, runtime(), 0, [], rule(1))).toBe('ADMITTED');
    expect(await store.enqueue(second, runtime(), 0, [], rule(1))).toBe('WAITING');
    expect((await store.get(first.id))!.runtime.nextPollAt).toBe(at(120).toISOString());
    expect((await store.get(second.id))!.runtime.nextPollAt).toBeNull();
    expect((await store.interruptedSubmissions(at(10_000))).map((s) => s.task.id)).toEqual([first.id]);
    expect(await store.admit('VIBEPEAK', rule(1), 10)).toEqual([]);
    expect(await store.accounts(at(-900))).toEqual([{ account: 'VIBEPEAK', waiting: 1, inFlight: 1, learnedLimit: null, heldUntil: null }]);

    // The first ends: its slot goes to the waiting one, whose next look is the submit grace.
    expect(await store.update(ended(first), 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    const admitted = await store.admit('VIBEPEAK', rule(1, at(5)), 10);
    expect(admitted.map((a) => a.stored.task.id)).toEqual([second.id]);
    expect(admitted[0]!.stored.runtime.nextPollAt).toBe(new Date(at(5).getTime() + 120_000).toISOString());
    // Its deadline counts from now, not from its creation: the wait in our queue is not the provider's time.
    expect(admitted[0]!.stored.runtime.deadlineAt).toBe(new Date(at(5).getTime() + 1_200_000).toISOString());
    expect(admitted[0]!.entry).toMatchObject({ taskId: second.id, owner: 'alice', priority: 0 });
    expect(await store.admit('VIBEPEAK', rule(1, at(5)), 10)).toEqual([]);
  });

  it('admits clients in turn (a burst does not starve another client), then by priority, then by arrival, as queueOrder numbers them', async () => {
    const { store } = await engine.open();
    const blocker = aTask('carol');
    await store.enqueue(blocker, runtime(), 0, [], rule(1));
    const a = [aTask('alice', 1), aTask('alice', 2), aTask('alice', 3)];
    const b = [aTask('bob', 4), aTask('bob', 5)];
    const urgent = aTask('alice', 6);
    for (const t of a) expect(await store.enqueue(t, runtime(), 0, [], rule(1))).toBe('WAITING');
    for (const t of b) expect(await store.enqueue(t, runtime(), 0, [], rule(1))).toBe('WAITING');
    expect(await store.enqueue(urgent, runtime(), 5, [], rule(1))).toBe('WAITING');

    const expected = [urgent.id, b[0]!.id, a[0]!.id, b[1]!.id, a[1]!.id, a[2]!.id];
    expect(queueOrder(await store.queueOf('VIBEPEAK'))).toEqual(expected);
    // The store admits in that order, one slot at a time.
    await store.update(ended(blocker), 0, { nextPollAt: null, pollFailures: 0 });
    const order: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      const [next] = await store.admit('VIBEPEAK', rule(1, at(10 + i)), 10);
      order.push(next!.stored.task.id);
      await store.update(ended(next!.stored.task), next!.stored.task.version, { nextPollAt: null, pollFailures: 0 });
    }
    expect(order).toEqual(expected);
  });

  it('a held account admits nothing until the hold ends; a learned limit holds while fresh, a configured one always', async () => {
    const { store } = await engine.open();
    const tasks = [aTask('alice'), aTask('alice', 1), aTask('alice', 2)];
    // No limit known: all three go.
    for (const t of tasks) expect(await store.enqueue(t, runtime(), 0, [], rule(null))).toBe('ADMITTED');
    // The provider says 2: learned, and the account held for 5 s.
    await store.holdAccount('VIBEPEAK', at(6), 2, at(1));
    expect(await store.accounts(at(-900))).toEqual([{ account: 'VIBEPEAK', waiting: 0, inFlight: 3, learnedLimit: 2, heldUntil: at(6).toISOString() }]);
    const fourth = aTask('alice', 3);
    expect(await store.enqueue(fourth, runtime(), 0, [], rule(null, at(2)))).toBe('WAITING');
    await store.update(ended(tasks[0]!), 0, { nextPollAt: null, pollFailures: 0 });
    expect(await store.admit('VIBEPEAK', rule(null, at(3)), 10)).toEqual([]); // held
    expect(await store.admit('VIBEPEAK', rule(null, at(7)), 10)).toEqual([]); // 2 in flight, learned limit 2
    // Once the learned limit is stale, the account is probed above it.
    const probed = await store.admit('VIBEPEAK', rule(null, at(7), at(2)), 10);
    expect(probed.map((p) => p.stored.task.id)).toEqual([fourth.id]);
  });

  it('cancels only a waiting task, with its change; an admitted one is no longer cancellable', async () => {
    const { store } = await engine.open();
    const running = aTask('alice');
    const waiting = aTask('alice', 1);
    await store.enqueue(running, runtime(), 0, [], rule(1));
    await store.enqueue(waiting, runtime(), 0, [], rule(1));
    const cancelled: Task = { ...waiting, status: 'CANCELLED', version: 1 };
    expect(await store.cancelWaiting({ ...running, status: 'CANCELLED', version: 1 }, 0)).toBe(false);
    expect(await store.cancelWaiting({ ...cancelled, version: 5 }, 4)).toBe(false); // wrong version: nothing written
    expect((await store.queueOf('VIBEPEAK')).waiting.map((w) => w.taskId)).toEqual([waiting.id]);
    expect(await store.cancelWaiting(cancelled, 0)).toBe(true);
    expect((await store.get(waiting.id))!.task.status).toBe('CANCELLED');
    expect((await store.queueOf('VIBEPEAK')).waiting).toEqual([]);
    expect(await store.cancelWaiting(cancelled, 1)).toBe(false);
  });

  it('a waiting task goes back to the queue with its change, keeping its place; updateWaiting touches only waiting tasks', async () => {
    const { store } = await engine.open();
    const blocker = aTask('alice');
    const t = aTask('bob', 1);
    await store.enqueue(blocker, runtime(), 0, [], rule(1));
    await store.enqueue(t, runtime(), 0, [], rule(1));
    expect(await store.updateWaiting({ ...t, queuePosition: 1, version: 1 }, 0)).toBe(true);
    await store.update(ended(blocker), 0, { nextPollAt: null, pollFailures: 0 });
    const [admitted] = await store.admit('VIBEPEAK', rule(1, at(5)), 10);
    expect(admitted!.stored.task.queuePosition).toBe(1);
    // Admitted: a position can no longer be written over its state.
    expect(await store.updateWaiting({ ...admitted!.stored.task, queuePosition: 2, version: 2 }, 1)).toBe(false);
    // The provider said busy: back in the queue, with its old entry.
    const busy: Task = { ...admitted!.stored.task, version: 2 };
    expect(await store.update(busy, 1, { nextPollAt: null, pollFailures: 0 }, null, [], { requeue: admitted!.entry })).toBe(true);
    expect((await store.queueOf('VIBEPEAK')).waiting).toEqual([admitted!.entry]);
    expect((await store.get(t.id))!.runtime.nextPollAt).toBeNull();
  });

  it('records a charge with its change, once per task; sums what an owner spent and what its unfinished tasks hold', async () => {
    const { store } = await engine.open();
    const t = aTask('alice');
    await store.enqueue(t, runtime(), 0, [], rule(null));
    const since = at(-60).toISOString();
    expect(await store.budgetUse('alice', 'CREDITS', since)).toEqual({ spent: 0, reserved: 10 });
    const charge = (id = randomUUID()): LedgerEntry => ({
      id,
      taskId: t.id,
      owner: 'alice',
      provider: 'VIBEPEAK',
      account: 'sha256:0123456789abcdef',
      unit: 'CREDITS',
      amount: 10,
      kind: 'CHARGE',
      at: at(2).toISOString(),
    });
    const first = charge();
    // A lost race writes nothing, its charge neither.
    expect(await store.update(accepted(t), 7, { nextPollAt: null, pollFailures: 0 }, null, [], { ledger: [charge()] })).toBe(false);
    expect(await store.update(accepted(t), 0, { nextPollAt: null, pollFailures: 0 }, null, [], { ledger: [first] })).toBe(true);
    expect(await store.budgetUse('alice', 'CREDITS', since)).toEqual({ spent: 10, reserved: 0 });
    // The same charge again (a replayed change) is dropped.
    expect(await store.update({ ...accepted(t), version: 2 }, 1, { nextPollAt: null, pollFailures: 0 }, null, [], { ledger: [charge()] })).toBe(true);
    expect(await store.ledger('alice', at(0).toISOString(), at(60).toISOString())).toEqual([first]);
    expect(await store.ledger('alice', at(3).toISOString(), at(60).toISOString())).toEqual([]);
    expect(await store.ledger('bob', at(0).toISOString(), at(60).toISOString())).toEqual([]);
    expect(await store.budgetUse('alice', 'CREDITS', at(3).toISOString())).toEqual({ spent: 0, reserved: 0 });
  });

  it('ten racing creates on a budget of 20 (10 each) record exactly two, across replicas', async () => {
    const { replicas } = await engine.open();
    const stores = await replicas(5);
    const guard: BudgetGuard = { budget: { unit: 'CREDITS', limit: 20, period: 'MONTH' }, since: at(-60).toISOString() };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => stores[i % stores.length]!.enqueue(aTask('alice', i), runtime(), 0, [guard], rule(null))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(8);
    for (const r of refused) expect(r.reason).toBeInstanceOf(BudgetGuardError);
    expect((refused[0]!.reason as BudgetGuardError).use).toEqual({ spent: 0, reserved: 20 });
  });

  it('replicas admitting at once never exceed the limit between them', async () => {
    const { store, replicas } = await engine.open();
    const stores = await replicas(4);
    const blockers = [aTask('alice'), aTask('alice', 1)];
    for (const b of blockers) await store.enqueue(b, runtime(), 0, [], rule(2));
    for (let i = 0; i < 8; i++) expect(await store.enqueue(aTask(`client-${i % 3}`, 2 + i), runtime(), 0, [], rule(2))).toBe('WAITING');
    for (const b of blockers) await store.update(ended(b), 0, { nextPollAt: null, pollFailures: 0 });
    const rounds = await Promise.all(stores.flatMap((s) => [s.admit('VIBEPEAK', rule(2, at(5)), 10), s.admit('VIBEPEAK', rule(2, at(5)), 10)]));
    expect(rounds.flat()).toHaveLength(2);
    expect((await store.accounts(at(-900)))[0]).toMatchObject({ waiting: 6, inFlight: 2 });
  });
});
