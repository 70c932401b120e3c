import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import {
  NODE,
  TASKS,
  createCalls,
  createdTask,
  createFlythrough,
  createProperty,
  fetchBytes,
  flythroughInput,
  listedIds,
  propertyInput,
  startGatewayOn,
  waitForStatus,
} from './api-fixtures.ts';

const FLYTHROUGH_FIELDS = graphql(`
  query MutationsFlythroughFields($id: ID!) {
    task(id: $id) { ... on FlythroughVideoTask { photoUrl style prompt } }
  }
`);
const PROPERTY_FIELDS = graphql(`
  query MutationsPropertyFields($id: ID!) {
    task(id: $id) { ... on PropertyVideoTask { photos { url } voice { voiceId language } script modificationMode testScenario } }
  }
`);
const TASK_AND_NODE_IDS = graphql(`
  query MutationsTaskAndNode($id: ID!) {
    task(id: $id) { id }
    node(id: $id) { id }
  }
`);

/** An MP4 starts with a box whose type, at bytes 4..8, is `ftyp`. */
function expectMp4(file: { status: number; contentType: string; bytes: Buffer }) {
  expect(file.status).toBe(200);
  expect(file.contentType).toBe('video/mp4');
  expect(file.bytes.length).toBeGreaterThan(1000);
  expect(file.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
}

describe('both mutations end to end against the in-process sandbox', () => {
  let gw: TestGateway;
  let sb: Sandbox;
  beforeAll(async () => {
    gw = await startTestGateway();
    sb = gw.gateway.sandbox!;
  });
  afterAll(() => gw?.stop());

  it('createFlythroughVideo: QUEUED with 10 TOKENS ON_SUCCESS, then SUCCEEDED with a playable MP4, readable by task, node and tasks', async () => {
    const before = createCalls(sb);
    const created = await createFlythrough(gw, flythroughInput(sb, { style: 'SCANDINAVIAN', prompt: 'slow cinematic walkthrough' }));
    expect(created.status).toBe(200);
    expect(String(created.headers['content-type'])).toMatch(/^application\/(graphql-response\+)?json/);
    expectTypename(created.result, 'CreateFlythroughVideoSuccess');
    const task = created.result.task;
    expect(task).toMatchObject({
      __typename: 'FlythroughVideoTask',
      provider: 'ROOM_AI',
      kind: 'FLYTHROUGH_VIDEO',
      livemode: false,
      cost: { amount: 10, unit: 'TOKENS', chargedWhen: 'ON_SUCCESS', refundedOnFailure: true, charged: false },
      video: null,
      error: null,
    });
    expect(['QUEUED', 'PROCESSING']).toContain(task.status);
    expect(task.history[0]).toMatchObject({ source: 'SUBMIT' });
    expect(createCalls(sb).roomai - before.roomai).toBe(1);

    const done = await waitForStatus(gw, task.id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.id).toBe(task.id);
    expect(done.error).toBeNull();
    expect(done.progress!.fraction).toBe(1);
    expect(done.completedAt).not.toBeNull();
    expect(Date.parse(done.video!.expiresAt!)).toBeGreaterThan(Date.now());
    expectMp4(await fetchBytes(done.video!.url));

    // History: oldest first, starts at the submit, ends SUCCEEDED, every source one of ours.
    expect(done.history[0]!.source).toBe('SUBMIT');
    expect(done.history.at(-1)!.status).toBe('SUCCEEDED');
    expect(['POLL', 'WEBHOOK']).toContain(done.history.at(-1)!.source);
    for (const e of done.history) expect(['SUBMIT', 'POLL', 'WEBHOOK', 'REFRESH']).toContain(e.source);
    const times = done.history.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const node = await gw.gql(NODE, { id: task.id });
    expect(node.status).toBe(200);
    expect(node.body.data!.node).toMatchObject({ __typename: 'FlythroughVideoTask', id: task.id, status: 'SUCCEEDED', video: { url: done.video!.url } });

    const extra = await gw.gql(FLYTHROUGH_FIELDS, { id: task.id });
    expect(extra.body.data!.task).toEqual({ photoUrl: sb.roomai.media.livingRoomPhoto, style: 'SCANDINAVIAN', prompt: 'slow cinematic walkthrough' });

    expect(await listedIds(gw)).toContain(task.id);
  });

  it('createPropertyVideo (test key): QUEUED costing 0 CREDITS ON_CREATION, then SUCCEEDED with a playable MP4 and cover', async () => {
    const before = createCalls(sb);
    const created = await createProperty(gw, propertyInput(sb, { photos: 2, testScenario: 'SUCCESS', modificationMode: 'NO_MODIFY' }));
    expect(created.status).toBe(200);
    expectTypename(created.result, 'CreatePropertyVideoSuccess');
    const task = created.result.task;
    expect(task).toMatchObject({
      __typename: 'PropertyVideoTask',
      provider: 'VIBEPEAK',
      kind: 'PROPERTY_VIDEO',
      status: 'QUEUED',
      livemode: false,
      cost: { amount: 0, unit: 'CREDITS', chargedWhen: 'ON_CREATION', refundedOnFailure: false },
    });
    expect(createCalls(sb).vibepeak - before.vibepeak).toBe(1);

    const done = await waitForStatus(gw, task.id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.video!.durationSeconds).toBeGreaterThan(0);
    expect(done.video!.resolution).toBe('1080p');
    expectMp4(await fetchBytes(done.video!.url));
    const cover = await fetchBytes(done.video!.coverImageUrl!);
    expect(cover.status).toBe(200);
    expect(cover.contentType).toBe('image/jpeg');
    expect(done.history[0]).toMatchObject({ status: 'QUEUED', source: 'SUBMIT' });
    expect(done.history.at(-1)!.status).toBe('SUCCEEDED');
    expect(['POLL', 'WEBHOOK']).toContain(done.history.at(-1)!.source);

    const node = await gw.gql(NODE, { id: task.id });
    expect(node.body.data!.node).toMatchObject({ __typename: 'PropertyVideoTask', id: task.id, status: 'SUCCEEDED' });
    const fields = await gw.gql(PROPERTY_FIELDS, { id: task.id });
    expect(fields.body.data!.task).toMatchObject({
      photos: [{ url: sb.vibepeak.media.livingRoomPhoto }, { url: sb.vibepeak.media.livingRoomPhoto }],
      modificationMode: 'NO_MODIFY',
      testScenario: 'SUCCESS',
    });
  });

  it('a FAIL test scenario ends FAILED with a normalized error and no video', async () => {
    const created = await createProperty(gw, propertyInput(sb, { testScenario: 'FAIL' }));
    expectTypename(created.result, 'CreatePropertyVideoSuccess');
    const done = await waitForStatus(gw, created.result.task.id);
    expect(done.status).toBe('FAILED');
    expect(done.video).toBeNull();
    expect(done.error!.code).toEqual(expect.any(String));
    expect(done.error!.message.length).toBeGreaterThan(0);
    expect(typeof done.error!.retryable).toBe('boolean');
    expect(done.history.at(-1)).toMatchObject({ status: 'FAILED' });
  });

  it('tasks lists newest first, pages with first/after, and filters by provider, kind and status', async () => {
    const a = createdTask((await createFlythrough(gw, flythroughInput(sb))).result).id;
    const b = createdTask((await createProperty(gw, propertyInput(sb))).result).id;
    const all = await listedIds(gw);
    expect(all.indexOf(b)).toBe(0);
    expect(all.indexOf(a)).toBe(1);

    const page1 = (await gw.gql(TASKS, { first: 1 })).body.data!.tasks;
    expect(page1.edges.map((e) => e.node.id)).toEqual([b]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await gw.gql(TASKS, { first: 1, after: page1.pageInfo.endCursor })).body.data!.tasks;
    expect(page2.edges.map((e) => e.node.id)).toEqual([a]);

    const onlyRoomAi = (await gw.gql(TASKS, { first: 100, filter: { provider: 'ROOM_AI' } })).body.data!.tasks;
    const nodes = onlyRoomAi.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain(a);
    expect(nodes.every((n) => n.provider === 'ROOM_AI')).toBe(true);
    const onlyProperty = (await gw.gql(TASKS, { first: 100, filter: { kind: 'PROPERTY_VIDEO' } })).body.data!.tasks;
    expect(onlyProperty.edges.every((e) => e.node.kind === 'PROPERTY_VIDEO')).toBe(true);
    expect(onlyProperty.edges.map((e) => e.node.id)).not.toContain(a);

    const failed = (await gw.gql(TASKS, { first: 100, filter: { status: ['FAILED'] } })).body.data!.tasks;
    expect(failed.edges.length).toBeGreaterThan(0);
    expect(failed.edges.every((e) => e.node.status === 'FAILED')).toBe(true);
  });

  it('task(id) and node(id) read null for an id that is not a task', async () => {
    for (const id of ['nope', Buffer.from('FlythroughVideoTask:00000000-0000-4000-8000-000000000000').toString('base64')]) {
      const t = await gw.gql(TASK_AND_NODE_IDS, { id });
      expect(t.status).toBe(200);
      expect(t.body.data).toEqual({ task: null, node: null });
    }
  });
});

describe('both mutations end to end with live sandbox keys', () => {
  let sb: Sandbox;
  let gw: TestGateway;
  const keys = { roomai: SANDBOX_KEYS.roomai.live, vibepeak: SANDBOX_KEYS.vibepeak.live };
  beforeAll(async () => {
    sb = await startSandbox({ timeScale: 0.01 });
    gw = await startGatewayOn(sb, keys);
  });
  afterAll(async () => {
    await gw?.stop();
    await sb?.stop();
  });

  it('a live property video costs 10 CREDITS charged at creation; a live flythrough 10 TOKENS charged on success', async () => {
    const credits = sb.vibepeak.admin.balance(keys.vibepeak)!;
    const tokens = sb.roomai.admin.balance(keys.roomai)!;

    const prop = (await createProperty(gw, propertyInput(sb))).result;
    expectTypename(prop, 'CreatePropertyVideoSuccess');
    expect(prop.task).toMatchObject({ livemode: true, status: 'QUEUED', cost: { amount: 10, unit: 'CREDITS', chargedWhen: 'ON_CREATION', charged: true } });
    expect(sb.vibepeak.admin.balance(keys.vibepeak)).toBe(credits - 10);

    const fly = (await createFlythrough(gw, flythroughInput(sb))).result;
    expectTypename(fly, 'CreateFlythroughVideoSuccess');
    expect(fly.task).toMatchObject({ livemode: true, cost: { amount: 10, unit: 'TOKENS', chargedWhen: 'ON_SUCCESS', charged: false } });
    expect(sb.roomai.admin.balance(keys.roomai)).toBe(tokens);

    const [propDone, flyDone] = await Promise.all([waitForStatus(gw, prop.task.id), waitForStatus(gw, fly.task.id)]);
    expect(propDone.status).toBe('SUCCEEDED');
    expect(flyDone.status).toBe('SUCCEEDED');
    expect(flyDone.cost.charged).toBe(true);
    expect(sb.roomai.admin.balance(keys.roomai)).toBe(tokens - 10);
    expect(sb.vibepeak.admin.balance(keys.vibepeak)).toBe(credits - 10);
    expectMp4(await fetchBytes(propDone.video!.url));
    expectMp4(await fetchBytes(flyDone.video!.url));
  });
});
