import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { propertyInput } from '../gateway/api-fixtures.ts';
import { VIBEPEAK_TEST_KEY } from '../live/helpers.ts';
import { startTestGateway, type TestGateway, waitFor } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { createDatabase } from '../support/postgres-server.ts';
import { newSecret, type Receiver, startReceiver } from './receiver.ts';

/**
 * Two gateways on one Postgres database both run a dispatcher over the same outbox. Deliveries are
 * leased with FOR UPDATE SKIP LOCKED, so each attempt is made by one of them: the receiver sees
 * every webhook exactly once per attempt, whichever replica queued it. Both use one sandbox, run by
 * this test, as replicas must (README, "Storage, and running several replicas").
 */

const CREATE = graphql(`
  mutation WhReplicaCreate($input: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $input) {
      __typename
      ... on CreatePropertyVideoSuccess { task { id } }
    }
  }
`);

describe('webhooks out with replicas on Postgres', () => {
  const secret = newSecret();
  let receiver: Receiver;
  let sandbox: Sandbox;
  const gateways: TestGateway[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ timeScale: 0.01 });
    receiver = await startReceiver(secret, ({ attempt }) => (attempt === 0 ? 500 : 204));
    const url = await createDatabase(inject('postgresUrl'));
    const env = {
      DATABASE_URL: url,
      VIBEPEAK_API_KEY: VIBEPEAK_TEST_KEY,
      VIBEPEAK_BASE_URL: sandbox.vibepeak.baseUrl,
      ROOMAI_API_KEY: sandbox.roomai.keys.test,
      ROOMAI_BASE_URL: sandbox.roomai.baseUrl,
      PUBLIC_URL: 'http://127.0.0.1:1',
      CLIENT_WEBHOOKS: `local=${receiver.url}/hooks`,
      CLIENT_WEBHOOK_SECRETS: `local=${secret}`,
      WEBHOOK_RETRY_BASE_SECONDS: '0.2',
      WEBHOOK_RETRY_MAX_SECONDS: '0.2',
    };
    // One after the other: the second finds the tables the first created.
    gateways.push(await startTestGateway(env));
    gateways.push(await startTestGateway(env));
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.stop();
    await receiver?.close();
    await sandbox?.stop();
  });

  it('each webhook is attempted once per attempt, never twice at once, and delivered', async () => {
    // Tasks created on both replicas; either one polls them.
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const gw = gateways[i % 2]!;
      const res = await gw.gql(CREATE, { input: propertyInput(sandbox) });
      const result = res.body.data?.createPropertyVideo;
      expectTypename(result, 'CreatePropertyVideoSuccess');
      ids.push(result.task.id);
    }
    const succeeded = (id: string) =>
      receiver.received.some(
        (r) => r.answered === 204 && (JSON.parse(r.body) as { type: string; data: { id: string } }).data.id === id && r.body.includes('"task.succeeded"'),
      );
    await waitFor(() => (ids.every(succeeded) ? true : undefined), 30_000);
    // Let any duplicate that would come arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const byId = new Map<string, number[]>();
    for (const r of receiver.received) byId.set(r.webhookId, [...(byId.get(r.webhookId) ?? []), r.answered]);
    expect(byId.size).toBeGreaterThanOrEqual(6);
    for (const [webhookId, answers] of byId) expect(answers, webhookId).toEqual([500, 204]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });
});
