import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../../src/generated/test/index.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import type { ResultOf } from '../support/graphql.ts';
import { createPropertyVideo } from './helpers.ts';

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

const PROGRESS = graphql(`
  subscription ProgressCadence($id: ID!) {
    task(id: $id) { status progress { fraction estimated } }
  }
`);
type Event = ResultOf<typeof PROGRESS>['task'] & { at: number };

describe('progress between polls', () => {
  it('a running VibePeak task sends an estimated, rising progress about every second, with no extra upstream read', async () => {
    const sb = gw.gateway.sandbox!;
    const reads = () => Object.values(sb.vibepeak.admin.counters()['GET /v1/tasks/:id'] ?? {}).reduce((a, b) => a + b, 0);
    const id = await createPropertyVideo(gw.url, sb.vibepeak.media.livingRoomPhoto, 'SLOW');
    const readsBefore = reads();
    const started = Date.now();

    const client = createClient({ url: `${gw.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const events: Event[] = [];
    await new Promise<void>((resolve, reject) => {
      client.subscribe<ResultOf<typeof PROGRESS>>(
        { query: print(PROGRESS), variables: { id } },
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
