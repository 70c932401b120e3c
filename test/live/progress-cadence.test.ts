import { createClient } from 'graphql-ws';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { scriptFor, startTestGateway, type TestGateway, VOICE } from '../support/gateway.ts';

/**
 * Progress a user can watch: while a task runs, a subscriber gets an estimated progress about every
 * second between polls (bug: it moved only on polls, 10% → 14% → 100%), never backwards, marked
 * estimated, paced by the sandbox's clock, and with no status read of its own.
 */
let gw: TestGateway;
beforeAll(async () => {
  // Polls 4 s apart: anything more often than that comes from the estimate.
  gw = await startTestGateway({ SANDBOX_TIME_SCALE: '0.05', POLL_VIBEPEAK_INTERVAL_SECONDS: '4' });
});
afterAll(async () => {
  await gw?.stop();
});

interface Event {
  at: number;
  status: string;
  progress: { fraction: number; estimated: boolean } | null;
}

describe('progress between polls', () => {
  it('a running VibePeak task sends an estimated, rising progress about every second, with no extra upstream read', async () => {
    const sb = gw.gateway.sandbox!;
    const reads = () => Object.values(sb.vibepeak.admin.counters()['GET /v1/tasks/:id'] ?? {}).reduce((a, b) => a + b, 0);
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: 'mutation($i: CreatePropertyVideoInput!) { createPropertyVideo(input: $i) { ... on CreatePropertyVideoSuccess { task { id } } } }',
        variables: { i: { photos: [{ url: sb.vibepeak.media.livingRoomPhoto }], voice: VOICE, script: scriptFor(1), testScenario: 'SLOW' } },
      }),
    });
    const id = ((await res.body.json()) as { data: { createPropertyVideo: { task: { id: string } } } }).data.createPropertyVideo.task.id;
    const readsBefore = reads();
    const started = Date.now();

    const client = createClient({ url: `${gw.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const events: Event[] = [];
    await new Promise<void>((resolve, reject) => {
      client.subscribe<{ task: Omit<Event, 'at'> }>(
        { query: 'subscription($id: ID!) { task(id: $id) { status progress { fraction estimated } } }', variables: { id } },
        {
          next: (r) => (r.errors ? reject(new Error(JSON.stringify(r.errors))) : events.push({ at: Date.now(), ...r.data!.task })),
          error: reject,
          complete: resolve,
        },
      );
    });
    await client.dispose();
    const elapsedSeconds = (Date.now() - started) / 1000;

    expect(events.at(-1)?.status).toBe('SUCCEEDED');
    const running = events.filter((e) => e.status === 'PROCESSING');
    // About 7.5 s of processing with polls 4 s apart: the estimate fills the gaps.
    expect(running.length, JSON.stringify(events)).toBeGreaterThanOrEqual(4);
    expect(running.every((e) => e.progress?.estimated === true)).toBe(true);
    const fractions = events.map((e) => e.progress?.fraction ?? 0);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    const gaps = running.slice(1).map((e, i) => e.at - running[i]!.at);
    const median = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    expect(median).toBeGreaterThan(500);
    expect(median).toBeLessThan(2_000);
    // Ticks read nothing upstream: the reads are the polls (one per 4 s, plus the first).
    expect(reads() - readsBefore).toBeLessThanOrEqual(Math.ceil(elapsedSeconds / 4) + 2);
  }, 40_000);
});
