import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request, type Dispatcher } from 'undici';
import type { Sandbox } from '../../src/sandbox/index.ts';

export interface Answer<T = unknown> {
  status: number;
  headers: IncomingHttpHeaders;
  /**
   * The body parsed as JSON, read as `T` (one of the emulators' bodies below, whose fields are all
   * optional: the tests check what is there); undefined when the body is not JSON (see `text`).
   */
  json: T;
  text: string;
}

/** An error as either emulator words it (VibePeak's `error`, or the `error` of Room AI's envelope). */
export interface ProviderErrorBody {
  code: string;
  message: string;
  request_id?: string;
  /** Room AI's balance errors. */
  required?: number;
  balance?: number;
  details?: {
    field?: string;
    required?: number;
    balance?: number;
    limit?: number;
    in_flight?: number;
    plan?: string;
    invalid_characters?: string[];
    [detail: string]: unknown;
  };
}

/** Any VibePeak body (a created task, a task, an error, a webhook), as the tests read it. */
export interface VibePeakBody {
  event?: string;
  task_id?: string;
  status?: string;
  message?: string;
  created_at?: string;
  credits_charged?: number;
  livemode?: boolean;
  request_id?: string;
  queue_position?: number;
  estimated_completion?: string;
  started_at?: string;
  completed_at?: string;
  result?: { video_url: string; cover_image_url?: string; duration_seconds?: number; resolution?: string; expires_at?: string };
  error?: ProviderErrorBody;
}

/** Any Room AI body (success, processing, error envelope, webhook), as the tests read it. */
export interface RoomAiBody {
  status?: string;
  processing_url?: string;
  result?: { image_url: string; model?: string; tokens_used?: number; processing_time_ms?: number };
  progress?: { state?: string; percent: number };
  error?: ProviderErrorBody;
}

/** One HTTP call; the body is read as text and parsed as JSON when it is JSON. */
export async function call<T = unknown>(
  url: string,
  options: { method?: string; key?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await request(url, {
    method: (options.method ?? (options.body === undefined ? 'GET' : 'POST')) as Dispatcher.HttpMethod,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await res.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: res.headers, json: json as T, text };
}

/** Polls `read` until `done` holds or the deadline passes; returns every value seen. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 10_000, intervalMs = 10 } = {}): Promise<T[]> {
  const seen: T[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    seen.push(value);
    if (done(value)) return seen;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(seen.at(-1))}`);
}

/** A script of exactly `length` allowed characters. */
export function script(length: number): string {
  const text = 'Bright open rooms with warm light, calm colours and a garden view. ';
  return text
    .repeat(Math.ceil(length / text.length) + 1)
    .slice(0, length)
    .replace(/ $/, '.');
}

/** A valid create request for `images` of the sandbox's own 1920×1080 photo. */
export function propertyRequest(sandbox: Sandbox, overrides: Record<string, unknown> = {}, images = 1): Record<string, unknown> {
  return {
    images: Array.from({ length: images }, () => ({ url: sandbox.vibepeak.media.livingRoomPhoto, room_type: 'living_room' })),
    voice: { voice_id: 'EXAVITQu4vr4xnSDxMaL', language: 'en' },
    modification_mode: 'no_modify',
    script: script(images * 75),
    ...overrides,
  };
}

export interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
}

/** A loopback webhook receiver answering the statuses of `answers` in turn (then 200). */
export async function startReceiver(answers: number[] = []): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
