import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { print } from 'graphql';
import { graphql } from '../../src/generated/test/index.ts';
import type { TaskKind, TaskStatus } from '../../src/generated/test/graphql.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { createDatabase } from '../support/postgres-server.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';

/**
 * Per-client rate limits over the real transports: submits (what provider accounts are charged
 * for) answer a typed RateLimitedError with when to retry, and reach no provider; subscription
 * starts answer a RATE_LIMITED error; with Redis the allowance is shared by every replica.
 */
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
});

const CREATE = graphql(`
  mutation RateLimitsCreate($input: CreateFlythroughVideoInput!, $key: String) {
    createFlythroughVideo(input: $input, idempotencyKey: $key) {
      __typename
      ... on CreateFlythroughVideoSuccess { task { id } }
      ... on RateLimitedError { code message retryAfterSeconds limitPerMinute burst }
    }
  }
`);
const TASKS = graphql(`
  subscription RateLimitsTasks($f: TaskFilter) {
    tasks(filter: $f) { id }
  }
`);

async function create(gw: TestGateway, photoUrl: string, key?: string, auth = 'Bearer acme-key-0123456789abcdef') {
  const res = await gw.gql(CREATE, { input: { photoUrl }, key }, { authorization: auth });
  if (!res.body.data) throw new Error(JSON.stringify(res.body));
  return res.body.data.createFlythroughVideo;
}

const CLIENTS = 'acme:acme-key-0123456789abcdef,other:other-key-0123456789abcdef';
const generateCalls = (sb: Sandbox) => Object.values(sb.roomai.admin.counters()['POST /api/v1/generate'] ?? {}).reduce((a, b) => a + b, 0);

describe('rate limits', () => {
  it('a client past its submit burst gets RateLimitedError with when to retry, before any provider call; others and idempotent retries are unaffected', async () => {
    const gw = await startTestGateway({ GATEWAY_API_KEYS: CLIENTS, RATE_LIMIT_SUBMITS_PER_MINUTE: '6', RATE_LIMIT_SUBMIT_BURST: '2' });
    closers.push(() => gw.stop());
    const sb = gw.gateway.sandbox!;
    const photo = sb.roomai.media.livingRoomPhoto;
    const first = await create(gw, photo, 'k-1');
    expect(first.__typename).toBe('CreateFlythroughVideoSuccess');
    expect((await create(gw, photo)).__typename).toBe('CreateFlythroughVideoSuccess');
    const calls = generateCalls(sb);

    const third = await create(gw, photo);
    expectTypename(third, 'RateLimitedError');
    expect(third).toMatchObject({ code: 'RATE_LIMITED', limitPerMinute: 6, burst: 2 });
    expect(third.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(third.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect(generateCalls(sb)).toBe(calls);

    // A retry with an existing key submits nothing, so it costs no allowance.
    const retry = await create(gw, photo, 'k-1');
    expect(retry).toEqual(first);
    // Another client has its own allowance.
    expect((await create(gw, photo, undefined, 'Bearer other-key-0123456789abcdef')).__typename).toBe('CreateFlythroughVideoSuccess');
  });

  it('subscription starts past the burst answer RATE_LIMITED with retryAfterSeconds over graphql-ws', async () => {
    const gw = await startTestGateway({ RATE_LIMIT_SUBSCRIPTIONS_PER_MINUTE: '6', RATE_LIMIT_SUBSCRIPTION_BURST: '2' });
    closers.push(() => gw.stop());
    const client = createClient({ url: `${gw.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    closers.push(async () => client.dispose());
    // Distinct filters, so that no two share one execution.
    const start = (kind: TaskKind, status: TaskStatus) =>
      new Promise<{ ok: true } | { ok: false; errors: { message: string; extensions?: Record<string, unknown> }[] }>((resolve) => {
        let settled = false;
        const stop = client.subscribe(
          { query: print(TASKS), variables: { f: { kind, status: [status] } } },
          {
            // graphql-ws sends a refused subscription's ExecutionResult as one `next` with errors, then completes.
            next: (result) => {
              if (!result.errors) return;
              settled = true;
              resolve({ ok: false, errors: result.errors as { message: string; extensions?: Record<string, unknown> }[] });
            },
            error: (errors) => {
              settled = true;
              resolve({ ok: false, errors: errors as { message: string; extensions?: Record<string, unknown> }[] });
            },
            complete: () => {},
          },
        );
        // A started subscription stays open: give it a moment to be refused, then count it as started.
        setTimeout(() => {
          if (!settled) resolve({ ok: true });
          closers.push(async () => stop());
        }, 300);
      });
    const outcomes = [await start('FLYTHROUGH_VIDEO', 'QUEUED'), await start('PROPERTY_VIDEO', 'QUEUED')];
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
    const third = await start('FLYTHROUGH_VIDEO', 'PROCESSING');
    expect(third.ok).toBe(false);
    if (third.ok) return;
    expect(third.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(third.errors[0]?.message).toMatch(/at most 6 a minute/);
  });

  it('with Redis, replicas share one allowance per client', async () => {
    const sandbox = await startSandbox({ timeScale: 0.01 });
    closers.push(() => sandbox.stop());
    const url = await createDatabase(inject('postgresUrl'));
    const env = {
      DATABASE_URL: url,
      REDIS_URL: inject('redisUrl'),
      REDIS_CHANNEL: `rate-test-${randomUUID()}`,
      GATEWAY_API_KEYS: CLIENTS,
      ROOMAI_API_KEY: sandbox.roomai.keys.test,
      ROOMAI_BASE_URL: sandbox.roomai.baseUrl,
      PUBLIC_URL: 'http://127.0.0.1:1',
      VIBEPEAK_API_KEY: sandbox.vibepeak.keys.test,
      VIBEPEAK_BASE_URL: sandbox.vibepeak.baseUrl,
      RATE_LIMIT_SUBMITS_PER_MINUTE: '6',
      RATE_LIMIT_SUBMIT_BURST: '2',
    };
    const a = await startTestGateway(env);
    closers.push(() => a.stop());
    const b = await startTestGateway(env);
    closers.push(() => b.stop());
    const photo = sandbox.roomai.media.livingRoomPhoto;
    expect((await create(a, photo)).__typename).toBe('CreateFlythroughVideoSuccess');
    expect((await create(b, photo)).__typename).toBe('CreateFlythroughVideoSuccess');
    expect((await create(a, photo)).__typename).toBe('RateLimitedError');
    expect((await create(b, photo)).__typename).toBe('RateLimitedError');
    expect(generateCalls(sandbox)).toBe(2);
  });
});
