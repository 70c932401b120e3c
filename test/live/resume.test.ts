import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../../src/generated/test/index.ts';
import { startTestGateway, type TestGateway, waitFor } from '../support/gateway.ts';
import type { ResultOf, TypedDocumentNode } from '../support/graphql.ts';
import { createPropertyVideo } from './helpers.ts';

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

const SEEN = graphql(`
  fragment ResumeSeen on GenerationTask { id status version updatedAt }
`);
const READ = graphql(`
  query ResumeRead($id: ID!) {
    task(id: $id) { ...ResumeSeen }
  }
`);
const TASK = graphql(`
  subscription ResumeTask($id: ID!, $after: Int) {
    task(id: $id, afterVersion: $after) { ...ResumeSeen }
  }
`);
const TASKS = graphql(`
  subscription ResumeTasks($since: DateTime) {
    tasks(since: $since) { ...ResumeSeen }
  }
`);
type Seen = ResultOf<typeof SEEN>;

const createProperty = (scenario: 'SLOW' | 'SUCCESS') => createPropertyVideo(gw.url, gw.gateway.sandbox!.vibepeak.media.livingRoomPhoto, scenario);

async function read(id: string): Promise<Seen> {
  const res = await gw.gql(READ, { id });
  expect(res.body.data?.task, JSON.stringify(res.body)).toBeTruthy();
  return res.body.data!.task!;
}

/** Subscribes on a fresh connection; `events` fills as they come; `done` settles on complete or error. */
function subscribe<TVariables>(document: TypedDocumentNode<{ task: Seen } | { tasks: Seen }, TVariables>, variables: TVariables) {
  const client = createClient({ url: `${gw.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  const events: Seen[] = [];
  const done = new Promise<void>((resolve, reject) => {
    client.subscribe<{ task: Seen } | { tasks: Seen }>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (r) => {
          if (r.errors) reject(new Error(JSON.stringify(r.errors)));
          else if (r.data) events.push('task' in r.data ? r.data.task : r.data.tasks);
        },
        error: reject,
        complete: resolve,
      },
    );
  });
  return { events, done, close: () => client.dispose() };
}

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
