import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, VOICE, scriptFor } from '../support/gateway.ts';

/** Inputs at the edges that once answered a masked 500 or cost a provider call (issue 9, item 7). */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.stop();
});

interface Answer {
  data?: Record<string, { __typename: string; code?: string; violations?: { path: string[]; code: string }[] } | null>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: Answer }> {
  const res = await request(`${gw.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.statusCode, body: (await res.body.json()) as Answer };
}

function createRequests(): number {
  const sb = gw.gateway.sandbox!;
  const sum = (c: Record<string, Record<string, number>>, route: string) => Object.values(c[route] ?? {}).reduce((a, b) => a + b, 0);
  return sum(sb.roomai.admin.counters(), 'POST /api/v1/generate') + sum(sb.vibepeak.admin.counters(), 'POST /v1/real-estate/living-property');
}

describe('edge inputs', () => {
  it('refreshTask and task with a well-formed global id around a non-uuid: TaskNotFoundError and null, not a masked 500', async () => {
    for (const id of ['UHJvcGVydHlWaWRlb1Rhc2s6eA==', Buffer.from('FlythroughVideoTask:not-a-uuid').toString('base64')]) {
      const refresh = await post('mutation($id: ID!) { refreshTask(id: $id) { __typename ... on Error { code } } }', { id });
      expect(refresh.body.errors, JSON.stringify(refresh.body)).toBeUndefined();
      expect(refresh.body.data?.refreshTask).toEqual({ __typename: 'TaskNotFoundError', code: 'TASK_NOT_FOUND' });
      const read = await post('query($id: ID!) { task(id: $id) { id } }', { id });
      expect(read.body).toEqual({ data: { task: null } });
    }
  });

  it('a URL or voice id long enough to swell the provider request is a ValidationError naming the field, with no provider call', async () => {
    const before = createRequests();
    const long = `https://example.com/${'a'.repeat(100_000)}.jpg`;
    const flythrough = await post(
      'mutation($i: CreateFlythroughVideoInput!) { createFlythroughVideo(input: $i) { __typename ... on ValidationError { code violations { path code } } } }',
      { i: { photoUrl: long } },
    );
    expect(flythrough.body.data?.createFlythroughVideo).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      violations: [{ path: ['input', 'photoUrl'], code: 'URL_TOO_LONG' }],
    });
    const property = await post(
      'mutation($i: CreatePropertyVideoInput!) { createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code } } } }',
      { i: { photos: [{ url: long }], voice: { ...VOICE, voiceId: 'v'.repeat(100_000) }, script: scriptFor(1) } },
    );
    expect(property.body.data?.createPropertyVideo).toEqual({
      __typename: 'ValidationError',
      violations: expect.arrayContaining([
        { path: ['input', 'photos', '0', 'url'], code: 'URL_TOO_LONG' },
        { path: ['input', 'voice', 'voiceId'], code: 'TOO_BIG' },
      ]),
    });
    expect(createRequests()).toBe(before);
  });
});
