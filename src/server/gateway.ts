import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import DataLoader from 'dataloader';
import { createYoga, useErrorHandler, type YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GatewayConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../sandbox/index.ts';
import type { Context } from '../schema/builder.ts';
import { schema } from '../schema/index.ts';
import { ClientError } from '../tasks/errors.ts';
import { createTaskEvents } from '../tasks/events.ts';
import { Poller } from '../tasks/poller.ts';
import { Providers } from '../tasks/providers.ts';
import { TaskService } from '../tasks/service.ts';
import { TaskStore } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import type { Provider } from '../upstream/snapshot.ts';
import { RoomAiClient } from '../upstream/roomai/client.ts';
import { VibePeakClient } from '../upstream/vibepeak/client.ts';
import { authenticate } from './auth.ts';
import { cachedGraphiQLRenderer, graphiqlOptions } from './graphiql.ts';
import { sendJson } from './http-util.ts';
import { createMetrics } from './metrics.ts';
import { createWebhookHandler } from './webhooks.ts';

export interface GatewayOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Ports of the in-process sandbox (when a provider has no key). @default 0 and 0 */
  sandboxPorts?: { roomai: number; vibepeak: number };
}

export interface Gateway {
  /** `http://host:port`, set once started. */
  url: string;
  sandbox: Sandbox | null;
  tasks: TaskService;
  poller: Poller;
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  /** Closes WebSockets (1001), stops the poller, then the HTTP server, clients, store and sandbox. */
  stop(): Promise<void>;
}

