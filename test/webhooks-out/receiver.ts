import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A client's backend receiving TourGraph's webhooks, as the Standard Webhooks spec tells a receiver
 * to verify them (written from the spec, not from the gateway's signer): the three headers present,
 * the timestamp within the tolerance, the HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed by the
 * base64-decoded secret recomputed and compared in constant time with each `v1,` signature of the
 * header. A request that fails verification is answered 401 and recorded as unverified.
 */

/** Standard Webhooks' default: a timestamp more than five minutes away is refused (replays). */
const TOLERANCE_SECONDS = 5 * 60;

export interface ReceivedWebhook {
  path: string;
  webhookId: string;
  timestamp: number;
  body: string;
  headers: IncomingHttpHeaders;
  verified: boolean;
  /** Why verification failed, when it did. */
  problem: string | null;
  /** What the receiver answered. */
  answered: number;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** 0 for the first request with this webhook-id, then 1, 2, … */
  attempt: number;
}

/** The status to answer a verified request with, from its path, webhook-id and attempt number. */
export type Answer = (request: { path: string; webhookId: string; attempt: number }) => number;

export interface Receiver {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  received: ReceivedWebhook[];
  /** Changes how the next requests are answered. */
  answer: Answer;
  /** Requests with this webhook-id, oldest first. */
  attemptsOf(webhookId: string): ReceivedWebhook[];
  close(): Promise<void>;
}

/** A fresh Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Verifies one request as a Standard Webhooks receiver; returns why it fails, or null. */
export function verify(secret: string, headers: IncomingHttpHeaders, body: string, nowSeconds = Math.floor(Date.now() / 1000)): string | null {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return 'missing headers';
  if (!/^\d+$/.test(timestamp)) return 'bad timestamp';
  if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) return 'timestamp outside the tolerance';
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  for (const versioned of signatures.split(' ')) {
    const [version, signature] = versioned.split(',');
    if (version !== 'v1' || !signature) continue;
    const given = Buffer.from(signature, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return null;
  }
  return 'no signature matches';
}

/** Starts a receiver on loopback that verifies with `secret` and answers `answer` (204 by default). */
export async function startReceiver(secret: string, answer: Answer = () => 204): Promise<Receiver> {
  const received: ReceivedWebhook[] = [];
  const receiver: Receiver = {
    url: '',
    received,
    answer,
    attemptsOf: (webhookId) => received.filter((r) => r.webhookId === webhookId),
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const problem = req.method === 'POST' ? verify(secret, req.headers, body) : 'not a POST';
      const webhookId = String(req.headers['webhook-id'] ?? '');
      const path = req.url ?? '/';
      const attempt = received.filter((r) => r.webhookId === webhookId).length;
      const status = problem ? 401 : receiver.answer({ path, webhookId, attempt });
      received.push({
        path,
        webhookId,
        timestamp: Number(req.headers['webhook-timestamp']),
        body,
        headers: req.headers,
        verified: problem === null,
        problem,
        answered: status,
        at: Date.now(),
        attempt,
      });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
