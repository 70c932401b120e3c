import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';

/**
 * Review risk (the pattern predates this change, the multiplexer's note names it): an async
 * generator suspended at `await events.next()` honours `return()` only at its next `yield`. So a
 * `tasks` (or `task(id)`) subscription that the client completes keeps its task-event listener
 * (and its generator, context and queue) until the owner's next change. A client that subscribes
 * and unsubscribes in a loop on a quiet owner grows listeners without bound; the per-connection
 * cap does not see them (graphql-ws forgot the operations).
 */

const TASKS = graphql(`
  subscription UnsubscribeMine {
    tasks { id status }
  }
`);

describe('listeners after unsubscribing', () => {
  let gw: TestGateway;
  const connections: WsConnection[] = [];
  beforeAll(async () => {
    gw = await startTestGateway({});
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.dispose()));
    await gw?.stop();
  });

  const metric = async (name: string) => {
    const text = await (await fetch(`${gw.url}/metrics`)).text();
    return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
  };

  it('a completed subscription releases its event listener', async () => {
    const ws = connectWs(gw.url);
    connections.push(ws);
    for (let i = 0; i < 50; i++) {
      const s = ws.subscribe(TASKS);
      // Until the server has started it (the stream is registered), then complete it.
      for (let t = 0; t < 100 && (await metric('tourgraph_shared_subscription_streams')) === 0; t++) await new Promise((r) => setTimeout(r, 5));
      s.cancel();
      for (let t = 0; t < 100 && (await metric('tourgraph_shared_subscription_streams')) !== 0; t++) await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await metric('tourgraph_shared_subscription_streams')).toBe(0);
    expect(await metric('tourgraph_event_listeners'), 'listeners left behind by 50 completed subscriptions').toBe(0);
  });
});
