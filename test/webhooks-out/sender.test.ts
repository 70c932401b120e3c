import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpWebhookSender } from '../../src/webhooks-out/http-sender.ts';
import { signWebhook, webhookSecretKey } from '../../src/webhooks-out/signature.ts';
import { newSecret, type Receiver, startReceiver, verify } from './receiver.ts';

/**
 * The signature against the Standard Webhooks reference vector, and the undici sender over real
 * HTTP on loopback: what a receiver gets, and what the sender refuses to do (follow redirects,
 * read a body without end, wait without end, reach an address it must not).
 */

describe('Standard Webhooks signature', () => {
  it('matches the reference vector of the Standard Webhooks libraries', () => {
    // From standard-webhooks' own test suite (secret, msg_id, timestamp, payload, expected signature).
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('reads only whsec_ secrets of 24 to 64 bytes of standard base64', () => {
    expect(webhookSecretKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')?.length).toBe(24);
    expect(webhookSecretKey(newSecret())?.length).toBe(32);
    expect(webhookSecretKey('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBeNull();
    expect(webhookSecretKey(`whsec_${Buffer.alloc(23).toString('base64')}`)).toBeNull();
    expect(webhookSecretKey(`whsec_${Buffer.alloc(65).toString('base64')}`)).toBeNull();
    expect(webhookSecretKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La-_Sw')).toBeNull();
  });

  it("the test receiver's verification refuses a wrong secret, a tampered body and a stale timestamp", () => {
    const secret = newSecret();
    const body = '{"type":"task.updated"}';
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, 'msg_1', ts, body) };
    expect(verify(secret, headers, body)).toBeNull();
    expect(verify(newSecret(), headers, body)).toBe('no signature matches');
    expect(verify(secret, headers, `${body} `)).toBe('no signature matches');
    expect(verify(secret, headers, body, ts + 301)).toBe('timestamp outside the tolerance');
    // Several signatures (a secret being rotated): any one that matches will do.
    expect(verify(secret, { ...headers, 'webhook-signature': `v1,AAAA ${headers['webhook-signature']}` }, body)).toBeNull();
  });
});

describe('HttpWebhookSender', () => {
  const secret = newSecret();
  let receiver: Receiver;
  /** A server that misbehaves by path: redirects, endless bodies, no answer. */
  let odd: Server;
  let oddUrl: string;
  const oddHits: string[] = [];
  const sender = new HttpWebhookSender({ allowLoopback: true, timeoutMs: 800, maxResponseBytes: 1024 });
  const strict = new HttpWebhookSender({ allowLoopback: false, timeoutMs: 800 });

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    odd = createServer((req, res) => {
      oddHits.push(req.url ?? '');
      req.resume();
      if (req.url === '/redirect') {
        res.writeHead(307, { location: `${receiver.url}/redirected` });
        res.end();
      } else if (req.url === '/endless') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024, 120);
        const timer = setInterval(() => res.write(chunk), 1);
        res.on('close', () => clearInterval(timer));
      }
      // '/silent': never answers.
    });
    await new Promise<void>((resolve) => odd.listen(0, '127.0.0.1', () => resolve()));
    oddUrl = `http://127.0.0.1:${(odd.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all([sender.close(), strict.close(), receiver?.close()]);
    odd?.closeAllConnections();
    await new Promise<void>((resolve) => (odd ? odd.close(() => resolve()) : resolve()));
  });

  it('POSTs the body as JSON with webhook-id, a current webhook-timestamp and a signature the receiver verifies', async () => {
    const body = JSON.stringify({ type: 'task.succeeded', timestamp: new Date().toISOString(), data: { id: 'x', note: 'ünïcødé' } });
    const before = Math.floor(Date.now() / 1000);
    expect(await sender.send({ url: `${receiver.url}/hooks?a=1`, webhookId: 'msg_abc', body, secret })).toEqual({ status: 204, error: null, retry: true });
    const [got] = receiver.attemptsOf('msg_abc');
    expect(got).toMatchObject({ path: '/hooks?a=1', body, verified: true, answered: 204 });
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['user-agent']).toMatch(/^TourGraph-Webhooks\//);
    expect(got!.timestamp).toBeGreaterThanOrEqual(before);
    expect(got!.timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it('reports any other status as it is, for the dispatcher to retry', async () => {
    receiver.answer = () => 503;
    try {
      expect(await sender.send({ url: receiver.url, webhookId: 'msg_503', body: '{}', secret })).toEqual({ status: 503, error: null, retry: true });
    } finally {
      receiver.answer = () => 204;
    }
  });

  it('follows no redirect: a 3xx is the answer, and its target is never requested', async () => {
    const result = await sender.send({ url: `${oddUrl}/redirect`, webhookId: 'msg_redirect', body: '{}', secret });
    expect(result).toEqual({ status: 307, error: null, retry: true });
    expect(receiver.received.filter((r) => r.path === '/redirected')).toEqual([]);
  });

  it('reads an endless response body only up to its cap, then drops it', async () => {
    const started = Date.now();
    const result = await sender.send({ url: `${oddUrl}/endless`, webhookId: 'msg_endless', body: '{}', secret });
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(800);
  });

  it('gives up on an endpoint that never answers after the timeout', async () => {
    const started = Date.now();
    expect(await sender.send({ url: `${oddUrl}/silent`, webhookId: 'msg_silent', body: '{}', secret })).toEqual({
      status: null,
      error: 'no answer in time',
      retry: true,
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reports a refused connection, to be retried', async () => {
    expect(await sender.send({ url: 'http://127.0.0.1:1/hook', webhookId: 'msg_refused', body: '{}', secret })).toEqual({
      status: null,
      error: 'connection refused',
      retry: true,
    });
  });

  it('without loopback allowed, refuses a loopback address and a name that resolves to one before connecting, for good', async () => {
    const port = new URL(receiver.url).port;
    const before = receiver.received.length;
    expect(await strict.send({ url: `http://127.0.0.1:${port}/`, webhookId: 'msg_a', body: '{}', secret })).toEqual({
      status: null,
      error: 'refused: the URL names a private or loopback address',
      retry: false,
    });
    expect(await strict.send({ url: `http://[::ffff:127.0.0.1]:${port}/`, webhookId: 'msg_b', body: '{}', secret })).toMatchObject({ retry: false });
    expect(await strict.send({ url: `http://localhost:${port}/`, webhookId: 'msg_c', body: '{}', secret })).toEqual({
      status: null,
      error: 'refused: the host resolves to a private or loopback address',
      retry: false,
    });
    expect(receiver.received.length).toBe(before);
  });
});
