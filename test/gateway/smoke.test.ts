import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startTestGateway, scriptFor, VOICE, waitFor, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';

const CREATE = graphql(`
  mutation SmokeCreate($i: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id status } } }
  }
`);
const READ = graphql(`
  query SmokeRead($id: ID!) {
    task(id: $id) { status video { url providerUrl } }
  }
`);

describe('gateway smoke', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw?.stop());

  it('creates a property video and reads it back SUCCEEDED', async () => {
    const photo = gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto;
    const res = await gw.gql(CREATE, { i: { photos: [{ url: photo }], voice: VOICE, script: scriptFor(1), testScenario: 'SUCCESS' } });
    expect(res.status).toBe(200);
    const created = res.body.data!.createPropertyVideo;
    expectTypename(created, 'CreatePropertyVideoSuccess');
    const id = created.task.id;
    const done = await waitFor(async () => {
      const r = await gw.gql(READ, { id });
      return r.body.data!.task!.status === 'SUCCEEDED' ? r.body.data!.task! : undefined;
    });
    // The gateway's own link to its copy; the provider's (the sandbox's) beside it.
    expect(done.video!.url.startsWith(`${gw.url}/media/tasks/`)).toBe(true);
    expect(done.video!.providerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/property-sandbox\.mp4/);
  });
});
