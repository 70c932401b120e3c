import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import type { RobustnessCreateMutation, RobustnessCreateMutationVariables, TestScenario } from '../../src/generated/test/graphql.ts';
import { SqliteTaskStore } from '../../src/store/sqlite.ts';
import { connectWs } from '../support/ws.ts';
import { parseLogLine, scriptFor, startTestGateway, VOICE, waitFor, type TestGateway } from '../support/gateway.ts';
import { expectTypename, type GraphQLResponse } from '../support/graphql.ts';

const CREATE = graphql(`
  mutation RobustnessCreate($i: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id } } }
  }
`);
const REFRESH = graphql(`
  mutation RobustnessRefresh($id: ID!) {
    refreshTask(id: $id) { __typename ... on Error { code message } ... on ProviderUnavailableError { retryAfterSeconds } }
  }
`);
const STATUS = graphql(`
  subscription RobustnessStatus($id: ID!) {
    task(id: $id) { status }
  }
`);
const FIRST_TASK = graphql(`
  query RobustnessFirstTask {
    tasks(first: 1) { edges { node { id } } }
  }
`);
const PROVIDER_NAMES = graphql(`
  query RobustnessProviderNames {
    providers { provider }
  }
`);
// POLL_MIN_INTERVAL_SECONDS is 0.05 in the test gateways; these tests widen it to hold the refresh window open.
const input = (gw: TestGateway, scenario: TestScenario = 'SLOW'): RobustnessCreateMutationVariables => ({
  i: { photos: [{ url: gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto }], voice: VOICE, script: scriptFor(1), testScenario: scenario },
});

/** The id of the task a create made, asserting it succeeded. */
function createdId(res: GraphQLResponse<RobustnessCreateMutation>): string {
  const result = res.body.data?.createPropertyVideo;
  expectTypename(result, 'CreatePropertyVideoSuccess');
  return result.task.id;
}

describe('gateway robustness', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ POLL_VIBEPEAK_INTERVAL_SECONDS: '30', POLL_MIN_INTERVAL_SECONDS: '5', SANDBOX_TIME_SCALE: '1' });
  });
  afterAll(() => gw?.stop());

  it('refreshTask during a provider outage is a typed ProviderUnavailableError (bug: it was masked as "Unexpected error.")', async () => {
    const id = createdId(await gw.gql(CREATE, input(gw)));
    gw.gateway.sandbox!.vibepeak.admin.setFault('GET /v1/tasks/:id', { errorStatus: 503, retryAfterSeconds: 4, times: 1 });
    const res = await gw.gql(REFRESH, { id });
    expect(res.body.errors).toBeUndefined();
    const refreshed = res.body.data!.refreshTask;
    expect(refreshed).toMatchObject({ __typename: 'ProviderUnavailableError', code: 'PROVIDER_UNAVAILABLE', retryAfterSeconds: 4 });
    expectTypename(refreshed, 'ProviderUnavailableError');
    expect(refreshed.message).toMatch(/the task is unchanged/);
    expect(gw.logs.some((l) => l.includes('unexpected error in a resolver'))).toBe(false);
  });

  it('refreshTask costs at most one upstream read per task per interval, however often clients ask', async () => {
    const id = createdId(await gw.gql(CREATE, input(gw)));
    const reads = () => Object.values(gw.gateway.sandbox!.vibepeak.admin.counters()['GET /v1/tasks/:id'] ?? {}).reduce((a, b) => a + b, 0);
    const before = reads();
    const results = await Promise.all(Array.from({ length: 20 }, () => gw.gql(REFRESH, { id })));
    expect(results.every((r) => r.body.data!.refreshTask.__typename === 'RefreshTaskSuccess')).toBe(true);
    expect(reads() - before).toBe(1);
  });

  it('a syntax error in one WebSocket operation fails that operation only (bug: the whole connection closed 4500)', async () => {
    const id = createdId(await gw.gql(CREATE, input(gw)));
    const ws = connectWs(gw.url);
    try {
      const good = ws.subscribe(STATUS, { id });
      await good.until((s) => s.events.length >= 1);
      // A document that does not parse, so the raw helper.
      const bad = ws.subscribeRaw(`subscription { task(id: "x") { status `);
      await bad.finished();
      expect(bad.ended).toMatchObject({ kind: 'error', error: [expect.objectContaining({ message: expect.stringMatching(/Syntax Error/) })] });
      // The connection and the good subscription live on: a change still reaches it.
      expect(ws.closes).toEqual([]);
      expect(good.ended).toBeNull();
      gw.gateway.sandbox!.vibepeak.admin.completeNow(await vibepeakRefOf(gw, id));
      await gw.gql(REFRESH, { id });
      await good.finished();
      expect(good.ended).toEqual({ kind: 'complete' });
      expect(good.events.at(-1)?.task.status).toBe('SUCCEEDED');
    } finally {
      await ws.dispose();
    }
  });
});

