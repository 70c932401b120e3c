import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

/**
 * Issue 9, item 3: in open mode (the default) any web page could spend credits: CORS reflected
 * every Origin, and a cross-site form POST ran `createFlythroughVideo`. Now CORS answers only
 * allowed origins (localhost in open mode, none with gateway keys unless `CORS_ORIGINS` lists
 * them), a browser request from any other origin is refused (HTTP and WebSocket), and yoga's CSRF
 * prevention refuses requests a browser sends without a preflight.
 */

const MUTATION = 'mutation { createFlythroughVideo(input: { photoUrl: "PHOTO" }) { __typename } }';

async function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) {
  const res = await request(`${url}${init.path ?? '/graphql'}`, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text };
}

/** Resolves with the HTTP status of a refused upgrade, or 101 once the socket opens (then closes it). */
function upgrade(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', origin ? { origin } : {});
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    ws.once('error', (err) => reject(err));
  });
}

describe('open mode (no gateway keys): localhost origins only', () => {
  let gw: TestGateway;
  let photo: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    photo = gw.gateway.sandbox!.roomai.media.livingRoomPhoto;
  });
  afterAll(() => gw?.stop());

  const taskCount = async () => ((await gw.gql('{ tasks(first: 100) { edges { cursor } } }')).body.data as { tasks: { edges: unknown[] } }).tasks.edges.length;

  it('a cross-site form POST of createFlythroughVideo is refused, and no task is created', async () => {
    const before = await taskCount();
    const form = new URLSearchParams({ query: MUTATION.replace('PHOTO', photo) }).toString();
    for (const origin of ['https://evil.example', 'null']) {
      const res = await send(gw.url, { headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: form });
      expect(res.status, origin).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe('FORBIDDEN_ORIGIN');
    }
    expect(await taskCount()).toBe(before);
  });

  it('a form POST without an Origin (older browsers, some privacy settings): refused by CSRF prevention', async () => {
    const before = await taskCount();
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const body = type.startsWith('multipart')
        ? `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: MUTATION.replace('PHOTO', photo) })}\r\n--x--\r\n`
        : type === 'text/plain'
          ? JSON.stringify({ query: MUTATION.replace('PHOTO', photo) })
          : new URLSearchParams({ query: MUTATION.replace('PHOTO', photo) }).toString();
      const res = await send(gw.url, { headers: { 'content-type': type }, body });
      expect(res.status, type).toBe(403);
      expect(res.text).toMatch(/CSRF/);
    }
    expect(await taskCount()).toBe(before);
  });

  it('a JSON POST from another origin is refused, without CORS headers; its preflight too', async () => {
    const res = await send(gw.url, {
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send(gw.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('a DNS-rebinding page (its own name as Host, served from loopback) is another origin: refused', async () => {
    const res = await send(gw.url, {
      headers: { 'content-type': 'application/json', origin: 'http://attacker.example:4000', host: 'attacker.example:4000' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(403);
  });

  it('localhost origins on any port get CORS headers for themselves only, no credentials', async () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:8080', 'https://localhost']) {
      const preflight = await send(gw.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status, origin).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(origin);
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const res = await send(gw.url, { headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect([res.status, res.headers['access-control-allow-origin'], res.headers.vary]).toEqual([200, origin, 'Origin']);
    }
  });

  it('GET needs a header a browser cannot add without a preflight; a client without a browser adds one', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    expect((await send(gw.url, { method: 'GET', path })).status).toBe(403);
    expect((await send(gw.url, { method: 'GET', path, headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    expect((await send(gw.url, { method: 'GET', path, headers: { 'content-type': 'application/json' } })).status).toBe(200);
  });

  it('clients that are not browsers (no Origin, JSON) are not affected', async () => {
    const res = await gw.gql('{ __typename }');
    expect([res.status, res.body.data]).toEqual([200, { __typename: 'Query' }]);
  });

  it('WebSocket: another origin is refused at the upgrade (403); localhost and no Origin connect', async () => {
    expect(await upgrade(gw.url, 'https://evil.example')).toBe(403);
    expect(await upgrade(gw.url, 'http://localhost:3000')).toBe(101);
    expect(await upgrade(gw.url)).toBe(101);
  });
});

describe('with gateway keys: no browser origin unless listed, the gateway’s own origin (its GraphiQL) allowed', () => {
  const KEY = 'alice-key-0123456789abcdef';
  let keyed: TestGateway;
  let listed: TestGateway;

  beforeAll(async () => {
    [keyed, listed] = await Promise.all([
      startTestGateway({ GATEWAY_API_KEYS: `alice:${KEY}` }),
      startTestGateway({ GATEWAY_API_KEYS: `alice:${KEY}`, CORS_ORIGINS: 'https://app.example.com, localhost' }),
    ]);
  });
  afterAll(() => Promise.all([keyed?.stop(), listed?.stop()]));

  const json = (origin: string, host?: string) => ({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, origin, ...(host ? { host } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

  it('localhost is not allowed by default', async () => {
    expect((await send(keyed.url, json('http://localhost:3000'))).status).toBe(403);
    expect(await upgrade(keyed.url, 'http://localhost:3000')).toBe(403);
  });

  it('the origin of the Host the request was sent to (GraphiQL served by this gateway) is', async () => {
    const host = new URL(keyed.url).host;
    const res = await send(keyed.url, json(`http://${host}`));
    expect(res.status).toBe(200);
    expect(await upgrade(keyed.url, `http://${host}`)).toBe(101);
  });

  it('CORS_ORIGINS lists exact origins and the localhost keyword', async () => {
    for (const origin of ['https://app.example.com', 'http://localhost:3000']) {
      const res = await send(listed.url, json(origin));
      expect([res.status, res.headers['access-control-allow-origin']], origin).toEqual([200, origin]);
    }
    expect((await send(listed.url, json('https://app.example.com.evil.example'))).status).toBe(403);
    expect((await send(listed.url, json('http://app.example.com'))).status).toBe(403);
  });
});
