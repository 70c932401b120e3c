import { request } from 'undici';
import type { LoadConfig } from '../load.ts';

/** The GraphQL operations and request bodies the bench sends, and the matching direct VibePeak create. */

/** 74 letters, spaces and full stops: inside VibePeak's 65–85 characters for one photo. */
const SCRIPT = 'Bright rooms and warm light make this home a calm place to live and relax.';
const PHOTO = 'https://photos.example.com/listing/living-room.jpg';
const VOICE = { voiceId: 'EXAVITQu4vr4xnSDxMaL', language: 'en' };

export const CREATE = `mutation Create($i: CreatePropertyVideoInput!) {
  createPropertyVideo(input: $i) {
    __typename
    ... on CreatePropertyVideoSuccess { task { id status } }
    ... on Error { code message }
  }
}`;
export const CREATE_INPUT = { photos: [{ url: PHOTO, roomType: 'LIVING_ROOM' }], voice: VOICE, script: SCRIPT, testScenario: 'SUCCESS' };
export const CREATE_OK = '"CreatePropertyVideoSuccess"';

export const TASK_READ = 'query Task($id: ID!) { task(id: $id) { id status progress { fraction } video { url } } }';
export const TASK_SUBSCRIPTION = 'subscription Watch($id: ID!) { task(id: $id) { id status progress { fraction } video { url } } }';

/** What the gateway sends VibePeak for CREATE_INPUT (toWireRequest), for the direct baseline. */
const WIRE_CREATE = JSON.stringify({
  images: [{ url: PHOTO, room_type: 'living_room' }],
  voice: { voice_id: VOICE.voiceId, language: VOICE.language },
  script: SCRIPT,
  test_scenario: 'success',
});

type Load = Omit<LoadConfig, 'connections'>;

/** The create sent straight to (a stub of) VibePeak. */
export function directCreate(stubUrl: string): Load {
  return {
    targets: [stubUrl],
    method: 'POST',
    path: '/v1/real-estate/living-property',
    headers: { authorization: 'Bearer vpk_test_direct', accept: 'application/json' },
    body: WIRE_CREATE,
    expect: '"task_id"',
  };
}

const graphql = (targets: string[], query: string, variables?: Record<string, unknown>, expect?: string): Load => ({
  targets,
  method: 'POST',
  path: '/graphql',
  headers: { accept: 'application/graphql-response+json, application/json' },
  body: JSON.stringify({ query, variables }),
  expect,
});

export const gatewayCreate = (targets: string[]): Load => graphql(targets, CREATE, { i: CREATE_INPUT }, CREATE_OK);
export const gatewayTaskRead = (target: string, id: string): Load => graphql([target], TASK_READ, { id }, '"status"');
export const bareHello = (target: string): Load => graphql([target], '{ hello }', undefined, '"world"');

export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.body.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** Creates one task through the gateway and returns its global id. */
export async function createTask(url: string): Promise<string> {
  const data = await gql<{ createPropertyVideo: { __typename: string; task?: { id: string }; message?: string } }>(url, CREATE, { i: CREATE_INPUT });
  const id = data.createPropertyVideo.task?.id;
  if (!id) throw new Error(`create failed: ${JSON.stringify(data)}`);
  return id;
}

/** Every task the gateway lists, counted through `tasks(first: 100, after)` pages. */
export async function countTasks(url: string, maxPages = 500): Promise<number> {
  let after: string | null = null;
  let n = 0;
  for (let page = 0; page < maxPages; page++) {
    type Page = { tasks: { edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const data: Page = await gql<Page>(
      url,
      'query($after: String) { tasks(first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    n += data.tasks.edges.length;
    if (!data.tasks.pageInfo.hasNextPage) return n;
    after = data.tasks.pageInfo.endCursor;
  }
  throw new Error(`more than ${maxPages * 100} tasks`);
}
