import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import type { CreatePropertyVideoInput, WhDeliveriesQuery } from '../../src/generated/test/graphql.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { bearer, createCalls, propertyInput } from '../gateway/api-fixtures.ts';
import { startTestGateway, type TestGateway, waitFor } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { newSecret, type Receiver, type ReceivedWebhook, startReceiver } from './receiver.ts';

/**
 * Webhooks out, end to end over real HTTP: a gateway with three clients (acme: an endpoint and a
 * secret; other: a secret only; nosecret: neither) on the in-process sandbox, and receiving servers
 * on loopback that verify every request as a Standard Webhooks receiver. Retries are fast here
 * (0.1 s, 0.5 s, 1 s; 4 attempts).
 */

const ACME = 'acme-key-0123456789abcdef';
const OTHER = 'other-key-0123456789abcdef';
const NOSECRET = 'nosecret-key-0123456789ab';
const acme = bearer(ACME);
const other = bearer(OTHER);
const nosecret = bearer(NOSECRET);
const acmeSecret = newSecret();
const otherSecret = newSecret();

const CREATE = graphql(`
  mutation WhCreateProperty($input: CreatePropertyVideoInput!, $callbackUrl: URL, $key: String) {
    createPropertyVideo(input: $input, callbackUrl: $callbackUrl, idempotencyKey: $key) {
      __typename
      ... on CreatePropertyVideoSuccess { task { id status callbackUrl } }
      ... on ValidationError { violations { path code message } }
      ... on Error { code message }
    }
  }
`);
const DELIVERIES = graphql(`
  query WhDeliveries($taskId: ID, $first: Int, $after: String) {
    webhookDeliveries(taskId: $taskId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id webhookId eventType url payload status attempts lastResponseStatus lastError
          lastAttemptAt nextAttemptAt createdAt deliveredAt
          task { id status }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const REDELIVER = graphql(`
  mutation WhRedeliver($id: ID!) {
    redeliverWebhook(id: $id) {
      __typename
      ... on RedeliverWebhookSuccess { delivery { id webhookId status attempts nextAttemptAt } }
      ... on WebhookDeliveryNotFoundError { id code message }
    }
  }
`);
const NODE = graphql(`
  query WhNode($id: ID!) {
    node(id: $id) { __typename id ... on WebhookDelivery { status attempts } }
  }
`);

type Delivery = WhDeliveriesQuery['webhookDeliveries']['edges'][number]['node'];

let gw: TestGateway;
let sb: Sandbox;
/** acme's endpoint (`/acme`: 500 to the first two attempts of each webhook, then 204) and its per-task URLs. */
let receiverA: Receiver;
/** other's per-task URL. */
let receiverB: Receiver;

beforeAll(async () => {
  receiverA = await startReceiver(acmeSecret, ({ path, attempt }) => (path === '/always-500' ? 500 : path === '/acme' && attempt < 2 ? 500 : 204));
  receiverB = await startReceiver(otherSecret);
  gw = await startTestGateway({
    GATEWAY_API_KEYS: `acme:${ACME},other:${OTHER},nosecret:${NOSECRET}`,
    CLIENT_WEBHOOKS: `acme=${receiverA.url}/acme`,
    CLIENT_WEBHOOK_SECRETS: `acme=${acmeSecret},other=${otherSecret}`,
    WEBHOOK_RETRY_BASE_SECONDS: '0.1',
    WEBHOOK_RETRY_MAX_SECONDS: '1',
    WEBHOOK_MAX_ATTEMPTS: '4',
  });
  sb = gw.gateway.sandbox!;
});
afterAll(async () => {
  await gw?.stop();
  await Promise.all([receiverA?.close(), receiverB?.close()]);
});

async function create(headers: Record<string, string>, options: { callbackUrl?: string; key?: string; input?: CreatePropertyVideoInput } = {}) {
  const res = await gw.gql(CREATE, { input: options.input ?? propertyInput(sb), callbackUrl: options.callbackUrl, key: options.key }, headers);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createPropertyVideo;
}

async function createTask(headers: Record<string, string>, options: { callbackUrl?: string; key?: string } = {}) {
  const result = await create(headers, options);
  expectTypename(result, 'CreatePropertyVideoSuccess');
  return result.task;
}

async function deliveries(headers: Record<string, string>, taskId?: string): Promise<Delivery[]> {
  const res = await gw.gql(DELIVERIES, { taskId, first: 100 }, headers);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.webhookDeliveries.edges.map((e) => e.node);
}

const bodyOf = (r: ReceivedWebhook) => JSON.parse(r.body) as { type: string; timestamp: string; data: Record<string, unknown> };

/** Waits for the receiver to have answered 2xx to the `type` webhook of a task, and returns that request. */
function delivered(receiver: Receiver, taskId: string, type: string, timeoutMs = 20_000): Promise<ReceivedWebhook> {
  return waitFor(() => receiver.received.find((r) => r.verified && r.answered < 300 && bodyOf(r).type === type && bodyOf(r).data.id === taskId), timeoutMs);
}

/** Waits for the task's delivery with `webhookId` to reach `status` in acme's GraphQL log. */
function logged(headers: Record<string, string>, taskId: string, webhookId: string, status: Delivery['status']): Promise<Delivery> {
  return waitFor(async () => (await deliveries(headers, taskId)).find((d) => d.webhookId === webhookId && d.status === status), 10_000);
}

let acmeTaskId: string;
let acmeDelivery: Delivery;

describe('a client endpoint answering 500, then 2xx', () => {
  it('gets every status change signed, the same webhook-id and body on each retry, and the log shows it DELIVERED', async () => {
    const task = await createTask(acme, { key: 'idem-key-never-in-a-payload' });
    acmeTaskId = task.id;
    const success = await delivered(receiverA, task.id, 'task.succeeded');

    const attempts = receiverA.attemptsOf(success.webhookId);
    expect(attempts.map((a) => [a.path, a.verified, a.answered])).toEqual([
      ['/acme', true, 500],
      ['/acme', true, 500],
      ['/acme', true, 204],
    ]);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    // Backed off between attempts (0.1 s, then 0.5 s, each ±20 %).
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(70);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(350);

    // The body: the task as the API shows it, nothing internal.
    const body = bodyOf(success);
    expect(body.type).toBe('task.succeeded');
    expect(body.data).toMatchObject({ __typename: 'PropertyVideoTask', id: task.id, provider: 'VIBEPEAK', status: 'SUCCEEDED', livemode: false });
    expect(body.data.video).toMatchObject({ url: expect.stringMatching(/^http/) });
    expect(body.timestamp).toBe(body.data.updatedAt);
    expect(Object.keys(body.data)).not.toEqual(expect.arrayContaining(['owner']));
    for (const internal of ['owner', 'webhookToken', 'idempotencyKey', 'idem-key-never-in-a-payload', 'providerRef', 'input', 'acme']) {
      expect(success.body).not.toContain(internal);
    }

    // Every status change of the task was sent (QUEUED → PROCESSING may be seen or skipped by the polls), each delivered.
    const types = receiverA.received.filter((r) => r.answered === 204 && bodyOf(r).data.id === task.id).map((r) => bodyOf(r).type);
    expect(types.at(-1)).toBe('task.succeeded');
    expect(types.every((t) => t === 'task.updated' || t === 'task.succeeded')).toBe(true);

    acmeDelivery = await logged(acme, task.id, success.webhookId, 'DELIVERED');
    expect(acmeDelivery).toMatchObject({
      eventType: 'TASK_SUCCEEDED',
      url: `${receiverA.url}/acme`,
      payload: success.body,
      attempts: 3,
      lastResponseStatus: 204,
      lastError: null,
      nextAttemptAt: null,
      task: { id: task.id, status: 'SUCCEEDED' },
    });
    expect(Date.parse(acmeDelivery.deliveredAt!)).toBeGreaterThanOrEqual(attempts[2]!.at - 5);
    expect(Date.parse(acmeDelivery.createdAt)).toBeLessThanOrEqual(attempts[0]!.at);
    // Newest first: the success is the latest of the task's deliveries.
    expect((await deliveries(acme, task.id))[0]!.id).toBe(acmeDelivery.id);
  });

  it('redeliverWebhook sends it again at once with the same webhook-id and body, freshly signed', async () => {
    const res = await gw.gql(REDELIVER, { id: acmeDelivery.id }, acme);
    const result = res.body.data!.redeliverWebhook;
    expectTypename(result, 'RedeliverWebhookSuccess');
    expect(result.delivery).toMatchObject({ id: acmeDelivery.id, webhookId: acmeDelivery.webhookId, status: 'PENDING', attempts: 3 });

    const again = await waitFor(() => receiverA.attemptsOf(acmeDelivery.webhookId)[3], 10_000);
    expect(again).toMatchObject({ verified: true, answered: 204, body: acmeDelivery.payload, path: '/acme' });
    expect(again.timestamp).toBeGreaterThanOrEqual(receiverA.attemptsOf(acmeDelivery.webhookId)[0]!.timestamp);
    const after = await waitFor(async () => (await deliveries(acme, acmeTaskId)).find((d) => d.id === acmeDelivery.id && d.attempts === 4), 10_000);
    expect(after).toMatchObject({ status: 'DELIVERED', lastResponseStatus: 204 });
  });
});

describe('another client', () => {
  it("can neither read nor redeliver acme's deliveries", async () => {
    const countBefore = receiverA.attemptsOf(acmeDelivery.webhookId).length;
    const theirs = await deliveries(other);
    expect(theirs.map((d) => d.id)).not.toContain(acmeDelivery.id);
    expect(await deliveries(other, acmeTaskId)).toEqual([]);

    const res = await gw.gql(REDELIVER, { id: acmeDelivery.id }, other);
    const result = res.body.data!.redeliverWebhook;
    expectTypename(result, 'WebhookDeliveryNotFoundError');
    expect(result).toMatchObject({ id: acmeDelivery.id, code: 'WEBHOOK_DELIVERY_NOT_FOUND' });
    expect((await gw.gql(NODE, { id: acmeDelivery.id }, other)).body.data!.node).toBeNull();
    expect((await gw.gql(NODE, { id: acmeDelivery.id }, acme)).body.data!.node).toMatchObject({ __typename: 'WebhookDelivery', id: acmeDelivery.id });

    // Ids that name no delivery at all: the same answer.
    for (const id of ['nonsense', acmeTaskId, Buffer.from('WebhookDelivery:not-a-uuid').toString('base64')]) {
      const r = (await gw.gql(REDELIVER, { id }, acme)).body.data!.redeliverWebhook;
      expectTypename(r, 'WebhookDeliveryNotFoundError');
      expect(r.id).toBe(id);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiverA.attemptsOf(acmeDelivery.webhookId)).toHaveLength(countBefore);
  });
});

describe('a per-task callbackUrl', () => {
  it("replaces the client's endpoint, signed with the client's secret", async () => {
    const mine = await createTask(acme, { callbackUrl: `${receiverA.url}/per-task?ref=42` });
    expect(mine.callbackUrl).toBe(`${receiverA.url}/per-task?ref=42`);
    const theirs = await createTask(other, { callbackUrl: `${receiverB.url}/other-cb` });

    const success = await delivered(receiverA, mine.id, 'task.succeeded');
    expect(success.path).toBe('/per-task?ref=42');
    expect(receiverA.received.filter((r) => bodyOf(r).data.id === mine.id).every((r) => r.path === '/per-task?ref=42')).toBe(true);
    const log = await logged(acme, mine.id, success.webhookId, 'DELIVERED');
    expect(log).toMatchObject({ url: `${receiverA.url}/per-task?ref=42`, attempts: 1 });

    // other has no endpoint of its own: its task's callbackUrl gets its webhooks, signed with its secret.
    const otherSuccess = await delivered(receiverB, theirs.id, 'task.succeeded');
    expect(otherSuccess).toMatchObject({ path: '/other-cb', verified: true });
    expect(receiverA.received.some((r) => bodyOf(r).data.id === theirs.id)).toBe(false);
    expect((await deliveries(other, theirs.id)).map((d) => d.url)).toContain(`${receiverB.url}/other-cb`);
  });

  it('is validated with the input, each broken rule a ValidationError on callbackUrl, and nothing is submitted', async () => {
    const calls = createCalls(sb).vibepeak;
    const codes = async (headers: Record<string, string>, callbackUrl: string, input?: CreatePropertyVideoInput) => {
      const result = await create(headers, { callbackUrl, input });
      expectTypename(result, 'ValidationError');
      return result.violations.map((v) => `${v.path.join('.')}:${v.code}`);
    };
    expect(await codes(acme, 'not a url')).toEqual(['callbackUrl:INVALID_URL']);
    expect(await codes(acme, 'ftp://hooks.example.com/x')).toEqual(['callbackUrl:INVALID_URL']);
    expect(await codes(acme, 'http://10.1.2.3/hook')).toEqual(['callbackUrl:PRIVATE_ADDRESS']);
    expect(await codes(acme, 'http://169.254.169.254/latest/meta-data')).toEqual(['callbackUrl:PRIVATE_ADDRESS']);
    expect(await codes(acme, 'https://user:secret@hooks.example.com/')).toEqual(['callbackUrl:URL_CREDENTIALS']);
    expect(await codes(nosecret, 'https://hooks.example.com/x')).toEqual(['callbackUrl:WEBHOOK_SECRET_MISSING']);
    // With the input's own violations, all at once.
    expect(await codes(acme, 'http://10.0.0.1/', { ...propertyInput(sb), script: 'short' })).toEqual([
      'input.script:SCRIPT_TOO_SHORT',
      'callbackUrl:PRIVATE_ADDRESS',
    ]);
    expect(createCalls(sb).vibepeak).toBe(calls);
  });

  it('is part of what an idempotency key is bound to', async () => {
    const first = await createTask(acme, { key: 'wh-idem-1', callbackUrl: `${receiverA.url}/per-task` });
    const same = await createTask(acme, { key: 'wh-idem-1', callbackUrl: `${receiverA.url}/per-task` });
    expect(same.id).toBe(first.id);
    const reused = await create(acme, { key: 'wh-idem-1', callbackUrl: `${receiverA.url}/elsewhere` });
    expectTypename(reused, 'IdempotencyKeyReusedError');
  });
});

describe('an endpoint that keeps failing', () => {
  it('is tried WEBHOOK_MAX_ATTEMPTS times, then the delivery is FAILED with the last answer; /metrics counts the outcomes', async () => {
    const task = await createTask(acme, { callbackUrl: `${receiverA.url}/always-500` });
    const webhookId = await waitFor(
      () => receiverA.received.find((r) => r.path === '/always-500' && bodyOf(r).data.id === task.id && bodyOf(r).type === 'task.succeeded')?.webhookId,
      20_000,
    );
    const failed = await logged(acme, task.id, webhookId, 'FAILED');
    expect(failed).toMatchObject({ attempts: 4, lastResponseStatus: 500, lastError: 'the endpoint answered HTTP 500', nextAttemptAt: null, deliveredAt: null });
    expect(receiverA.attemptsOf(webhookId).map((a) => a.answered)).toEqual([500, 500, 500, 500]);

    const metrics = await (await request(`${gw.url}/metrics`)).body.text();
    for (const outcome of ['delivered', 'retry', 'failed']) {
      expect(metrics).toMatch(new RegExp(`^tourgraph_webhook_deliveries_total\\{outcome="${outcome}"\\} [1-9]`, 'm'));
    }
  });

  it('never shows a webhook secret in the log', () => {
    const logs = gw.logs.join('');
    expect(logs).toContain('webhook delivery failed');
    for (const secret of [acmeSecret, otherSecret]) expect(logs).not.toContain(secret.slice('whsec_'.length));
  });
});
