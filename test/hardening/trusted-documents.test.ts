import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateFlythroughVideoDocument, ProvidersDocument, TaskDocument, TaskUpdatesDocument } from '../../src/generated/graphql.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { runGatewayExpectingExit } from '../support/gateway-process.ts';
import { subscribeSse } from '../support/sse.ts';
import { connectWs, EventStream, type StreamResult, type WsConnection } from '../support/ws.ts';

/**
 * Issue 9, item 6: trusted-documents mode. With TRUSTED_DOCUMENTS set, the gateway runs the
 * manifest's documents (GraphQL Code Generator's persisted-documents.json for operations/) by id,
 * over HTTP, SSE and graphql-ws; a document sent as text is refused unless the key is an admin
 * client's (ADMIN_CLIENTS), and so is introspection; GraphiQL is off.
 */

const MANIFEST = new URL('../../src/generated/persisted-documents.json', import.meta.url).pathname;
const ALICE = 'alice-key-0123456789abcdef';
const ADMIN = 'admin-key-0123456789abcdef';
/** The id a codegen client sends: the hash the client preset embeds in each typed document. */
const idOf = (doc: unknown) => (doc as { __meta__: { hash: string } }).__meta__.hash;

/** What these tests read of an answer: each field is checked by an assertion (absent ones are undefined). */
interface Answer {
  data?: {
    providers?: unknown[];
    __schema?: { queryType: { name: string } };
    task?: { id: string };
    createFlythroughVideo?: { __typename: string; task: { id: string } };
  };
  errors?: { message: string; extensions: { code: string } }[];
}

async function post(url: string, body: unknown, key: string | null, accept = 'application/graphql-response+json') {
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, body: (await res.body.json()) as Answer };
}

/** A graphql-ws operation with any payload (a documentId beside an empty query). */
function subscribeWith<T = unknown>(ws: WsConnection, payload: Record<string, unknown>): EventStream<T> {
  const stream = new EventStream<T>();
  stream.onCancel(
    ws.client.subscribe<T>(payload as never, {
      next: (r) => stream.push(r as StreamResult<T>),
      error: (error) => stream.end({ kind: 'error', error }),
      complete: () => stream.end({ kind: 'complete' }),
    }),
  );
  return stream;
}

