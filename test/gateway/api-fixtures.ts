import { request } from 'undici';
import { expect } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import type {
  ApiCreateFlythroughMutation,
  ApiCreatePropertyMutation,
  ApiTaskFieldsFragment,
  CreateFlythroughVideoInput,
  CreatePropertyVideoInput,
  TaskStatus,
} from '../../src/generated/test/graphql.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { freePort, scriptFor, startTestGateway, VOICE, waitFor, type TestGateway } from '../support/gateway.ts';
import type { Headers } from '../support/graphql.ts';

/**
 * Shared pieces of the api-*.test.ts suites: the operations they send, the sandbox routes they
 * count, and small readers over `TestGateway.gql`. Nothing here fakes the gateway or a provider.
 */

/** Every field of a task the api suites read. */
export const TASK_FIELDS = graphql(`
  fragment ApiTaskFields on GenerationTask {
    id __typename provider kind status livemode
    progress { fraction estimated }
    cost { amount unit chargedWhen refundedOnFailure charged }
    video { url coverImageUrl durationSeconds resolution expiresAt }
    error { code message providerCode retryable }
    createdAt updatedAt completedAt
    history { status source at detail }
  }
`);

export const CREATE_PROPERTY = graphql(`
  mutation ApiCreateProperty($input: CreatePropertyVideoInput!, $key: String) {
    createPropertyVideo(input: $input, idempotencyKey: $key) {
      __typename
      ... on CreatePropertyVideoSuccess { task { ...ApiTaskFields } }
      ... on Error { code message }
      ... on ValidationError { violations { path code message } }
      ... on InsufficientBalanceError { provider required balance }
      ... on ConcurrencyLimitError { provider limit inFlight }
      ... on ProviderUnavailableError { provider retryAfterSeconds }
      ... on ProviderRejectedError { provider providerCode }
      ... on IdempotencyKeyReusedError { idempotencyKey }
    }
  }
`);

export const CREATE_FLYTHROUGH = graphql(`
  mutation ApiCreateFlythrough($input: CreateFlythroughVideoInput!, $key: String) {
    createFlythroughVideo(input: $input, idempotencyKey: $key) {
      __typename
      ... on CreateFlythroughVideoSuccess { task { ...ApiTaskFields } }
      ... on Error { code message }
      ... on ValidationError { violations { path code message } }
      ... on InsufficientBalanceError { provider required balance }
      ... on ConcurrencyLimitError { provider limit inFlight }
      ... on ProviderUnavailableError { provider retryAfterSeconds }
      ... on ProviderRejectedError { provider providerCode }
      ... on IdempotencyKeyReusedError { idempotencyKey }
    }
  }
`);

