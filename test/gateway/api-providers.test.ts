import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import type { EstimateCostInput } from '../../src/generated/test/graphql.ts';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { createCalls, flythroughInput, propertyInput, startGatewayOn } from './api-fixtures.ts';

/** `providers` and `estimateCost` in each mode: the in-process sandbox, live keys, and test keys. */

const PROVIDERS = graphql(`
  query ProvidersModes {
    providers { provider mode livemode webhooks }
  }
`);
const ESTIMATE = graphql(`
  query ProvidersEstimate($i: EstimateCostInput!) {
    estimateCost(input: $i) { amount unit chargedWhen refundedOnFailure charged }
  }
`);
const CREATE_PRICED = graphql(`
  mutation ProvidersCreatePriced($i: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $i) {
      __typename
      ... on CreatePropertyVideoSuccess { task { cost { amount unit chargedWhen refundedOnFailure } } }
    }
  }
`);

const FLYTHROUGH_COST = { amount: 10, unit: 'TOKENS', chargedWhen: 'ON_SUCCESS', refundedOnFailure: true, charged: null };
const LIVE_PROPERTY_COST = { amount: 10, unit: 'CREDITS', chargedWhen: 'ON_CREATION', refundedOnFailure: false, charged: null };
const TEST_PROPERTY_COST = { ...LIVE_PROPERTY_COST, amount: 0 };

let external: Sandbox;
const gateways: TestGateway[] = [];
let sandboxGw: TestGateway;
let liveGw: TestGateway;
let testGw: TestGateway;

beforeAll(async () => {
  external = await startSandbox({ timeScale: 0.01 });
  [sandboxGw, liveGw, testGw] = await Promise.all([
    startTestGateway(),
    startGatewayOn(external, { roomai: SANDBOX_KEYS.roomai.live, vibepeak: SANDBOX_KEYS.vibepeak.live }, { PUBLIC_URL: 'https://tourgraph.example.com' }),
    startGatewayOn(external, { roomai: SANDBOX_KEYS.roomai.test, vibepeak: SANDBOX_KEYS.vibepeak.test }),
  ]);
  gateways.push(sandboxGw, liveGw, testGw);
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await external?.stop();
});

async function estimate(gw: TestGateway, input: EstimateCostInput) {
  const res = await gw.gql(ESTIMATE, { i: input });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.estimateCost;
}

describe('providers', () => {
  it('with no provider keys: both SANDBOX, not livemode, webhooks to the local address', async () => {
    const res = await sandboxGw.gql(PROVIDERS);
    expect(res.status).toBe(200);
    expect(res.body.data!.providers).toEqual([
      { provider: 'ROOM_AI', mode: 'SANDBOX', livemode: false, webhooks: true },
      { provider: 'VIBEPEAK', mode: 'SANDBOX', livemode: false, webhooks: true },
    ]);
  });

  it('with live keys and an https PUBLIC_URL: both LIVE and livemode, both given webhooks (per-task URLs; without a secret VibePeak deliveries are confirmed by a status read)', async () => {
    const res = await liveGw.gql(PROVIDERS);
    expect(res.body.data!.providers).toEqual([
      { provider: 'ROOM_AI', mode: 'LIVE', livemode: true, webhooks: true },
      { provider: 'VIBEPEAK', mode: 'LIVE', livemode: true, webhooks: true },
    ]);
  });

  it('with test keys and an http PUBLIC_URL: both TEST, not livemode; Room AI gets webhooks, VibePeak none (it requires HTTPS)', async () => {
    const res = await testGw.gql(PROVIDERS);
    expect(res.body.data!.providers).toEqual([
      { provider: 'ROOM_AI', mode: 'TEST', livemode: false, webhooks: true },
      { provider: 'VIBEPEAK', mode: 'TEST', livemode: false, webhooks: false },
    ]);
  });
});

describe('estimateCost', () => {
  it('sandbox: a flythrough costs 10 tokens on success; a property video 0 credits (test key)', async () => {
    const sb = sandboxGw.gateway.sandbox!;
    expect(await estimate(sandboxGw, { flythroughVideo: flythroughInput(sb) })).toEqual(FLYTHROUGH_COST);
    expect(await estimate(sandboxGw, { propertyVideo: propertyInput(sb) })).toEqual(TEST_PROPERTY_COST);
  });

  it('live keys: a property video costs 10 credits at creation, not refunded', async () => {
    expect(await estimate(liveGw, { flythroughVideo: flythroughInput(external) })).toEqual(FLYTHROUGH_COST);
    expect(await estimate(liveGw, { propertyVideo: propertyInput(external) })).toEqual(LIVE_PROPERTY_COST);
  });

  it('test keys: a property video costs 0 credits', async () => {
    expect(await estimate(testGw, { propertyVideo: propertyInput(external) })).toEqual(TEST_PROPERTY_COST);
  });

  it('matches what the created task then reports, and asks no provider', async () => {
    const before = createCalls(external);
    const estimated = await estimate(liveGw, { propertyVideo: propertyInput(external) });
    expect(createCalls(external)).toEqual(before);
    const created = (await liveGw.gql(CREATE_PRICED, { i: propertyInput(external) })).body.data!.createPropertyVideo;
    const { charged: _charged, ...price } = estimated;
    expectTypename(created, 'CreatePropertyVideoSuccess');
    expect(created.task.cost).toEqual(price);
  });

  it('both inputs at once, or neither, is refused by the oneOf rule: HTTP 400, errors, no data', async () => {
    const sb = sandboxGw.gateway.sandbox!;
    for (const i of [{}, { flythroughVideo: flythroughInput(sb), propertyVideo: propertyInput(sb) }]) {
      // Inputs the oneOf rule refuses, so the raw helper.
      const res = await sandboxGw.gqlRaw(ESTIMATE, { i });
      expect(res.status).toBe(400);
      expect(res.body.errors![0]!.message).toMatch(/exactly one/i);
      expect(res.body.data).toBeUndefined();
    }
  });
});
