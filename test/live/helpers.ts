import type { DocumentNode } from 'graphql';
import { expect } from 'vitest';
import type { SandboxAdmin } from '../../src/sandbox/index.ts';
import { decodeTaskId } from '../../src/resolvers/global-id.ts';
import { graphql } from '../../src/generated/test/index.ts';
import type { LiveTaskFieldsFragment, TaskStatus } from '../../src/generated/test/graphql.ts';
import { scriptFor, VOICE } from '../support/gateway.ts';
import { expectTypename, type GraphQLResponse, type Headers, postGraphQL, type TypedDocumentNode, type VariablesAndHeaders } from '../support/graphql.ts';

/** Shared by the live-status suites: GraphQL operations, task creation, and the status-model checks. */

/** What the live suites read of a task, in every operation below. */
export const LIVE_TASK_FIELDS = graphql(`
  fragment LiveTaskFields on GenerationTask {
    id
    status
    updatedAt
    completedAt
    queuePosition
    progress { fraction estimated }
    video { url providerUrl }
    error { code message providerCode retryable }
    history { status source at detail }
  }
`);

export const TASK_SUBSCRIPTION = graphql(`
  subscription Live($id: ID!) {
    task(id: $id) { ...LiveTaskFields }
  }
`);
export const TASKS_SUBSCRIPTION = graphql(`
  subscription Mine($filter: TaskFilter) {
    tasks(filter: $filter) { ...LiveTaskFields }
  }
`);
export const TASK_QUERY = graphql(`
  query One($id: ID!) {
    task(id: $id) { ...LiveTaskFields }
  }
`);

const CREATE_PROPERTY_VIDEO = graphql(`
  mutation LiveCreatePropertyVideo($i: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $i) {
      __typename
      ... on CreatePropertyVideoSuccess { task { id status } }
      ... on Error { code message }
    }
  }
`);
const CREATE_FLYTHROUGH_VIDEO = graphql(`
  mutation LiveCreateFlythroughVideo($i: CreateFlythroughVideoInput!) {
    createFlythroughVideo(input: $i) {
      __typename
      ... on CreateFlythroughVideoSuccess { task { id status } }
      ... on Error { code message }
    }
  }
`);

export type Status = TaskStatus;
export type LiveTask = LiveTaskFieldsFragment;

export const VIBEPEAK_TEST_KEY = 'vpk_test_sandbox';
export const ROOMAI_TEST_KEY = 'rai_test_sandbox';
export const VIBEPEAK_STATUS_ROUTE = 'GET /v1/tasks/:id';
export const ROOMAI_STATUS_ROUTE = 'GET /api/v1/results';

/**
 * One operation over real HTTP against any gateway URL (in-process or a child process): a typed
 * document from `graphql(…)`, whose variables are checked and whose result types `body.data`.
 */
export function gqlAt<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...args: VariablesAndHeaders<TVariables>
): Promise<GraphQLResponse<TData>>;
/** @deprecated Any text: use a `graphql(…)` document, or `gqlAtRaw` for a request the schema must refuse. */
export function gqlAt<TData = unknown>(url: string, query: string, variables?: Record<string, unknown>, headers?: Headers): Promise<GraphQLResponse<TData>>;
export function gqlAt<TData>(url: string, query: string | DocumentNode, variables: unknown = {}, headers: Headers = {}): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(url, query, variables, headers);
}

/** Any text and variables against any gateway URL, for requests the schema must refuse: `body.data` is `unknown`. */
export function gqlAtRaw(url: string, query: string | DocumentNode, variables: unknown = {}, headers: Headers = {}): Promise<GraphQLResponse<unknown>> {
  return postGraphQL<unknown>(url, query, variables, headers);
}

export async function readTask(url: string, id: string, headers: Headers = {}): Promise<LiveTask> {
  const res = await gqlAt(url, TASK_QUERY, { id }, headers);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.body.data?.task).toBeTruthy();
  return res.body.data!.task!;
}