/** Builds and starts the whole gateway: store, provider clients (or the sandbox), poller, HTTP and WebSocket. */
export async function startGateway({ config, logger, sandboxPorts }: GatewayOptions): Promise<Gateway> {
  for (const secret of [config.roomai.apiKey, config.vibepeak.apiKey, config.vibepeak.webhookSecret, ...config.clients.map((c) => c.key)]) {
    logger.redact(secret);
  }
  const persistent = !config.dataDir.startsWith('memory://');
  const needSandbox = config.roomai.sandbox || config.vibepeak.sandbox;
  const sandbox = needSandbox
    ? await startSandbox({
        timeScale: config.sandboxTimeScale,
        roomaiPort: sandboxPorts?.roomai ?? 0,
        vibepeakPort: sandboxPorts?.vibepeak ?? 0,
        stateDir: persistent ? join(config.dataDir, 'sandbox') : undefined,
        logger: logger.child({ component: 'sandbox' }),
      })
    : null;

  const store = await TaskStore.open(config.dataDir);
  const events = createTaskEvents();
  let wss: WebSocketServer | undefined;
  const metrics = createMetrics({
    tourgraph_websocket_connections: { help: 'graphql-ws connections open now.', read: () => wss?.clients.size ?? 0 },
  });
  let localUrl: string | undefined;

  const roomaiKey = config.roomai.apiKey ?? SANDBOX_KEYS.roomai.test;
  const vibepeakKey = config.vibepeak.apiKey ?? SANDBOX_KEYS.vibepeak.test;
  const providers = new Providers({
    roomai: new RoomAiClient({ baseUrl: config.roomai.baseUrl ?? sandbox!.roomai.baseUrl, apiKey: roomaiKey }),
    vibepeak: new VibePeakClient({ baseUrl: config.vibepeak.baseUrl ?? sandbox!.vibepeak.baseUrl, apiKey: vibepeakKey }),
    sandbox: { ROOM_AI: config.roomai.sandbox, VIBEPEAK: config.vibepeak.sandbox },
    publicUrl: config.publicUrl,
    localUrl: () => localUrl,
    // The sandbox signs with its own per-key secret; VIBEPEAK_WEBHOOK_SECRET is the real key's.
    vibepeakWebhookSecret: config.vibepeak.sandbox ? sandbox!.vibepeak.webhookSecret(vibepeakKey) : config.vibepeak.webhookSecret,
    samplePhotoUrls: {
      ROOM_AI: config.roomai.sandbox ? samplePhotos(sandbox!.roomai.media) : [],
      VIBEPEAK: config.vibepeak.sandbox ? samplePhotos(sandbox!.vibepeak.media) : [],
    },
  });

  // In sandbox mode the emulators' durations are scaled, so their polling guidance is too.
  const guidanceScale = (p: Provider) => ((p === 'ROOM_AI' ? config.roomai.sandbox : config.vibepeak.sandbox) ? config.sandboxTimeScale : 1);
  const intervalSeconds = (provider: Provider, guidance: number | null): number => {
    const configured = provider === 'ROOM_AI' ? config.poller.roomaiIntervalSeconds : config.poller.vibepeakIntervalSeconds;
    const chosen =
      provider === 'VIBEPEAK' && configured === undefined ? (guidance ?? 30) * guidanceScale(provider) : (configured ?? 30);
    return Math.max(config.poller.minIntervalSeconds, chosen);
  };

  let poller: Poller | undefined;
  const tasks = new TaskService({
    store,
    providers,
    publish: (task) => {
      events.publish(task);
      // A new or changed task may be due sooner than the poller's current sleep.
      poller?.wake();
    },
    logger: logger.child({ component: 'tasks' }),
    firstPollSeconds: intervalSeconds,
    refreshMinIntervalMs: config.poller.minIntervalSeconds * 1000,
    deadlineSeconds: config.poller.deadlineSeconds,
  });
  poller = new Poller({
    service: tasks,
    logger: logger.child({ component: 'poller' }),
    intervalSeconds,
    concurrency: config.poller.concurrency,
    onPoll: (provider, outcome) => metrics.polls.inc({ provider, outcome }),
  });

  const graphiqlPhotos = sandbox
    ? { room: sandbox.vibepeak.media.livingRoomPhoto, kitchen: sandbox.vibepeak.media.kitchenPhoto }
    : { room: 'https://example.com/living-room.jpg', kitchen: 'https://example.com/kitchen.jpg' };

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiqlOptions(schema, graphiqlPhotos, config.clients.length > 0),
    renderGraphiQL: cachedGraphiQLRenderer(),
    logging: {
      debug: (...a: unknown[]) => logger.debug(String(a[0]), { args: a.slice(1) }),
      info: (...a: unknown[]) => logger.info(String(a[0]), { args: a.slice(1) }),
      warn: (...a: unknown[]) => logger.warn(String(a[0]), { args: a.slice(1) }),
      // Yoga logs a masked error without its request; the handler below logs it with one.
      error: (...a: unknown[]) => logger.debug(String(a[0]), { args: a.slice(1) }),
    },
    plugins: [
      // Unexpected errors stay masked for the client (yoga's default) and are logged here once, with
      // the request id, for queries, mutations and subscription events alike.
      useErrorHandler(({ errors, context }) => {
        // In the execution phase envelop hands over the execution args, our context at `contextValue`.
        const ctx = ((context as { contextValue?: Partial<Context> } | undefined)?.contextValue ?? context) as Partial<Context> | undefined;
        const log = ctx?.log ?? logger;
        for (const e of errors) {
          const original = (e as GraphQLError).originalError ?? e;
          if (original instanceof GraphQLError || original instanceof ClientError) continue;
          log.error('unexpected error in a resolver', { err: original, path: (e as GraphQLError).path?.join('.') });
        }
      }),
    ],
    context: ({ request, connectionParams }: { request?: Request; connectionParams?: Record<string, unknown> }) => {
      const authorization =
        request?.headers.get('authorization') ?? (connectionParams?.authorization as string | undefined) ?? (connectionParams?.Authorization as string | undefined);
      const client = authenticate(authorization, config.clients);
      if (!client) {
        throw new GraphQLError(client === null ? 'Missing credentials: send Authorization: Bearer <gateway key>.' : 'Unknown gateway key.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
        });
      }
      const requestId = request?.headers.get('x-request-id') || randomUUID();
      const loadTask = new DataLoader<string, Task | null>((ids) => tasks.getMany(ids, client.name));
      return { client, tasks, events, requestId, loadTask, log: logger.child({ requestId, client: client.name }) };
    },
  });

  const webhooks = createWebhookHandler(tasks, logger.child({ component: 'webhooks' }), metrics);
  // Requests in flight, so that stop() lets a mutation finish recording what the provider accepted.
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const server: Server = createServer((req, res) => {
    // SSE subscriptions stay open by design; they are closed, not awaited, by stop().
    if (!String(req.headers.accept ?? '').includes('text/event-stream')) {
      inFlight++;
      res.once('close', () => {
        if (--inFlight === 0) drained?.();
      });
    }
    void route(req, res).catch((err) => {
      logger.error('request failed', { err, path: req.url?.split('?')[0] });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql') {
      // One id per request, in the logs and in the response, for support to find one in the other.
      const given = req.headers['x-request-id'];
      const requestId = typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
      req.headers['x-request-id'] = requestId;
      res.setHeader('x-request-id', requestId);
      return void (await yoga.handle(req, res));
    }
    if (await webhooks(req, res, path)) return;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const ok = await store.get('00000000-0000-0000-0000-000000000000').then(() => true, () => false);
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'store unavailable' });
    }
    if (path === '/metrics') {
      const body = metrics.render();
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4', 'content-length': Buffer.byteLength(body) });
      return void res.end(body);
    }
    if (path === '/') {
      res.writeHead(302, { location: '/graphql' });
      return void res.end();
    }
    sendJson(res, 404, { error: 'not found' });
  }

  wss = new WebSocketServer({ server, path: '/graphql' });
  const wsDisposable = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      connectionInitWaitTimeout: 10_000,
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      // A missing or wrong key closes the socket with 4403 Forbidden before any operation.
      onConnect: (ctx) => Boolean(authenticate(stringParam(ctx.connectionParams), config.clients)),
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws has already entered this operation in ctx.subscriptions: it counts itself.
        if (Object.keys(ctx.subscriptions).length > config.wsMaxSubscriptionsPerConnection) {
          return [new GraphQLError(`At most ${config.wsMaxSubscriptionsPerConnection} operations per connection.`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } })];
        }
        const enveloped = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params: payload, connectionParams: ctx.connectionParams });
        // A bad operation is that operation's error, never the connection's: graphql-ws would close
        // the socket (4500) on a throw here, ending the client's other subscriptions with it.
        try {
          const document = enveloped.parse(payload.query);
          const errors = enveloped.validate(enveloped.schema, document);
          if (errors.length > 0) return errors;
          const args: ExecutionArgs = {
            schema: enveloped.schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue: await enveloped.contextFactory(),
            rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
          };
          return args;
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          logger.error('could not start a WebSocket operation', { err });
          return [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
        }
      },
    },
    wss,
    12_000,
  );

  // Before taking requests: a submit found unanswered now was cut off by the last stop, not in flight.
  const recovered = await tasks.recoverInterruptedSubmissions(0);
  if (recovered > 0) logger.warn('ended tasks whose submit was interrupted by a stop', { count: recovered });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  localUrl = url;

  poller.start();

  return {
    url,
    sandbox,
    tasks,
    poller,
    yoga,
    async stop() {
      // Stop accepting, let requests in flight finish (a submit must record what the provider
      // accepted), then close what is left.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of wss!.clients) socket.close(1001, 'Going away');
      await wsDisposable.dispose();
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (drained = resolve)), sleep(STOP_DRAIN_MS)]);
      }
      server.closeAllConnections();
      await closed;
      // Polls in flight get a moment to finish; then their upstream calls are aborted, so a slow
      // provider cannot hold the stop (an aborted poll just reschedules itself).
      const polling = poller.stop();
      await Promise.race([polling, sleep(STOP_POLLS_MS)]);
      await providers.destroy();
      await polling;
      await store.close();
      await sandbox?.stop();
    },
  };
}

/** Longest stop() waits for requests in flight before closing their connections. */
const STOP_DRAIN_MS = 25_000;
/** Longest stop() waits for status polls in flight before aborting them. */
const STOP_POLLS_MS = 5_000;

type OperationResult = ReturnType<NonNullable<Parameters<typeof useServer>[0]['execute']>>;
/** The emulator's photos above the HD floor. */
function samplePhotos(media: Sandbox['roomai']['media']): string[] {
  return [media.livingRoomPhoto, media.kitchenPhoto, media.bedroomPhoto];
}

interface Enveloped {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

function stringParam(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const v = params?.authorization ?? params?.Authorization;
  return typeof v === 'string' ? v : undefined;
}
