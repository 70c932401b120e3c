import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import type { CreatePropertyVideoInput } from '../../src/generated/test/graphql.ts';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { FAST_ENV, freePort, scriptFor, VOICE, waitFor } from '../support/gateway.ts';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.ts';
import type { Headers } from '../support/graphql.ts';
import { parseMetrics } from '../support/metrics.ts';
import { createDatabase } from '../support/postgres-server.ts';
import { gqlAt } from '../live/helpers.ts';

/**
 * Issue 10's "done when", over real processes: gateways run as `node src/main.ts` against a sandbox
 * (a real HTTP server) with its live keys. The Plus plan allows 1 task in flight; the sandbox counts
 * every create, every answer by status, and the most tasks each key ever had in flight.
 */

const VP = SANDBOX_KEYS.vibepeak;
const RAI = SANDBOX_KEYS.roomai;
const CREATE_ROUTE = 'POST /v1/real-estate/living-property';
const ROOMAI_CREATE_ROUTE = 'POST /api/v1/generate';

const CREATE = graphql(`
  mutation QueueCreate($input: CreatePropertyVideoInput!, $priority: Int) {
    createPropertyVideo(input: $input, priority: $priority) {
      __typename
      ... on CreatePropertyVideoSuccess { task { id status queuePosition submittedAt } }
      ... on BudgetExceededError { code unit period limit spent reserved remaining requested resetsAt message }
      ... on Error { code message }
    }
  }
`);

const CREATE_FLYTHROUGH = graphql(`
  mutation QueueCreateFlythrough($input: CreateFlythroughVideoInput!) {
    createFlythroughVideo(input: $input) {
      __typename
      ... on CreateFlythroughVideoSuccess { task { id status } }
      ... on BudgetExceededError { remaining reserved requested }
      ... on Error { code }
    }
  }
`);

const READ = graphql(`
  query QueueRead($id: ID!) {
    task(id: $id) {
      status queuePosition createdAt submittedAt completedAt
      video { url }
      cost { amount charged }
      history { status source detail at }
    }
  }
`);

const CANCEL = graphql(`
  mutation QueueCancel($id: ID!) {
    cancelTask(id: $id) {
      __typename
      ... on CancelTaskSuccess { task { status completedAt history { status source } } }
      ... on TaskNotCancellableError { reason message task { status } }
      ... on Error { code }
    }
  }
`);

const USAGE = graphql(`
  query QueueUsage($from: DateTime!, $to: DateTime!, $groupBy: [UsageGroup!]) {
    usage(from: $from, to: $to, groupBy: $groupBy) {
      rows { provider unit day amount charges }
      totals { unit amount charges }
    }
  }
`);

const BUDGETS = graphql(`
  query QueueBudgets {
    budgets { unit period limit spent reserved remaining resetsAt }
  }
`);

let sb: Sandbox;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  sb = await startSandbox({ timeScale: 0.01 });
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  await sb?.stop();
});
beforeEach(() => {
  sb.vibepeak.admin.resetCounters();
  sb.roomai.admin.resetCounters();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tourgraph-queue-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A gateway process on the sandbox's VibePeak (`key`), Room AI in its own in-process sandbox unless `env` says otherwise. */
async function gateway(key: string, env: Record<string, string> = {}): Promise<GatewayProcess> {
  const gw = await startGatewayProcess({
    ...FAST_ENV,
    LOG_LEVEL: 'info',
    DATA_DIR: env.DATA_DIR ?? (await tempDir()),
    VIBEPEAK_API_KEY: key,
    VIBEPEAK_BASE_URL: sb.vibepeak.baseUrl,
    PHOTO_CHECKS: 'off',
    ...env,
  });
  cleanups.push(() => gw.stop());
  return gw;
}

function input(): CreatePropertyVideoInput {
  return { photos: [{ url: sb.vibepeak.media.livingRoomPhoto }], voice: VOICE, script: scriptFor(1) };
}

async function create(gw: GatewayProcess, headers: Headers = {}, priority: number | null = null) {
  const res = await gqlAt(gw.url, CREATE, { input: input(), priority }, headers);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createPropertyVideo;
}

type Created = Awaited<ReturnType<typeof create>>;
function taskOf(result: Created) {
  if (result.__typename !== 'CreatePropertyVideoSuccess') expect.unreachable(`expected a task, got ${JSON.stringify(result)}`);
  return result.task;
}

async function read(gw: GatewayProcess, id: string, headers: Headers = {}) {
  const res = await gqlAt(gw.url, READ, { id }, headers);
  return res.body.data!.task!;
}

function ended(gw: GatewayProcess, ids: string[], headers: Headers = {}, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const tasks = await Promise.all(ids.map((id) => read(gw, id, headers)));
      return tasks.every((t) => t.completedAt !== null) ? tasks : undefined;
    },
    timeoutMs,
    200,
  );
}

