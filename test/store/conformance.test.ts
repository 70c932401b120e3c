import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DataDirLockedError } from '../../src/store/lock.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations.ts';
import { PostgresTaskStore } from '../../src/store/postgres.ts';
import { SqliteTaskStore } from '../../src/store/sqlite.ts';
import { DuplicateKeyError, type TaskStore } from '../../src/tasks/store.ts';
import { newTask, type Task, type TaskRuntime } from '../../src/tasks/task.ts';
import type { WebhookDelivery } from '../../src/tasks/webhook-deliveries.ts';
import type { FlythroughInput } from '../../src/providers/roomai/input.ts';
import type { ProviderId as Provider, TaskStatus } from '../../src/tasks/provider.ts';
import type { PropertyVideoInput } from '../../src/providers/vibepeak/input.ts';
import { createDatabase } from '../support/postgres-server.ts';
import { roomAi } from '../../src/providers/roomai/index.ts';
import { vibePeak } from '../../src/providers/vibepeak/index.ts';

/**
 * The `TaskStore` contract (src/tasks/store.ts), one suite run against every engine: SQLite in
 * memory, SQLite in a data folder, and Postgres (a database of its own). Then what only one engine
 * has: Postgres migrations shared by replicas, and the SQLite data-folder lock across processes.
 *
 * Time never comes from the clock here: every `now` is T0 plus some seconds, so leases lapse when
 * a test says so. Each test uses an owner of its own and deletes every task it inserted, so the
 * queries that look at all tasks (leaseDue, nextDueAt, interruptedSubmissions) start from nothing.
 */

