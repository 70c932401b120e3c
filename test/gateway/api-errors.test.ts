import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Fault, type Sandbox } from '../../src/sandbox/index.ts';
import { graphql } from '../../src/generated/test/index.ts';
import { logRecords, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import {
  CREATE_ROUTES,
  type CreateFlythroughResult,
  type CreatePropertyResult,
  createCalls,
  createdTask,
  createFlythrough,
  createProperty,
  flythroughInput,
  listedIds,
  propertyInput,
  startGatewayOn,
  waitForStatus,
} from './api-fixtures.ts';

/**
 * Every provider error a create can meet, answered by the real emulators over HTTP, and the typed
 * GraphQL error it must become. A refused create leaves no task behind and charges nothing.
 */

const VP = SANDBOX_KEYS.vibepeak;
const RAI = SANDBOX_KEYS.roomai;

const UNKNOWN_RAI_KEY = 'rai_live_unknown_key_000000';

const READ_QUEUED = graphql(`
  query ErrorsReadQueued($id: ID!) {
    task(id: $id) { status queuePosition submittedAt history { status source detail } }
  }
`);

const CANCEL = graphql(`
  mutation ErrorsCancel($id: ID!) {
    cancelTask(id: $id) { __typename ... on CancelTaskSuccess { task { status } } ... on Error { code } }
  }
`);

const READ_FAILED = graphql(`
  query ErrorsReadFailed($id: ID!) {
    task(id: $id) { status error { code retryable } history { status source detail } }
  }
`);

let sb: Sandbox;
/** One gateway per key combination, all on one external sandbox, started together. */
const gw_ = {} as Record<'balance' | 'plus' | 'noPlan' | 'revoked' | 'live', TestGateway>;
const KEYS = {
  balance: { roomai: RAI.noTokens, vibepeak: VP.noCredits },
  plus: { roomai: RAI.live, vibepeak: VP.livePlus },
  noPlan: { roomai: UNKNOWN_RAI_KEY, vibepeak: VP.noPlan },
  revoked: { roomai: RAI.live, vibepeak: VP.revoked },
  live: { roomai: RAI.live, vibepeak: VP.live },
};

let providerChecksGw: TestGateway;

beforeAll(async () => {
  sb = await startSandbox({ timeScale: 0.01 });
  await Promise.all(
    Object.entries(KEYS).map(async ([name, keys]) => {
      gw_[name as keyof typeof KEYS] = await startGatewayOn(sb, keys);
    }),
  );
  // The gateway's own photo checks off: what the providers say about photos, as a client then sees it.
  providerChecksGw = await startGatewayOn(sb, KEYS.live, { PHOTO_CHECKS: 'off' });
});
afterAll(async () => {
  await Promise.all([...Object.values(gw_), providerChecksGw].map((g) => g?.stop()));
  await sb?.stop();
});

/** Runs a create that must fail, and checks that it left no task and cost nothing. */
async function refusedWithoutTrace<R>(
  gw: TestGateway,
  run: () => Promise<{ status: number; result: R }>,
  balances: { roomai: string; vibepeak: string },
): Promise<R> {
  const before = await listedIds(gw);
  const credits = sb.vibepeak.admin.balance(balances.vibepeak);
  const tokens = sb.roomai.admin.balance(balances.roomai);
  const { status, result } = await run();
  expect(status).toBe(200);
  expect(await listedIds(gw)).toEqual(before);
  expect(sb.vibepeak.admin.balance(balances.vibepeak)).toBe(credits);
  expect(sb.roomai.admin.balance(balances.roomai)).toBe(tokens);
  return result;
}

describe('balance errors', () => {
  const keys = KEYS.balance;
  let gw: TestGateway;
  beforeAll(() => {
    gw = gw_.balance;
  });

  it('VibePeak INSUFFICIENT_CREDITS → InsufficientBalanceError with required and balance', async () => {
    const result = await refusedWithoutTrace(gw, () => createProperty(gw, propertyInput(sb)), keys);
    expect(result).toMatchObject({ __typename: 'InsufficientBalanceError', code: 'INSUFFICIENT_BALANCE', provider: 'VIBEPEAK', required: 10, balance: 0 });
    expectTypename(result, 'InsufficientBalanceError');
    expect(result.message).toMatch(/credits/);
  });

  it('Room AI INSUFFICIENT_TOKENS → InsufficientBalanceError with required and balance', async () => {
    const result = await refusedWithoutTrace(gw, () => createFlythrough(gw, flythroughInput(sb)), keys);
    expect(result).toMatchObject({ __typename: 'InsufficientBalanceError', code: 'INSUFFICIENT_BALANCE', provider: 'ROOM_AI', required: 10, balance: 0 });
    expectTypename(result, 'InsufficientBalanceError');
    expect(result.message).toMatch(/tokens/);
  });

  it('a balance of 3 credits is reported as it is', async () => {
    sb.vibepeak.admin.setBalance(keys.vibepeak, 3);
    try {
      const result = await refusedWithoutTrace(gw, () => createProperty(gw, propertyInput(sb)), keys);
      expect(result).toMatchObject({ __typename: 'InsufficientBalanceError', required: 10, balance: 3 });
    } finally {
      sb.vibepeak.admin.setBalance(keys.vibepeak, 0);
    }
  });
});

describe('plan and key errors', () => {
  it("VibePeak CONCURRENCY_LIMIT_EXCEEDED (Plus plan, second task in flight, no limit configured) → the task waits in the gateway's queue, the limit learned; nothing charged for it", async () => {
    const gw = gw_.plus;
    sb.vibepeak.admin.queueOutcome(VP.livePlus, 'slow');
    const first = await createProperty(gw, propertyInput(sb));
    expectTypename(first.result, 'CreatePropertyVideoSuccess');
    const credits = sb.vibepeak.admin.balance(VP.livePlus)!;
    const second = await createProperty(gw, propertyInput(sb));
    expectTypename(second.result, 'CreatePropertyVideoSuccess');
    const waiting = await gw.gql(READ_QUEUED, { id: second.result.task.id });
    expect(waiting.body.data!.task).toEqual({
      status: 'QUEUED',
      queuePosition: 1,
      submittedAt: null,
      history: [{ status: 'QUEUED', source: 'QUEUE', detail: 'PROVIDER_AT_CAPACITY' }],
    });
    expect(sb.vibepeak.admin.balance(VP.livePlus)).toBe(credits);
    expect(await listedIds(gw)).toEqual([second.result.task.id, first.result.task.id]);
    expect(logRecords(gw).find((r) => r.msg === 'provider busy; the task waits in the queue again')).toMatchObject({ learnedLimit: 1 });
    // Cancelled while it waits: free, and never submitted.
    const calls = createCalls(sb).vibepeak;
    const cancelled = await gw.gql(CANCEL, { id: second.result.task.id });
    expect(cancelled.body.data!.cancelTask).toMatchObject({ __typename: 'CancelTaskSuccess', task: { status: 'CANCELLED' } });
    expect(createCalls(sb).vibepeak).toBe(calls);
  });

  it.each([
    ['PLAN_REQUIRED', 'noPlan'],
    ['API_KEY_REVOKED', 'revoked'],
  ] as const)('VibePeak %s → ProviderRejectedError with the provider code', async (code, which) => {
    const gw = gw_[which];
    const keys = { roomai: RAI.live, vibepeak: VP[which] };
    const result = await refusedWithoutTrace(gw, () => createProperty(gw, propertyInput(sb)), keys);
    expect(result).toMatchObject({ __typename: 'ProviderRejectedError', code: 'PROVIDER_REJECTED', provider: 'VIBEPEAK', providerCode: code });
    expectTypename(result, 'ProviderRejectedError');
    expect(result.message).not.toContain(VP[which]);
  });

  it('Room AI INVALID_API_KEY → ProviderRejectedError', async () => {
    const gw = gw_.noPlan;
    const result = await refusedWithoutTrace(gw, () => createFlythrough(gw, flythroughInput(sb)), { roomai: RAI.live, vibepeak: VP.noPlan });
    expect(result).toMatchObject({ __typename: 'ProviderRejectedError', code: 'PROVIDER_REJECTED', provider: 'ROOM_AI', providerCode: 'INVALID_API_KEY' });
    expectTypename(result, 'ProviderRejectedError');
    expect(result.message).not.toContain(UNKNOWN_RAI_KEY);
  });
});

describe('faults and content errors with a live key', () => {
  const keys = KEYS.live;
  let gw: TestGateway;
  beforeAll(() => {
    gw = gw_.live;
  });
  afterEach(() => {
    sb.roomai.admin.clearFaults();
    sb.vibepeak.admin.clearFaults();
  });

  const create = {
    ROOM_AI: () => createFlythrough(gw, flythroughInput(sb)),
    VIBEPEAK: () => createProperty(gw, propertyInput(sb)),
  };
  const route = { ROOM_AI: CREATE_ROUTES.roomai, VIBEPEAK: CREATE_ROUTES.vibepeak };
  const admin = (p: 'ROOM_AI' | 'VIBEPEAK') => (p === 'ROOM_AI' ? sb.roomai.admin : sb.vibepeak.admin);

  const faults: [string, Fault, number | null][] = [
    ['503', { errorStatus: 503 }, null],
    ['500', { errorStatus: 500 }, null],
  ];
  // The request reached the provider and its answer was lost: it may have created (and charged
  // for) the task, so the gateway keeps it, FAILED, bound to its idempotency key.
  const unknownOutcomes: [string, Fault][] = [
    ['malformed JSON', { malformedRate: 1 }],
    ['dropped connection', { dropRate: 1 }],
  ];

  for (const provider of ['ROOM_AI', 'VIBEPEAK'] as const) {
    it.each(faults)(`${provider}: %s on the create route → ProviderUnavailableError, no task left`, async (_name, fault, retryAfter) => {
      admin(provider).setFault(route[provider], fault);
      const calls = createCalls(sb);
      const result = await refusedWithoutTrace<CreateFlythroughResult | CreatePropertyResult>(gw, create[provider], keys);
      expect(result).toMatchObject({ __typename: 'ProviderUnavailableError', code: 'PROVIDER_UNAVAILABLE', provider, retryAfterSeconds: retryAfter });
      // It reached the provider once: the gateway neither skipped nor silently retried the create.
      const after = createCalls(sb);
      expect(provider === 'ROOM_AI' ? after.roomai - calls.roomai : after.vibepeak - calls.vibepeak).toBe(1);
    });
  }

  for (const provider of ['ROOM_AI', 'VIBEPEAK'] as const) {
    it(`${provider}: 429 with Retry-After on the create route → the task waits in the gateway's queue (PROVIDER_RATE_LIMITED), then is submitted again after the Retry-After and succeeds`, async () => {
      // A gateway of its own: the account stays held for the Retry-After.
      const own = await startGatewayOn(sb, keys);
      try {
        admin(provider).setFault(route[provider], { errorStatus: 429, retryAfterSeconds: 1, times: 1 });
        const calls = createCalls(sb);
        const sent = provider === 'ROOM_AI' ? await createFlythrough(own, flythroughInput(sb)) : await createProperty(own, propertyInput(sb));
        const task = createdTask(sent.result);
        const waiting = (await own.gql(READ_QUEUED, { id: task.id })).body.data!.task!;
        expect(waiting).toMatchObject({ status: 'QUEUED', submittedAt: null, queuePosition: 1 });
        expect(waiting.history.at(-1)).toEqual({ status: 'QUEUED', source: 'QUEUE', detail: 'PROVIDER_RATE_LIMITED' });
        await waitForStatus(own, task.id, ['SUCCEEDED']);
        const after = createCalls(sb);
        expect(provider === 'ROOM_AI' ? after.roomai - calls.roomai : after.vibepeak - calls.vibepeak).toBe(2);
        const done = (await own.gql(READ_QUEUED, { id: task.id })).body.data!.task!;
        expect(done.history).toContainEqual({ status: 'QUEUED', source: 'SUBMIT', detail: 'SUBMITTED' });
        // Not before the provider's Retry-After.
        expect(Date.parse(done.submittedAt!) - Date.parse(task.createdAt)).toBeGreaterThanOrEqual(1_000);
      } finally {
        await own.stop();
      }
    });
  }

  for (const provider of ['ROOM_AI', 'VIBEPEAK'] as const) {
    it.each(unknownOutcomes)(
      `${provider}: %s on the create route → the task is kept, never as safe to resubmit (waiting for the provider's report, or FAILED SUBMIT_OUTCOME_UNKNOWN when it has no webhook URL), and a retry with its key submits nothing`,
      async (_name, fault) => {
        admin(provider).setFault(route[provider], fault);
        const calls = createCalls(sb);
        const key = `unknown-${provider}-${Math.random().toString(36).slice(2)}`;
        const send = () => (provider === 'ROOM_AI' ? createFlythrough(gw, flythroughInput(sb), key) : createProperty(gw, propertyInput(sb), key));
        const first = (await send()).result;
        expect(first.__typename).toBe(provider === 'ROOM_AI' ? 'CreateFlythroughVideoSuccess' : 'CreatePropertyVideoSuccess');
        const firstTask = createdTask(first);
        const read = await gw.gql(READ_FAILED, { id: firstTask.id });
        // Room AI reaches this gateway's webhook at PUBLIC_URL (http): the task waits for its report.
        // VibePeak takes https webhook URLs only, so it can never report it: it ends at once, not retryable.
        expect(read.body.data!.task).toEqual(
          provider === 'ROOM_AI'
            ? { status: 'QUEUED', error: null, history: [{ status: 'QUEUED', source: 'SUBMIT', detail: 'SUBMIT_OUTCOME_UNKNOWN' }] }
            : {
                status: 'FAILED',
                error: { code: 'SUBMIT_OUTCOME_UNKNOWN', retryable: false },
                history: [{ status: 'FAILED', source: 'SUBMIT', detail: 'SUBMIT_OUTCOME_UNKNOWN' }],
              },
        );
        expect(await listedIds(gw)).toContain(firstTask.id);
        admin(provider).clearFaults();
        const retry = (await send()).result;
        expect(createdTask(retry).id).toBe(firstTask.id);
        const after = createCalls(sb);
        expect(provider === 'ROOM_AI' ? after.roomai - calls.roomai : after.vibepeak - calls.vibepeak).toBe(1);
      },
    );
  }

  it('after a one-off fault clears, the same request succeeds', async () => {
    sb.vibepeak.admin.setFault(CREATE_ROUTES.vibepeak, { errorStatus: 503, times: 1 });
    expect((await create.VIBEPEAK()).result.__typename).toBe('ProviderUnavailableError');
    const ok = (await create.VIBEPEAK()).result;
    expectTypename(ok, 'CreatePropertyVideoSuccess');
    expect(await listedIds(gw)).toContain(ok.task.id);
  });

  it('with PHOTO_CHECKS=off, IMAGE_RESOLUTION_TOO_LOW (1279×720 second photo) → ValidationError at input.photos.1.url (bug: provider violations lacked the input prefix)', async () => {
    const gw = providerChecksGw;
    const input = propertyInput(sb, { photos: 2 });
    input.photos[1]!.url = sb.vibepeak.media.lowResPhoto;
    const result = await refusedWithoutTrace(gw, () => createProperty(gw, input), keys);
    expectTypename(result, 'ValidationError');
    expect(result.code).toBe('VALIDATION_FAILED');
    expect(result.violations).toEqual([{ path: ['input', 'photos', '1', 'url'], code: 'IMAGE_RESOLUTION_TOO_LOW', message: expect.stringContaining('1279') }]);
  });

  it('with PHOTO_CHECKS=off, INVALID_IMAGE_URL (a photo URL that answers 404) → ValidationError at input.photos.0.url (bug: provider violations lacked the input prefix)', async () => {
    const gw = providerChecksGw;
    const input = propertyInput(sb, { photoUrl: `${sb.vibepeak.origin}/media/no-such-photo.jpg` });
    const result = await refusedWithoutTrace(gw, () => createProperty(gw, input), keys);
    expectTypename(result, 'ValidationError');
    expect(result.violations).toEqual([{ path: ['input', 'photos', '0', 'url'], code: 'INVALID_IMAGE_URL', message: expect.any(String) }]);
  });

  it('VOICE_NOT_FOUND → ValidationError at input.voice.voiceId (bug: provider violations lacked the input prefix)', async () => {
    const input = { ...propertyInput(sb), voice: { voiceId: 'NoSuchVoiceAtAll', language: 'en' } };
    const result = await refusedWithoutTrace(gw, () => createProperty(gw, input), keys);
    expectTypename(result, 'ValidationError');
    expect(result.violations).toEqual([{ path: ['input', 'voice', 'voiceId'], code: 'VOICE_NOT_FOUND', message: expect.any(String) }]);
  });

  it('a refused create is logged as a warning with the provider code', async () => {
    await createProperty(gw, { ...propertyInput(sb), voice: { voiceId: 'NoSuchVoiceAtAll', language: 'en' } });
    const line = logRecords(gw).find((r) => r.msg === 'provider refused a submit' && r.providerCode === 'VOICE_NOT_FOUND');
    expect(line).toMatchObject({ level: 'warn', provider: 'VIBEPEAK' });
  });

  it('with PHOTO_CHECKS=off, an unreadable Room AI photo is not a request error: the task is created and ends FAILED', async () => {
    const gw = providerChecksGw;
    const result = (await createFlythrough(gw, flythroughInput(sb, { photoUrl: `${sb.roomai.origin}/media/no-such-photo.jpg` }))).result;
    expectTypename(result, 'CreateFlythroughVideoSuccess');
    const done = await waitForStatus(gw, result.task.id);
    expect(done.status).toBe('FAILED');
    expect(done.error).toMatchObject({ code: 'GENERATION_FAILED', providerCode: 'GENERATION_FAILED' });
    expect(done.cost.charged).toBe(false);
  });
});