describe('trusted-documents mode', () => {
  let gw: TestGateway;
  let photo: string;
  const sockets: WsConnection[] = [];
  const socket = (key: string) => {
    const c = connectWs(gw.url, { authorization: `Bearer ${key}` });
    sockets.push(c);
    return c;
  };

  beforeAll(async () => {
    gw = await startTestGateway({ GATEWAY_API_KEYS: `alice:${ALICE},admin:${ADMIN}`, ADMIN_CLIENTS: 'admin', TRUSTED_DOCUMENTS: MANIFEST });
    photo = gw.gateway.sandbox!.roomai.media.livingRoomPhoto;
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await gw?.stop();
  });

  it('runs a manifest document by documentId ("sha256:<hex>" or the bare hex) and by extensions.persistedQuery', async () => {
    const id = idOf(ProvidersDocument);
    for (const body of [
      { documentId: id },
      { documentId: id.slice('sha256:'.length) },
      { extensions: { persistedQuery: { version: 1, sha256Hash: id.slice(7) } } },
    ]) {
      const res = await post(gw.url, body, ALICE);
      expect([res.status, res.body.errors], JSON.stringify(body)).toEqual([200, undefined]);
      expect(res.body.data!.providers).toHaveLength(2);
    }
  });

  it('with variables: a mutation by id creates a task, a query by id reads it', async () => {
    const created = await post(gw.url, { documentId: idOf(CreateFlythroughVideoDocument), variables: { input: { photoUrl: photo } } }, ALICE);
    expect(created.body.data!.createFlythroughVideo!.__typename).toBe('CreateFlythroughVideoSuccess');
    const id = created.body.data!.createFlythroughVideo!.task.id as string;
    const read = await post(gw.url, { documentId: idOf(TaskDocument), variables: { id } }, ALICE);
    expect(read.body.data!.task!.id).toBe(id);
  });

  it('GET ?documentId= (a bearer key is also what CSRF prevention asks of a GET)', async () => {
    const res = await request(`${gw.url}/graphql?documentId=${encodeURIComponent(idOf(ProvidersDocument))}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${ALICE}` },
    });
    const body = (await res.body.json()) as Answer;
    expect([res.statusCode, body.data!.providers!.length]).toEqual([200, 2]);
  });

  it('a document sent as text, or introspection, by a client that is not an admin: 400 PERSISTED_DOCUMENT_REQUIRED', async () => {
    for (const query of ['{ providers { provider } }', getIntrospectionQuery(), '{ __type(name: "Task") { name } }']) {
      const res = await post(gw.url, { query }, ALICE);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
      expect(res.body.errors![0]!.message).toMatch(/trusted documents only.*documentId/);
    }
    // application/json: 200, as yoga answers other request errors of the GraphQL-over-HTTP spec.
    expect((await post(gw.url, { query: '{ providers { provider } }' }, ALICE, 'application/json')).status).toBe(200);
  });

  it('an id not in the manifest: 400 PERSISTED_DOCUMENT_NOT_FOUND, whatever query comes with it', async () => {
    const res = await post(gw.url, { documentId: 'sha256:0000', query: '{ providers { provider } }' }, ALICE);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect(res.body.errors![0]!.message).toContain('sha256:0000');
  });

  it('a manifest id wins over a query sent with it', async () => {
    const res = await post(gw.url, { documentId: idOf(ProvidersDocument), query: '{ __schema { types { name } } }' }, ALICE);
    expect(res.body.data!.providers).toHaveLength(2);
    expect(res.body.data!.__schema).toBeUndefined();
  });

  it('an admin client may send any document, introspection included', async () => {
    const any = await post(gw.url, { query: '{ providers { provider } }' }, ADMIN);
    expect([any.status, any.body.data!.providers!.length]).toEqual([200, 2]);
    const intro = await post(gw.url, { query: getIntrospectionQuery() }, ADMIN);
    expect([intro.status, intro.body.errors]).toEqual([200, undefined]);
    expect(intro.body.data!.__schema!.queryType.name).toBe('Query');
  });

  it('the manifest documents still pass the parse-time limits', async () => {
    const res = await post(gw.url, { documentId: idOf(ProvidersDocument) }, ADMIN);
    expect(res.status).toBe(200);
  });

  it('graphql-ws: a subscription by documentId (with an empty query) streams; a document as text is that operation’s error', async () => {
    const created = await post(gw.url, { documentId: idOf(CreateFlythroughVideoDocument), variables: { input: { photoUrl: photo } } }, ALICE);
    const id = created.body.data!.createFlythroughVideo!.task.id as string;
    const ws = socket(ALICE);
    const updates = subscribeWith<{ task: { status: string } }>(ws, { query: '', documentId: idOf(TaskUpdatesDocument), variables: { id } });
    await updates.until((s) => s.events.some((e) => e.task.status === 'SUCCEEDED'), 15_000, 'the task to succeed');
    expect(updates.results.flatMap((r) => r.errors ?? [])).toEqual([]);

    const refused = await ws.subscribe('{ providers { provider } }').finished(5_000);
    const errors = (refused.ended as { error: { extensions: Record<string, unknown> }[] }).error;
    expect(errors.map((e) => e.extensions)).toEqual([{ code: 'PERSISTED_DOCUMENT_REQUIRED' }]);
    const unknown = await subscribeWith(ws, { query: '', documentId: 'sha256:feed' }).finished(5_000);
    expect((unknown.ended as { error: { extensions: { code: string } }[] }).error[0]!.extensions.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect(ws.closes).toEqual([]);

    const admin = await socket(ADMIN).subscribe('{ providers { provider } }').finished(5_000);
    expect(admin.ended?.kind).toBe('complete');
    expect(admin.events).toEqual([{ providers: [{ provider: 'ROOM_AI' }, { provider: 'VIBEPEAK' }] }]);
  });

  it('SSE: a subscription by documentId streams; a document as text is refused', async () => {
    const created = await post(gw.url, { documentId: idOf(CreateFlythroughVideoDocument), variables: { input: { photoUrl: photo } } }, ALICE);
    const id = created.body.data!.createFlythroughVideo!.task.id as string;
    const auth = { authorization: `Bearer ${ALICE}` };
    const stream = subscribeSse<{ task: { status: string } }>(gw.url, { documentId: idOf(TaskUpdatesDocument) }, { id }, auth);
    await stream.finished(15_000);
    expect(stream.ended?.kind).toBe('complete');
    expect(stream.events.at(-1)!.task.status).toBe('SUCCEEDED');
    const refused = await subscribeSse(gw.url, 'subscription { tasks { id } }', {}, auth).finished(5_000);
    const errors = refused.results.flatMap((r) => r.errors ?? []);
    const error = refused.ended?.kind === 'error' ? JSON.stringify(refused.ended.error) : '';
    expect(JSON.stringify(errors) + error).toContain('PERSISTED_DOCUMENT_REQUIRED');
  });

  it('GraphiQL is off', async () => {
    const res = await request(`${gw.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await res.body.text();
    expect(text).not.toMatch(/graphiql/i);
  });
});

describe('trusted-documents mode is opt-in', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw?.stop());

  it('by default any valid document runs, and GraphiQL is served', async () => {
    expect((await gw.gql('{ providers { provider } }')).body.data).toBeTruthy();
    const page = await request(`${gw.url}/graphql`, { headers: { accept: 'text/html' } });
    expect([page.statusCode, await page.body.text()]).toEqual([200, expect.stringMatching(/graphiql/i)]);
  });
});

describe('a bad manifest stops the start, naming TRUSTED_DOCUMENTS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tourgraph-manifest-'));
  const manifest = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['a missing file', join(dir, 'missing.json'), /cannot read/],
    ['not JSON', manifest('bad.json', '{'), /cannot read/],
    ['an invalid document', manifest('invalid.json', JSON.stringify({ 'sha256:1': '{ nope }' })), /document sha256:1 is not valid/],
    ['introspection', manifest('intro.json', JSON.stringify({ 'sha256:2': '{ __schema { types { name } } }' })), /uses introspection/],
  ])('%s', async (_, path, why) => {
    const { code, output } = await runGatewayExpectingExit({ DATA_DIR: 'memory://', TRUSTED_DOCUMENTS: path });
    expect(code).toBe(1);
    expect(output).toMatch(/TRUSTED_DOCUMENTS: /);
    expect(output).toMatch(why);
  });
});