const T0 = new Date('2026-03-01T12:00:00.123Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const LEASE_MS = 60_000;
const PROVIDERS: Provider[] = ['ROOM_AI', 'VIBEPEAK'];

const VIBEPEAK_INPUT = {
  photos: [{ url: 'https://example.com/a.jpg', roomType: 'kitchen' }],
  voice: { voiceId: 'v1', language: 'en' },
} as unknown as PropertyVideoInput;
const ROOMAI_INPUT: FlythroughInput = { photoUrl: 'https://example.com/room.jpg', style: null, prompt: 'a slow pan' };

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tourgraph-store-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a store, closed in afterAll (closing twice is harmless, a rule tested below). */
async function opened<S extends TaskStore>(open: Promise<S>): Promise<S> {
  const store = await open;
  cleanups.push(() => store.close());
  return store;
}

interface Harness {
  store: TaskStore;
  /** `n` handles on the same tasks, as `n` replicas have them: separate stores (pools) on Postgres; the one store on SQLite, which one process holds. */
  replicas(n: number): Promise<TaskStore[]>;
  /** Another store of this engine on data of its own. */
  another(): Promise<TaskStore>;
}

const engines: { name: string; start(): Promise<Harness> }[] = [
  {
    name: 'sqlite (memory://)',
    async start() {
      const store = await opened(SqliteTaskStore.open({ dataDir: 'memory://' }));
      return { store, replicas: async (n) => Array.from({ length: n }, () => store), another: () => opened(SqliteTaskStore.open({ dataDir: 'memory://' })) };
    },
  },
  {
    name: 'sqlite (data folder)',
    async start() {
      const store = await opened(SqliteTaskStore.open({ dataDir: await tempDir() }));
      return {
        store,
        replicas: async (n) => Array.from({ length: n }, () => store),
        another: async () => opened(SqliteTaskStore.open({ dataDir: await tempDir(), synchronous: 'full' })),
      };
    },
  },
  {
    name: 'postgres',
    async start() {
      const url = await createDatabase(inject('postgresUrl'));
      const store = await opened(PostgresTaskStore.open({ url }));
      return {
        store,
        replicas: (n) => Promise.all(Array.from({ length: n }, () => opened(PostgresTaskStore.open({ url, poolSize: 3 })))),
        another: async () => opened(PostgresTaskStore.open({ url: await createDatabase(inject('postgresUrl')) })),
      };
    },
  },
];

interface TaskSpec {
  id?: string;
  owner?: string;
  provider?: Provider;
  status?: TaskStatus;
  providerRef?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
  version?: number;
}

describe.each(engines)('TaskStore contract: $name', (engine) => {
  let h: Harness;
  let store: TaskStore;
  /** This test's owner; another owner is `${owner}-other`. */
  let owner: string;
  /** Every task this test inserted, deleted after it. */
  let inserted: string[] = [];

  beforeAll(async () => {
    h = await engine.start();
    store = h.store;
  });
  beforeEach(() => {
    owner = `owner-${randomUUID()}`;
    inserted = [];
  });
  afterEach(async () => {
    for (const id of inserted) await store.delete(id);
    await clearDeliveries();
  });

  /** Deletes every delivery through the contract itself: lease all (their leases lapsed by then), finish them, prune them. */
  async function clearDeliveries(): Promise<void> {
    const late = at(1_000_000);
    for (let round = 0; round < 100; round++) {
      const batch = await store.leaseDeliveries(late, 1_000, LEASE_MS, 'cleanup');
      for (const d of batch) await store.recordDelivery({ ...d, status: 'FAILED', nextAttemptAt: null }, 'cleanup');
      if (batch.length === 0) break;
    }
    await store.pruneDeliveries(at(10_000_000), 1_000_000);
  }

  function aTask(spec: TaskSpec = {}): Task {
    const createdAt = spec.createdAt ?? T0;
    const common = {
      id: spec.id ?? randomUUID(),
      owner: spec.owner ?? owner,
      providerRef: spec.providerRef === undefined ? `ref-${randomUUID()}` : spec.providerRef,
      livemode: false,
      now: createdAt,
    };
    const task =
      (spec.provider ?? 'VIBEPEAK') === 'VIBEPEAK'
        ? newTask({ ...common, descriptor: vibePeak.descriptor, input: VIBEPEAK_INPUT })
        : newTask({ ...common, descriptor: roomAi.descriptor, input: ROOMAI_INPUT });
    return { ...task, status: spec.status ?? task.status, updatedAt: (spec.updatedAt ?? createdAt).toISOString(), version: spec.version ?? 0 };
  }
  const aRuntime = (runtime: Partial<TaskRuntime> = {}): TaskRuntime => ({
    webhookToken: null,
    idempotencyKey: null,
    inputHash: 'input-hash',
    nextPollAt: null,
    pollFailures: 0,
    deadlineAt: iso(3600),
    ...runtime,
  });
  /** Inserts a task (deleted after the test). */
  async function put(spec: TaskSpec = {}, runtime: Partial<TaskRuntime> = {}): Promise<Task> {
    const task = aTask(spec);
    await store.insert(task, aRuntime(runtime));
    inserted.push(task.id);
    return task;
  }
  /** A task whose poll is due `secondsAgo` before T0. */
  const due = (secondsAgo = 1, spec: TaskSpec = {}) => put(spec, { nextPollAt: iso(-secondsAgo) });
  const nextPollAt = async (id: string) => (await store.get(id))!.runtime.nextPollAt;
  const ids = (tasks: readonly { task: Task }[]) => tasks.map((s) => s.task.id).sort();
  const sorted = (list: readonly string[]) => [...list].sort();

  // --- records ---

  it('get returns what insert stored: the task document and its runtime fields, ISO dates to the millisecond', async () => {
    const task: Task = {
      ...aTask({ provider: 'ROOM_AI', status: 'PROCESSING', createdAt: at(-10), updatedAt: at(-2) }),
      progress: 0.375,
      progressEstimated: true,
      queuePosition: 3,
      estimatedCompletionAt: iso(120),
      startedAt: iso(-5),
      charged: true,
      version: 4,
      history: [
        { status: 'QUEUED', source: 'SUBMIT', at: iso(-10), detail: null },
        { status: 'PROCESSING', source: 'WEBHOOK', at: iso(-2), detail: 'ünïcødé "quoted" \\ back' },
      ],
    };
    const runtime = aRuntime({
      webhookToken: `tok-${randomUUID()}`,
      idempotencyKey: `key-${randomUUID()}`,
      inputHash: 'abc123',
      nextPollAt: '2026-03-01T12:00:07.089Z',
      pollFailures: 2,
      deadlineAt: '2026-03-01T13:00:00.999Z',
    });
    await store.insert(task, runtime);
    inserted.push(task.id);
    const stored = await store.get(task.id);
    expect(stored).toEqual({ task, runtime });
    expect(stored!.task.createdAt).toBe(iso(-10));
    expect(stored!.runtime.nextPollAt).toBe('2026-03-01T12:00:07.089Z');
    expect(stored!.runtime.deadlineAt).toBe('2026-03-01T13:00:00.999Z');

    const plain = await put({ providerRef: null });
    expect(await store.get(plain.id)).toEqual({ task: plain, runtime: aRuntime() });
  });

  it('get of a missing id is null', async () => {
    expect(await store.get(randomUUID())).toBeNull();
  });

  it('get of an id that is not a uuid is null, not an error', async () => {
    await expect(store.get('not-a-uuid')).resolves.toBeNull();
    await expect(store.get('')).resolves.toBeNull();
  });

  it('delete removes the task; deleting a missing task is harmless', async () => {
    const task = await put();
    await store.delete(task.id);
    expect(await store.get(task.id)).toBeNull();
    await expect(store.delete(randomUUID())).resolves.toBeUndefined();
  });

  it('ping resolves', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  // --- unique keys ---

  it('a second insert with the same (owner, idempotency key) throws DuplicateKeyError and stores nothing', async () => {
    const key = `key-${randomUUID()}`;
    const first = await put({}, { idempotencyKey: key });
    const second = aTask();
    await expect(store.insert(second, aRuntime({ idempotencyKey: key }))).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await store.get(second.id)).toBeNull();
    expect((await store.findByIdempotencyKey(owner, key))!.task.id).toBe(first.id);
  });

  it('the same idempotency key under another owner is a different key', async () => {
    const key = `key-${randomUUID()}`;
    const mine = await put({}, { idempotencyKey: key });
    const theirs = await put({ owner: `${owner}-other` }, { idempotencyKey: key });
    expect((await store.findByIdempotencyKey(owner, key))!.task.id).toBe(mine.id);
    expect((await store.findByIdempotencyKey(`${owner}-other`, key))!.task.id).toBe(theirs.id);
  });

  it('null idempotency keys, provider refs and webhook tokens never collide', async () => {
    const a = await put({ providerRef: null }, { idempotencyKey: null, webhookToken: null });
    const b = await put({ providerRef: null }, { idempotencyKey: null, webhookToken: null });
    expect((await store.get(a.id))!.task.id).toBe(a.id);
    expect((await store.get(b.id))!.task.id).toBe(b.id);
  });

  it('a taken provider reference (per provider) or webhook token throws DuplicateKeyError', async () => {
    const ref = `ref-${randomUUID()}`;
    const token = `tok-${randomUUID()}`;
    await put({ provider: 'VIBEPEAK', providerRef: ref }, { webhookToken: token });
    await expect(store.insert(aTask({ provider: 'VIBEPEAK', providerRef: ref }), aRuntime())).rejects.toBeInstanceOf(DuplicateKeyError);
    await expect(store.insert(aTask(), aRuntime({ webhookToken: token }))).rejects.toBeInstanceOf(DuplicateKeyError);
    // The same reference at the other provider is another task.
    await put({ provider: 'ROOM_AI', providerRef: ref });
  });

  // --- optimistic writes ---

  it('update with the expected version writes the task, its schedule and the columns queries filter on', async () => {
    const task = await put({ providerRef: null, createdAt: at(-100) }, { nextPollAt: iso(5) });
    const next: Task = { ...task, status: 'SUCCEEDED', providerRef: `ref-${randomUUID()}`, progress: 1, completedAt: iso(1), updatedAt: iso(1), version: 1 };
    expect(await store.update(next, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    const stored = (await store.get(task.id))!;
    expect(stored.task).toEqual(next);
    expect(stored.runtime).toEqual(aRuntime({ nextPollAt: null, pollFailures: 0 }));
    // The columns beside the document moved with it.
    expect((await store.findByProviderRef('VIBEPEAK', next.providerRef!))!.task.id).toBe(task.id);
    expect((await store.list(owner, { status: ['SUCCEEDED'] }, 10, null)).tasks.map((t) => t.id)).toEqual([task.id]);
    expect((await store.list(owner, { status: ['QUEUED'] }, 10, null)).tasks).toEqual([]);
    expect(await store.interruptedSubmissions(at(0))).toEqual([]);
    expect(await store.nextDueAt(PROVIDERS)).toBeNull();
    // And the next write names the new version.
    expect(await store.update({ ...next, version: 2, updatedAt: iso(2) }, 1, { nextPollAt: iso(60), pollFailures: 3 })).toBe(true);
    expect((await store.get(task.id))!.task.version).toBe(2);
    expect((await store.get(task.id))!.runtime).toMatchObject({ nextPollAt: iso(60), pollFailures: 3 });
  });

  it('update with a stale version returns false and writes nothing', async () => {
    const task = await put({}, { nextPollAt: iso(5), pollFailures: 1 });
    const before = await store.get(task.id);
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1, updatedAt: iso(1) }, 0, { nextPollAt: iso(10), pollFailures: 0 })).toBe(true);
    const after = await store.get(task.id);
    expect(after).not.toEqual(before);
    // A second writer that read version 0 too.
    expect(await store.update({ ...task, status: 'FAILED', version: 1, updatedAt: iso(2) }, 0, { nextPollAt: null, pollFailures: 9 })).toBe(false);
    expect(await store.get(task.id)).toEqual(after);
    // Nor does an update of a task that is not there.
    expect(await store.update(aTask(), 0, { nextPollAt: null, pollFailures: 0 })).toBe(false);
  });

  // --- lookups ---

  it("getMany answers in the order asked, null for missing ids, other owners' tasks and ids that are not uuids", async () => {
    const a = await put();
    const b = await put();
    const theirs = await put({ owner: `${owner}-other` });
    expect(await store.getMany([b.id, randomUUID(), a.id, theirs.id, 'not-a-uuid', b.id], owner)).toEqual([b, null, a, null, null, b]);
    expect(await store.getMany(['nope', 'also-nope'], owner)).toEqual([null, null]);
    expect(await store.getMany([], owner)).toEqual([]);
  });

  it("findByIdempotencyKey finds the owner's task by key, null otherwise", async () => {
    const key = `key-${randomUUID()}`;
    const task = await put({}, { idempotencyKey: key, webhookToken: `tok-${randomUUID()}` });
    expect(await store.findByIdempotencyKey(owner, key)).toEqual(await store.get(task.id));
    expect(await store.findByIdempotencyKey(`${owner}-other`, key)).toBeNull();
    expect(await store.findByIdempotencyKey(owner, `key-${randomUUID()}`)).toBeNull();
  });

  it('findByProviderRef finds a task by (provider, reference), null otherwise', async () => {
    const ref = `ref-${randomUUID()}`;
    const task = await put({ provider: 'ROOM_AI', providerRef: ref });
    expect(await store.findByProviderRef('ROOM_AI', ref)).toEqual(await store.get(task.id));
    expect(await store.findByProviderRef('VIBEPEAK', ref)).toBeNull();
    expect(await store.findByProviderRef('ROOM_AI', `ref-${randomUUID()}`)).toBeNull();
  });

  it('findByWebhookToken finds a task by its token, null otherwise', async () => {
    const token = `tok-${randomUUID()}`;
    const task = await put({}, { webhookToken: token });
    expect(await store.findByWebhookToken(token)).toEqual(await store.get(task.id));
    expect(await store.findByWebhookToken(`tok-${randomUUID()}`)).toBeNull();
  });

  // --- list ---

  it("list pages through an owner's tasks newest first, ties on createdAt broken by id, with no gaps or repeats", async () => {
    const tasks: Task[] = [];
    // 25 tasks, three at a time created in the same millisecond, inserted in no particular order.
    for (const i of [7, 0, 24, 13, 3, 18, 11, 1, 22, 5, 16, 9, 20, 2, 14, 6, 23, 10, 4, 19, 12, 8, 21, 15, 17]) {
      tasks.push(await put({ createdAt: at(Math.floor(i / 3)) }));
    }
    await put({ owner: `${owner}-other`, createdAt: at(100) });
    const expected = [...tasks].sort((x, y) => (x.createdAt === y.createdAt ? (x.id < y.id ? 1 : -1) : x.createdAt < y.createdAt ? 1 : -1)).map((t) => t.id);

    const first = await store.list(owner, {}, 5, null);
    expect(first.tasks.map((t) => t.id)).toEqual(expected.slice(0, 5));
    expect(first.hasNextPage).toBe(true);
    expect(first.tasks[0]).toEqual(tasks.find((t) => t.id === expected[0]));

    for (const size of [1, 4, 7, 25]) {
      const seen: string[] = [];
      let after: { createdAt: string; id: string } | null = null;
      for (let page = 0; page < 30; page++) {
        const { tasks: got, hasNextPage } = await store.list(owner, {}, size, after);
        expect(got.length).toBeLessThanOrEqual(size);
        seen.push(...got.map((t) => t.id));
        if (!hasNextPage) break;
        const last = got.at(-1)!;
        after = { createdAt: last.createdAt, id: last.id };
      }
      expect(seen, `pages of ${size}`).toEqual(expected);
    }
    expect(await store.list(owner, {}, 25, null)).toEqual({ tasks: expected.map((id) => tasks.find((t) => t.id === id)), hasNextPage: false });
    expect(await store.list(`${owner}-nobody`, {}, 10, null)).toEqual({ tasks: [], hasNextPage: false });
  });

  it('list filters by provider, kind and any of several statuses', async () => {
    const rq = await put({ provider: 'ROOM_AI', status: 'QUEUED', createdAt: at(1) });
    const rp = await put({ provider: 'ROOM_AI', status: 'PROCESSING', createdAt: at(2) });
    const rs = await put({ provider: 'ROOM_AI', status: 'SUCCEEDED', createdAt: at(3) });
    const vf = await put({ provider: 'VIBEPEAK', status: 'FAILED', createdAt: at(4) });
    const vp = await put({ provider: 'VIBEPEAK', status: 'PROCESSING', createdAt: at(5) });
    await put({ owner: `${owner}-other`, provider: 'ROOM_AI', status: 'QUEUED', createdAt: at(6) });
    const listed = async (filter: Parameters<TaskStore['list']>[1], first = 10) => (await store.list(owner, filter, first, null)).tasks.map((t) => t.id);

    expect(await listed({ provider: 'ROOM_AI' })).toEqual([rs.id, rp.id, rq.id]);
    expect(await listed({ kind: 'PROPERTY_VIDEO' })).toEqual([vp.id, vf.id]);
    expect(await listed({ status: ['PROCESSING'] })).toEqual([vp.id, rp.id]);
    expect(await listed({ status: ['QUEUED', 'SUCCEEDED', 'FAILED'] })).toEqual([vf.id, rs.id, rq.id]);
    expect(await listed({ provider: 'ROOM_AI', status: ['QUEUED', 'PROCESSING'] })).toEqual([rp.id, rq.id]);
    expect(await listed({ provider: 'ROOM_AI', kind: 'PROPERTY_VIDEO' })).toEqual([]);
    expect(await listed({ provider: null, kind: null, status: null })).toEqual([vp.id, vf.id, rs.id, rp.id, rq.id]);
    // hasNextPage and the cursor respect the filter.
    const page = await store.list(owner, { status: ['PROCESSING', 'QUEUED'] }, 2, null);
    expect(page).toEqual({ tasks: [vp, rp], hasNextPage: true });
    expect(await store.list(owner, { status: ['PROCESSING', 'QUEUED'] }, 2, { createdAt: rp.createdAt, id: rp.id })).toEqual({
      tasks: [rq],
      hasNextPage: false,
    });
  });

  // --- changedSince ---

  it("changedSince returns only the owner's tasks updated after the time, oldest change first, at most limit", async () => {
    const old = await put({ createdAt: at(-60), updatedAt: at(-30) });
    await put({ createdAt: at(-60), updatedAt: at(0) }); // exactly at the time: not after it
    const c = await put({ createdAt: at(-60), updatedAt: at(20) });
    const a = await put({ createdAt: at(-60), updatedAt: at(0.001) });
    const b = await put({ createdAt: at(-60), updatedAt: at(10) });
    await put({ owner: `${owner}-other`, updatedAt: at(5) });
    const changed = async (limit: number) => (await store.changedSince(owner, iso(0), limit)).map((t) => t.id);

    expect(await changed(100)).toEqual([a.id, b.id, c.id]);
    expect(await changed(2)).toEqual([a.id, b.id]);
    expect(await store.changedSince(owner, iso(0), 1)).toEqual([a]);
    // An update counts as a change, at its new updatedAt.
    expect(await store.update({ ...old, status: 'PROCESSING', updatedAt: iso(15), version: 1 }, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    expect(await changed(100)).toEqual([a.id, b.id, old.id, c.id]);
    expect(await store.changedSince(owner, iso(20), 100)).toEqual([]);
  });

  // --- interruptedSubmissions ---

  it('interruptedSubmissions returns unfinished tasks without a provider reference created before the time', async () => {
    const queued = await put({ providerRef: null, status: 'QUEUED', createdAt: at(-60) });
    const processing = await put({ providerRef: null, status: 'PROCESSING', createdAt: at(-30), owner: `${owner}-other` });
    await put({ providerRef: null, status: 'FAILED', createdAt: at(-60) });
    await put({ providerRef: null, status: 'SUCCEEDED', createdAt: at(-60) });
    await put({ providerRef: 'has-a-ref', status: 'QUEUED', createdAt: at(-60) });
    await put({ providerRef: null, status: 'QUEUED', createdAt: at(0) }); // not before the time
    await put({ providerRef: null, status: 'QUEUED', createdAt: at(30) });
    const found = await store.interruptedSubmissions(at(0));
    expect(ids(found)).toEqual(sorted([queued.id, processing.id]));
    expect(found.find((s) => s.task.id === queued.id)).toEqual(await store.get(queued.id));
    expect(await store.interruptedSubmissions(at(-45))).toHaveLength(1);
    expect(await store.interruptedSubmissions(at(-120))).toEqual([]);
  });

  // --- leases ---

  it('leaseDue leases only due tasks of the given provider, at most limit, the earliest due first', async () => {
    const d30 = await due(30);
    const d20 = await due(20);
    const d10 = await due(10);
    const dNow = await due(0);
    await put({}, { nextPollAt: iso(10) }); // not yet due
    await put({}, { nextPollAt: null }); // not scheduled
    const room = await due(40, { provider: 'ROOM_AI' });

    const firstTwo = await store.leaseDue(at(0), 2, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(ids(firstTwo)).toEqual(sorted([d30.id, d20.id]));
    const rest = await store.leaseDue(at(0), 10, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(ids(rest)).toEqual(sorted([d10.id, dNow.id]));
    expect(await store.leaseDue(at(0), 10, LEASE_MS, 'poller-a', 'VIBEPEAK')).toEqual([]);
    const rooms = await store.leaseDue(at(0), 10, LEASE_MS, 'poller-a', 'ROOM_AI');
    expect(ids(rooms)).toEqual([room.id]);
    // What leaseDue returns is the stored task, its next poll at the lease's end, and when it fell due.
    expect(rooms[0]).toEqual({ task: room, runtime: aRuntime({ nextPollAt: iso(LEASE_MS / 1000) }), dueAt: iso(-40) });
  });

  it('leaseDue tells when each task fell due: its next poll before the lease, or the end of a lease that lapsed', async () => {
    const d30 = await due(30);
    const d2 = await due(2.5);
    const dNow = await due(0);
    const leased = await store.leaseDue(at(0), 10, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(Object.fromEntries(leased.map((l) => [l.task.id, l.dueAt]))).toEqual({ [d30.id]: iso(-30), [d2.id]: iso(-2.5), [dNow.id]: iso(0) });
    // poller-a died: the tasks fell due again when its lease ended, and that is how late poller-b is.
    const retaken = await store.leaseDue(at(LEASE_MS / 1000 + 7), 1, LEASE_MS, 'poller-b', 'VIBEPEAK');
    expect(retaken.map((l) => l.dueAt)).toEqual([iso(LEASE_MS / 1000)]);
  });

  it('a leased task is not leased again, by another poller or the same one, until its lease lapses; then it is', async () => {
    const task = await due(5);
    expect(ids(await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK'))).toEqual([task.id]);
    expect(await store.leaseDue(at(1), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toEqual([]);
    expect(await store.leaseDue(at(1), 5, LEASE_MS, 'poller-a', 'VIBEPEAK')).toEqual([]);
    expect(await store.leaseDue(new Date(T0.getTime() + LEASE_MS - 1), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toEqual([]);
    // poller-a died: its lease lapses and the task falls due by itself.
    const retaken = await store.leaseDue(at(LEASE_MS / 1000 + 1), 5, LEASE_MS, 'poller-b', 'VIBEPEAK');
    expect(ids(retaken)).toEqual([task.id]);
    expect(retaken[0]!.runtime.nextPollAt).toBe(iso(LEASE_MS / 1000 + 1 + LEASE_MS / 1000));
  });

  it("a leased task's next poll reads as the lease's end", async () => {
    const task = await due(5);
    const [leased] = await store.leaseDue(at(0), 1, 30_000, 'poller-a', 'VIBEPEAK');
    expect(leased!.runtime.nextPollAt).toBe(iso(30));
    expect(await nextPollAt(task.id)).toBe(iso(30));
  });

  it('nextDueAt is the earliest next poll among the providers asked, null when nothing is scheduled', async () => {
    expect(await store.nextDueAt(PROVIDERS)).toBeNull();
    await put({}, { nextPollAt: null });
    await put({ status: 'SUCCEEDED' }, { nextPollAt: null });
    expect(await store.nextDueAt(PROVIDERS)).toBeNull();
    await put({ provider: 'VIBEPEAK' }, { nextPollAt: iso(30) });
    await put({ provider: 'VIBEPEAK' }, { nextPollAt: iso(20.5) });
    await put({ provider: 'ROOM_AI' }, { nextPollAt: iso(10) });
    expect((await store.nextDueAt(PROVIDERS))!.toISOString()).toBe(iso(10));
    expect((await store.nextDueAt(['VIBEPEAK']))!.toISOString()).toBe(iso(20.5));
    expect((await store.nextDueAt(['ROOM_AI']))!.toISOString()).toBe(iso(10));
    expect(await store.nextDueAt([])).toBeNull();
  });

  it("nextDueAt counts a leased task from its lease's end", async () => {
    await due(5);
    await put({}, { nextPollAt: iso(90) });
    expect((await store.nextDueAt(PROVIDERS))!.toISOString()).toBe(iso(-5));
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect((await store.nextDueAt(PROVIDERS))!.toISOString()).toBe(iso(LEASE_MS / 1000));
  });

  it("the holder's update releases its lease and sets the next poll it names", async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: iso(-1), pollFailures: 0 }, 'poller-a')).toBe(true);
    expect(await nextPollAt(task.id)).toBe(iso(-1));
    expect(ids(await store.leaseDue(at(0), 5, LEASE_MS, 'poller-b', 'VIBEPEAK'))).toEqual([task.id]);
  });

  it("the holder's schedule releases its lease and sets the next poll and failures it names", async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    await store.schedule(task.id, 0, iso(-1), 3, 'poller-a');
    expect((await store.get(task.id))!.runtime).toMatchObject({ nextPollAt: iso(-1), pollFailures: 3 });
    expect(ids(await store.leaseDue(at(0), 5, LEASE_MS, 'poller-b', 'VIBEPEAK'))).toEqual([task.id]);
  });

  it("another writer's update (a webhook) keeps the lease and cannot pull the next poll inside it", async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: iso(-1), pollFailures: 0 }, null)).toBe(true);
    expect(Date.parse((await nextPollAt(task.id))!)).toBeGreaterThanOrEqual(at(LEASE_MS / 1000).getTime());
    expect(await store.leaseDue(at(1), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toEqual([]);
    // A writer naming some other poller is not the holder either.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 2 }, 1, { nextPollAt: iso(2), pollFailures: 0 }, 'poller-c')).toBe(true);
    expect(Date.parse((await nextPollAt(task.id))!)).toBeGreaterThanOrEqual(at(LEASE_MS / 1000).getTime());
    expect(await store.leaseDue(at(3), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toEqual([]);
    // A later next poll than the lease's end stands.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 3 }, 2, { nextPollAt: iso(300), pollFailures: 0 }, null)).toBe(true);
    expect(await nextPollAt(task.id)).toBe(iso(300));
    // The holder can still release it.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 4 }, 3, { nextPollAt: iso(-1), pollFailures: 0 }, 'poller-a')).toBe(true);
    expect(ids(await store.leaseDue(at(3), 5, LEASE_MS, 'poller-b', 'VIBEPEAK'))).toEqual([task.id]);
  });

  it("another writer's terminal update (next poll null) clears the next poll despite the lease", async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(await store.update({ ...task, status: 'SUCCEEDED', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 }, null)).toBe(true);
    expect(await nextPollAt(task.id)).toBeNull();
    expect(await store.nextDueAt(PROVIDERS)).toBeNull();
    expect(await store.leaseDue(at(3600), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toEqual([]);
  });

  it('a poller whose lease lapsed and was taken over cannot pull the next poll inside the new lease through update', async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    const takeover = at(LEASE_MS / 1000 + 1);
    expect(await store.leaseDue(takeover, 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toHaveLength(1);
    // poller-a's slow poll comes back and writes a change.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: iso(LEASE_MS / 1000 + 10), pollFailures: 0 }, 'poller-a')).toBe(
      true,
    );
    expect(Date.parse((await nextPollAt(task.id))!)).toBeGreaterThanOrEqual(takeover.getTime() + LEASE_MS);
    expect(await store.leaseDue(at(LEASE_MS / 1000 + 20), 5, LEASE_MS, 'poller-c', 'VIBEPEAK')).toEqual([]);
  });

  it('a poller whose lease lapsed and was taken over cannot pull the next poll inside the new lease through schedule (bug: schedule() ignores the lease another poller holds)', async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    const takeover = at(LEASE_MS / 1000 + 1);
    expect(await store.leaseDue(takeover, 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toHaveLength(1);
    // poller-a's slow poll comes back failing (or unchanged) and schedules its retry: task.version is still current.
    await store.schedule(task.id, 0, iso(LEASE_MS / 1000 + 10), 1, 'poller-a');
    // poller-b's poll is still in flight: no third poller may start one before its lease ends.
    expect(await store.leaseDue(at(LEASE_MS / 1000 + 20), 5, LEASE_MS, 'poller-c', 'VIBEPEAK')).toEqual([]);
    expect(Date.parse((await nextPollAt(task.id))!)).toBeGreaterThanOrEqual(takeover.getTime() + LEASE_MS);
  });

  it('schedule with a stale version does not move the next poll nor the failure count', async () => {
    const task = await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    // A webhook moves the task on while the poll is in flight.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: iso(300), pollFailures: 0 }, null)).toBe(true);
    await store.schedule(task.id, 0, iso(30), 4, 'poller-a');
    expect((await store.get(task.id))!.runtime).toMatchObject({ nextPollAt: iso(300), pollFailures: 0 });
  });

  it('schedule never re-arms a finished task, even at its current version', async () => {
    const task = await put({ status: 'SUCCEEDED' }, { nextPollAt: null });
    await store.schedule(task.id, 0, iso(30), 0, null);
    expect(await nextPollAt(task.id)).toBeNull();
    const failed = await put({ status: 'FAILED' }, { nextPollAt: null });
    await store.schedule(failed.id, 0, iso(30), 0, 'poller-a');
    expect(await nextPollAt(failed.id)).toBeNull();
    // A missing task: nothing to do, no error.
    await expect(store.schedule(randomUUID(), 0, iso(30), 0, null)).resolves.toBeUndefined();
  });

  // The three tests of the store before the engines (git: test/unit/store-schedule.test.ts), ported.

  it('a poll that raced a webhook cannot re-arm the finished task (bug: schedule() wrote unconditionally)', async () => {
    const task = await due(1);
    const [leased] = await store.leaseDue(at(0), 1, LEASE_MS, 'poller-a', 'VIBEPEAK');
    expect(leased?.task.id).toBe(task.id);
    // The webhook finishes the task while the poll is in flight…
    expect(await store.update({ ...task, status: 'SUCCEEDED', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    // …then the poll, holding the stale version, schedules its next read.
    await store.schedule(task.id, 0, iso(30), 0, 'poller-a');
    expect(await nextPollAt(task.id)).toBeNull();
  });

  it("a webhook's write keeps the poller's lease (bug: update() released any lease, so a second poll could start)", async () => {
    const task = await due(1);
    expect(await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK')).toHaveLength(1);
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: iso(-1), pollFailures: 0 })).toBe(true);
    expect(await store.leaseDue(at(0), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toHaveLength(0);
    // The holder's own write releases it.
    expect(await store.update({ ...task, status: 'PROCESSING', version: 2 }, 1, { nextPollAt: iso(-1), pollFailures: 0 }, 'poller-a')).toBe(true);
    expect(await store.leaseDue(at(0), 5, LEASE_MS, 'poller-b', 'VIBEPEAK')).toHaveLength(1);
  });

  it('nextDueAt skips tasks under lease (bug: a poll in flight made the poller spin every 10 ms)', async () => {
    await due(5);
    await store.leaseDue(at(0), 5, LEASE_MS, 'poller-a', 'VIBEPEAK');
    const next = await store.nextDueAt(PROVIDERS);
    expect(next!.getTime()).toBeGreaterThanOrEqual(T0.getTime() + LEASE_MS - 1_000);
  });

  // --- metrics ---

  it('countByStatus counts every task by provider and status, leaving out pairs without tasks', async () => {
    expect(await store.countByStatus()).toEqual([]);
    await put({ provider: 'VIBEPEAK', status: 'QUEUED' });
    await put({ provider: 'VIBEPEAK', status: 'QUEUED', owner: `${owner}-other` });
    await put({ provider: 'VIBEPEAK', status: 'SUCCEEDED' });
    await put({ provider: 'ROOM_AI', status: 'PROCESSING' });
    await put({ provider: 'ROOM_AI', status: 'PROCESSING' });
    await put({ provider: 'ROOM_AI', status: 'FAILED' });
    const byKey = (counts: { provider: string; status: string; count: number }[]) =>
      Object.fromEntries(counts.map((c) => [`${c.provider} ${c.status}`, c.count]));
    expect(byKey(await store.countByStatus())).toEqual({ 'VIBEPEAK QUEUED': 2, 'VIBEPEAK SUCCEEDED': 1, 'ROOM_AI PROCESSING': 2, 'ROOM_AI FAILED': 1 });
    const [queued] = await store.countByStatus().then((c) => c.filter((x) => x.status === 'QUEUED'));
    expect(queued).toEqual({ provider: 'VIBEPEAK', status: 'QUEUED', count: 2 });
  });

  it('countByStatus follows status changes and deletes', async () => {
    const task = await put({ status: 'QUEUED' });
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    expect(await store.countByStatus()).toEqual([{ provider: 'VIBEPEAK', status: 'PROCESSING', count: 1 }]);
    await store.delete(task.id);
    expect(await store.countByStatus()).toEqual([]);
  });

  // --- concurrency ---

  it('four replicas leasing at once, 7 at a time, lease each of 200 due tasks exactly once', async () => {
    const tasks: Task[] = [];
    for (let i = 0; i < 200; i += 20) {
      tasks.push(...(await Promise.all(Array.from({ length: 20 }, (_, j) => due(1 + ((i + j) % 37))))));
    }
    await put({ provider: 'ROOM_AI' }, { nextPollAt: iso(-1) }); // another provider's: not leased
    const replicas = await h.replicas(4);
    const leasedBy = await Promise.all(
      replicas.map(async (replica, r) => {
        const got: string[] = [];
        for (let round = 0; round < 200; round++) {
          const batch = await replica.leaseDue(at(0), 7, LEASE_MS, `replica-${r}`, 'VIBEPEAK');
          expect(batch.length).toBeLessThanOrEqual(7);
          got.push(...batch.map((s) => s.task.id));
          if (batch.length === 0) break;
        }
        return got;
      }),
    );
    const all = leasedBy.flat();
    expect(all.length).toBe(200);
    expect(new Set(all).size).toBe(200);
    expect(sorted(all)).toEqual(sorted(tasks.map((t) => t.id)));
    expect(await store.leaseDue(at(1), 500, LEASE_MS, 'late', 'VIBEPEAK')).toEqual([]);
  });

  // --- outgoing webhooks: the outbox ---

  function aDelivery(task: Task, spec: Partial<WebhookDelivery> = {}): WebhookDelivery {
    return {
      id: randomUUID(),
      owner: task.owner,
      taskId: task.id,
      eventType: 'task.updated',
      url: 'https://hooks.example.com/tourgraph?tenant=a',
      payload: JSON.stringify({ type: 'task.updated', timestamp: iso(0), data: { id: task.id } }),
      status: 'PENDING',
      attempts: 0,
      failures: 0,
      lastResponseStatus: null,
      lastError: null,
      lastAttemptAt: null,
      nextAttemptAt: iso(0),
      createdAt: iso(0),
      deliveredAt: null,
      ...spec,
    };
  }

  /** A task (inserted) whose first change queued `deliveries` (the outbox written by `update`). */
  async function withDeliveries(specs: Partial<WebhookDelivery>[], taskSpec: TaskSpec = {}): Promise<{ task: Task; deliveries: WebhookDelivery[] }> {
    const task = await put(taskSpec);
    const deliveries = specs.map((spec) => aDelivery(task, spec));
    const changed = { ...task, status: 'PROCESSING' as const, version: task.version + 1, updatedAt: iso(0) };
    expect(await store.update(changed, task.version, { nextPollAt: null, pollFailures: 0 }, null, deliveries)).toBe(true);
    return { task: changed, deliveries };
  }

  const deliveryIds = (list: readonly WebhookDelivery[]) => list.map((d) => d.id).sort();

  it('update with deliveries writes the change and its outbox rows together; getDelivery returns them as written, the payload byte for byte', async () => {
    const payload = '{"type":"task.succeeded",  "data":{"note":"ünïcødé \\"quoted\\" \\\\ back","n":1.50}}';
    const { task, deliveries } = await withDeliveries([
      { eventType: 'task.succeeded', payload, createdAt: iso(1.5), nextAttemptAt: iso(1.5) },
      {
        eventType: 'task.failed',
        status: 'FAILED',
        attempts: 3,
        failures: 3,
        lastResponseStatus: 503,
        lastError: 'the endpoint answered HTTP 503',
        lastAttemptAt: iso(2.25),
        nextAttemptAt: null,
        deliveredAt: iso(1.125),
      },
    ]);
    expect((await store.get(task.id))!.task).toEqual(task);
    for (const d of deliveries) expect(await store.getDelivery(d.id, owner)).toEqual(d);
    expect((await store.getDelivery(deliveries[0]!.id, owner))!.payload).toBe(payload);
  });

  it('an update that loses the race (stale version) writes none of its deliveries', async () => {
    const task = await put();
    const d = aDelivery(task);
    expect(await store.update({ ...task, status: 'PROCESSING', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 })).toBe(true);
    expect(await store.update({ ...task, status: 'FAILED', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 }, null, [d])).toBe(false);
    expect(await store.getDelivery(d.id, owner)).toBeNull();
    expect(await store.leaseDeliveries(at(10), 10, LEASE_MS, 'sender-a')).toEqual([]);
  });

  it('a failing outbox insert undoes the change it came with (one transaction), and nothing else', async () => {
    const { deliveries } = await withDeliveries([{}]);
    const task = await put();
    const other = aTask();
    const clash = aDelivery(task, { id: deliveries[0]!.id }); // a delivery id already taken
    const results = await Promise.allSettled([
      store.update({ ...task, status: 'SUCCEEDED', version: 1 }, 0, { nextPollAt: null, pollFailures: 0 }, null, [aDelivery(task), clash]),
      // Another write of the same moment (SQLite: the same group commit) is not undone.
      store.insert(other, aRuntime()),
    ]);
    inserted.push(other.id);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect((await store.get(task.id))!.task).toEqual(task);
    expect((await store.get(other.id))!.task).toEqual(other);
    expect((await store.listDeliveries(owner, task.id, 10, null)).deliveries).toEqual([]);
  });

  it("getDelivery is the owner's only: another owner's, a missing id and one that is not a uuid are null", async () => {
    const { deliveries } = await withDeliveries([{}]);
    expect(await store.getDelivery(deliveries[0]!.id, `${owner}-other`)).toBeNull();
    expect(await store.getDelivery(randomUUID(), owner)).toBeNull();
    await expect(store.getDelivery('not-a-uuid', owner)).resolves.toBeNull();
  });

  it('leaseDeliveries leases only PENDING due deliveries, earliest first, at most limit, their next attempt at the lease end', async () => {
    const { deliveries: d } = await withDeliveries([
      { nextAttemptAt: iso(-30) },
      { nextAttemptAt: iso(-20) },
      { nextAttemptAt: iso(0) },
      { nextAttemptAt: iso(5) }, // not yet due
      { status: 'DELIVERED', nextAttemptAt: null, deliveredAt: iso(-1) },
      { status: 'FAILED', nextAttemptAt: iso(-40) }, // finished: never leased, whatever the time says
    ]);
    const first = await store.leaseDeliveries(at(0), 2, LEASE_MS, 'sender-a');
    expect(deliveryIds(first)).toEqual(deliveryIds([d[0]!, d[1]!]));
    expect(first.find((x) => x.id === d[0]!.id)).toEqual({ ...d[0]!, nextAttemptAt: iso(LEASE_MS / 1000) });
    expect(deliveryIds(await store.leaseDeliveries(at(0), 10, LEASE_MS, 'sender-a'))).toEqual([d[2]!.id]);
    expect(await store.leaseDeliveries(at(0), 10, LEASE_MS, 'sender-b')).toEqual([]);
    expect(deliveryIds(await store.leaseDeliveries(at(5), 10, LEASE_MS, 'sender-b'))).toEqual([d[3]!.id]);
  });

  it('a leased delivery is not leased again until its lease lapses; then any sender takes it', async () => {
    const { deliveries } = await withDeliveries([{ nextAttemptAt: iso(-1) }]);
    expect(await store.leaseDeliveries(at(0), 5, LEASE_MS, 'sender-a')).toHaveLength(1);
    expect(await store.leaseDeliveries(at(1), 5, LEASE_MS, 'sender-a')).toEqual([]);
    expect(await store.leaseDeliveries(new Date(T0.getTime() + LEASE_MS - 1), 5, LEASE_MS, 'sender-b')).toEqual([]);
    // sender-a died mid-attempt: the delivery falls due again by itself.
    const retaken = await store.leaseDeliveries(at(LEASE_MS / 1000), 5, LEASE_MS, 'sender-b');
    expect(deliveryIds(retaken)).toEqual([deliveries[0]!.id]);
    // The first holder's late outcome no longer counts.
    expect(await store.recordDelivery({ ...retaken[0]!, status: 'DELIVERED', attempts: 1 }, 'sender-a')).toBe(false);
    expect((await store.getDelivery(deliveries[0]!.id, owner))!.status).toBe('PENDING');
  });

  it("recordDelivery writes the holder's outcome and releases its lease; anyone else's changes nothing", async () => {
    const { deliveries } = await withDeliveries([{ nextAttemptAt: iso(-1) }]);
    const [leased] = await store.leaseDeliveries(at(0), 1, LEASE_MS, 'sender-a');
    const retry: WebhookDelivery = {
      ...leased!,
      attempts: 1,
      failures: 1,
      lastResponseStatus: 500,
      lastError: 'the endpoint answered HTTP 500',
      lastAttemptAt: iso(0.5),
      nextAttemptAt: iso(5),
    };
    expect(await store.recordDelivery({ ...retry, status: 'DELIVERED' }, 'sender-b')).toBe(false);
    expect(await store.recordDelivery({ ...retry, status: 'DELIVERED' }, 'cleanup')).toBe(false);
    expect(await store.recordDelivery(retry, 'sender-a')).toBe(true);
    expect(await store.getDelivery(deliveries[0]!.id, owner)).toEqual(retry);
    // Released: due again at the retry time, for anyone, well inside the old lease.
    expect(await store.leaseDeliveries(at(4), 5, LEASE_MS, 'sender-b')).toEqual([]);
    const [again] = await store.leaseDeliveries(at(5), 5, LEASE_MS, 'sender-b');
    const done: WebhookDelivery = {
      ...again!,
      status: 'DELIVERED',
      attempts: 2,
      failures: 0,
      lastResponseStatus: 204,
      lastError: null,
      nextAttemptAt: null,
      lastAttemptAt: iso(6),
      deliveredAt: iso(6),
    };
    expect(await store.recordDelivery(done, 'sender-b')).toBe(true);
    expect(await store.getDelivery(deliveries[0]!.id, owner)).toEqual(done);
    // And the holder's second record (its lease is gone) changes nothing.
    expect(await store.recordDelivery({ ...done, status: 'FAILED' }, 'sender-b')).toBe(false);
  });

  it('nextDeliveryAt is the earliest next attempt of a PENDING delivery (a leased one from its lease end), null when none is pending', async () => {
    expect(await store.nextDeliveryAt()).toBeNull();
    await withDeliveries([
      { status: 'DELIVERED', nextAttemptAt: null },
      { status: 'FAILED', nextAttemptAt: null },
    ]);
    expect(await store.nextDeliveryAt()).toBeNull();
    await withDeliveries([{ nextAttemptAt: iso(30) }, { nextAttemptAt: iso(-5) }, { nextAttemptAt: iso(12.5) }]);
    expect((await store.nextDeliveryAt())!.toISOString()).toBe(iso(-5));
    await store.leaseDeliveries(at(0), 1, LEASE_MS, 'sender-a');
    expect((await store.nextDeliveryAt())!.toISOString()).toBe(iso(12.5));
  });

  it("listDeliveries pages through an owner's deliveries newest first, ties broken by id, of one task when asked, with no gaps or repeats", async () => {
    const a = await withDeliveries(Array.from({ length: 7 }, (_, i) => ({ createdAt: iso(Math.floor(i / 2)) })));
    const b = await withDeliveries(Array.from({ length: 5 }, (_, i) => ({ createdAt: iso(Math.floor(i / 2) + 0.5) })));
    await withDeliveries([{ createdAt: iso(100) }], { owner: `${owner}-other` });
    const newestFirst = (list: WebhookDelivery[]) =>
      [...list].sort((x, y) => (x.createdAt === y.createdAt ? (x.id < y.id ? 1 : -1) : x.createdAt < y.createdAt ? 1 : -1)).map((d) => d.id);
    const pages = async (taskId: string | null, size: number) => {
      const seen: string[] = [];
      let after: { createdAt: string; id: string } | null = null;
      for (let page = 0; page < 30; page++) {
        const { deliveries, hasNextPage } = await store.listDeliveries(owner, taskId, size, after);
        expect(deliveries.length).toBeLessThanOrEqual(size);
        seen.push(...deliveries.map((d) => d.id));
        if (!hasNextPage) break;
        const last = deliveries.at(-1)!;
        after = { createdAt: last.createdAt, id: last.id };
      }
      return seen;
    };
    for (const size of [1, 3, 12]) expect(await pages(null, size), `pages of ${size}`).toEqual(newestFirst([...a.deliveries, ...b.deliveries]));
    expect(await pages(a.task.id, 2)).toEqual(newestFirst(a.deliveries));
    const firstOfB = await store.listDeliveries(owner, b.task.id, 2, null);
    expect(firstOfB).toEqual({
      deliveries: newestFirst(b.deliveries)
        .slice(0, 2)
        .map((id) => b.deliveries.find((d) => d.id === id)),
      hasNextPage: true,
    });
    expect(await store.listDeliveries(`${owner}-nobody`, null, 10, null)).toEqual({ deliveries: [], hasNextPage: false });
    expect(await store.listDeliveries(owner, randomUUID(), 10, null)).toEqual({ deliveries: [], hasNextPage: false });
  });

  it("requeueDelivery makes one of the owner's deliveries PENDING and due now with a fresh schedule, attempts kept, its lease broken", async () => {
    const { deliveries } = await withDeliveries([
      { status: 'FAILED', attempts: 4, failures: 4, lastResponseStatus: 500, lastError: 'x', nextAttemptAt: null, lastAttemptAt: iso(-1) },
      { nextAttemptAt: iso(-1) },
    ]);
    const [failed, pending] = deliveries as [WebhookDelivery, WebhookDelivery];
    expect(await store.requeueDelivery(failed.id, `${owner}-other`, at(10))).toBeNull();
    expect(await store.requeueDelivery(randomUUID(), owner, at(10))).toBeNull();
    expect(await store.requeueDelivery('not-a-uuid', owner, at(10))).toBeNull();
    expect((await store.getDelivery(failed.id, owner))!.status).toBe('FAILED');

    const requeued = await store.requeueDelivery(failed.id, owner, at(10));
    expect(requeued).toEqual({ ...failed, status: 'PENDING', failures: 0, nextAttemptAt: iso(10) });
    expect(await store.getDelivery(failed.id, owner)).toEqual(requeued);

    // A delivery being sent: requeued, it is due now for anyone, and the old holder's outcome is dropped.
    const [leased] = await store.leaseDeliveries(at(0), 1, LEASE_MS, 'sender-a');
    expect(leased!.id).toBe(pending.id);
    await store.requeueDelivery(pending.id, owner, at(1));
    expect(await store.recordDelivery({ ...leased!, status: 'DELIVERED', attempts: 1 }, 'sender-a')).toBe(false);
    expect(deliveryIds(await store.leaseDeliveries(at(11), 10, LEASE_MS, 'sender-b'))).toEqual(deliveryIds([failed, pending]));
  });

  it('pruneDeliveries deletes finished deliveries created before the time, at most limit, never a PENDING one', async () => {
    const { deliveries } = await withDeliveries([
      { status: 'DELIVERED', createdAt: iso(-300), nextAttemptAt: null },
      { status: 'FAILED', createdAt: iso(-200), nextAttemptAt: null },
      { status: 'DELIVERED', createdAt: iso(-100), nextAttemptAt: null },
      { status: 'PENDING', createdAt: iso(-400), nextAttemptAt: iso(60) },
      { status: 'DELIVERED', createdAt: iso(0), nextAttemptAt: null }, // not before the time
    ]);
    const left = async () => deliveryIds((await store.listDeliveries(owner, null, 100, null)).deliveries);
    expect(await store.pruneDeliveries(at(0), 2)).toBe(2);
    expect(await left()).toHaveLength(3);
    expect(await store.pruneDeliveries(at(0), 100)).toBe(1);
    expect(await left()).toEqual(deliveryIds([deliveries[3]!, deliveries[4]!]));
    expect(await store.pruneDeliveries(at(0), 100)).toBe(0);
  });

  it('four senders leasing deliveries at once, 7 at a time, lease each of 120 due deliveries exactly once', async () => {
    const all: WebhookDelivery[] = [];
    for (let i = 0; i < 6; i++) {
      all.push(...(await withDeliveries(Array.from({ length: 20 }, (_, j) => ({ nextAttemptAt: iso(-1 - ((i * 20 + j) % 17)) })))).deliveries);
    }
    const replicas = await h.replicas(4);
    const leasedBy = await Promise.all(
      replicas.map(async (replica, r) => {
        const got: string[] = [];
        for (let round = 0; round < 200; round++) {
          const batch = await replica.leaseDeliveries(at(0), 7, LEASE_MS, `sender-${r}`);
          expect(batch.length).toBeLessThanOrEqual(7);
          got.push(...batch.map((d) => d.id));
          if (batch.length === 0) break;
        }
        return got;
      }),
    );
    const leased = leasedBy.flat();
    expect(leased.length).toBe(120);
    expect(new Set(leased).size).toBe(120);
    expect(sorted(leased)).toEqual(deliveryIds(all));
  });

  // --- closing ---

  it('close() twice is harmless', async () => {
    const other = await h.another();
    await other.insert(aTask(), aRuntime());
    await other.close();
    await expect(other.close()).resolves.toBeUndefined();
  });

  it('close() called twice at once is harmless', async () => {
    const other = await h.another();
    await other.ping();
    await expect(Promise.all([other.close(), other.close()])).resolves.toEqual([undefined, undefined]);
  });
});

describe('Postgres migrations', () => {
  const count = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    } finally {
      await client.end();
    }
  };
  const task = () =>
    newTask({
      id: randomUUID(),
      owner: 'migrations',
      descriptor: vibePeak.descriptor,
      input: VIBEPEAK_INPUT,
      providerRef: `ref-${randomUUID()}`,
      livemode: false,
      now: T0,
    });
  const runtime: TaskRuntime = { webhookToken: null, idempotencyKey: null, inputHash: 'h', nextPollAt: iso(5), pollFailures: 0, deadlineAt: iso(3600) };

  it("a second store opened on a migrated database works and sees the first one's tasks", async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const first = await opened(PostgresTaskStore.open({ url }));
    const a = task();
    await first.insert(a, runtime);
    const second = await opened(PostgresTaskStore.open({ url }));
    expect(await second.get(a.id)).toEqual({ task: a, runtime });
    const b = task();
    await second.insert(b, runtime);
    expect((await first.get(b.id))!.task).toEqual(b);
    expect(await count(url, 'select count(*) as n from schema_migrations')).toBe(POSTGRES_MIGRATIONS.length);
  });

  it('stores opening at once on a fresh database all succeed, and migrate it once (advisory lock)', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => opened(PostgresTaskStore.open({ url, poolSize: 2 }))));
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
    const stores = results.map((r) => (r as PromiseFulfilledResult<PostgresTaskStore>).value);
    const a = task();
    await stores[0]!.insert(a, runtime);
    for (const s of stores) expect((await s.get(a.id))!.task.id).toBe(a.id);
    expect(await count(url, 'select count(*) as n from schema_migrations')).toBe(POSTGRES_MIGRATIONS.length);
  });
});

describe('countByStatus reads an index, not the task documents', () => {
  const COUNT = 'select provider, status, count(*) as count from tasks group by provider, status';

  it('SQLite: a covering scan of tasks_provider_status', async () => {
    const dir = await tempDir();
    await (await SqliteTaskStore.open({ dataDir: dir })).close();
    const db = new DatabaseSync(join(dir, 'tourgraph.sqlite'));
    try {
      const plan = (db.prepare(`explain query plan ${COUNT}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
      expect(plan).toContain('USING COVERING INDEX tasks_provider_status');
    } finally {
      db.close();
    }
  });

  it('Postgres: an index-only scan of tasks_provider_status', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    await (await PostgresTaskStore.open({ url })).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // A few rows: the planner would rather read the table; what matters is that the index can answer.
      await client.query('set enable_seqscan = off');
      const plan = (await client.query<{ 'QUERY PLAN': string }>(`explain ${COUNT}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Only Scan using tasks_provider_status/);
    } finally {
      await client.end();
    }
  });
});

describe('Postgres close', () => {
  it('close() called again while the first close waits for a query in flight is harmless (bug: the second close() rejects "Called end on pool more than once")', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const store = await opened(PostgresTaskStore.open({ url }));
    // Another session holds the table, so the store's next query stays in flight.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    cleanups.push(() => blocker.end());
    await blocker.query('begin');
    await blocker.query('lock table tasks in access exclusive mode');
    const inFlight = store.get(randomUUID());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closes = Promise.allSettled([store.close(), store.close()]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await blocker.query('commit');
    expect(await inFlight).toBeNull();
    expect((await closes).map((r) => (r.status === 'rejected' ? String(r.reason) : 'closed'))).toEqual(['closed', 'closed']);
  });
});

describe('SQLite data folder', () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  const task = (owner: string) =>
    newTask({
      id: randomUUID(),
      owner,
      descriptor: vibePeak.descriptor,
      input: VIBEPEAK_INPUT,
      providerRef: `ref-${randomUUID()}`,
      livemode: false,
      now: T0,
    });
  const runtime: TaskRuntime = { webhookToken: null, idempotencyKey: null, inputHash: 'h', nextPollAt: iso(5), pollFailures: 0, deadlineAt: iso(3600) };

  /** The error opening `dir` fails with, or a failure of the test when it opens. */
  async function openError(dir: string): Promise<Error> {
    const result = await SqliteTaskStore.open({ dataDir: dir }).then(
      async (store) => {
        await store.close();
        return null;
      },
      (err: unknown) => err as Error,
    );
    if (!result) throw new Error(`opening ${dir} succeeded although another store holds it`);
    return result;
  }

  it('memory:// takes no lock: two in-memory stores are open at once, each with its own tasks', async () => {
    const a = await opened(SqliteTaskStore.open({ dataDir: 'memory://' }));
    const b = await opened(SqliteTaskStore.open({ dataDir: 'memory://' }));
    const t = task('m');
    await a.insert(t, runtime);
    expect(await b.get(t.id)).toBeNull();
    expect((await a.get(t.id))!.task).toEqual(t);
  });

  it('a second open of a held folder in the same process throws DataDirLockedError naming the folder and this pid; the holder carries on', async () => {
    const dir = await tempDir();
    const holder = await opened(SqliteTaskStore.open({ dataDir: dir }));
    const err = await openError(dir);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect(err.message).toContain(dir);
    expect(err.message).toContain(`pid ${process.pid}`);
    const t = task('same-process');
    await holder.insert(t, runtime);
    expect((await holder.get(t.id))!.task).toEqual(t);
    // A failed open leaves the holder's record alone: the next one still names it.
    expect((await openError(dir)).message).toContain(`pid ${process.pid}`);
  });

  it('close() releases the folder: it opens again with its tasks', async () => {
    const dir = await tempDir();
    const first = await SqliteTaskStore.open({ dataDir: dir });
    const t = task('reopen');
    await first.insert(t, runtime);
    await first.close();
    expect(existsSync(join(dir, 'gateway.pid'))).toBe(false);
    const again = await opened(SqliteTaskStore.open({ dataDir: dir }));
    expect(await again.get(t.id)).toEqual({ task: t, runtime });
  });

  it('a folder another process holds cannot be opened (the message names the folder and its pid); once that process is SIGKILLed it opens, with all data intact', async () => {
    const dir = await tempDir();
    // Written here, before the other process takes the folder.
    const before = task('parent');
    const first = await SqliteTaskStore.open({ dataDir: dir });
    await first.insert(before, runtime);
    await first.close();

    const childTask = task('child');
    const child = spawnHolder(dir, childTask);
    children.push(child);
    await waitForLine(child, 'locked', 15_000);

    const err = await openError(dir);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect(err.message).toContain(dir);
    expect(err.message).toContain(`pid ${child.pid}`);

    child.kill('SIGKILL');
    await waitForExit(child, 10_000);
    // The pid file is left behind; the lock is not.
    expect(existsSync(join(dir, 'gateway.pid'))).toBe(true);
    const reopened = await opened(SqliteTaskStore.open({ dataDir: dir }));
    expect(await reopened.get(before.id)).toEqual({ task: before, runtime });
    expect(await reopened.get(childTask.id)).toEqual({ task: childTask, runtime });
    // And the new holder is named from now on.
    expect((await openError(dir)).message).toContain(`pid ${process.pid}`);
  });

  /** A Node 24 process that opens the store on `dir`, commits `t`, prints "locked" and waits to be killed. */
  function spawnHolder(dir: string, t: Task): ChildProcess {
    const sqliteUrl = new URL('../../src/store/sqlite.ts', import.meta.url).href;
    const code = `
      import { SqliteTaskStore } from ${JSON.stringify(sqliteUrl)};
      const store = await SqliteTaskStore.open({ dataDir: process.env.TG_DATA_DIR });
      await store.insert(JSON.parse(process.env.TG_TASK), JSON.parse(process.env.TG_RUNTIME));
      process.stdout.write('locked\\n');
      setInterval(() => {}, 60_000);
    `;
    return spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', code], {
      env: { ...process.env, TG_DATA_DIR: dir, TG_TASK: JSON.stringify(t), TG_RUNTIME: JSON.stringify(runtime) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
});

function waitForLine(child: ChildProcess, line: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout!.off('data', onOut);
      child.stderr!.off('data', onErr);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onOut = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').includes(line)) done();
    };
    const onErr = (chunk: Buffer) => void (err += chunk.toString());
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`child exited (${code ?? signal}) before "${line}"; stdout: ${out}; stderr: ${err}`));
    const timer = setTimeout(() => done(new Error(`no "${line}" from the child within ${timeoutMs} ms; stdout: ${out}; stderr: ${err}`)), timeoutMs);
    child.stdout!.on('data', onOut);
    child.stderr!.on('data', onErr);
    child.once('exit', onExit);
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child ${child.pid} did not exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
