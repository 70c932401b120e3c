import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { freePort, startTestGateway, waitFor } from '../support/gateway.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';

/**
 * The crash window between the provider's acceptance of a submit and our record of its answer: the
 * provider holds its answer, the gateway process is SIGKILLed, another starts on the same DATA_DIR.
 * The task must not be offered as safe to submit again (that would be a second charge): a retry with
 * its idempotency key submits nothing, and the provider's own webhook to the task's URL links it,
 * so it completes with one charge.
 */
const GENERATE = 'POST /api/v1/generate';
const CREATE = `mutation Create($input: CreateFlythroughVideoInput!, $key: String) {
  createFlythroughVideo(input: $input, idempotencyKey: $key) {
    __typename
    ... on CreateFlythroughVideoSuccess { task { id status error { code retryable } } }
    ... on Error { code message }
  }
}`;
const READ = `query Read($id: ID!) { task(id: $id) { status error { code retryable } history { status source detail } video { url } } }`;

interface ReadTask {
  status: string;
  error: { code: string; retryable: boolean } | null;
  history: { status: string; source: string; detail: string | null }[];
  video: { url: string } | null;
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.body.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body)}`);
  return body.data;
}

describe('a crash between the provider accepting a submit and the gateway recording it', () => {
  let sandbox: Sandbox;
  let dataDir: string;
  const gateways: GatewayProcess[] = [];

  beforeAll(async () => {
    // The sandbox outlives the gateway processes, like a real provider.
    sandbox = await startSandbox({ timeScale: 0.02 });
    dataDir = await mkdtemp(join(tmpdir(), 'tourgraph-submit-crash-'));
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.kill()));
    await sandbox?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('after SIGKILL and a restart, a retry with the key submits nothing, the webhook links the task, and the provider charges once', async () => {
    const key = sandbox.roomai.keys.live;
    const admin = sandbox.roomai.admin;
    const balance = admin.balance(key);
    const port = await freePort();
    const env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      // Real-provider mode against the sandbox: Room AI reaches this gateway's webhooks at PUBLIC_URL.
      ROOMAI_API_KEY: key,
      ROOMAI_BASE_URL: sandbox.roomai.baseUrl,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      VIBEPEAK_API_KEY: sandbox.vibepeak.keys.test,
      VIBEPEAK_BASE_URL: sandbox.vibepeak.baseUrl,
      POLL_MIN_INTERVAL_SECONDS: '0.05',
      POLL_ROOMAI_INTERVAL_SECONDS: '0.5',
    };
    const first = await startGatewayProcess(env);
    gateways.push(first);

    // The provider accepts (and, on success, charges) the job but holds its answer.
    admin.setFault(GENERATE, { answerLatencyMs: 120_000, times: 1 });
    const input = { photoUrl: sandbox.roomai.media.livingRoomPhoto, style: 'MODERN' };
    const lost = post(first.url, CREATE, { input, key: 'listing-42' }).catch((err: Error) => err);
    await waitFor(() => (admin.counters()[GENERATE]?.[key] === 1 ? true : undefined), 10_000);
    await first.kill();
    expect(await lost).toBeInstanceOf(Error);

    const second = await startGatewayProcess(env);
    gateways.push(second);
    // The client retries with the same key: the same task, not a failure to resubmit, and no second submit.
    type Created = { createFlythroughVideo: { __typename: string; task: { id: string; status: string; error: ReadTask['error'] } } };
    const retried = (await post<Created>(second.url, CREATE, { input, key: 'listing-42' })).createFlythroughVideo;
    expect(retried.__typename, JSON.stringify(retried)).toBe('CreateFlythroughVideoSuccess');
    expect(retried.task.error).toBeNull();
    expect(retried.task.status).not.toBe('FAILED');
    const id = retried.task.id;
    const waiting = (await post<{ task: ReadTask }>(second.url, READ, { id })).task;
    expect(waiting.history.map((h) => h.detail)).toContain('SUBMIT_OUTCOME_UNKNOWN');

    // The job ends at the provider; its webhook reaches the task's own URL and links it.
    const done = await waitFor(
      async () => {
        const task = (await post<{ task: ReadTask }>(second.url, READ, { id })).task;
        expect(task.status, JSON.stringify(task)).not.toBe('FAILED');
        return task.status === 'SUCCEEDED' ? task : undefined;
      },
      30_000,
      100,
    );
    expect(done.video?.url).toBeTruthy();
    expect(done.history.at(-1)?.source).toBe('WEBHOOK');
    expect(admin.counters()[GENERATE]?.[key]).toBe(1);
    expect(admin.balance(key)).toBe(balance! - 10);
  });

  it('a submit whose outcome stays unknown (the provider never reports it) ends FAILED SUBMIT_OUTCOME_UNKNOWN at its deadline, not retryable', async () => {
    const gw = await startTestGateway({ ROOMAI_DEADLINE_SECONDS: '2' });
    try {
      const admin = gw.gateway.sandbox!.roomai.admin;
      // The connection drops after the request was sent: the gateway cannot know whether the job exists.
      admin.setFault(GENERATE, { dropRate: 1, times: 1 });
      type Created = { createFlythroughVideo: { __typename: string; task: { id: string; status: string; error: ReadTask['error'] } } };
      const created = (await post<Created>(gw.url, CREATE, { input: { photoUrl: gw.gateway.sandbox!.roomai.media.livingRoomPhoto }, key: 'k-unknown' }))
        .createFlythroughVideo;
      expect(created.task).toMatchObject({ status: 'QUEUED', error: null });
      const id = created.task.id;
      const waiting = (await post<{ task: ReadTask }>(gw.url, READ, { id })).task;
      expect(waiting.history).toEqual([{ status: 'QUEUED', source: 'SUBMIT', detail: 'SUBMIT_OUTCOME_UNKNOWN' }]);

      const ended = await waitFor(
        async () => {
          const task = (await post<{ task: ReadTask }>(gw.url, READ, { id })).task;
          return task.status === 'FAILED' ? task : undefined;
        },
        10_000,
        100,
      );
      // Never a retryable timeout: the provider may have the job and have charged it.
      expect(ended.error).toEqual({ code: 'SUBMIT_OUTCOME_UNKNOWN', retryable: false });
      // And the key still names this task: a retry submits nothing.
      const generateCalls = admin.counters()[GENERATE];
      const retried = (await post<Created>(gw.url, CREATE, { input: { photoUrl: gw.gateway.sandbox!.roomai.media.livingRoomPhoto }, key: 'k-unknown' }))
        .createFlythroughVideo;
      expect(retried.task.id).toBe(id);
      expect(admin.counters()[GENERATE]).toEqual(generateCalls);
    } finally {
      await gw.stop();
    }
  });
});
