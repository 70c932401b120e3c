import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.ts';
import { createPropertyVideo, gqlAt } from '../live/helpers.ts';

/**
 * Issue 9, item 2, against a gateway in its own process with the default limits and a full page
 * of tasks to read: the hostile queries are answered 400 (413 for a body past the body
 * limit) within a bounded time, the process's memory stays about where it was, and /healthz keeps
 * answering meanwhile. Before the limits, eight of the 1,000-alias query took the process to
 * 4.5 GB, and one kept /healthz waiting 5 s.
 */

/** Resident memory of a process, in MiB (Linux). */
function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

async function post(url: string, body: string | Buffer) {
  const started = performance.now();
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  const text = await res.body.text();
  return { status: res.statusCode, ms: performance.now() - started, size: text.length, json: () => JSON.parse(text) };
}

/** The query: 1,000 aliases of a full page of tasks. */
const ALIASES = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: tasks(first: 100) { edges { node { id status history { status at } } } }`).join(' ')} }`;
/** The same page 1,000 times, written compactly (under the length limit: the token limit trips). */
const COMPACT = `{${Array.from({ length: 1_000 }, (_, i) => `a${i}:tasks(first:100){edges{node{id}}}`).join('')}}`.slice(0, 32_000);
/** Brace nesting 5,000 deep: a masked 500 (stack overflow) before. */
const NESTED = `{${' a {'.repeat(5_000)} b${' }'.repeat(5_000)}}`;

describe('hostile queries against a gateway process', () => {
  let gw: GatewayProcess;
  let pid: number;

  beforeAll(async () => {
    // 100 creates at once: over the default submit burst (60), which is not what this file tests.
    gw = await startGatewayProcess({ DATA_DIR: 'memory://', LOG_LEVEL: 'warn', SANDBOX_TIME_SCALE: '0.01', RATE_LIMIT_SUBMIT_BURST: '200' });
    pid = gw.child.pid!;
    // A full page of tasks for the aliases to read, as in the issue.
    const providers = await gqlAt<{ providers: { provider: string; samplePhotoUrls: string[] }[] }>(gw.url, '{ providers { provider samplePhotoUrls } }');
    const photo = providers.body.data!.providers.find((p) => p.provider === 'VIBEPEAK')!.samplePhotoUrls[0]!;
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(Array.from({ length: 10 }, () => createPropertyVideo(gw.url, photo, 'SUCCESS')));
    }
    const page = await gqlAt<{ tasks: { edges: unknown[] } }>(gw.url, '{ tasks(first: 100) { edges { cursor } } }');
    expect(page.body.data!.tasks.edges).toHaveLength(100);
  }, 120_000);
  afterAll(async () => {
    await gw?.stop();
  });

  it('each of the issue shapes: 400 within a few seconds, naming the limit', async () => {
    for (const [query, limit] of [
      [ALIASES, 'MAX_QUERY_LENGTH'],
      [COMPACT, 'MAX_QUERY_TOKENS'],
      [NESTED, 'MAX_QUERY_TOKENS'],
    ] as const) {
      const res = await post(gw.url, JSON.stringify({ query }));
      expect(res.status).toBe(400);
      expect(res.ms).toBeLessThan(3_000);
      expect(res.json().errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit });
    }
  });

  it('eight at once, three rounds: all refused, /healthz answers throughout, memory grows by less than 150 MiB', async () => {
    const before = rssMiB(pid);
    let healthWorst = 0;
    let healthChecks = 0;
    let hostileRunning = true;
    const health = (async () => {
      while (hostileRunning) {
        const started = performance.now();
        const res = await request(`${gw.url}/healthz`);
        await res.body.dump();
        expect(res.statusCode).toBe(200);
        healthWorst = Math.max(healthWorst, performance.now() - started);
        healthChecks++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 25);
    try {
      for (let round = 0; round < 3; round++) {
        const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => post(gw.url, JSON.stringify({ query: [ALIASES, COMPACT, NESTED][i % 3] }))));
        for (const a of answers) {
          expect(a.status).toBe(400);
          expect(a.ms).toBeLessThan(5_000);
          expect(a.size).toBeLessThan(2_000);
        }
      }
    } finally {
      hostileRunning = false;
      clearInterval(sampler);
      await health;
    }
    expect(healthChecks).toBeGreaterThan(0);
    expect(healthWorst).toBeLessThan(1_500);
    expect(peak - before, `RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MiB`).toBeLessThan(150);
  });

  it('a 22 MB document of 2 million tokens: 413 at once from the body limit, memory about the same', async () => {
    const before = rssMiB(pid);
    const query = `{ ${'__typename '.repeat(2_000_000)}}`;
    const res = await post(gw.url, JSON.stringify({ query }));
    expect(res.status).toBe(413);
    expect(res.ms).toBeLessThan(3_000);
    expect(res.json().errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(rssMiB(pid) - before).toBeLessThan(100);
  });

  it('a document just under the body limit but over the length limit: 400, parsed not at all', async () => {
    const res = await post(gw.url, JSON.stringify({ query: `{ ${'__typename '.repeat(90_000)}}` }));
    expect(res.status).toBe(400);
    expect(res.ms).toBeLessThan(3_000);
    expect(res.json().errors[0].extensions).toMatchObject({ limit: 'MAX_QUERY_LENGTH', max: 32_768 });
  });

  it('a normal page of 100 tasks with every field still reads', async () => {
    const fields = readFileSync(new URL('../../operations/TaskFields.graphql', import.meta.url), 'utf8');
    const tasks = readFileSync(new URL('../../operations/Tasks.graphql', import.meta.url), 'utf8');
    const res = await gqlAt<{ tasks: { edges: unknown[] } }>(gw.url, `${tasks}\n${fields}`, { first: 100 });
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
    expect(res.body.data!.tasks.edges).toHaveLength(100);
  });
});
