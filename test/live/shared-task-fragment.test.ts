import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import { createPropertyVideo } from '../live/helpers.ts';

/**
 * Bug found in review: ws.ts decides `replayLatest` from the root selections' *field names*
 * (`s.kind === 'Field' ? s.name.value : ''`). A `task(id)` subscription whose root selection is a
 * fragment spread or an inline fragment is valid GraphQL, but is then shared WITHOUT replay: a
 * second identical subscriber joining the running stream never gets the task's current state —
 * `Subscription.task` promises "the task as it is now, then each newer version" — and waits until
 * the task next changes (with a 30 s poll interval and no webhook: up to 30 s, or forever for a
 * task that no longer changes before its deadline).
 */

const WITH_SPREAD = graphql(`
  subscription SharedWithSpread($id: ID!) { ...SharedRoot }
  fragment SharedRoot on Subscription { task(id: $id) { id status updatedAt } }
`);
const WITH_INLINE = graphql(`
  subscription SharedWithInline($id: ID!) {
    ... on Subscription { task(id: $id) { id status updatedAt } }
  }
`);

describe('shared task subscription through a fragment', () => {
  let gw: TestGateway;
  const connections: WsConnection[] = [];

  beforeAll(async () => {
    // Polls far apart and webhooks to a closed port: the task does not change during the test.
    gw = await startTestGateway({ POLL_VIBEPEAK_INTERVAL_SECONDS: '30', PUBLIC_URL: 'http://127.0.0.1:1' });
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.dispose()));
    await gw?.stop();
  });

  for (const [name, doc] of [
    ['fragment spread', WITH_SPREAD],
    ['inline fragment', WITH_INLINE],
  ] as const) {
    it(`a second subscriber (${name}) gets the current state at once`, async () => {
      const id = await createPropertyVideo(gw.url, gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto, 'SLOW');
      const a = connectWs(gw.url);
      const b = connectWs(gw.url);
      connections.push(a, b);
      const first = a.subscribe(doc, { id });
      await first.until((s) => s.events.length > 0, 5_000, 'first subscriber: current state');
      const second = b.subscribe(doc, { id });
      // Unshared (or shared with replay) this is answered by one store read, in milliseconds.
      await second.until((s) => s.events.length > 0, 2_000, 'second subscriber: current state');
      expect(second.events[0]!.task.id).toBe(id);
    });
  }
});
