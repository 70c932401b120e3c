import type { IncomingHttpHeaders } from 'node:http';
import { type Client, createClient, type ExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TasksDocument } from '../../src/generated/graphql.ts';
import { logRecords, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { queryText } from '../support/graphql.ts';

/**
 * `x-request-id` on the WebSocket upgrade, as on every `/graphql` HTTP answer: the client's when
 * it sent a plausible one, else a new one; every operation of that connection runs with it, so its
 * log lines name the id the client was given.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opens a WebSocket to `/graphql` with `headers`; resolves with the answer to the upgrade, accepted or not. */
function upgrade(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    socket.once('upgrade', (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers, socket });
      res.resume();
    });
    socket.once('error', reject);
  });
}

/** A graphql-ws client whose upgrade request carries `headers`; `upgraded` gets the upgrade's answer headers. */
function clientWith(url: string, headers: Record<string, string>, upgraded: (headers: IncomingHttpHeaders) => void): Client {
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
      this.once('upgrade', (res) => upgraded(res.headers));
    }
  }
  return createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: HeaderSocket, retryAttempts: 0, lazy: true });
}

/** Runs one operation to its first result. */
function once(client: Client, query: string, variables: Record<string, unknown>): Promise<ExecutionResult> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe(
      { query, variables },
      {
        next: (result) => {
          stop();
          resolve(result as ExecutionResult);
        },
        error: reject,
        complete: () => {},
      },
    );
  });
}

describe('x-request-id on the WebSocket upgrade', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw?.stop());

  it("answers the upgrade with the client's id when it sent a plausible one, else a new one", async () => {
    const given = await upgrade(gw.url, { 'x-request-id': 'support-ticket-42' });
    const none = await upgrade(gw.url);
    const bad = await upgrade(gw.url, { 'x-request-id': 'x'.repeat(65) });
    const odd = await upgrade(gw.url, { 'x-request-id': 'a b<script>' });
    try {
      expect([given.status, none.status, bad.status, odd.status]).toEqual([101, 101, 101, 101]);
      expect(given.headers['x-request-id']).toBe('support-ticket-42');
      for (const answer of [none, bad, odd]) expect(answer.headers['x-request-id']).toMatch(UUID);
      expect(new Set([none, bad, odd].map((a) => a.headers['x-request-id'])).size).toBe(3);
    } finally {
      for (const a of [given, none, bad, odd]) a.socket.close();
    }
  });

  it('a refused upgrade (a foreign origin) carries one too', async () => {
    const refused = await upgrade(gw.url, { origin: 'https://evil.example', 'x-request-id': 'refused-1' });
    expect(refused.status).toBe(403);
    expect(refused.headers['x-request-id']).toBe('refused-1');
  });

  it("every operation of the connection runs with its id: an unexpected error is logged with the id the upgrade's answer named, and so are the connection's own lines", async () => {
    const list = gw.gateway.tasks.list.bind(gw.gateway.tasks);
    gw.gateway.tasks.list = () => Promise.reject(new Error('store exploded over graphql-ws'));
    const ids: string[] = [];
    const named = clientWith(gw.url, { 'x-request-id': 'ws-ticket-7' }, (h) => ids.push(String(h['x-request-id'])));
    const anonymous = clientWith(gw.url, {}, (h) => ids.push(String(h['x-request-id'])));
    try {
      const query = queryText(TasksDocument);
      for (const client of [named, named, anonymous]) {
        const result = await once(client, query, { first: 1 });
        expect(result.errors?.[0]?.message).toBe('Unexpected error.');
      }
    } finally {
      gw.gateway.tasks.list = list;
      await named.dispose();
      await anonymous.dispose();
    }
    expect(ids[0]).toBe('ws-ticket-7');
    expect(ids[1]).toMatch(UUID);

    const records = logRecords(gw);
    const errors = records.filter((r) => r.level === 'error' && r.msg === 'unexpected error in a resolver');
    expect(errors.map((r) => r.requestId)).toEqual(['ws-ticket-7', 'ws-ticket-7', ids[1]]);
    const lifecycle = (id: string) =>
      logRecords(gw)
        .filter((r) => r.requestId === id && r.msg.startsWith('WebSocket '))
        .map((r) => r.msg);
    await expect.poll(() => lifecycle('ws-ticket-7')).toEqual(['WebSocket connected', 'WebSocket closed']);
    await expect.poll(() => lifecycle(ids[1]!)).toEqual(['WebSocket connected', 'WebSocket closed']);
  });
});