describe('unexpected errors', () => {
  it('are masked for the client and logged once with the request id the response names', async () => {
    const gw = await startTestGateway();
    try {
      const list = gw.gateway.tasks.list.bind(gw.gateway.tasks);
      gw.gateway.tasks.list = () => Promise.reject(new Error('store exploded: relation "tasks" is broken'));
      const res = await gw.gql(FIRST_TASK, undefined, { 'x-request-id': 'support-ticket-42' });
      gw.gateway.tasks.list = list;
      expect(res.headers['x-request-id']).toBe('support-ticket-42');
      expect(res.body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(res.body)).not.toContain('exploded');
      // Once at error level, with the request (yoga's own context-free copy is kept at debug level).
      const lines = gw.logs
        .filter((l) => l.includes('store exploded'))
        .map(parseLogLine)
        .filter((r) => r.level === 'error');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'error', requestId: 'support-ticket-42', client: 'local', msg: 'unexpected error in a resolver' });
      // Without an id from the client, one is made and returned.
      const plain = await gw.gql(PROVIDER_NAMES);
      expect(plain.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await gw.stop();
    }
  });
});

describe('stop()', () => {
  it('lets a create in flight finish recording what the provider accepted (bug: the store closed under it, and restart marked it SUBMIT_INTERRUPTED)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tourgraph-stop-'));
    const gw = await startTestGateway({ DATA_DIR: dir });
    gw.gateway.sandbox!.vibepeak.admin.setFault('POST /v1/real-estate/living-property', { latencyMs: 700, times: 1 });
    const pending = gw.gql(CREATE, input(gw, 'SUCCESS'));
    await waitFor(
      () => (Object.values(gw.gateway.sandbox!.vibepeak.admin.counters()['POST /v1/real-estate/living-property'] ?? {}).length ? true : undefined),
      5000,
      10,
    );
    const stopped = gw.stop();
    const res = await pending;
    await stopped;
    expect(res.body.data!.createPropertyVideo.__typename).toBe('CreatePropertyVideoSuccess');
    const store = await SqliteTaskStore.open({ dataDir: dir });
    try {
      const { tasks } = await store.list('local', {}, 10, null);
      expect(tasks).toHaveLength(1);
      expect(tasks[0]!.providerRef).toMatch(/^task_/);
      expect(tasks[0]!.status).not.toBe('FAILED');
    } finally {
      await store.close();
    }
  });
});

async function vibepeakRefOf(gw: TestGateway, globalId: string): Promise<string> {
  const uuid = Buffer.from(globalId, 'base64').toString().split(':')[1]!;
  return (await gw.gateway.store.get(uuid))!.task.providerRef!;
}

describe('stop() with a provider that hangs', () => {
  it('does not wait for a stuck status read (bug: a poll could hold the stop for the whole upstream timeout)', async () => {
    const gw = await startTestGateway({ POLL_VIBEPEAK_INTERVAL_SECONDS: '0.1' });
    const id = createdId(await gw.gql(CREATE, input(gw)));
    const admin = gw.gateway.sandbox!.vibepeak.admin;
    admin.setFault('GET /v1/tasks/:id', { latencyMs: 25_000 });
    const reads = () => Object.values(admin.counters()['GET /v1/tasks/:id'] ?? {}).reduce((a, b) => a + b, 0);
    await waitFor(() => (reads() > 0 ? true : undefined), 10_000, 20);
    const started = Date.now();
    await gw.stop();
    // Bounded by the 5 s grace for polls, far below the 25 s the provider would take.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(id).toBeTruthy();
  });
});