export const TASK = graphql(`
  query ApiTask($id: ID!) {
    task(id: $id) { ...ApiTaskFields }
  }
`);
export const NODE = graphql(`
  query ApiNode($id: ID!) {
    node(id: $id) { __typename id ... on GenerationTask { ...ApiTaskFields } }
  }
`);
export const TASKS = graphql(`
  query ApiTasks($first: Int, $after: String, $filter: TaskFilter) {
    tasks(first: $first, after: $after, filter: $filter) {
      edges { cursor node { ...ApiTaskFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
export const REFRESH = graphql(`
  mutation ApiRefresh($id: ID!) {
    refreshTask(id: $id) {
      __typename
      ... on RefreshTaskSuccess { task { id status } }
      ... on TaskNotFoundError { id code message }
    }
  }
`);

export type ApiTask = ApiTaskFieldsFragment;
export type CreatePropertyResult = ApiCreatePropertyMutation['createPropertyVideo'];
export type CreateFlythroughResult = ApiCreateFlythroughMutation['createFlythroughVideo'];

/** The routes that create (and so may charge for) a generation at each provider. */
export const CREATE_ROUTES = {
  roomai: 'POST /api/v1/generate',
  vibepeak: 'POST /v1/real-estate/living-property',
} as const;

type SandboxLike = Pick<Sandbox, 'roomai' | 'vibepeak'>;

/** Create requests each emulator has received (all API keys), from its own counters. */
export function createCalls(sb: SandboxLike): { roomai: number; vibepeak: number } {
  const sum = (c: Record<string, Record<string, number>>, route: string) => Object.values(c[route] ?? {}).reduce((a, b) => a + b, 0);
  return { roomai: sum(sb.roomai.admin.counters(), CREATE_ROUTES.roomai), vibepeak: sum(sb.vibepeak.admin.counters(), CREATE_ROUTES.vibepeak) };
}

export type PropertyOptions = Omit<Partial<CreatePropertyVideoInput>, 'photos'> & {
  /** How many photos (default 1), each `photoUrl`. */
  photos?: number;
  photoUrl?: string;
};

/** A valid property-video input on the sandbox's 1920×1080 photo, overridable field by field. */
export function propertyInput(sb: SandboxLike, options: PropertyOptions = {}): CreatePropertyVideoInput {
  const { photos = 1, photoUrl = sb.vibepeak.media.livingRoomPhoto, script, ...rest } = options;
  return {
    photos: Array.from({ length: photos }, () => ({ url: photoUrl })),
    voice: VOICE,
    script: script ?? scriptFor(photos),
    ...rest,
  };
}

export function flythroughInput(sb: SandboxLike, extra: Partial<CreateFlythroughVideoInput> = {}): CreateFlythroughVideoInput {
  return { photoUrl: sb.roomai.media.livingRoomPhoto, ...extra };
}

export async function createProperty(gw: TestGateway, input: CreatePropertyVideoInput, key?: string, headers?: Headers) {
  const res = await gw.gql(CREATE_PROPERTY, { input, key }, headers);
  if (res.status !== 200 || res.body.errors || !res.body.data) throw new Error(`createPropertyVideo: HTTP ${res.status} ${JSON.stringify(res.body.errors)}`);
  return { ...res, result: res.body.data.createPropertyVideo };
}

export async function createFlythrough(gw: TestGateway, input: CreateFlythroughVideoInput, key?: string, headers?: Headers) {
  const res = await gw.gql(CREATE_FLYTHROUGH, { input, key }, headers);
  if (res.status !== 200 || res.body.errors || !res.body.data) throw new Error(`createFlythroughVideo: HTTP ${res.status} ${JSON.stringify(res.body.errors)}`);
  return { ...res, result: res.body.data.createFlythroughVideo };
}

/** The task a create returned, asserting (as an expectation) that the create succeeded. */
export function createdTask(result: CreatePropertyResult | CreateFlythroughResult): ApiTask {
  if (result.__typename === 'CreatePropertyVideoSuccess' || result.__typename === 'CreateFlythroughVideoSuccess') return result.task;
  expect.unreachable(`expected a created task, got ${JSON.stringify(result)}`);
}

/** Reads a task by id; throws when the request fails or finds no task. */
export async function readTask(gw: TestGateway, id: string, headers?: Headers): Promise<ApiTask> {
  const res = await gw.gql(TASK, { id }, headers);
  if (res.status !== 200 || res.body.errors || !res.body.data) throw new Error(`task: HTTP ${res.status} ${JSON.stringify(res.body.errors)}`);
  if (!res.body.data.task) throw new Error(`task: no task ${id}`);
  return res.body.data.task;
}

/** Waits (bounded) until the task reaches one of `statuses` and returns it. */
export function waitForStatus(gw: TestGateway, id: string, statuses: TaskStatus[] = ['SUCCEEDED', 'FAILED'], headers?: Headers, timeoutMs = 20_000) {
  return waitFor(
    async () => {
      const task = await readTask(gw, id, headers);
      return statuses.includes(task.status) ? task : undefined;
    },
    timeoutMs,
    100,
  );
}

/** Ids of every task the caller can list (newest first). */
export async function listedIds(gw: TestGateway, headers?: Headers): Promise<string[]> {
  const res = await gw.gql(TASKS, { first: 100 }, headers);
  if (res.status !== 200 || res.body.errors || !res.body.data) throw new Error(`tasks: HTTP ${res.status} ${JSON.stringify(res.body.errors)}`);
  return res.body.data.tasks.edges.map((e) => e.node.id);
}

/** GETs a URL over real HTTP and returns status, content type and body bytes. */
export async function fetchBytes(url: string): Promise<{ status: number; contentType: string; bytes: Buffer }> {
  const res = await request(url);
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), bytes };
}

/**
 * A gateway pointed at an external sandbox with the given provider keys (no in-process sandbox),
 * on a port known in advance so `PUBLIC_URL` (Room AI's webhook target) can name it.
 */
export async function startGatewayOn(sb: SandboxLike, keys: { roomai: string; vibepeak: string }, env: Record<string, string> = {}): Promise<TestGateway> {
  const port = String(await freePort());
  return startTestGateway({
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ROOMAI_API_KEY: keys.roomai,
    ROOMAI_BASE_URL: sb.roomai.baseUrl,
    VIBEPEAK_API_KEY: keys.vibepeak,
    VIBEPEAK_BASE_URL: sb.vibepeak.baseUrl,
    ...env,
  });
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
