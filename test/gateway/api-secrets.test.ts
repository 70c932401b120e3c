import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import { request } from 'undici';
import WebSocket from 'ws';
import { graphql } from '../../src/generated/test/index.ts';
import { SANDBOX_KEYS, sandboxWebhookSecret, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { waitFor, type TestGateway } from '../support/gateway.ts';
import { expectTypename, queryText, type VariablesOf } from '../support/graphql.ts';
import {
  CREATE_ROUTES,
  NODE,
  REFRESH,
  TASKS,
  bearer,
  createdTask,
  createFlythrough,
  createProperty,
  flythroughInput,
  propertyInput,
  startGatewayOn,
  waitForStatus,
} from './api-fixtures.ts';

/**
 * Provider keys, the webhook secret and gateway keys never leave the server: not in any response
 * body or header, nor in any log line, across success and every error path. Each gateway below is
 * run through them all, every response is recorded, and then everything is searched.
 */

const VP = SANDBOX_KEYS.vibepeak;
const RAI = SANDBOX_KEYS.roomai;
const CLIENT_KEY = 'gw-client-secret-key-0123456789';
const OTHER_CLIENT_KEY = 'gw-other-secret-key-9876543210';
const WEBHOOK_SECRET = sandboxWebhookSecret(VP.live);

const CONFIGS = {
  live: { roomai: RAI.live, vibepeak: VP.live },
  balance: { roomai: RAI.noTokens, vibepeak: VP.noCredits },
  plus: { roomai: RAI.live, vibepeak: VP.livePlus },
  noPlan: { roomai: 'rai_live_wrong_secret_key_42', vibepeak: VP.noPlan },
  revoked: { roomai: RAI.live, vibepeak: VP.revoked },
};
const SECRETS = [...new Set([...Object.values(CONFIGS).flatMap((c) => [c.roomai, c.vibepeak]), WEBHOOK_SECRET, CLIENT_KEY, OTHER_CLIENT_KEY])];

let sb: Sandbox;
const gws = {} as Record<keyof typeof CONFIGS, TestGateway>;
/** Every response seen: status line, headers and raw body. */
const seen: string[] = [];

beforeAll(async () => {
  sb = await startSandbox({ timeScale: 0.01 });
  await Promise.all(
    Object.entries(CONFIGS).map(async ([name, keys]) => {
      gws[name as keyof typeof CONFIGS] = await startGatewayOn(sb, keys, {
        VIBEPEAK_WEBHOOK_SECRET: WEBHOOK_SECRET,
        GATEWAY_API_KEYS: `app:${CLIENT_KEY},other:${OTHER_CLIENT_KEY}`,
      });
    }),
  );
});
afterAll(async () => {
  await Promise.all(Object.values(gws).map((g) => g.stop()));
  await sb?.stop();
});

const auth = bearer(CLIENT_KEY);

const PROVIDERS = graphql(`
  query SecretsProviders {
    providers { provider mode livemode webhooks }
  }
`);
const PROVIDER_NAMES = graphql(`
  query SecretsProviderNames {
    providers { provider }
  }
`);
const ESTIMATE = graphql(`
  query SecretsEstimate($i: EstimateCostInput!) {
    estimateCost(input: $i) { amount unit }
  }
`);
const TOO_MANY_TASKS = graphql(`
  query SecretsTooManyTasks($first: Int) {
    tasks(first: $first) { edges { cursor } }
  }
`);
const WATCH = graphql(`
  subscription SecretsWatch($id: ID!) {
    task(id: $id) { id status video { url } error { message } }
  }
`);

/** Records a gql response whole. */
function record<T extends { status: number; headers: Record<string, unknown>; body: unknown }>(res: T): T {
  seen.push(`${res.status} ${JSON.stringify(res.headers)} ${JSON.stringify(res.body)}`);
  return res;
}

async function rawGet(url: string, headers: Record<string, string> = {}) {
  const res = await request(url, { headers });
  const body = await res.body.text();
  seen.push(`${res.statusCode} ${JSON.stringify(res.headers)} ${body}`);
  return { status: res.statusCode, body };
}

describe('secrets stay on the server', () => {
  it('exercises success and every error path on gateways holding the secrets', async () => {
    const live = gws.live;
    // Success, both kinds, read back every way.
    const prop = record(await createProperty(live, propertyInput(sb), 'secrets-1', auth));
    const fly = record(await createFlythrough(live, flythroughInput(sb), undefined, auth));
    expectTypename(prop.result, 'CreatePropertyVideoSuccess');
    expectTypename(fly.result, 'CreateFlythroughVideoSuccess');
    for (const id of [prop.result.task.id, fly.result.task.id]) {
      await waitForStatus(live, id, ['SUCCEEDED'], auth);
      record(await live.gql(NODE, { id }, auth));
      record(await live.gql(REFRESH, { id }, auth));
      record(await live.gql(REFRESH, { id }, bearer(OTHER_CLIENT_KEY)));
    }
    record(await live.gql(TASKS, { first: 100 }, auth));
    record(await live.gql(PROVIDERS, undefined, auth));
    record(await live.gql(ESTIMATE, { i: { propertyVideo: propertyInput(sb) } }, auth));

    // Upstream faults on both create routes and on the status routes.
    sb.roomai.admin.setFault(CREATE_ROUTES.roomai, { errorStatus: 503 });
    sb.vibepeak.admin.setFault(CREATE_ROUTES.vibepeak, { errorStatus: 503 });
    expect(record(await createProperty(live, propertyInput(sb), undefined, auth)).result.__typename).toBe('ProviderUnavailableError');
    expect(record(await createFlythrough(live, flythroughInput(sb), undefined, auth)).result.__typename).toBe('ProviderUnavailableError');
    // Answers lost after the request was sent: the tasks are kept as SUBMIT_OUTCOME_UNKNOWN (and logged).
    for (const fault of [{ malformedRate: 1 }, { dropRate: 1 }]) {
      sb.roomai.admin.setFault(CREATE_ROUTES.roomai, fault);
      sb.vibepeak.admin.setFault(CREATE_ROUTES.vibepeak, fault);
      expect(record(await createProperty(live, propertyInput(sb), undefined, auth)).result.__typename).toBe('CreatePropertyVideoSuccess');
      expect(record(await createFlythrough(live, flythroughInput(sb), undefined, auth)).result.__typename).toBe('CreateFlythroughVideoSuccess');
    }
    sb.roomai.admin.clearFaults();
    sb.vibepeak.admin.clearFaults();
    sb.vibepeak.admin.queueOutcome(VP.live, 'slow');
    const slow = createdTask(record(await createProperty(live, propertyInput(sb), undefined, auth)).result).id;
    sb.vibepeak.admin.setFault('GET /v1/tasks/:id', { malformedRate: 1 });
    record(await live.gql(REFRESH, { id: slow }, auth));
    sb.vibepeak.admin.setFault('GET /v1/tasks/:id', { errorStatus: 503 });
    record(await live.gql(REFRESH, { id: slow }, auth));
    sb.vibepeak.admin.clearFaults();

    // Content errors found by the provider, and by the gateway.
    const low = propertyInput(sb, { photoUrl: sb.vibepeak.media.lowResPhoto });
    expect(record(await createProperty(live, low, undefined, auth)).result.__typename).toBe('ValidationError');
    expect(
      record(await createProperty(live, propertyInput(sb, { photoUrl: `${sb.vibepeak.origin}/media/missing.jpg` }), undefined, auth)).result.__typename,
    ).toBe('ValidationError');
    expect(record(await createProperty(live, { ...propertyInput(sb), voice: { voiceId: 'nope', language: 'en' } }, undefined, auth)).result.__typename).toBe(
      'ValidationError',
    );
    expect(record(await createProperty(live, propertyInput(sb, { photos: 10, script: '1' }), 'bad key', auth)).result.__typename).toBe('ValidationError');
    expect(record(await createProperty(live, propertyInput(sb, { photos: 2 }), 'secrets-1', auth)).result.__typename).toBe('IdempotencyKeyReusedError');

    // Account errors, each on the gateway configured with that account's key.
    expect(record(await createProperty(gws.balance, propertyInput(sb), undefined, auth)).result.__typename).toBe('InsufficientBalanceError');
    expect(record(await createFlythrough(gws.balance, flythroughInput(sb), undefined, auth)).result.__typename).toBe('InsufficientBalanceError');
    sb.vibepeak.admin.queueOutcome(VP.livePlus, 'slow');
    expect(record(await createProperty(gws.plus, propertyInput(sb), undefined, auth)).result.__typename).toBe('CreatePropertyVideoSuccess');
    // The Plus plan's second task: the provider's 429 puts it in the gateway's queue (its limit learned).
    expect(record(await createProperty(gws.plus, propertyInput(sb), undefined, auth)).result.__typename).toBe('CreatePropertyVideoSuccess');
    expect(record(await createProperty(gws.noPlan, propertyInput(sb), undefined, auth)).result.__typename).toBe('ProviderRejectedError');
    expect(record(await createFlythrough(gws.noPlan, flythroughInput(sb), undefined, auth)).result.__typename).toBe('ProviderRejectedError');
    expect(record(await createProperty(gws.revoked, propertyInput(sb), undefined, auth)).result.__typename).toBe('ProviderRejectedError');

    // A provider 429 (rate limited) on a create: the task waits in the gateway's queue, logged.
    sb.roomai.admin.setFault(CREATE_ROUTES.roomai, { errorStatus: 429, retryAfterSeconds: 3, times: 1 });
    sb.vibepeak.admin.setFault(CREATE_ROUTES.vibepeak, { errorStatus: 429, retryAfterSeconds: 3, times: 1 });
    expect(record(await createProperty(live, propertyInput(sb), undefined, auth)).result.__typename).toBe('CreatePropertyVideoSuccess');
    expect(record(await createFlythrough(live, flythroughInput(sb), undefined, auth)).result.__typename).toBe('CreateFlythroughVideoSuccess');
    sb.roomai.admin.clearFaults();
    sb.vibepeak.admin.clearFaults();

    // Transport-level refusals and GraphQL errors.
    expect(record(await live.gql(PROVIDER_NAMES)).status).toBe(401);
    expect(record(await live.gql(PROVIDER_NAMES, undefined, bearer(`${CLIENT_KEY}x`))).status).toBe(401);
    // A document the schema refuses, so the raw helper.
    expect(record(await live.gqlRaw('{ nope }', undefined, auth)).status).toBe(400);
    expect(record(await live.gql(TOO_MANY_TASKS, { first: 1000 }, auth)).body.errors).toBeDefined();

    // A subscription over graphql-ws.
    const client = createClient({
      url: `${live.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${CLIENT_KEY}` },
      retryAttempts: 0,
    });
    const messages: unknown[] = [];
    let done = false;
    client.subscribe(
      { query: queryText(WATCH), variables: { id: prop.result.task.id } satisfies VariablesOf<typeof WATCH> },
      {
        next: (m) => void messages.push(m),
        error: (e) => {
          messages.push(String(e));
          done = true;
        },
        complete: () => (done = true),
      },
    );
    await waitFor(() => (done ? true : undefined), 10_000);
    expect(messages).toHaveLength(1);
    seen.push(JSON.stringify(messages));
    await client.dispose();

    // GraphiQL, health, readiness and metrics pages.
    expect((await rawGet(`${live.url}/graphql`, { accept: 'text/html' })).status).toBe(200);
    for (const path of ['/healthz', '/readyz', '/metrics', '/nope']) await rawGet(`${live.url}${path}`);

    // The secrets really were in play: the emulators saw requests authenticated with them.
    const vpCounts = sb.vibepeak.admin.counters()[CREATE_ROUTES.vibepeak]!;
    for (const key of [VP.live, VP.noCredits, VP.livePlus, VP.noPlan, VP.revoked]) expect(vpCounts[key]).toBeGreaterThan(0);
    expect(sb.roomai.admin.counters()[CREATE_ROUTES.roomai]![RAI.live]).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(40);
  });

  it('no response body or header contains a provider key, the webhook secret or a gateway key', () => {
    for (const secret of SECRETS) {
      const leaks = seen.filter((s) => s.includes(secret));
      expect(leaks, `leaked ${secret.slice(0, 8)}…`).toEqual([]);
    }
  });

  it('no log line contains one either, though the logs record the refusals', () => {
    const lines = Object.values(gws).flatMap((g) => g.logs);
    expect(lines.some((l) => l.includes('provider refused a submit'))).toBe(true);
    expect(lines.some((l) => l.includes('INSUFFICIENT_CREDITS'))).toBe(true);
    for (const secret of SECRETS) {
      const leaks = lines.filter((l) => l.includes(secret));
      expect(leaks, `logged ${secret.slice(0, 8)}…`).toEqual([]);
    }
  });
});
