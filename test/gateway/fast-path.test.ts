import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga, useErrorHandler } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { FAST_PATH, FAST_PATH_MAX_BODY, negotiateMediaType, type FastPathStats } from '../../src/server/fast-graphql.ts';
import type { Yoga } from '../../src/server/graphql.ts';
import { createHttpServer } from '../../src/server/http.ts';
import { createMetrics } from '../../src/server/metrics.ts';
import { OperationMetrics, useOperationMetrics } from '../../src/server/operation-metrics.ts';
import { openTelemetryTracing } from '../../src/server/tracing.ts';
import { scriptFor, startTestGateway, VOICE, type TestGateway } from '../support/gateway.ts';

/**
 * The GraphQL fast path (src/server/fast-graphql.ts) against yoga itself: every request of the
 * matrix goes once to an HTTP server with the fast path and once to one without it, both in front
 * of the same gateway (same yoga, same task service), and the two answers must be the same:
 * status line, header names and values (bar Date and a fresh x-request-id, whose format must
 * match), and body (bar ids, timestamps and request ids the two runs make on their own). Each
 * case also says which path it must take, checked on the fast server's counters.
 */

interface Answer {
  status: number;
  statusMessage: string;
  /** Raw header names and values, in order, without Date. */
  headers: [string, string][];
  body: string;
}

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Skip the automatic content-length (to send chunked). */
  chunked?: boolean;
}

function send(url: string, { method = 'POST', path = '/graphql', headers = {}, body, chunked }: Sent): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const all: Record<string, string | string[]> = { ...headers };
    if (body !== undefined && !chunked && !Object.keys(all).some((k) => k.toLowerCase() === 'content-length')) {
      all['content-length'] = String(Buffer.byteLength(body));
    }
    const req = httpRequest({ host: hostname, port, method, path, headers: all, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (res.rawHeaders[i]!.toLowerCase() !== 'date') headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        }
        resolve({ status: res.statusCode!, statusMessage: res.statusMessage!, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/** The body with what each run makes on its own (ids, times, request ids) replaced by placeholders. */
function normalizedBody(text: string): unknown {
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === 'string') return key === 'id' ? '<id>' : v.replace(UUID, '<uuid>').replace(TIME, '<time>');
    return v;
  };
  try {
    return walk(JSON.parse(text));
  } catch {
    return text.replace(UUID, '<uuid>').replace(TIME, '<time>');
  }
}

function normalizedHeaders(a: Answer, bodyIsStable: boolean): [string, string][] {
  return a.headers.map(([k, v]) => {
    const name = k.toLowerCase();
    if (name === 'x-request-id') return [k, v.replace(UUID, '<uuid>')];
    if (name === 'content-length' && !bodyIsStable) return [k, '<n>'];
    return [k, v];
  });
}

function header(a: Answer, name: string): string | undefined {
  return a.headers.find(([k]) => k.toLowerCase() === name)?.[1];
}

interface Server {
  url: string;
  stats: FastPathStats | null;
  close(): Promise<void>;
}

/** An HTTP server of the gateway's own kind in front of `gw`'s yoga, with or without the fast path. */
async function serverFor(gw: TestGateway, fastPath: boolean): Promise<Server> {
  const logger = createLogger({ level: 'debug', write: () => {} });
  const http = createHttpServer({ yoga: gw.gateway.yoga, webhooks: async () => false, ready: async () => {}, metrics: createMetrics(), logger, fastPath });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = http.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: http.fastPath,
    close: () =>
      new Promise<void>((resolve) => {
        http.server.close(() => resolve());
        http.server.closeAllConnections();
      }),
  };
}

const JSON_CT = { 'content-type': 'application/json' };
const body = (o: unknown) => JSON.stringify(o);
const PROVIDERS = '{ providers { provider livemode mode } }';
const operation = (f: string) => readFileSync(new URL(`../../operations/${f}`, import.meta.url), 'utf8');
const TASKS_PAGE = `${operation('Tasks.graphql')}\n${operation('TaskFields.graphql')}`;
const THREE_PAGES = `{ ${['a', 'b', 'c'].map((n) => `${n}: tasks(first: 100) { edges { node { ...TaskFields } } }`).join(' ')} }\n${operation('TaskFields.graphql')}`;
const CREATE = `mutation Create($i: CreatePropertyVideoInput!) {
  createPropertyVideo(input: $i) {
    __typename
    ... on CreatePropertyVideoSuccess { task { id status kind provider createdAt } }
    ... on ValidationError { code message violations { path code message } }
    ... on Error { code message }
  }
}`;

