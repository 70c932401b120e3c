import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import possibleTypes from '../../src/generated/possible-types.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

/**
 * Apollo Client with its default cache needs `possibleTypes` for unions and interfaces, or it drops
 * every field selected through `... on Error` (a ProviderUnavailableError arrived as its __typename
 * alone). codegen writes them to src/generated/possible-types.ts; this is the set-up the README shows.
 */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.stop();
});

const CREATE = graphql(`
  mutation ApolloCreateFlythrough($input: CreateFlythroughVideoInput!) {
    createFlythroughVideo(input: $input) {
      __typename
      ... on CreateFlythroughVideoSuccess { task { id status } }
      ... on Error { code message }
    }
  }
`);

const client = (withPossibleTypes: boolean) =>
  new ApolloClient({
    link: new HttpLink({ uri: `${gw.url}/graphql` }),
    cache: new InMemoryCache(withPossibleTypes ? { possibleTypes: possibleTypes.possibleTypes } : {}),
  });

describe('Apollo Client', () => {
  it('with the generated possibleTypes, an error in a result union keeps its code and message', async () => {
    const { data } = await client(true).mutate({ mutation: CREATE, variables: { input: { photoUrl: 'ftp://example.com/room.jpg' } } });
    expect(data?.createFlythroughVideo).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('not valid'),
    });
  });

  it('and a success keeps its task', async () => {
    const photoUrl = gw.gateway.sandbox!.roomai.media.livingRoomPhoto;
    const { data } = await client(true).mutate({ mutation: CREATE, variables: { input: { photoUrl } } });
    expect(data?.createFlythroughVideo).toMatchObject({ __typename: 'CreateFlythroughVideoSuccess', task: { status: 'QUEUED' } });
  });

  it('without them (Apollo default), the error fields are lost: why the README asks for them', async () => {
    const { data } = await client(false).mutate({ mutation: CREATE, variables: { input: { photoUrl: 'ftp://example.com/room.jpg' } } });
    const result = data?.createFlythroughVideo as { __typename: string; code?: string } | undefined;
    expect(result?.__typename).toBe('ValidationError');
    expect(result?.code).toBeUndefined();
  });
});
