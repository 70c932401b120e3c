import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../../src/generated/test/index.ts';
import type { TaskFilter } from '../../src/generated/test/graphql.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { startTestGateway, waitFor, type TestGateway } from '../support/gateway.ts';
import { expectTypename, queryText, type TypedDocumentNode } from '../support/graphql.ts';
import {
  NODE,
  REFRESH,
  TASK,
  TASKS,
  bearer,
  createdTask,
  createFlythrough,
  createProperty,
  flythroughInput,
  listedIds,
  propertyInput,
  waitForStatus,
} from './api-fixtures.ts';

/**
 * Gateway clients (`GATEWAY_API_KEYS`): each sees only its own tasks, over every way in (task,
 * node, tasks, refreshTask, both subscriptions); no key or a wrong one is HTTP 401 UNAUTHENTICATED.
 */

const ALICE = 'alice-tenant-key-0123456789';
const BOB = 'bob-tenant-key-0123456789ab';
const alice = bearer(ALICE);
const bob = bearer(BOB);

const CREATE_FLYTHROUGH_TYPENAME = graphql(`
  mutation TenancyCreateFlythrough($i: CreateFlythroughVideoInput!) {
    createFlythroughVideo(input: $i) { __typename }
  }
`);
const PROVIDER_NAMES = graphql(`
  query TenancyProviderNames {
    providers { provider }
  }
`);
const TASK_ID = graphql(`
  subscription TenancyTaskId($id: ID!) {
    task(id: $id) { id }
  }
`);
const TASK_STATUS = graphql(`
  subscription TenancyTaskStatus($id: ID!) {
    task(id: $id) { id status }
  }
`);
const TASKS_STATUS = graphql(`
  subscription TenancyTasksStatus {
    tasks { id status }
  }
`);

let gw: TestGateway;
let sb: Sandbox;
let flyId: string;
let propId: string;
const wsClients: Client[] = [];

beforeAll(async () => {
  gw = await startTestGateway({ GATEWAY_API_KEYS: `alice:${ALICE}, bob:${BOB}` });
  sb = gw.gateway.sandbox!;
  flyId = createdTask((await createFlythrough(gw, flythroughInput(sb), undefined, alice)).result).id;
  propId = createdTask((await createProperty(gw, propertyInput(sb, { testScenario: 'SLOW' }), undefined, alice)).result).id;
});
afterAll(async () => {
  for (const c of wsClients) await c.dispose();
  await gw?.stop();
});

