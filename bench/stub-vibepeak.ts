import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal VibePeak (docs/provider-contracts.md §2) for the benchmark, in its own process: plain
 * node:http, no checks. A create drains the body and answers 202 with the contract's body and
 * headers; a status read answers `processing` and is counted per task id. Bench-only routes:
 * `POST /__bench/complete-all` (later reads answer `completed`, with a result; the wall time of the
 * first such answer is recorded), `POST /__bench/reset-reads`, `GET /__bench/stats`.
 * Reports `{ type: 'listening', port }` over IPC once it listens (PORT, default 0).
 */

const RETRY_AFTER = Number(process.env.STUB_RETRY_AFTER ?? 30);
const prefix = randomBytes(4).toString('hex');
let seq = 0;
let creates = 0;
/** Creates per API key: the gateway's and the direct baseline's are told apart this way. */
const createsByKey: Record<string, number> = {};
let readsTotal = 0;
/** Status reads per task id since the last reset, for every task this stub created. */
const reads = new Map<string, number>();
let completeAll = false;
let firstCompletedAt: number | null = null;

const wallNow = () => performance.timeOrigin + performance.now();

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function create(req: IncomingMessage, res: ServerResponse): void {
  const key = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || 'anonymous';
  createsByKey[key] = (createsByKey[key] ?? 0) + 1;
  const taskId = `task_${prefix}${(seq++).toString(36)}`;
  creates++;
  reads.set(taskId, 0);
  const self = `/v1/tasks/${taskId}`;
  send(
    res,
    202,
    {
      task_id: taskId,
      status: 'queued',
      message: 'Real estate video generation request accepted',
      created_at: new Date().toISOString(),
      credits_charged: 0,
      livemode: false,
      request_id: `req_${prefix}${seq.toString(36)}`,
      _links: { self, poll_interval_seconds: RETRY_AFTER },
    },
    { location: self, 'retry-after': RETRY_AFTER },
  );
}

function status(res: ServerResponse, taskId: string): void {
  readsTotal++;
  reads.set(taskId, (reads.get(taskId) ?? 0) + 1);
  const now = new Date();
  const base = { task_id: taskId, created_at: now.toISOString(), started_at: now.toISOString(), livemode: false };
  if (!completeAll) {
    send(res, 200, { ...base, status: 'processing' });
    return;
  }
  const completedAt = now.toISOString();
  const body = {
    ...base,
    status: 'completed',
    completed_at: completedAt,
    result: {
      video_url: `https://cdn.example.com/videos/${taskId}.mp4`,
      cover_image_url: `https://cdn.example.com/covers/${taskId}.jpg`,
      duration_seconds: 27,
      resolution: '1080p',
      expires_at: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    },
  };
  firstCompletedAt ??= wallNow();
  send(res, 200, body);
}

function stats(): unknown {
  let min = Infinity;
  let max = 0;
  const histogram: Record<number, number> = {};
  for (const n of reads.values()) {
    min = Math.min(min, n);
    max = Math.max(max, n);
    histogram[n] = (histogram[n] ?? 0) + 1;
  }
  return { creates, createsByKey, readsTotal, tasks: reads.size, readsPerTask: { min: reads.size ? min : 0, max, histogram }, firstCompletedAt };
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0]!;
  if (req.method === 'POST' && path === '/v1/real-estate/living-property') return void create(req, res);
  if (req.method === 'GET' && path.startsWith('/v1/tasks/')) return void status(res, decodeURIComponent(path.slice('/v1/tasks/'.length)));
  if (req.method === 'POST' && path === '/__bench/complete-all') {
    completeAll = true;
    send(res, 200, { ok: true });
    return;
  }
  if (req.method === 'POST' && path === '/__bench/reset-reads') {
    readsTotal = 0;
    for (const id of reads.keys()) reads.set(id, 0);
    send(res, 200, { ok: true });
    return;
  }
  if (path === '/__bench/stats') return void send(res, 200, stats());
  if (path === '/health') return void send(res, 200, { status: 'ok' });
  send(res, 404, { error: { code: 'NOT_FOUND', message: 'no such route' } });
}

const server = createServer((req, res) => {
  // Drain the body, answer when it has arrived.
  req.on('data', () => {});
  req.on('end', () => route(req, res));
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => process.exit(0));
