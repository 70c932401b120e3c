import { readdirSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';

/** An answer to a document over (or under) a limit: the errors' extensions name the limit and its value. */
interface LimitAnswer {
  data?: unknown;
  errors?: { message: string; extensions: { code?: string; limit?: string; max?: number } }[];
}

/**
 * Issue 9, item 2: parse-time limits on every document, on every path (yoga over GET and POST, the
 * fast path, SSE, graphql-ws). A limit is a request error naming the setting and its value:
 * 400 with `application/graphql-response+json`, 200 with `application/json` (as yoga answers a
 * syntax or validation error), an `errors` event over SSE, an `error` message over graphql-ws.
 */

const operations = new URL('../../operations/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, operations), 'utf8');
const TASK_FIELDS = read('TaskFields.graphql');

/** One hostile document per limit of the defaults, each under every limit checked before it. */
const OVER: Record<string, string> = {
  MAX_QUERY_LENGTH: `{ providers { provider } }${' '.repeat(40_000)}`,
  // Brace nesting: 600 levels, 1,203 tokens, 2.4 KB.
  MAX_QUERY_TOKENS: `{${' a {'.repeat(600)} b${' }'.repeat(600)}}`,
  // Depth is counted before fields are checked against the schema (whose own nesting ends at 5).
  MAX_QUERY_DEPTH: `{${' a {'.repeat(11)} b${' }'.repeat(11)}}`,
  MAX_QUERY_ALIASES: `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: providers { provider }`).join(' ')} }`,
  MAX_QUERY_DIRECTIVES: `{ providers { provider ${'@include(if: true) '.repeat(51)}} }`,
  // The issue's query in small: three pages of 100 tasks with every field of operations/ (cost about 12,600).
  MAX_QUERY_COST: `{ ${['a', 'b', 'c'].map((n) => `${n}: tasks(first: 100) { edges { node { ...TaskFields } } }`).join(' ')} }\n${TASK_FIELDS}`,
};

describe('parse-time limits with defaults', () => {
  let gw: TestGateway;
  const sockets: WsConnection[] = [];

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await gw?.stop();
  });

  const post = async (query: string, accept = 'application/graphql-response+json') => {
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query }),
    });
    return { status: res.statusCode, type: String(res.headers['content-type']), body: (await res.body.json()) as LimitAnswer };
  };

  const limits: [string, number][] = [
    ['MAX_QUERY_LENGTH', 32_768],
    ['MAX_QUERY_TOKENS', 1_000],
    ['MAX_QUERY_DEPTH', 10],
    ['MAX_QUERY_ALIASES', 15],
    ['MAX_QUERY_DIRECTIVES', 50],
    ['MAX_QUERY_COST', 10_000],
  ];

  it.each(limits)('%s: POST answered 400 (graphql-response+json), naming the limit and its value', async (limit, max) => {
    const started = performance.now();
    const res = await post(OVER[limit]!);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/graphql-response\+json/);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit, max });
    expect(res.body.errors![0]!.message).toContain(`(${limit})`);
    expect(res.body.errors![0]!.message).toContain(String(max));
  });

  it.each(limits)('%s: application/json gets 200 and the same error, as for a validation error', async (limit) => {
    const res = await post(OVER[limit]!, 'application/json');
    const validation = await post('{ nope }', 'application/json');
    expect([res.status, validation.status]).toEqual([200, 200]);
    expect(res.body.errors![0]!.extensions.limit).toBe(limit);
  });

  it('GET: the same limits (with a CSRF header, which GET needs)', async () => {
    const q = encodeURIComponent(OVER.MAX_QUERY_ALIASES!);
    const res = await request(`${gw.url}/graphql?query=${q}`, { headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1' } });
    const body = (await res.body.json()) as LimitAnswer;
    expect([res.statusCode, body.errors![0]!.extensions.limit]).toEqual([400, 'MAX_QUERY_ALIASES']);
  });

  it.each(limits)('%s over graphql-ws: an error message for that operation, the socket stays open', async (limit, max) => {
    const ws = connectWs(gw.url);
    sockets.push(ws);
    const stream = await ws.subscribe(OVER[limit]!).finished(5_000);
    expect(stream.ended?.kind).toBe('error');
    const errors = (stream.ended as { error: { message: string; extensions: unknown }[] }).error;
    expect(errors.map((e) => e.extensions)).toEqual([{ code: 'QUERY_LIMIT_EXCEEDED', limit, max }]);
    // The connection lives on: the next operation runs.
    const ok = await ws.subscribe('{ providers { provider } }').finished(5_000);
    expect(ok.ended?.kind).toBe('complete');
    expect(ws.closes).toEqual([]);
  });

  it.each(limits)('%s over SSE: the error in the stream, as for a validation error', async (limit, max) => {
    const stream = await subscribeSse(gw.url, OVER[limit]!).finished(5_000);
    expect(stream.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions)).toEqual([{ code: 'QUERY_LIMIT_EXCEEDED', limit, max }]);
    expect(stream.events).toEqual([]);
  });

  it('the hostile document is refused before parsing all of it: 2,000 levels of braces, not a stack overflow or a masked 500', async () => {
    const res = await post(`{${' a {'.repeat(2_000)} b${' }'.repeat(2_000)}}`);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions.limit).toBe('MAX_QUERY_TOKENS');
  });
});

describe('what the limits let through, with the defaults', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw?.stop());

  it('every operation of operations/, a full page of tasks(first: 100) included', async () => {
    for (const file of readdirSync(operations).filter((f) => f.endsWith('.graphql') && f !== 'TaskFields.graphql')) {
      const source = read(file);
      const document = source.includes('...TaskFields') ? `${source}\n${TASK_FIELDS}` : source;
      // Variables do not matter here: a limit is checked before them.
      const res = await gw.gql(document, file === 'Tasks.graphql' ? { first: 100 } : {});
      const limitErrors = (res.body.errors ?? []).filter((e) => e.extensions?.code === 'QUERY_LIMIT_EXCEEDED');
      expect(limitErrors, file).toEqual([]);
    }
    const page = await gw.gql(`${read('Tasks.graphql')}\n${TASK_FIELDS}`, { first: 100 });
    expect([page.status, page.body.errors]).toEqual([200, undefined]);
  });

  it("GraphiQL's introspection query", async () => {
    const res = await gw.gql(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
  });

  it('an introspection query nested past graphql-js own bound is refused (the cost and depth limits leave introspection to it)', async () => {
    const res = await gw.gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.message).toMatch(/introspection/i);
  });
});

describe('every limit is configurable', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      MAX_QUERY_LENGTH: '100',
      MAX_QUERY_TOKENS: '40',
      MAX_QUERY_DEPTH: '2',
      MAX_QUERY_ALIASES: '1',
      MAX_QUERY_DIRECTIVES: '1',
      MAX_QUERY_COST: '5',
    });
  });
  afterAll(() => gw?.stop());

  it.each([
    ['MAX_QUERY_LENGTH', 100, `{ providers { provider } }${' '.repeat(80)}`],
    ['MAX_QUERY_TOKENS', 40, `{${'a{'.repeat(20)}b${'}'.repeat(20)}}`],
    ['MAX_QUERY_DEPTH', 2, '{ tasks { edges { cursor } } }'],
    ['MAX_QUERY_ALIASES', 1, '{ a: providers { provider } b: providers { mode } }'],
    ['MAX_QUERY_DIRECTIVES', 1, '{ providers { mode @skip(if: false) provider @skip(if: false) } }'],
    ['MAX_QUERY_COST', 5, '{ providers { provider mode livemode webhooks samplePhotoUrls } }'],
  ] as const)('%s=%i', async (limit, max, query) => {
    const res = await gw.gql(query);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit, max });
  });

  it('and a document under all of them still runs', async () => {
    const res = await gw.gql('{ providers { provider } }');
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
  });
});
