import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamMalformedResponseError, UpstreamNetworkError } from '../../src/upstream/errors.ts';
import { UpstreamHttp } from '../../src/upstream/http.ts';

/** The shared upstream HTTP layer against a real loopback server that misbehaves on purpose. */
describe('UpstreamHttp', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/chunked-huge') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 40 && res.write(chunk)) sent++;
          if (sent < 40) res.once('drain', pump);
          else res.end();
        };
        return pump();
      }
      if (req.url === '/reset') return req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses a chunked body over the limit while it streams (bug: only a declared content-length was checked)', async () => {
    const http = new UpstreamHttp({ provider: 'VIBEPEAK', baseUrl: base, apiKey: 'k', maxResponseBytes: 1024 * 1024 });
    await expect(http.request('GET', '/chunked-huge')).rejects.toBeInstanceOf(UpstreamMalformedResponseError);
    // The pool is still usable afterwards.
    expect((await http.request('GET', '/ok')).json).toEqual({ ok: true });
    await http.destroy();
  });

  it('marks a connection cut after sending as an unknown outcome, and a refused connection as not sent', async () => {
    const http = new UpstreamHttp({ provider: 'VIBEPEAK', baseUrl: base, apiKey: 'k' });
    const cut = await http.request('POST', '/reset', {}).catch((e) => e);
    expect(cut).toBeInstanceOf(UpstreamNetworkError);
    expect(cut.outcomeUnknown).toBe(true);
    await http.destroy();
    const closed = new UpstreamHttp({ provider: 'VIBEPEAK', baseUrl: 'http://127.0.0.1:1', apiKey: 'k' });
    const refused = await closed.request('POST', '/x', {}).catch((e) => e);
    expect(refused).toBeInstanceOf(UpstreamNetworkError);
    expect(refused.outcomeUnknown).toBe(false);
    await closed.destroy();
  });
});
