import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

/**
 * The fan-out baseline: bare graphql-yoga + graphql-ws (yoga's documented recipe) + yoga's
 * createPubSub, in its own process. `subscription { task(id) { … } }` yields a current state first
 * (as TourGraph does) and then each published change, ending after SUCCEEDED.
 * `POST /publish?id=…` records the trigger's wall time, publishes one change and answers
 * `{ trigger }`. Reports `{ type: 'listening', port }` over IPC.
 */

interface TaskShape {
  id: string;
  status: string;
  progress: { fraction: number } | null;
  video: { url: string } | null;
}

const pubsub = createPubSub<{ task: [id: string, task: TaskShape] }>();

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query { hello: String! }
    type Progress { fraction: Float! }
    type Video { url: String! }
    type Task { id: ID! status: String! progress: Progress video: Video }
    type Subscription { task(id: ID!): Task! }
  `,
  resolvers: {
    Query: { hello: () => 'world' },
    Subscription: {
      task: {
        subscribe: async function* (_: unknown, { id }: { id: string }) {
          // Listen before the current state is sent, so no change in between is lost.
          const events = pubsub.subscribe('task', id);
          let pending = events.next();
          try {
            yield { id, status: 'PROCESSING', progress: { fraction: 0.4 }, video: null } satisfies TaskShape;
            for (;;) {
              const { value, done } = await pending;
              if (done) return;
              pending = events.next();
              yield value;
              if (value.status === 'SUCCEEDED') return;
            }
          } finally {
            await events.return?.();
          }
        },
        resolve: (task: TaskShape) => task,
      },
    },
  },
});

const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench');
  if (req.method === 'POST' && url.pathname === '/publish') {
    const id = url.searchParams.get('id') ?? '';
    const trigger = performance.timeOrigin + performance.now();
    pubsub.publish('task', id, { id, status: 'SUCCEEDED', progress: { fraction: 1 }, video: { url: `https://cdn.example.com/videos/${id}.mp4` } });
    const body = JSON.stringify({ trigger });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    return void res.end(body);
  }
  void yoga(req, res);
});

interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

const wss = new WebSocketServer({ server, path: '/graphql' });
useServer(
  {
    execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
    subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        ...ctx,
        req: (ctx.extra as { request: unknown }).request,
        socket: (ctx.extra as { socket: unknown }).socket,
        params,
      });
      const args: ExecutionArgs = {
        schema,
        operationName: params.operationName,
        document: parse(params.query),
        variableValues: params.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      if (errors.length) return errors;
      return args;
    },
  },
  wss,
);

server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => process.exit(0));
