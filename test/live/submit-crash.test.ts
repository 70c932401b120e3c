import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { freePort, startTestGateway, waitFor } from '../support/gateway.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { expectTypename, type VariablesOf } from '../support/graphql.ts';
import { gqlAt } from './helpers.ts';

/**
 * The crash window between the provider's acceptance of a submit and our record of its answer: the
 * provider holds its answer, the gateway process is SIGKILLed, another starts on the same DATA_DIR.
 * The task must not be offered as safe to submit again (that would be a second charge): a retry with
 * its idempotency key submits nothing, and the provider's own webhook to the task's URL links it,
 * so it completes with one charge.
 */
const GENERATE = 'POST /api/v1/generate';
const CREATE = graphql(`
  mutation SubmitCrashCreate($input: CreateFlythroughVideoInput!, $key: String) {
    createFlythroughVideo(input: $input, idempotencyKey: $key) {
      __typename
      ... on CreateFlythroughVideoSuccess { task { id status error { code retryable } } }
      ... on Error { code message }
    }
  }
`);
const READ = graphql(`
  query SubmitCrashRead($id: ID!) {
    task(id: $id) { status error { code retryable } history { status source detail } video { url } }
  }
`);

/** The create's result, which must be a success (a create that errs fails the test with its answer). */
async function created(url: string, variables: VariablesOf<typeof CREATE>) {
  const res = await gqlAt(url, CREATE, variables);
  const result = res.body.data?.createFlythroughVideo;
  expectTypename(result, 'CreateFlythroughVideoSuccess', JSON.stringify(res.body));
  return result.task;
}

async function read(url: string, id: string) {
  const res = await gqlAt(url, READ, { id });
  expect(res.body.data?.task, JSON.stringify(res.body)).toBeTruthy();
  return res.body.data!.task!;
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
    const input = { photoUrl: sandbox.roomai.media.livingRoomPhoto, style: 'MODERN' as const };
    const lost = gqlAt(first.url, CREATE, { input, key: 'listing-42' }).catch((err: Error) => err);
    await waitFor(() => (admin.counters()[GENERATE]?.[key] === 1 ? true : undefined), 10_000);
    await first.kill();
    expect(await lost).toBeInstanceOf(Error);

    const second = await startGatewayProcess(env);
    gateways.push(second);
    // The client retries with the same key: the same task, not a failure to resubmit, and no second submit.
    const retried = await created(second.url, { input, key: 'listing-42' });
    expect(retried.error).toBeNull();
    expect(retried.status).not.toBe('FAILED');
    const id = retried.id;
    const waiting = await read(second.url, id);
    expect(waiting.history.map((h) => h.detail)).toContain('SUBMIT_OUTCOME_UNKNOWN');

    // The job ends at the provider; its webhook reaches the task's own URL and links it.
    const done = await waitFor(
      async () => {
        const task = await read(second.url, id);
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
      const first = await created(gw.url, { input: { photoUrl: gw.gateway.sandbox!.roomai.media.livingRoomPhoto }, key: 'k-unknown' });
      expect(first).toMatchObject({ status: 'QUEUED', error: null });
      const id = first.id;
      const waiting = await read(gw.url, id);
      expect(waiting.history).toEqual([{ status: 'QUEUED', source: 'SUBMIT', detail: 'SUBMIT_OUTCOME_UNKNOWN' }]);

      const ended = await waitFor(
        async () => {
          const task = await read(gw.url, id);
          return task.status === 'FAILED' ? task : undefined;
        },
        10_000,
        100,
      );
      // Never a retryable timeout: the provider may have the job and have charged it.
      expect(ended.error).toEqual({ code: 'SUBMIT_OUTCOME_UNKNOWN', retryable: false });
      // And the key still names this task: a retry submits nothing.
      const generateCalls = admin.counters()[GENERATE];
      const retried = await created(gw.url, { input: { photoUrl: gw.gateway.sandbox!.roomai.media.livingRoomPhoto }, key: 'k-unknown' });
      expect(retried.id).toBe(id);
      expect(admin.counters()[GENERATE]).toEqual(generateCalls);
    } finally {
      await gw.stop();
    }
  });
});
