import { EventEmitter, on } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GraphQLBoolean,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  subscribe,
  validate,
  type ExecutionArgs,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { SubscriptionMultiplexer, subscriptionKey } from '../../src/server/subscription-multiplexer.ts';

/**
 * The multiplexer behind a real graphql-ws server, wired as the gateway wires yoga: `onSubscribe`
 * returns the execution args with a `rootValue` carrying the operation's `subscribe`, which here
 * joins the shared stream of the operation's key.
 */

const emitter = new EventEmitter();
emitter.setMaxListeners(0);
const calls = { subscribe: 0, resolve: 0 };

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      tick: {
        type: GraphQLInt,
        args: { channel: { type: new GraphQLNonNull(GraphQLString) } },
        // One listener on the channel per underlying subscription; its return() removes it at once.
        subscribe: (_root: unknown, { channel }: { channel: string }) => {
          calls.subscribe++;
          return on(emitter, channel);
        },
        resolve: (event: unknown) => {
          calls.resolve++;
          return (event as [number])[0];
        },
      },
    },
  }),
});

interface Hooks {
  subscribe: (args: ExecutionArgs) => ReturnType<SubscriptionMultiplexer['subscribe']>;
}

const mux = new SubscriptionMultiplexer();
let server: Server;
let wss: WebSocketServer;
let disposeServer: () => Promise<void> | void;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = createServer();
  wss = new WebSocketServer({ server, path: '/graphql' });
  const disposable = useServer(
    {
      execute: (args) => execute(args),
      subscribe: (args) => (args.rootValue as Hooks).subscribe(args),
      onSubscribe: (_ctx, _id, payload) => {
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const key = subscriptionKey(payload.query, payload.operationName, payload.variables, 'anon');
        const hooks: Hooks = {
          // Only the first subscriber of a key runs graphql's subscribe; the others join its stream.
          subscribe: (args) => mux.subscribe(key, () => subscribe({ ...args, rootValue: undefined }), { replayLatest: false }),
        };
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: {}, rootValue: hooks };
      },
    },
    wss,
  );
  disposeServer = () => disposable.dispose();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await disposeServer?.();
  await mux.close();
  await new Promise<void>((resolve) => wss?.close(() => resolve()));
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

/** Resolves once `check()` holds, polling; fails after `timeoutMs` saying what was awaited. */
async function waitFor(what: string, check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface Subscriber {
  received: unknown[];
  errors: unknown[];
  completed: boolean;
  unsubscribe: () => void;
}

function subscribeTick(client: Client, channel: string): Subscriber {
  const s: Subscriber = { received: [], errors: [], completed: false, unsubscribe: () => {} };
  s.unsubscribe = client.subscribe<{ tick: number }>(
    { query: 'subscription Tick($channel: String!) { tick(channel: $channel) }', operationName: 'Tick', variables: { channel } },
    {
      next: (result) => void s.received.push(result.errors ? { errors: result.errors } : result.data?.tick),
      error: (err) => void s.errors.push(err),
      complete: () => void (s.completed = true),
    },
  );
  return s;
}

describe('SubscriptionMultiplexer behind graphql-ws', () => {
  it('executes one event once for 3 sockets × 20 subscriptions, gives another variable its own stream, and cleans up', async () => {
    for (let i = 0; i < 3; i++) {
      clients.push(createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false }));
    }
    const onA = clients.flatMap((client) => Array.from({ length: 20 }, () => subscribeTick(client, 'a')));
    const onB = subscribeTick(clients[1]!, 'b');

    await waitFor('61 consumers on 2 streams', () => mux.consumers === 61 && mux.streams === 2);
    expect(calls.subscribe).toBe(2);
    expect(emitter.listenerCount('a')).toBe(1);
    expect(emitter.listenerCount('b')).toBe(1);

    emitter.emit('a', 7);
    await waitFor('every subscriber of a to receive 7', () => onA.every((s) => s.received.length === 1));
    expect(calls.resolve).toBe(1);
    for (const s of onA) expect(s.received).toEqual([7]);
    expect(onB.received).toEqual([]);

    emitter.emit('b', 8);
    emitter.emit('a', 9);
    await waitFor('b to receive 8 and a 9', () => onB.received.length === 1 && onA.every((s) => s.received.length === 2));
    expect(calls.resolve).toBe(3);
    expect(onB.received).toEqual([8]);
    for (const s of onA) expect(s.received).toEqual([7, 9]);

    // Half of a leaves: the stream goes on for the rest.
    for (const s of onA.slice(0, 30)) s.unsubscribe();
    await waitFor('31 consumers', () => mux.consumers === 31);
    expect(mux.streams).toBe(2);
    emitter.emit('a', 10);
    await waitFor('the rest of a to receive 10', () => onA.slice(30).every((s) => s.received.length === 3));
    expect(calls.resolve).toBe(4);
    for (const s of onA.slice(0, 30)) expect(s.received).toEqual([7, 9]);

    for (const s of [...onA.slice(30), onB]) s.unsubscribe();
    await waitFor('no consumers and no streams', () => mux.consumers === 0 && mux.streams === 0);
    // graphql's subscribe returned each source, which removed its listener.
    await waitFor('the listeners removed', () => emitter.listenerCount('a') === 0 && emitter.listenerCount('b') === 0);
    for (const s of [...onA, onB]) expect(s.errors).toEqual([]);

    // A later subscriber starts a fresh stream.
    const again = subscribeTick(clients[2]!, 'a');
    await waitFor('a fresh stream', () => mux.streams === 1 && mux.consumers === 1);
    expect(calls.subscribe).toBe(3);
    emitter.emit('a', 11);
    await waitFor('the fresh subscriber to receive 11', () => again.received.length === 1);
    expect(again.received).toEqual([11]);
    again.unsubscribe();
    await waitFor('no consumers again', () => mux.consumers === 0 && mux.streams === 0);
  });
});