interface Case {
  name: string;
  req: Sent | ((gw: TestGateway) => Sent);
  /** Which path the fast server must take. */
  path: 'fast' | 'yoga';
  /** Checks on the fast server's answer, beyond being the same as yoga's. */
  check?: (a: Answer) => void;
  /** Runs around both requests (e.g. to make a resolver fail). */
  around?: (gw: TestGateway, run: () => Promise<void>) => Promise<void>;
  /** Send to the gateway with GATEWAY_API_KEYS. */
  auth?: boolean;
  /** Send to the gateway in trusted-documents mode (keys alice and admin, admin an ADMIN_CLIENTS client). */
  trusted?: boolean;
}

const KEY = 'alice-key-0123456789abcdef';
const ADMIN_KEY = 'admin-key-0123456789abcdef';
const MANIFEST = new URL('../../src/generated/persisted-documents.json', import.meta.url).pathname;
/** The id of operations/Providers.graphql in the manifest `npm run codegen` writes. */
const PROVIDERS_ID = Object.entries(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>).find(([, d]) => d.startsWith('query Providers '))![0];

function photoInput(gw: TestGateway, script = scriptFor(1)) {
  return { photos: [{ url: gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto }], voice: VOICE, script, testScenario: 'SUCCESS' };
}

const CASES: Case[] = [
  // The common cases: the fast path.
  {
    name: 'query, no Accept',
    req: { headers: JSON_CT, body: body({ query: PROVIDERS }) },
    path: 'fast',
    check: (a) => expect(header(a, 'content-type')).toBe('application/json; charset=utf-8'),
  },
  { name: 'query, Accept application/json', req: { headers: { ...JSON_CT, accept: 'application/json' }, body: body({ query: PROVIDERS }) }, path: 'fast' },
  {
    name: 'query, Accept application/graphql-response+json',
    req: { headers: { ...JSON_CT, accept: 'application/graphql-response+json' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
    check: (a) => expect(header(a, 'content-type')).toBe('application/graphql-response+json; charset=utf-8'),
  },
  {
    name: 'query, Accept both (graphql-response+json first)',
    req: { headers: { ...JSON_CT, accept: 'application/graphql-response+json, application/json' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  {
    name: 'query, Accept both (json first)',
    req: { headers: { ...JSON_CT, accept: 'application/json, application/graphql-response+json' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  {
    name: 'query, Accept both with q',
    req: { headers: { ...JSON_CT, accept: 'application/json;q=0.9, application/graphql-response+json;q=1.0' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  { name: 'query, Accept */*', req: { headers: { ...JSON_CT, accept: '*/*' }, body: body({ query: PROVIDERS }) }, path: 'fast' },
  {
    name: 'query, Accept graphql-response+json then */*',
    req: { headers: { ...JSON_CT, accept: 'application/graphql-response+json, */*;q=0.5' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  {
    name: 'query, Accept with charset=utf-8',
    req: { headers: { ...JSON_CT, accept: 'application/json; charset=utf-8' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  {
    name: 'query, Content-Type with charset',
    req: { headers: { 'content-type': 'application/json; charset=utf-8' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  {
    name: 'query, Content-Type charset upper case',
    req: { headers: { 'content-type': 'application/json;charset=UTF-8' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  { name: 'query with extensions', req: { headers: JSON_CT, body: body({ query: PROVIDERS, extensions: { foo: 1 } }) }, path: 'fast' },
  {
    name: 'query with null operationName, variables, extensions',
    req: { headers: JSON_CT, body: body({ query: PROVIDERS, operationName: null, variables: null, extensions: null }) },
    path: 'fast',
  },
  {
    name: 'named operation among several',
    req: { headers: JSON_CT, body: body({ query: `query A { providers { provider } } query B { __typename }`, operationName: 'B' }) },
    path: 'fast',
  },
  {
    name: 'client x-request-id echoed',
    req: { headers: { ...JSON_CT, 'x-request-id': 'ticket-42' }, body: body({ query: PROVIDERS }) },
    path: 'fast',
    check: (a) => expect(header(a, 'x-request-id')).toBe('ticket-42'),
  },
  {
    name: 'mutation createPropertyVideo, valid input',
    req: (gw) => ({
      headers: { ...JSON_CT, accept: 'application/graphql-response+json, application/json' },
      body: body({ query: CREATE, variables: { i: photoInput(gw) } }),
    }),
    path: 'fast',
    check: (a) => expect(JSON.parse(a.body).data.createPropertyVideo.__typename).toBe('CreatePropertyVideoSuccess'),
  },
  {
    name: 'mutation createPropertyVideo, invalid input (typed ValidationError)',
    req: (gw) => ({
      headers: { ...JSON_CT, accept: 'application/graphql-response+json' },
      body: body({ query: CREATE, variables: { i: photoInput(gw, 'too short') } }),
    }),
    path: 'fast',
    check: (a) => expect(JSON.parse(a.body).data.createPropertyVideo.__typename).toBe('ValidationError'),
  },
  { name: 'node(id) on a bogus id', req: { headers: JSON_CT, body: body({ query: '{ node(id: "bogus") { id } }' }) }, path: 'fast' },
  {
    name: 'task(id) on a bogus id, graphql-response+json',
    req: { headers: { ...JSON_CT, accept: 'application/graphql-response+json' }, body: body({ query: '{ task(id: "VGFzazpub3Bl") { id } }' }) },
    path: 'fast',
  },
  ...(['application/json', 'application/graphql-response+json'] as const).map(
    (accept): Case => ({
      name: `resolver throws an unexpected error (masked), Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: '{ tasks(first: 1) { edges { node { id } } } }' }) },
      path: 'fast',
      around: async (gw, run) => {
        const list = gw.gateway.tasks.list.bind(gw.gateway.tasks);
        gw.gateway.tasks.list = () => Promise.reject(new Error('store exploded: relation "tasks" is broken'));
        try {
          await run();
        } finally {
          gw.gateway.tasks.list = list;
        }
      },
      check: (a) => {
        expect(JSON.parse(a.body).errors[0].message).toBe('Unexpected error.');
        expect(a.body).not.toContain('exploded');
      },
    }),
  ),
  { name: 'right gateway key', auth: true, req: { headers: { ...JSON_CT, authorization: `Bearer ${KEY}` }, body: body({ query: PROVIDERS }) }, path: 'fast' },

  // Errors before execution: yoga answers.
  ...(['application/json', 'application/graphql-response+json'] as const).flatMap((accept): Case[] => [
    { name: `syntax error, Accept ${accept}`, req: { headers: { ...JSON_CT, accept }, body: body({ query: '{ providers { provider ' }) }, path: 'yoga' },
    { name: `validation error, Accept ${accept}`, req: { headers: { ...JSON_CT, accept }, body: body({ query: '{ nope }' }) }, path: 'yoga' },
    {
      name: `unknown operationName, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: 'query A { __typename }', operationName: 'Nope' }) },
      path: 'yoga',
    },
    {
      name: `several operations without operationName, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: 'query A { __typename } query B { __typename }' }) },
      path: 'yoga',
    },
    {
      name: `variables of the wrong type, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: 'query($n: Int) { tasks(first: $n) { edges { cursor } } }', variables: { n: 'many' } }) },
      path: 'fast',
    },
    {
      name: `missing required variable, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: 'query($id: ID!) { task(id: $id) { id } }' }) },
      path: 'fast',
    },
    {
      name: `missing gateway key, Accept ${accept}`,
      auth: true,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: PROVIDERS }) },
      path: 'yoga',
      check: (a) => expect([a.status, header(a, 'www-authenticate')]).toEqual([401, 'Bearer']),
    },
    {
      name: `wrong gateway key, Accept ${accept}`,
      auth: true,
      req: { headers: { ...JSON_CT, accept, authorization: 'Bearer not-the-key-0000000000' }, body: body({ query: PROVIDERS }) },
      path: 'yoga',
      check: (a) => expect(a.status).toBe(401),
    },
    {
      name: `subscription over POST, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: 'subscription { task(id: "VGFzazpub3Bl") { id } }' }) },
      path: 'yoga',
    },
    {
      name: `batching array, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body([{ query: PROVIDERS }, { query: PROVIDERS }]) },
      path: 'yoga',
    },
    { name: `invalid JSON body, Accept ${accept}`, req: { headers: { ...JSON_CT, accept }, body: '{"query": ' }, path: 'yoga' },
  ]),
  { name: 'malformed Authorization', auth: true, req: { headers: { ...JSON_CT, authorization: 'Basic abc' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  {
    name: 'subscription over POST, Accept */*',
    req: { headers: { ...JSON_CT, accept: '*/*' }, body: body({ query: 'subscription { task(id: "VGFzazpub3Bl") { id } }' }) },
    path: 'yoga',
  },
  { name: 'body null', req: { headers: JSON_CT, body: 'null' }, path: 'yoga' },
  { name: 'body a string', req: { headers: JSON_CT, body: '"{ __typename }"' }, path: 'yoga' },
  { name: 'body without query', req: { headers: JSON_CT, body: body({ variables: {} }) }, path: 'yoga' },
  { name: 'query not a string', req: { headers: JSON_CT, body: body({ query: 42 }) }, path: 'yoga' },
  { name: 'variables an array', req: { headers: JSON_CT, body: body({ query: PROVIDERS, variables: [1] }) }, path: 'yoga' },
  { name: 'extensions a string', req: { headers: JSON_CT, body: body({ query: PROVIDERS, extensions: 'x' }) }, path: 'yoga' },
  { name: 'unknown body key', req: { headers: JSON_CT, body: body({ query: PROVIDERS, foo: 1 }) }, path: 'yoga' },
  { name: 'unknown body key, null', req: { headers: JSON_CT, body: body({ query: PROVIDERS, foo: null }) }, path: 'yoga' },
  { name: 'body with a BOM', req: { headers: JSON_CT, body: `\uFEFF${body({ query: PROVIDERS })}` }, path: 'yoga' },

  // Other requests: yoga, untouched.
  {
    name: 'Origin header, an allowed origin (CORS)',
    req: { headers: { ...JSON_CT, origin: 'http://localhost:3000' }, body: body({ query: PROVIDERS }) },
    path: 'yoga',
    check: (a) => expect([header(a, 'access-control-allow-origin'), header(a, 'vary')]).toEqual(['http://localhost:3000', 'Origin']),
  },
  {
    // The gateway's HTTP server refuses it before yoga (test/hardening); yoga alone gives it no CORS headers.
    name: 'Origin header, an origin not allowed (no CORS headers)',
    req: { headers: { ...JSON_CT, origin: 'https://app.example.com' }, body: body({ query: PROVIDERS }) },
    path: 'yoga',
    check: (a) => expect(header(a, 'access-control-allow-origin')).toBeUndefined(),
  },
  { name: 'query string', req: { path: '/graphql?x=1', headers: JSON_CT, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  {
    name: 'GET with query',
    req: { method: 'GET', path: `/graphql?query=${encodeURIComponent(PROVIDERS)}`, headers: { accept: 'application/json' } },
    path: 'yoga',
  },
  { name: 'PUT', req: { method: 'PUT', headers: JSON_CT, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  { name: 'Content-Type text/plain', req: { headers: { 'content-type': 'text/plain' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  { name: 'Content-Type upper case', req: { headers: { 'content-type': 'Application/JSON' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  {
    name: 'Content-Type application/graphql+json',
    req: { headers: { 'content-type': 'application/graphql+json' }, body: body({ query: PROVIDERS }) },
    path: 'yoga',
  },
  {
    name: 'Content-Type charset latin1',
    req: { headers: { 'content-type': 'application/json; charset=latin1' }, body: body({ query: PROVIDERS }) },
    path: 'yoga',
  },
  { name: 'no Content-Type', req: { headers: {}, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  { name: 'Accept text/event-stream (SSE)', req: { headers: { ...JSON_CT, accept: 'text/event-stream' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  { name: 'Accept multipart/mixed', req: { headers: { ...JSON_CT, accept: 'multipart/mixed' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  { name: 'Accept text/html', req: { headers: { ...JSON_CT, accept: 'text/html' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  {
    name: 'Accept application/json; charset=latin1',
    req: { headers: { ...JSON_CT, accept: 'application/json; charset=latin1' }, body: body({ query: PROVIDERS }) },
    path: 'yoga',
  },
  { name: 'Accept application/*', req: { headers: { ...JSON_CT, accept: 'application/*' }, body: body({ query: PROVIDERS }) }, path: 'yoga' },
  { name: 'empty body', req: { headers: JSON_CT, body: '' }, path: 'yoga' },
  { name: 'chunked body', req: { headers: JSON_CT, body: body({ query: PROVIDERS }), chunked: true }, path: 'yoga' },
  {
    name: `body over the fast path's 1 MiB (valid query): yoga's limit, MAX_REQUEST_BODY_BYTES, 1 MiB by default`,
    req: { headers: JSON_CT, body: body({ query: PROVIDERS, variables: { pad: 'x'.repeat(FAST_PATH_MAX_BODY) } }) },
    path: 'yoga',
    check: (a) => expect(a.status).toBe(413),
  },
  {
    name: `body announced over 25 MB`,
    req: { headers: { ...JSON_CT, 'content-length': '26000000' }, body: body({ query: PROVIDERS }) },
    path: 'yoga',
    check: (a) => expect(a.status).toBe(413),
  },

  // Parse-time limits (src/server/query-limits.ts): envelop plugins, run by the fast path too; their errors go to yoga.
  ...(['application/json', 'application/graphql-response+json'] as const).flatMap((accept): Case[] => [
    {
      name: `over MAX_QUERY_TOKENS, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: `{${' a {'.repeat(600)} b${' }'.repeat(600)}}` }) },
      path: 'yoga',
      check: (a) => expect([a.status, JSON.parse(a.body).errors[0].extensions.limit]).toEqual([accept === 'application/json' ? 200 : 400, 'MAX_QUERY_TOKENS']),
    },
    {
      name: `over MAX_QUERY_ALIASES, Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: providers { provider }`).join(' ')} }` }) },
      path: 'yoga',
      check: (a) => expect([a.status, JSON.parse(a.body).errors[0].extensions.limit]).toEqual([accept === 'application/json' ? 200 : 400, 'MAX_QUERY_ALIASES']),
    },
    {
      name: `over MAX_QUERY_COST (three full pages of tasks), Accept ${accept}`,
      req: { headers: { ...JSON_CT, accept }, body: body({ query: THREE_PAGES }) },
      path: 'yoga',
      check: (a) => expect(JSON.parse(a.body).errors[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'MAX_QUERY_COST', max: 10_000 }),
    },
  ]),
  {
    name: 'under every limit: a full page of tasks with the fields of operations/',
    req: { headers: JSON_CT, body: body({ query: TASKS_PAGE, variables: { first: 100 } }) },
    path: 'fast',
    check: (a) => expect([a.status, JSON.parse(a.body).errors]).toEqual([200, undefined]),
  },

  // Trusted documents (src/server/trusted-documents.ts): the fast path resolves documentId as yoga's onParams hook does.
  {
    name: 'trusted: a manifest document by documentId',
    trusted: true,
    req: { headers: { ...JSON_CT, authorization: `Bearer ${KEY}` }, body: body({ documentId: PROVIDERS_ID }) },
    path: 'fast',
    check: (a) => expect(JSON.parse(a.body).data.providers).toHaveLength(2),
  },
  {
    name: 'trusted: a manifest document by extensions.persistedQuery',
    trusted: true,
    req: {
      headers: { ...JSON_CT, authorization: `Bearer ${KEY}` },
      body: body({ query: '', extensions: { persistedQuery: { version: 1, sha256Hash: PROVIDERS_ID.slice(7) } } }),
    },
    path: 'fast',
    check: (a) => expect(JSON.parse(a.body).data.providers).toHaveLength(2),
  },
  ...(['application/json', 'application/graphql-response+json'] as const).flatMap((accept): Case[] => [
    {
      name: `trusted: an unknown documentId, Accept ${accept}`,
      trusted: true,
      req: { headers: { ...JSON_CT, accept, authorization: `Bearer ${KEY}` }, body: body({ documentId: 'sha256:0000' }) },
      path: 'yoga',
      check: (a) =>
        expect([a.status, JSON.parse(a.body).errors[0].extensions.code]).toEqual([accept === 'application/json' ? 200 : 400, 'PERSISTED_DOCUMENT_NOT_FOUND']),
    },
    {
      name: `trusted: a document as text from a client that is not an admin, Accept ${accept}`,
      trusted: true,
      req: { headers: { ...JSON_CT, accept, authorization: `Bearer ${KEY}` }, body: body({ query: PROVIDERS }) },
      path: 'yoga',
      check: (a) => expect(JSON.parse(a.body).errors[0].extensions.code).toBe('PERSISTED_DOCUMENT_REQUIRED'),
    },
  ]),
  {
    name: 'trusted: a document as text from an admin client',
    trusted: true,
    req: { headers: { ...JSON_CT, authorization: `Bearer ${ADMIN_KEY}` }, body: body({ query: PROVIDERS }) },
    path: 'fast',
  },
  {
    name: 'trusted: documentId of the wrong type',
    trusted: true,
    req: { headers: { ...JSON_CT, authorization: `Bearer ${KEY}` }, body: body({ documentId: 42 }) },
    path: 'yoga',
  },
];

describe('GraphQL fast path: the same answers as yoga', () => {
  let open: TestGateway;
  let keyed: TestGateway;
  let trusted: TestGateway;
  const servers: Record<'open' | 'keyed' | 'trusted', { fast: Server; yoga: Server }> = {} as never;

  beforeAll(async () => {
    [open, keyed, trusted] = await Promise.all([
      startTestGateway(),
      startTestGateway({ GATEWAY_API_KEYS: `alice:${KEY}` }),
      startTestGateway({ GATEWAY_API_KEYS: `alice:${KEY},admin:${ADMIN_KEY}`, ADMIN_CLIENTS: 'admin', TRUSTED_DOCUMENTS: MANIFEST }),
    ]);
    for (const [name, gw] of [
      ['open', open],
      ['keyed', keyed],
      ['trusted', trusted],
    ] as const) {
      servers[name] = { fast: await serverFor(gw, true), yoga: await serverFor(gw, false) };
    }
  });
  afterAll(async () => {
    for (const s of Object.values(servers)) await Promise.all([s.fast.close(), s.yoga.close()]);
    await Promise.all([open?.stop(), keyed?.stop(), trusted?.stop()]);
  });

  it('the manifest names operations/Providers.graphql by its sha256', () => {
    expect(PROVIDERS_ID).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is on by default and off with fastPath: false', () => {
    expect(servers.open.fast.stats).not.toBeNull();
    expect(servers.open.yoga.stats).toBeNull();
  });

  it.each(CASES)('$name', async (c) => {
    const gw = c.trusted ? trusted : c.auth ? keyed : open;
    const { fast, yoga } = servers[c.trusted ? 'trusted' : c.auth ? 'keyed' : 'open'];
    const req = typeof c.req === 'function' ? c.req(gw) : c.req;
    const stats = fast.stats!;
    const before = { fast: stats.fast, fallback: Object.values(stats.fallback).reduce((a, b) => a + b, 0) };
    let viaFast!: Answer;
    let viaYoga!: Answer;
    const logsBefore = gw.logs.length;
    const run = async () => {
      viaFast = await send(fast.url, req);
      viaYoga = await send(yoga.url, req);
    };
    await (c.around ? c.around(gw, run) : run());
    const fallbacks = Object.values(stats.fallback).reduce((a, b) => a + b, 0) - before.fallback;
    expect({ fast: stats.fast - before.fast, fallback: fallbacks }).toEqual(c.path === 'fast' ? { fast: 1, fallback: 0 } : { fast: 0, fallback: 1 });

    expect(viaFast.status).toBe(viaYoga.status);
    expect(viaFast.statusMessage).toBe(viaYoga.statusMessage);
    const stable = viaFast.body === viaYoga.body;
    expect(normalizedHeaders(viaFast, stable)).toEqual(normalizedHeaders(viaYoga, stable));
    expect(normalizedBody(viaFast.body)).toEqual(normalizedBody(viaYoga.body));
    for (const a of [viaFast, viaYoga]) {
      const id = header(a, 'x-request-id');
      expect(id).toMatch(req.headers?.['x-request-id'] ? /^ticket-42$/ : /^[0-9a-f-]{36}$/);
      const length = header(a, 'content-length');
      if (length !== undefined) expect(Number(length)).toBe(Buffer.byteLength(a.body));
    }
    c.check?.(viaFast);

    // Unexpected errors are logged once per request, at error level, with the request's id.
    const errorLines = gw.logs
      .slice(logsBefore)
      .map((l) => JSON.parse(l) as { level: string; msg: string; requestId?: string })
      .filter((l) => l.level === 'error');
    if (c.around) {
      expect(errorLines.map((l) => [l.msg, l.requestId])).toEqual([
        ['unexpected error in a resolver', header(viaFast, 'x-request-id')],
        ['unexpected error in a resolver', header(viaYoga, 'x-request-id')],
      ]);
    } else {
      expect(errorLines).toEqual([]);
    }
  });

  it('serves the common operations through the fast path', async () => {
    const stats = servers.open.fast.stats!;
    const before = stats.fast;
    const headers = { ...JSON_CT, accept: 'application/graphql-response+json, application/json' };
    const created = await send(servers.open.fast.url, { headers, body: body({ query: CREATE, variables: { i: photoInput(open) } }) });
    const id = JSON.parse(created.body).data.createPropertyVideo.task.id as string;
    const read = await send(servers.open.fast.url, {
      headers,
      body: body({ query: 'query Task($id: ID!) { task(id: $id) { id status } }', variables: { id } }),
    });
    expect(JSON.parse(read.body).data.task.id).toBe(id);
    expect(stats.fast - before).toBe(2);
  });
});

describe('negotiateMediaType', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json, application/json', 'application/graphql-response+json'],
    ['application/json;q=0.1, application/graphql-response+json', 'application/json'],
    ['*/*, application/graphql-response+json', 'application/json'],
    ['APPLICATION/JSON', 'application/json'],
    ['text/event-stream', null],
    ['application/json, text/event-stream', null],
    ['multipart/mixed', null],
    ['application/json; charset=latin1', null],
    ['application/json; profile=x', null],
    ['application/json,', null],
  ])('%s → %s', (accept, expected) => {
    expect(negotiateMediaType(accept)).toBe(expected);
  });
});

describe('fast path guard', () => {
  /** A yoga configured like createGraphQL's (same built-in plugins), plus `extra`. */
  const yogaWith = (extra: object[]) =>
    createYoga({
      schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
      landingPage: false,
      logging: false,
      plugins: [useErrorHandler(() => {}), ...extra],
      context: () => ({}),
    }) as unknown as Yoga;
  const fastPathOf = (yoga: Yoga) => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (l) => void lines.push(l) });
    const http = createHttpServer({ yoga, webhooks: async () => false, ready: async () => {}, metrics: createMetrics(), logger });
    return { stats: http.fastPath, lines };
  };

  it('takes a yoga whose hooks it reproduces', () => {
    expect(fastPathOf(yogaWith([])).stats).not.toBeNull();
  });

  it('takes a yoga with the operation metrics and OpenTelemetry plugins (envelop hooks only, which it runs)', async () => {
    const tracing = await openTelemetryTracing();
    expect(fastPathOf(yogaWith([useOperationMetrics(new OperationMetrics(new Registry(), 10)), tracing])).stats).not.toBeNull();
  });

  it('takes a yoga with hooks of a plugin marked [FAST_PATH] (one it reproduces)', () => {
    expect(fastPathOf(yogaWith([{ onRequestParse() {}, onParams() {}, [FAST_PATH]: {} }])).stats).not.toBeNull();
  });

  it.each([
    ['onRequest', { onRequest() {} }],
    ['onResponse', { onResponse() {} }],
    ['onRequestParse', { onRequestParse() {} }],
    ['onParams', { onParams() {} }],
    ['onExecutionResult', { onExecutionResult() {} }],
    ['onResultProcess', { onResultProcess() {} }],
  ])('refuses a yoga with another %s hook, with a warning', (_, plugin) => {
    const { stats, lines } = fastPathOf(yogaWith([plugin]));
    expect(stats).toBeNull();
    expect(lines.join('')).toContain('GraphQL fast path disabled');
  });
});
