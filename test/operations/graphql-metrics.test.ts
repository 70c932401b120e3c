import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePropertyVideoDocument, ProvidersDocument, TaskUpdatesDocument, TasksDocument } from '../../src/generated/graphql.ts';
import { createLogger } from '../../src/log.ts';
import { createHttpServer } from '../../src/server/http.ts';
import { createMetrics } from '../../src/server/metrics.ts';
import { scriptFor, startTestGateway, type TestGateway, VOICE } from '../support/gateway.ts';
import { expectTypename, postGraphQL, type ResultOf } from '../support/graphql.ts';
import { type Scrape, scrape } from '../support/metrics.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs } from '../support/ws.ts';

/**
 * `tourgraph_graphql_requests_total` and `tourgraph_graphql_request_duration_seconds` over real
 * HTTP, SSE and graphql-ws: every transport counts each operation it runs once, by type, name,
 * transport and outcome, and times it.
 */

const REQUESTS = 'tourgraph_graphql_requests_total';
const DURATION_COUNT = 'tourgraph_graphql_request_duration_seconds_count';

const op = (operation_type: string, operation_name: string, transport: string) => ({ operation_type, operation_name, transport });

/** Each label set's requests by outcome, and its duration count. */
function counted(s: Scrape, labels: Record<string, string>) {
  return {
    success: s.value(REQUESTS, { ...labels, outcome: 'success' }) ?? 0,
    error: s.value(REQUESTS, { ...labels, outcome: 'error' }) ?? 0,
    timed: s.value(DURATION_COUNT, labels) ?? 0,
  };
}

describe('GraphQL request metrics', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw?.stop());

  it('counts and times each operation by type, name, transport and outcome: queries on the fast path and through yoga, a mutation on the fast path, graphql-ws and SSE subscriptions', async () => {
    // Plain JSON POSTs take the fast path; one with an Origin goes through yoga's HTTP layer.
    for (let i = 0; i < 2; i++) expect((await gw.gql(ProvidersDocument)).status).toBe(200);
    expect((await gw.gql(ProvidersDocument, undefined, { origin: 'http://localhost:5173' })).status).toBe(200);
    // A result with errors: a page size out of range.
    expect((await gw.gql(TasksDocument, { first: -1 })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // The mutation through an HTTP server of the gateway's kind whose fast path counts what it answers.
    const logger = createLogger({ level: 'silent' });
    const http = createHttpServer({ yoga: gw.gateway.yoga, webhooks: async () => false, ready: async () => {}, metrics: createMetrics(), logger });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', () => resolve()));
    let id: string;
    try {
      const input = {
        photos: [{ url: gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto }],
        voice: VOICE,
        script: scriptFor(1),
        testScenario: 'SLOW' as const,
      };
      const created = await postGraphQL<ResultOf<typeof CreatePropertyVideoDocument>>(
        `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`,
        CreatePropertyVideoDocument,
        { input },
      );
      const result = created.body.data!.createPropertyVideo;
      expectTypename(result, 'CreatePropertyVideoSuccess');
      id = result.task.id;
      expect(http.fastPath).toMatchObject({ fast: 1, fallback: { request: 0, body: 0, params: 0, document: 0, context: 0 } });
    } finally {
      await new Promise<void>((resolve) => http.server.close(() => resolve()));
    }

    // Two identical graphql-ws subscriptions share one execution: the second joins it, and counts too.
    const ws = connectWs(gw.url);
    const sse = subscribeSse(gw.url, TaskUpdatesDocument, { id });
    try {
      const first = ws.subscribe(TaskUpdatesDocument, { id });
      await first.until((s) => s.events.length > 0);
      const second = ws.subscribe(TaskUpdatesDocument, { id });
      await second.until((s) => s.events.length > 0);
      await sse.until((s) => s.events.length > 0);

      const s = await scrape(gw.url);
      expect(s.status).toBe(200);
      expect(s.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(counted(s, op('query', 'Providers', 'http'))).toEqual({ success: 3, error: 0, timed: 3 });
      expect(counted(s, op('query', 'Tasks', 'http'))).toEqual({ success: 0, error: 1, timed: 1 });
      expect(counted(s, op('mutation', 'CreatePropertyVideo', 'http'))).toEqual({ success: 1, error: 0, timed: 1 });
      expect(counted(s, op('subscription', 'TaskUpdates', 'ws'))).toEqual({ success: 2, error: 0, timed: 2 });
      expect(counted(s, op('subscription', 'TaskUpdates', 'sse'))).toEqual({ success: 1, error: 0, timed: 1 });
      expect(s.value(REQUESTS)).toBe(8);

      // A histogram as Prometheus reads it: cumulative buckets ending at +Inf = count, and a sum.
      const buckets = s.find('tourgraph_graphql_request_duration_seconds_bucket', op('query', 'Providers', 'http'));
      expect(buckets.at(-1)).toMatchObject({ labels: { le: '+Inf' }, value: 3 });
      expect(buckets.map((b) => b.value)).toEqual([...buckets.map((b) => b.value)].sort((a, b) => a - b));
      expect(s.value('tourgraph_graphql_request_duration_seconds_sum', op('query', 'Providers', 'http'))).toBeGreaterThan(0);
    } finally {
      sse.cancel();
      await ws.dispose();
    }
  });
});

describe('GraphQL request metrics: operation names', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ METRICS_OPERATION_NAMES: '3' });
  });
  afterAll(() => gw?.stop());

  it('label at most METRICS_OPERATION_NAMES distinct names the validated document gives; later ones, and names over 64 characters, are other; unnamed ones anonymous', async () => {
    // Names made up per request, as a client could: sent as text, since no typed document has them.
    const named = (name: string) => gw.gqlRaw(`query ${name} { providers { provider } }`);
    await gw.gql(ProvidersDocument);
    for (const name of ['First', 'Second', 'Third', 'Fourth']) expect((await named(name)).status).toBe(200);
    expect((await named(`Long${'x'.repeat(61)}`)).status).toBe(200);
    expect((await gw.gqlRaw('{ providers { provider } }')).status).toBe(200);
    // A known name keeps its label once the cap is reached.
    await gw.gql(ProvidersDocument);
    // Refused before running (not valid): neither counted nor a name taken.
    expect((await gw.gqlRaw('query Invalid { nope }')).body.errors).toHaveLength(1);

    const s = await scrape(gw.url);
    const names = Object.fromEntries(s.find('tourgraph_graphql_requests_total').map((x) => [x.labels.operation_name, x.value]));
    expect(names).toEqual({ Providers: 2, First: 1, Second: 1, other: 3, anonymous: 1 });
    expect(s.text).not.toContain('Invalid');
  });
});