/** Submits a VibePeak property video (test key, so `testScenario` decides the outcome) and returns its id. */
export async function createPropertyVideo(url: string, photoUrl: string, scenario: 'SUCCESS' | 'FAIL' | 'SLOW', headers: Headers = {}): Promise<string> {
  const res = await gqlAt(
    url,
    CREATE_PROPERTY_VIDEO,
    { i: { photos: [{ url: photoUrl }], voice: VOICE, script: scriptFor(1), testScenario: scenario } },
    headers,
  );
  const result = res.body.data?.createPropertyVideo;
  expectTypename(result, 'CreatePropertyVideoSuccess', JSON.stringify(res.body));
  return result.task.id;
}

/** Submits a Room AI flythrough (the sandbox's queued outcome for the key decides how it ends) and returns its id. */
export async function createFlythrough(url: string, photoUrl: string, headers: Headers = {}): Promise<string> {
  const res = await gqlAt(url, CREATE_FLYTHROUGH_VIDEO, { i: { photoUrl } }, headers);
  const result = res.body.data?.createFlythroughVideo;
  expectTypename(result, 'CreateFlythroughVideoSuccess', JSON.stringify(res.body));
  return result.task.id;
}

/** The task's store id (the GraphQL id is a global id). */
export function uuidOf(globalId: string): string {
  const uuid = decodeTaskId(globalId)?.uuid ?? null;
  if (!uuid) throw new Error(`not a task id: ${globalId}`);
  return uuid;
}

/** Requests of one route by one API key, as the sandbox counted them. */
export function count(admin: SandboxAdmin, route: string, apiKey: string): number {
  return admin.counters()[route]?.[apiKey] ?? 0;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const RANK: Record<Status, number> = { QUEUED: 0, PROCESSING: 1, SUCCEEDED: 2, FAILED: 2, CANCELLED: 2 };

/**
 * The status model as a subscriber sees it: statuses only move forward (QUEUED → PROCESSING →
 * SUCCEEDED | FAILED), exactly one terminal event and it is the last, progress never decreases,
 * `updatedAt` never goes back, every event's history is a prefix of the next one's, and each
 * event's status is its history's last entry.
 */
export function expectProgression(events: LiveTask[], terminal: 'SUCCEEDED' | 'FAILED'): void {
  const statuses = events.map((e) => e.status);
  expect(events.length, `events: ${statuses.join(' → ')}`).toBeGreaterThan(0);
  expect(new Set(events.map((e) => e.id)).size).toBe(1);
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1]!, events[i]!];
    expect(RANK[b.status], `status went back: ${statuses.join(' → ')}`).toBeGreaterThanOrEqual(RANK[a.status]);
    expect(Date.parse(b.updatedAt)).toBeGreaterThanOrEqual(Date.parse(a.updatedAt));
    if (a.progress && b.progress) expect(b.progress.fraction, 'progress went back').toBeGreaterThanOrEqual(a.progress.fraction);
    if (a.progress) expect(b.progress, 'progress disappeared').not.toBeNull();
    expect(b.history.slice(0, a.history.length), 'history was rewritten').toEqual(a.history);
  }
  for (const e of events) {
    expect(e.history.at(-1)?.status, 'status is not the last history entry').toBe(e.status);
    if (e.progress) {
      expect(e.progress.fraction).toBeGreaterThanOrEqual(0);
      expect(e.progress.fraction).toBeLessThanOrEqual(1);
    }
  }
  // History itself is an ordered forward progression.
  const last = events.at(-1)!;
  const seen = last.history.map((h) => h.status);
  for (let i = 1; i < seen.length; i++) expect(RANK[seen[i]!], `history went back: ${seen.join(' → ')}`).toBeGreaterThan(RANK[seen[i - 1]!]);
  expect(seen[0], 'history starts QUEUED or PROCESSING').toMatch(/^(QUEUED|PROCESSING)$/);
  expect(
    statuses.filter((s) => s === 'SUCCEEDED' || s === 'FAILED'),
    `statuses: ${statuses.join(' → ')}`,
  ).toEqual([terminal]);
  expect(last.status).toBe(terminal);
  if (terminal === 'SUCCEEDED') {
    expect(last.video?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\//);
    expect(last.progress).toEqual({ fraction: 1, estimated: false });
    expect(last.error).toBeNull();
  } else {
    expect(last.video).toBeNull();
    expect(last.error).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String), retryable: expect.any(Boolean) });
    expect(last.error!.message.length).toBeGreaterThan(0);
  }
  expect(last.completedAt).not.toBeNull();
}