const creates = (key: string) => sb.vibepeak.admin.counters()[CREATE_ROUTE]?.[key] ?? 0;
const answered = (status: number) => sb.vibepeak.admin.answers()[CREATE_ROUTE]?.[String(status)] ?? 0;
const peak = (key: string) => sb.vibepeak.admin.peakInFlight()[key] ?? 0;

describe("our queue in front of a provider account (VibePeak's Plus plan: 1 task in flight)", () => {
  it('5 concurrent creates on the Plus key all succeed: never more than 1 in flight at the sandbox, not a single 429, 5 videos; the usage adds up to the balance change', async () => {
    const gw = await gateway(VP.livePlus, { VIBEPEAK_CONCURRENCY: '1' });
    const credits = sb.vibepeak.admin.balance(VP.livePlus)!;
    const from = new Date(Date.now() - 1_000).toISOString();
    const results = await Promise.all(Array.from({ length: 5 }, () => create(gw)));
    const tasks = results.map(taskOf);
    // One went to the provider at once; the others wait in our queue, numbered 1 to 4.
    expect(tasks.filter((t) => t.submittedAt !== null)).toHaveLength(1);
    expect(
      tasks
        .filter((t) => t.submittedAt === null)
        .map((t) => t.queuePosition)
        .sort(),
    ).toEqual([1, 2, 3, 4]);

    // While they wait, /metrics shows the queue and the account's slots.
    const waiting = parseMetrics(await (await request(`${gw.url}/metrics`)).body.text());
    expect(waiting.find((m) => m.name === 'tourgraph_queue_waiting' && m.labels.provider === 'VIBEPEAK')?.value).toBeGreaterThan(0);
    expect(waiting.find((m) => m.name === 'tourgraph_provider_concurrency_limit' && m.labels.provider === 'VIBEPEAK')?.value).toBe(1);

    const done = await ended(
      gw,
      tasks.map((t) => t.id),
    );
    for (const t of done) {
      expect(t.status).toBe('SUCCEEDED');
      expect(t.video?.url).toMatch(/^http/);
    }
    expect(creates(VP.livePlus)).toBe(5);
    expect(answered(429)).toBe(0);
    expect(peak(VP.livePlus)).toBe(1);

    // Where the time went: the four that waited say so, then when they were submitted.
    const waited = done.filter((t) => t.history.some((e) => e.detail === 'WAITING_FOR_PROVIDER_SLOT'));
    expect(waited).toHaveLength(4);
    for (const t of waited) {
      expect(t.history.map((e) => `${e.status}/${e.source}/${e.detail}`).slice(0, 2)).toEqual([
        'QUEUED/QUEUE/WAITING_FOR_PROVIDER_SLOT',
        'QUEUED/SUBMIT/SUBMITTED',
      ]);
      expect(Date.parse(t.submittedAt!)).toBeGreaterThan(Date.parse(t.createdAt));
    }
    // Submitted one after another: each after the previous one ended.
    const bySubmit = [...done].sort((a, b) => Date.parse(a.submittedAt!) - Date.parse(b.submittedAt!));
    for (let i = 1; i < bySubmit.length; i++) expect(Date.parse(bySubmit[i]!.submittedAt!)).toBeGreaterThanOrEqual(Date.parse(bySubmit[i - 1]!.completedAt!));

    const spent = credits - sb.vibepeak.admin.balance(VP.livePlus)!;
    expect(spent).toBe(50);
    const usage = (await gqlAt(gw.url, USAGE, { from, to: new Date(Date.now() + 60_000).toISOString(), groupBy: ['PROVIDER', 'DAY'] })).body.data!.usage;
    expect(usage.totals).toEqual([{ unit: 'CREDITS', amount: spent, charges: 5 }]);
    expect(usage.rows).toEqual([{ provider: 'VIBEPEAK', unit: 'CREDITS', day: new Date().toISOString().slice(0, 10), amount: spent, charges: 5 }]);

    const after = parseMetrics(await (await request(`${gw.url}/metrics`)).body.text());
    expect(after.find((m) => m.name === 'tourgraph_spend_total' && m.labels.provider === 'VIBEPEAK' && m.labels.unit === 'CREDITS')?.value).toBe(50);
    expect(after.find((m) => m.name === 'tourgraph_queue_wait_seconds_count' && m.labels.provider === 'VIBEPEAK')?.value).toBe(4);
  }, 90_000);

  it('two clients bursting are served in turn; a priority orders a client’s own tasks', async () => {
    const keys = { alice: 'key-alice-0000000000', bob: 'key-bob-00000000000000' };
    const gw = await gateway(VP.livePlus, { VIBEPEAK_CONCURRENCY: '1', GATEWAY_API_KEYS: `alice:${keys.alice},bob:${keys.bob}` });
    const alice = { authorization: `Bearer ${keys.alice}` };
    const bob = { authorization: `Bearer ${keys.bob}` };
    // In this order: alice's burst of four (the last one urgent), then bob's two.
    const a1 = taskOf(await create(gw, alice));
    const a2 = taskOf(await create(gw, alice));
    const a3 = taskOf(await create(gw, alice));
    const a4 = taskOf(await create(gw, alice, 5));
    const b1 = taskOf(await create(gw, bob));
    const b2 = taskOf(await create(gw, bob));
    const who = new Map<string, string>([...[a1, a2, a3, a4].map((t) => [t.id, 'a'] as const), ...[b1, b2].map((t) => [t.id, 'b'] as const)]);
    // Positions as the gateway numbers them now, in the order they will be served.
    expect((await read(gw, b1.id, bob)).queuePosition).toBe(1);
    expect((await read(gw, a4.id, alice)).queuePosition).toBe(2);

    const done = [...(await ended(gw, [a1.id, a2.id, a3.id, a4.id], alice)), ...(await ended(gw, [b1.id, b2.id], bob))];
    const ids = [a1.id, a2.id, a3.id, a4.id, b1.id, b2.id];
    const order = ids
      .map((id, i) => ({ id, at: Date.parse(done[i]!.submittedAt!) }))
      .sort((x, y) => x.at - y.at)
      .map((x) => x.id);
    expect(order).toEqual([a1.id, b1.id, a4.id, b2.id, a2.id, a3.id]);
    expect(order.map((id) => who.get(id)).join('')).toBe('ababaa');
    expect(peak(VP.livePlus)).toBe(1);
    expect(answered(429)).toBe(0);
  }, 90_000);

  it('a queued task cancelled costs nothing and is never submitted; a task at the provider is not cancellable, nor an ended one', async () => {
    const gw = await gateway(VP.livePlus, { VIBEPEAK_CONCURRENCY: '1' });
    const credits = sb.vibepeak.admin.balance(VP.livePlus)!;
    const running = taskOf(await create(gw));
    const doomed = taskOf(await create(gw));
    const last = taskOf(await create(gw));
    expect(doomed.queuePosition).toBe(1);

    const cancelled = (await gqlAt(gw.url, CANCEL, { id: doomed.id })).body.data!.cancelTask;
    expect(cancelled).toMatchObject({ __typename: 'CancelTaskSuccess', task: { status: 'CANCELLED' } });
    expect((await read(gw, last.id)).queuePosition).toBe(1);
    const atProvider = (await gqlAt(gw.url, CANCEL, { id: running.id })).body.data!.cancelTask;
    expect(atProvider).toMatchObject({
      __typename: 'TaskNotCancellableError',
      reason: 'AT_PROVIDER',
      task: { status: expect.stringMatching(/QUEUED|PROCESSING/) },
    });

    await ended(gw, [running.id, last.id]);
    const again = (await gqlAt(gw.url, CANCEL, { id: doomed.id })).body.data!.cancelTask;
    expect(again).toMatchObject({ __typename: 'TaskNotCancellableError', reason: 'ALREADY_ENDED' });
    const final = await read(gw, doomed.id);
    expect(final).toMatchObject({ status: 'CANCELLED', submittedAt: null, cost: { charged: false } });
    expect(final.history.map((e) => e.source)).toEqual(['QUEUE', 'CANCEL']);
    expect(creates(VP.livePlus)).toBe(2);
    expect(credits - sb.vibepeak.admin.balance(VP.livePlus)!).toBe(20);
  }, 60_000);

  it('a restart with tasks waiting loses none and submits each once', async () => {
    const dataDir = await tempDir();
    const env = { VIBEPEAK_CONCURRENCY: '1', DATA_DIR: dataDir };
    const first = await gateway(VP.livePlus, env);
    // The first one slow, so that the others are still waiting when the gateway dies.
    sb.vibepeak.admin.queueOutcome(VP.livePlus, 'slow');
    const tasks = [];
    for (let i = 0; i < 4; i++) tasks.push(taskOf(await create(first)));
    expect(tasks.filter((t) => t.submittedAt === null)).toHaveLength(3);
    await first.kill();

    const second = await gateway(VP.livePlus, { ...env, PORT: String(await freePort()) });
    const done = await ended(
      second,
      tasks.map((t) => t.id),
    );
    expect(done.map((t) => t.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(creates(VP.livePlus)).toBe(4);
    expect(peak(VP.livePlus)).toBe(1);
    expect(answered(429)).toBe(0);
  }, 120_000);

  it('two replicas on one Postgres share the account: never more than 1 in flight between them, each task submitted once', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const env = { VIBEPEAK_CONCURRENCY: '1', DATABASE_URL: url, QUEUE_SWEEP_SECONDS: '0.5' };
    const [r1, r2] = await Promise.all([gateway(VP.livePlus, env), gateway(VP.livePlus, env)]);
    const tasks = (await Promise.all(Array.from({ length: 6 }, (_, i) => create(i % 2 ? r1 : r2)))).map(taskOf);
    const done = await ended(
      r1,
      tasks.map((t) => t.id),
    );
    expect(done.map((t) => t.status)).toEqual(Array(6).fill('SUCCEEDED'));
    expect(creates(VP.livePlus)).toBe(6);
    expect(peak(VP.livePlus)).toBe(1);
    expect(answered(429)).toBe(0);
  }, 120_000);
});

describe('budgets', () => {
  it('a budget of 20 credits lets exactly two VibePeak videos through under 10 concurrent creates; the rest are refused before any provider call', async () => {
    const port = await freePort();
    const gw = await gateway(VP.live, {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      CLIENT_BUDGETS: 'local=20 CREDITS/month,local=10 TOKENS/day',
      ROOMAI_API_KEY: RAI.live,
      ROOMAI_BASE_URL: sb.roomai.baseUrl,
    });
    const credits = sb.vibepeak.admin.balance(VP.live)!;
    const tokens = sb.roomai.admin.balance(RAI.live)!;
    const from = new Date(Date.now() - 1_000).toISOString();

    const results = await Promise.all(Array.from({ length: 10 }, () => create(gw)));
    const accepted = results.filter((r) => r.__typename === 'CreatePropertyVideoSuccess');
    const refused = results.filter((r) => r.__typename === 'BudgetExceededError');
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(8);
    const monthEnd = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 1, 1)).toISOString();
    for (const r of refused) {
      expect(r).toMatchObject({ code: 'BUDGET_EXCEEDED', unit: 'CREDITS', period: 'MONTH', limit: 20, remaining: 0, requested: 10, resetsAt: monthEnd });
      expect(r.__typename === 'BudgetExceededError' && r.spent + r.reserved).toBe(20);
    }
    expect(creates(VP.live)).toBe(2);

    // Room AI charges on success: a running flythrough holds its 10 tokens, so a second one is refused.
    const flythrough = () => gqlAt(gw.url, CREATE_FLYTHROUGH, { input: { photoUrl: sb.roomai.media.livingRoomPhoto } });
    const [f1, f2] = await Promise.all([flythrough(), flythrough()]);
    const fly = [f1.body.data!.createFlythroughVideo, f2.body.data!.createFlythroughVideo];
    expect(fly.map((r) => r.__typename).sort()).toEqual(['BudgetExceededError', 'CreateFlythroughVideoSuccess']);
    expect(fly.find((r) => r.__typename === 'BudgetExceededError')).toMatchObject({ remaining: 0, reserved: 10, requested: 10 });
    expect(sb.roomai.admin.counters()[ROOMAI_CREATE_ROUTE]?.[RAI.live]).toBe(1);

    const ids = [...accepted.map((r) => taskOf(r).id), ...fly.flatMap((r) => (r.__typename === 'CreateFlythroughVideoSuccess' ? [r.task.id] : []))];
    expect((await ended(gw, ids)).map((t) => t.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);

    // What the client sees of its budgets, and of its spend: the same as the providers' balances moved.
    const budgets = (await gqlAt(gw.url, BUDGETS)).body.data!.budgets;
    expect(budgets).toEqual([
      { unit: 'CREDITS', period: 'MONTH', limit: 20, spent: 20, reserved: 0, remaining: 0, resetsAt: monthEnd },
      { unit: 'TOKENS', period: 'DAY', limit: 10, spent: 10, reserved: 0, remaining: 0, resetsAt: expect.any(String) },
    ]);
    const usage = (await gqlAt(gw.url, USAGE, { from, to: new Date(Date.now() + 60_000).toISOString(), groupBy: ['PROVIDER'] })).body.data!.usage;
    expect(usage.totals).toEqual([
      { unit: 'CREDITS', amount: credits - sb.vibepeak.admin.balance(VP.live)!, charges: 2 },
      { unit: 'TOKENS', amount: tokens - sb.roomai.admin.balance(RAI.live)!, charges: 1 },
    ]);
    expect(usage.totals.map((t) => t.amount)).toEqual([20, 10]);
  }, 90_000);

  it('usage refuses an empty or too long range, naming the argument', async () => {
    const gw = await gateway(VP.live);
    const now = new Date().toISOString();
    const empty = await gqlAt(gw.url, USAGE, { from: now, to: now });
    expect(empty.body.errors?.[0]).toMatchObject({ message: 'to: must be after `from`', extensions: { code: 'BAD_USER_INPUT' } });
    const long = await gqlAt(gw.url, USAGE, { from: '2025-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z' });
    expect(long.body.errors?.[0]?.message).toBe('to: must be at most 366 days after `from`');
  }, 30_000);
});
