import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { waitFor } from '../support/gateway.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { createPropertyVideo, gqlAt, VIBEPEAK_TEST_KEY } from '../live/helpers.ts';
import { newSecret, type Receiver, startReceiver } from './receiver.ts';

/**
 * The outbox survives the process: a gateway (`node src/main.ts`, open mode, client `local`) on an
 * on-disk DATA_DIR is SIGKILLed while a delivery waits for its retry; a new gateway on the same
 * folder sends it, with the same webhook-id and body. The sandbox lives in this test process, so it
 * outlives both gateways.
 */

const DELIVERIES = graphql(`
  query WhRestartDeliveries {
    webhookDeliveries(first: 100) {
      edges { node { id webhookId eventType status attempts lastResponseStatus nextAttemptAt payload } }
    }
  }
`);

describe('webhooks out across a crash', () => {
  const secret = newSecret();
  let sandbox: Sandbox;
  let dataDir: string;
  let receiver: Receiver;
  const gateways: GatewayProcess[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ timeScale: 0.03 });
    dataDir = await mkdtemp(join(tmpdir(), 'tourgraph-webhooks-out-'));
    // 500 to the first attempt of every webhook, 2xx to the next.
    receiver = await startReceiver(secret, ({ attempt }) => (attempt === 0 ? 500 : 204));
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.kill();
    await receiver?.close();
    await sandbox?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<GatewayProcess> {
    const gw = await startGatewayProcess({
      DATA_DIR: dataDir,
      VIBEPEAK_API_KEY: VIBEPEAK_TEST_KEY,
      VIBEPEAK_BASE_URL: sandbox.vibepeak.baseUrl,
      ROOMAI_API_KEY: sandbox.roomai.keys.test,
      ROOMAI_BASE_URL: sandbox.roomai.baseUrl,
      // Required with a Room AI key; a closed port: status comes from polls.
      PUBLIC_URL: 'http://127.0.0.1:1',
      POLL_MIN_INTERVAL_SECONDS: '0.05',
      POLL_VIBEPEAK_INTERVAL_SECONDS: '0.2',
      POLL_ROOMAI_INTERVAL_SECONDS: '0.2',
      CLIENT_WEBHOOKS: `local=${receiver.url}/hooks`,
      CLIENT_WEBHOOK_SECRETS: `local=${secret}`,
      // Long enough to kill the gateway while the retry waits.
      WEBHOOK_RETRY_BASE_SECONDS: '3',
      WEBHOOK_RETRY_MAX_SECONDS: '3',
    });
    gateways.push(gw);
    return gw;
  }

  const deliveries = async (url: string) => {
    const res = await gqlAt(url, DELIVERIES, {});
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.webhookDeliveries.edges.map((e) => e.node);
  };

  it('a delivery waiting for its retry when the gateway is SIGKILLed is sent by the next gateway on the same DATA_DIR', async () => {
    const first = await start();
    await createPropertyVideo(first.url, sandbox.vibepeak.media.livingRoomPhoto, 'SUCCESS');

    // The first attempt was answered 500, and the gateway has recorded the retry it waits for.
    const webhookId = await waitFor(() => receiver.received[0]?.webhookId, 20_000);
    const waiting = await waitFor(async () => (await deliveries(first.url)).find((d) => d.webhookId === webhookId && d.attempts === 1), 10_000);
    expect(waiting).toMatchObject({ status: 'PENDING', lastResponseStatus: 500 });
    expect(Date.parse(waiting.nextAttemptAt!)).toBeGreaterThan(Date.now());
    await first.kill();
    const killedAt = Date.now();
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(receiver.attemptsOf(webhookId)).toHaveLength(1);

    const second = await start();
    const retried = await waitFor(() => receiver.attemptsOf(webhookId)[1], 20_000);
    expect(retried.at).toBeGreaterThan(killedAt);
    expect(retried).toMatchObject({ verified: true, answered: 204, path: '/hooks', body: receiver.attemptsOf(webhookId)[0]!.body });

    // Every delivery of the task ends DELIVERED, sent by the new gateway (the first attempts answered 500).
    const all = await waitFor(async () => {
      const list = await deliveries(second.url);
      return list.some((d) => d.eventType === 'TASK_SUCCEEDED') && list.every((d) => d.status === 'DELIVERED') ? list : undefined;
    }, 20_000);
    expect(all.find((d) => d.webhookId === webhookId)).toMatchObject({ attempts: 2, lastResponseStatus: 204, nextAttemptAt: null });
    for (const d of all)
      expect(receiver.attemptsOf(d.webhookId).map((a) => [a.verified, a.answered])).toEqual([
        [true, 500],
        [true, 204],
      ]);
    await second.stop();
    expect(second.child.exitCode, second.output()).toBe(0);
  });
});
