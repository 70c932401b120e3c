import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { decodeTaskId } from '../../src/resolvers/global-id.ts';
import type { TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import {
  CREATE_ROUTES,
  bearer,
  createCalls,
  createdTask,
  createFlythrough,
  createProperty,
  flythroughInput,
  listedIds,
  propertyInput,
  startGatewayOn,
} from './api-fixtures.ts';

/**
 * `idempotencyKey` with live sandbox keys, so a double charge would show in the emulator's
 * balance: a retried create returns the same task, makes one upstream create and charges once.
 */

const KEYS = { roomai: SANDBOX_KEYS.roomai.live, vibepeak: SANDBOX_KEYS.vibepeak.live };
const ALICE = 'alice-key-0123456789abcdef';
const BOB = 'bob-key-0123456789abcdef00';

const alice = bearer(ALICE);
const bob = bearer(BOB);

let sb: Sandbox;
let gw: TestGateway;
beforeAll(async () => {
  sb = await startSandbox({ timeScale: 0.01 });
  gw = await startGatewayOn(sb, KEYS, { GATEWAY_API_KEYS: `alice:${ALICE},bob:${BOB}` });
});
afterAll(async () => {
  await gw?.stop();
  await sb?.stop();
});
beforeEach(() => {
  sb.roomai.admin.resetCounters();
  sb.vibepeak.admin.resetCounters();
});
afterEach(async () => {
  sb.vibepeak.admin.clearFaults();
  // The Pro plan allows 3 VibePeak tasks in flight: end this test's tasks at the emulator so the next test starts with none.
  for (const id of [...(await listedIds(gw, alice)), ...(await listedIds(gw, bob))]) {
    const stored = await gw.gateway.store.get(decodeTaskId(id)!.uuid);
    if (stored?.task.provider === 'VIBEPEAK' && stored.task.providerRef) sb.vibepeak.admin.completeNow(stored.task.providerRef);
  }
});

const credits = () => sb.vibepeak.admin.balance(KEYS.vibepeak)!;

describe('idempotencyKey', () => {
  it('the same key and input twice returns the same task, creates upstream once and charges 10 credits once', async () => {
    const balance = credits();
    const first = await createProperty(gw, propertyInput(sb), 'prop-retry-1', alice);
    const second = await createProperty(gw, propertyInput(sb), 'prop-retry-1', alice);
    expectTypename(first.result, 'CreatePropertyVideoSuccess');
    expectTypename(second.result, 'CreatePropertyVideoSuccess');
    expect(second.result.task.id).toBe(first.result.task.id);
    expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 1 });
    expect(sb.vibepeak.admin.counters()[CREATE_ROUTES.vibepeak]).toEqual({ [KEYS.vibepeak]: 1 });
    expect(credits()).toBe(balance - 10);
    const firstId = first.result.task.id;
    expect((await listedIds(gw, alice)).filter((id) => id === firstId)).toHaveLength(1);
  });

  it('five concurrent creates with one key give one task, one upstream create and one charge', async () => {
    const balance = credits();
    const before = (await listedIds(gw, alice)).length;
    const results = await Promise.all(Array.from({ length: 5 }, () => createProperty(gw, propertyInput(sb, { photos: 2 }), 'prop-burst-1', alice)));
    const ids = new Set(results.map((r) => (r.result.__typename === 'CreatePropertyVideoSuccess' ? r.result.task.id : undefined)));
    expect(results.map((r) => r.result.__typename)).toEqual(Array(5).fill('CreatePropertyVideoSuccess'));
    expect(ids.size).toBe(1);
    expect(createCalls(sb).vibepeak).toBe(1);
    expect(credits()).toBe(balance - 10);
    expect(await listedIds(gw, alice)).toHaveLength(before + 1);
  });

  it('concurrent flythrough creates with one key give one task and one Room AI request', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => createFlythrough(gw, flythroughInput(sb), 'fly-burst-1', alice)));
    expect(new Set(results.map((r) => (r.result.__typename === 'CreateFlythroughVideoSuccess' ? r.result.task.id : undefined))).size).toBe(1);
    expect(createCalls(sb)).toEqual({ roomai: 1, vibepeak: 0 });
  });

  it('field order and omitted nulls do not make an input different', async () => {
    const a = await createFlythrough(gw, { photoUrl: sb.roomai.media.livingRoomPhoto, style: 'MODERN' }, 'fly-order-1', alice);
    const b = await createFlythrough(gw, { style: 'MODERN', prompt: null, photoUrl: sb.roomai.media.livingRoomPhoto }, 'fly-order-1', alice);
    expect(createdTask(b.result).id).toBe(createdTask(a.result).id);
    expect(createCalls(sb).roomai).toBe(1);
  });

  it('the same key with a different input → IdempotencyKeyReusedError, nothing sent, nothing charged', async () => {
    const first = await createProperty(gw, propertyInput(sb), 'prop-reuse-1', alice);
    expectTypename(first.result, 'CreatePropertyVideoSuccess');
    const balance = credits();
    sb.vibepeak.admin.resetCounters();
    const before = await listedIds(gw, alice);

    const other = await createProperty(gw, propertyInput(sb, { photos: 2 }), 'prop-reuse-1', alice);
    expect(other.status).toBe(200);
    expect(other.result).toMatchObject({ __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: 'prop-reuse-1' });
    // The key is bound to the kind too: a flythrough under a property video's key is another input.
    const otherKind = await createFlythrough(gw, flythroughInput(sb), 'prop-reuse-1', alice);
    expect(otherKind.result).toMatchObject({ __typename: 'IdempotencyKeyReusedError', idempotencyKey: 'prop-reuse-1' });

    expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 0 });
    expect(credits()).toBe(balance);
    expect(await listedIds(gw, alice)).toEqual(before);
  });

  it('keys are per client: bob reusing alice’s key and input gets his own task', async () => {
    const a = await createProperty(gw, propertyInput(sb), 'shared-key-1', alice);
    const b = await createProperty(gw, propertyInput(sb), 'shared-key-1', bob);
    expectTypename(a.result, 'CreatePropertyVideoSuccess');
    expectTypename(b.result, 'CreatePropertyVideoSuccess');
    expect(b.result.task.id).not.toBe(a.result.task.id);
    expect(createCalls(sb).vibepeak).toBe(2);
    // And bob using alice's key with another input is no conflict either.
    const c = await createFlythrough(gw, flythroughInput(sb), 'prop-retry-1', bob);
    expect(c.result.__typename).toBe('CreateFlythroughVideoSuccess');
  });

  it('a create the provider refused keeps no hold on its key: the retry goes through', async () => {
    sb.vibepeak.admin.setFault(CREATE_ROUTES.vibepeak, { errorStatus: 503, times: 1 });
    const failed = await createProperty(gw, propertyInput(sb), 'prop-after-503', alice);
    expect(failed.result.__typename).toBe('ProviderUnavailableError');
    const retried = await createProperty(gw, propertyInput(sb), 'prop-after-503', alice);
    expectTypename(retried.result, 'CreatePropertyVideoSuccess');
    const again = await createProperty(gw, propertyInput(sb), 'prop-after-503', alice);
    expect(createdTask(again.result).id).toBe(retried.result.task.id);
    expect(createCalls(sb).vibepeak).toBe(2);
  });

  it('without a key, two identical creates are two tasks', async () => {
    const a = await createFlythrough(gw, flythroughInput(sb), undefined, alice);
    const b = await createFlythrough(gw, flythroughInput(sb), undefined, alice);
    expect(createdTask(b.result).id).not.toBe(createdTask(a.result).id);
    expect(createCalls(sb).roomai).toBe(2);
  });
});