function wsClient(authorization: string | undefined, onClosed?: (code: number) => void): Client {
  const client = createClient({
    url: `${gw.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
    on: { closed: (e) => onClosed?.((e as { code: number }).code) },
  });
  wsClients.push(client);
  return client;
}

/** Collects every message of one subscription until it completes or errors. */
function collect<TData, TVariables extends Record<string, unknown>>(client: Client, document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  const out = { data: [] as TData[], errors: [] as unknown[], done: false };
  const unsubscribe = client.subscribe<TData>(
    { query: queryText(document), variables },
    {
      next: (m) => {
        if (m.errors) out.errors.push(...m.errors);
        if (m.data) out.data.push(m.data);
      },
      error: (e) => {
        out.errors.push(e);
        out.done = true;
      },
      complete: () => {
        out.done = true;
      },
    },
  );
  return { out, unsubscribe };
}

describe('authentication', () => {
  it.each([
    ['no Authorization header', {}, /Missing credentials/],
    ['an unknown key', bearer('not-a-known-key-0123456789'), /Unknown gateway key/],
    ['another scheme', { authorization: `Basic ${Buffer.from(`alice:${ALICE}`).toString('base64')}` }, /Unknown gateway key/],
    ['a known key with a suffix', bearer(`${ALICE}x`), /Unknown gateway key/],
  ])('%s → HTTP 401, WWW-Authenticate: Bearer, UNAUTHENTICATED, nothing created', async (_name, headers, message) => {
    const before = await listedIds(gw, alice);
    const res = await gw.gql(CREATE_FLYTHROUGH_TYPENAME, { i: flythroughInput(sb) }, headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors![0]!.message).toMatch(message);
    expect(await listedIds(gw, alice)).toEqual(before);
  });

  it('a query without a key is refused too, and a known key is let in', async () => {
    const denied = await gw.gql(PROVIDER_NAMES);
    expect(denied.status).toBe(401);
    const ok = await gw.gql(PROVIDER_NAMES, undefined, bob);
    expect(ok.status).toBe(200);
    expect(ok.body.data!.providers).toHaveLength(2);
  });

  it('a WebSocket without a key, or with a wrong one, is closed 4403 before any operation', async () => {
    for (const auth of [undefined, 'Bearer not-a-known-key-0123456789']) {
      let closedWith: number | undefined;
      const client = wsClient(auth, (code) => (closedWith = code));
      const { out } = collect(client, TASK_ID, { id: flyId });
      await waitFor(() => (out.done ? true : undefined), 5_000);
      expect(out.data).toEqual([]);
      expect(closedWith).toBe(4403);
    }
  });
});

describe('isolation', () => {
  it('alice reads her tasks by task, node and tasks', async () => {
    expect((await gw.gql(TASK, { id: flyId }, alice)).body.data!.task!.id).toBe(flyId);
    expect((await gw.gql(NODE, { id: propId }, alice)).body.data!.node!.id).toBe(propId);
    expect(await listedIds(gw, alice)).toEqual([propId, flyId]);
  });

  it('bob gets null from task(id) and node(id) for alice’s ids', async () => {
    for (const id of [flyId, propId]) {
      const t = await gw.gql(TASK, { id }, bob);
      expect(t.status).toBe(200);
      expect(t.body).toEqual({ data: { task: null } });
      const n = await gw.gql(NODE, { id }, bob);
      expect(n.body).toEqual({ data: { node: null } });
    }
  });

  it('bob’s task list holds only his own tasks, whatever the filter', async () => {
    const mine = createdTask((await createFlythrough(gw, flythroughInput(sb), undefined, bob)).result).id;
    expect(await listedIds(gw, bob)).toEqual([mine]);
    for (const filter of [
      { provider: 'VIBEPEAK' },
      { kind: 'FLYTHROUGH_VIDEO' },
      { status: ['QUEUED', 'PROCESSING', 'SUCCEEDED', 'FAILED'] },
    ] satisfies TaskFilter[]) {
      const res = await gw.gql(TASKS, { first: 100, filter }, bob);
      const ids = res.body.data!.tasks.edges.map((e) => e.node.id);
      expect(ids).not.toContain(flyId);
      expect(ids).not.toContain(propId);
    }
    expect(await listedIds(gw, alice)).not.toContain(mine);
  });

  it('bob’s refreshTask on alice’s id → TaskNotFoundError echoing the global id asked for (bug: it returned the internal uuid)', async () => {
    const res = await gw.gql(REFRESH, { id: propId }, bob);
    expect(res.status).toBe(200);
    expect(res.body.data!.refreshTask).toEqual({ __typename: 'TaskNotFoundError', id: propId, code: 'TASK_NOT_FOUND', message: expect.any(String) });
    const own = (await gw.gql(REFRESH, { id: propId }, alice)).body.data!.refreshTask;
    expectTypename(own, 'RefreshTaskSuccess');
    expect(own.task.id).toBe(propId);
  });

  it('bob’s subscription to alice’s task ends in an error without any task data; alice’s own receives it', async () => {
    const bobClient = wsClient(`Bearer ${BOB}`);
    const { out: bobOut } = collect(bobClient, TASK_STATUS, { id: propId });
    await waitFor(() => (bobOut.done ? true : undefined), 5_000);
    expect(bobOut.data.every((d) => d.task === null || d === null)).toBe(true);
    expect(JSON.stringify(bobOut.errors)).toMatch(/No task with this id/);

    const aliceClient = wsClient(`Bearer ${ALICE}`);
    const { out } = collect(aliceClient, TASK_STATUS, { id: flyId });
    await waitFor(() => (out.data.length > 0 ? true : undefined), 5_000);
    expect(out.data[0]!.task.id).toBe(flyId);
  });

  it('bob’s tasks subscription sees none of alice’s changes while hers sees them', async () => {
    const bobClient = wsClient(`Bearer ${BOB}`);
    const aliceClient = wsClient(`Bearer ${ALICE}`);
    const bobSub = collect(bobClient, TASKS_STATUS, {});
    const aliceSub = collect(aliceClient, TASKS_STATUS, {});
    // Bob's subscription is live once a change of his own task reaches it; only then does alice create hers.
    const bobTask = createdTask((await createProperty(gw, propertyInput(sb, { testScenario: 'SLOW' }), undefined, bob)).result).id;
    await waitFor(() => (bobSub.out.data.some((d) => d.tasks.id === bobTask) ? true : undefined), 10_000);
    const aliceTask = createdTask((await createProperty(gw, propertyInput(sb, { testScenario: 'SLOW' }), undefined, alice)).result).id;
    await waitForStatus(gw, aliceTask, ['SUCCEEDED'], alice);
    await waitFor(() => (aliceSub.out.data.some((d) => d.tasks.id === aliceTask && d.tasks.status === 'SUCCEEDED') ? true : undefined), 10_000);
    await waitForStatus(gw, bobTask, ['SUCCEEDED'], bob);
    await waitFor(() => (bobSub.out.data.some((d) => d.tasks.id === bobTask && d.tasks.status === 'SUCCEEDED') ? true : undefined), 10_000);
    const bobsOwn = new Set(await listedIds(gw, bob));
    const alicesOwn = new Set(await listedIds(gw, alice));
    const seenByBob = new Set(bobSub.out.data.map((d) => d.tasks.id));
    const seenByAlice = new Set(aliceSub.out.data.map((d) => d.tasks.id));
    expect(seenByBob.has(aliceTask)).toBe(false);
    expect([...seenByBob].filter((id) => !bobsOwn.has(id))).toEqual([]);
    expect([...seenByAlice].filter((id) => !alicesOwn.has(id))).toEqual([]);
    bobSub.unsubscribe();
    aliceSub.unsubscribe();
  });
});
