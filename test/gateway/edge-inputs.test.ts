import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { scriptFor, startTestGateway, type TestGateway, VOICE } from '../support/gateway.ts';

/** Inputs at the edges that once answered a masked 500 or cost a provider call (issue 9, item 7). */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.stop();
});

const REFRESH = graphql(`
  mutation EdgeRefresh($id: ID!) {
    refreshTask(id: $id) { __typename ... on Error { code } }
  }
`);
const READ = graphql(`
  query EdgeRead($id: ID!) {
    task(id: $id) { id }
  }
`);
const CREATE_FLYTHROUGH = graphql(`
  mutation EdgeCreateFlythrough($i: CreateFlythroughVideoInput!) {
    createFlythroughVideo(input: $i) { __typename ... on ValidationError { code violations { path code } } }
  }
`);
const CREATE_PROPERTY = graphql(`
  mutation EdgeCreateProperty($i: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code } } }
  }
`);

function createRequests(): number {
  const sb = gw.gateway.sandbox!;
  const sum = (c: Record<string, Record<string, number>>, route: string) => Object.values(c[route] ?? {}).reduce((a, b) => a + b, 0);
  return sum(sb.roomai.admin.counters(), 'POST /api/v1/generate') + sum(sb.vibepeak.admin.counters(), 'POST /v1/real-estate/living-property');
}

describe('edge inputs', () => {
  it('refreshTask and task with a well-formed global id around a non-uuid: TaskNotFoundError and null, not a masked 500', async () => {
    for (const id of ['UHJvcGVydHlWaWRlb1Rhc2s6eA==', Buffer.from('FlythroughVideoTask:not-a-uuid').toString('base64')]) {
      const refresh = await gw.gql(REFRESH, { id });
      expect(refresh.body.errors, JSON.stringify(refresh.body)).toBeUndefined();
      expect(refresh.body.data?.refreshTask).toEqual({ __typename: 'TaskNotFoundError', code: 'TASK_NOT_FOUND' });
      const read = await gw.gql(READ, { id });
      expect(read.body).toEqual({ data: { task: null } });
    }
  });

  it('a URL or voice id long enough to swell the provider request is a ValidationError naming the field, with no provider call', async () => {
    const before = createRequests();
    const long = `https://example.com/${'a'.repeat(100_000)}.jpg`;
    const flythrough = await gw.gql(CREATE_FLYTHROUGH, { i: { photoUrl: long } });
    expect(flythrough.body.data?.createFlythroughVideo).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      violations: [{ path: ['input', 'photoUrl'], code: 'URL_TOO_LONG' }],
    });
    const property = await gw.gql(CREATE_PROPERTY, { i: { photos: [{ url: long }], voice: { ...VOICE, voiceId: 'v'.repeat(100_000) }, script: scriptFor(1) } });
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
