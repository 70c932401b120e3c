import { createClient } from 'graphql-ws';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { scriptFor, startTestGateway, type TestGateway, VOICE, waitFor } from '../support/gateway.ts';

/**
 * Resume after a reconnect (a flaky mobile connection): a subscriber passes what it saw last and
 * gets every change made while it was away, then live changes; nothing is missed or sent twice.
 */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.stop();
});

interface Seen {
  id: string;
  status: string;
  version: number;
  updatedAt: string;
}

async function createProperty(scenario: 'SLOW' | 'SUCCESS'): Promise<string> {
  const res = await request(`${gw.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({
      query: 'mutation($i: CreatePropertyVideoInput!) { createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id } } } }',
      variables: { i: { photos: [{ url: gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto }], voice: VOICE, script: scriptFor(1), testScenario: scenario } },
    }),
  });
  const body = (await res.body.json()) as { data: { createPropertyVideo: { task: { id: string } } } };
  return body.data.createPropertyVideo.task.id;
}

async function read(id: string): Promise<Seen> {
  const res = await request(`${gw.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: 'query($id: ID!) { task(id: $id) { id status version updatedAt } }', variables: { id } }),
  });
  return ((await res.body.json()) as { data: { task: Seen } }).data.task;
}

/** Subscribes on a fresh connection; `events` fills as they come; `done` settles on complete or error. */
function subscribe(query: string, variables: Record<string, unknown>) {
  const client = createClient({ url: `${gw.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  const events: Seen[] = [];
  const done = new Promise<void>((resolve, reject) => {
    client.subscribe<Record<string, Seen>>(
      { query, variables },
      {
        next: (r) => {
          if (r.errors) reject(new Error(JSON.stringify(r.errors)));
          else events.push(Object.values(r.data!)[0]!);
        },
        error: reject,
        complete: resolve,
      },
    );
  });
  return { events, done, close: () => client.dispose() };
}

const TASK = 'subscription($id: ID!, $after: Int) { task(id: $id, afterVersion: $after) { id status version updatedAt } }';
const TASKS = 'subscription($since: DateTime) { tasks(since: $since) { id status version updatedAt } }';

describe('resume after a reconnect', () => {
  it('Subscription.task with afterVersion: the state reached while away, once; nothing when nothing changed', async () => {
    const id = await createProperty('SUCCESS');
    const first = subscribe(TASK, { id });
    await waitFor(() => (first.events.length > 0 ? true : undefined), 10_000);
    const lastSeen = first.events[0]!;
    await first.close();

    // While the subscriber is away, the task ends.
    const ended = await waitFor(async () => {
      const t = await read(id);
      return t.status === 'SUCCEEDED' ? t : undefined;
    }, 20_000);
    expect(ended.version).toBeGreaterThan(lastSeen.version);

    const resumed = subscribe(TASK, { id, after: lastSeen.version });
    await resumed.done;
    expect(resumed.events).toEqual([ended]);
    await resumed.close();

    // Resuming with the latest version: nothing missed, nothing sent; the ended task completes the stream.
    const upToDate = subscribe(TASK, { id, after: ended.version });
    await upToDate.done;
    expect(upToDate.events).toEqual([]);
    await upToDate.close();
  });

  it('Subscription.tasks with since: every change stored while away, then live ones', async () => {
    const a = await createProperty('SLOW');
    const first = subscribe(TASKS, {});
    // A change of `a` seen live, then the subscriber goes away.
    await waitFor(async () => ((await read(a)).status !== 'QUEUED' ? true : undefined), 20_000);
    const before = await read(a);
    await first.close();
    const since = before.updatedAt;

    // While away: a new task, and `a` moves on.
    const b = await createProperty('SUCCESS');
    await waitFor(async () => ((await read(b)).status === 'SUCCEEDED' ? true : undefined), 20_000);

    const resumed = subscribe(TASKS, { since });
    await waitFor(() => (resumed.events.some((e) => e.id === b && e.status === 'SUCCEEDED') ? true : undefined), 10_000);
    // Each task at most once per version, and only changes after `since`.
    const keys = resumed.events.map((e) => `${e.id}@${e.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(resumed.events.every((e) => e.updatedAt > since)).toBe(true);
    // Then live: `a` keeps arriving as it changes, up to its end.
    await waitFor(() => (resumed.events.some((e) => e.id === a && e.status === 'SUCCEEDED') ? true : undefined), 30_000);
    await resumed.close();
  });
});
