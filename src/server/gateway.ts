import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GatewayConfig } from '../config.ts';
import { openEvents } from '../events/index.ts';
import type { Logger } from '../log.ts';
import { PROVIDERS } from '../providers/index.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/index.ts';
import { schema } from '../schema/index.ts';
import { HttpPhotoInspector } from '../media/photo-inspector.ts';
import { openRateLimiter } from '../rate-limits/index.ts';
import { openStore } from '../store/index.ts';
import { identifyTask } from '../resolvers/global-id.ts';
import { OutboundWebhooks } from '../tasks/outbound-webhooks.ts';
import { Poller } from '../tasks/poller.ts';
import { AdmissionLoop } from '../tasks/admissions.ts';
import { Providers } from '../tasks/providers.ts';
import { PollSchedule } from '../tasks/schedule.ts';
import { WebhookIntake } from '../tasks/webhook-intake.ts';
import { LEARNED_LIMIT_MS, SUBMIT_GRACE_MS, TaskService } from '../tasks/service.ts';
import type { TaskStore } from '../tasks/store.ts';
import { WebhookDispatcher } from '../tasks/webhook-dispatcher.ts';
import { HttpWebhookSender } from '../webhooks-out/http-sender.ts';
import { SECRET_PREFIX } from '../webhooks-out/signature.ts';
import { ClientLimits } from './client-limits.ts';
import { createGraphQL, type Yoga } from './graphql.ts';
import { createHttpServer } from './http.ts';
import { createMetrics } from './metrics.ts';
import { OriginPolicy } from './origins.ts';
import { openTelemetryTracing } from './tracing.ts';
import { TrustedDocuments } from './trusted-documents.ts';
import { type MediaParts, openMediaParts } from './media-parts.ts';
import { createWebhookHandler } from './webhooks.ts';
import { attachWebSocket } from './ws.ts';

export interface GatewayOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Ports of the in-process sandbox (when a provider has no key), as `startSandbox` takes them. @default ephemeral */
  sandboxPorts?: Pick<SandboxOptions, 'ports'>['ports'];
}

export interface Gateway {
  /** `http://host:port`, set once started. */
  url: string;
  sandbox: Sandbox | null;
  tasks: TaskService;
  /** The task store, for tests and tools that inspect what is recorded. */
  store: TaskStore;
  poller: Poller;
  /** Sends the outbox of outgoing webhooks. */
  dispatcher: WebhookDispatcher;
  /** Uploaded photos and copies of outputs: the media store, the copier, signed URLs. */
  media: MediaParts;
  yoga: Yoga;
  /** Closes WebSockets (1001), lets requests in flight finish, stops the poller, then closes clients, events, store and sandbox. */
  stop(): Promise<void>;
}

/**
 * The composition root: builds the store, events, provider clients (or the sandbox), the task
 * service and its poller, and the HTTP and WebSocket transports, in that order, and stops them in
 * the reverse one. Each part's job is in its own module; this file only wires them.
 */
export async function startGateway({ config, logger, sandboxPorts }: GatewayOptions): Promise<Gateway> {
  const startedAt = new Date();
  const settings = Object.values(config.providers);
  const mediaSecrets = [config.media.urlSecret, config.media.store.engine === 's3' ? config.media.store.s3.secretAccessKey : undefined];
  for (const secret of [
    ...settings.flatMap((s) => s.secrets),
    ...config.clients.map((c) => c.key),
    ...urlSecrets(config),
    ...webhookSecrets(config),
    ...mediaSecrets.filter((m) => m !== undefined),
  ]) {
    logger.redact(secret);
  }
  // Transport hardening, shared by HTTP, SSE and graphql-ws. A bad manifest stops the start before anything opens.
  const trusted = config.trustedDocuments ? TrustedDocuments.load(config.trustedDocuments, schema) : null;
  const origins = new OriginPolicy(config.cors, { allowSameOrigin: config.clients.length > 0 });
  const clientLimits = new ClientLimits({ maxSockets: config.limits.socketsPerClient, maxSubscriptions: config.limits.subscriptionsPerClient });
  const tracing = config.tracing ? await openTelemetryTracing() : null;

  const persistent = !config.dataDir.startsWith('memory://');
  const needSandbox = settings.some((s) => s.sandbox);
  // The store first: a data folder another gateway holds stops the start before anything listens.
  const store = await openStore(config.store, logger.child({ component: 'store' }));
  const sandbox = needSandbox
    ? await startSandbox({
        timeScale: config.sandboxTimeScale,
        ports: sandboxPorts,
        stateDir: persistent ? join(config.dataDir, 'sandbox') : undefined,
        logger: logger.child({ component: 'sandbox' }),
      }).catch(async (err) => {
        await store.close();
        throw err;
      })
    : null;
  if (sandbox && (config.store.engine === 'postgres' || config.redisUrl)) {
    logger.warn(
      "a provider runs on this process's own sandbox: other replicas cannot read its tasks. For replicas, run `npm run sandbox` once and give every replica its keys and base URLs.",
    );
  }
  const events = await openEvents(config.redisUrl, logger.child({ component: 'events' }), config.redisChannel).catch(async (err) => {
    await Promise.all([store.close(), sandbox?.stop()]);
    throw err;
  });

  const rateLimiter = await openRateLimiter(config.redisUrl, `${config.redisChannel ?? 'tourgraph'}:rate:`, logger.child({ component: 'rate-limits' })).catch(
    async (err) => {
      await Promise.all([store.close(), sandbox?.stop(), events.close()]);
      throw err;
    },
  );

  let localUrl: string | undefined;
  const connected = PROVIDERS.map((p) => p.connect(config.providers[p.descriptor.id]!, { sandbox, sandboxTimeScale: config.sandboxTimeScale }));
  const providers = new Providers({ providers: connected, publicUrl: config.publicUrl, localUrl: () => localUrl });

  const photoInspector = config.photoChecks.enabled ? new HttpPhotoInspector({ timeoutMs: config.photoChecks.timeoutSeconds * 1000 }) : null;
  let copied: ((outcome: string) => void) | undefined;
  const media = await openMediaParts({
    config,
    tasks: store,
    providers,
    rateLimiter,
    localUrl: () => localUrl,
    logger,
    onCopy: (outcome) => copied?.(outcome),
  }).catch(async (err) => {
    await Promise.all([store.close(), sandbox?.stop(), events.close(), rateLimiter.close()]);
    throw err;
  });

  const schedule = new PollSchedule({
    providers: new Map(connected.map((p) => [p.descriptor.id, p])),
    minIntervalSeconds: config.poller.minIntervalSeconds,
  });

  const webhooksOut = new OutboundWebhooks({
    endpoints: new Map(Object.entries(config.webhooks.endpoints)),
    allowLoopback: config.webhooks.allowLoopback,
    retry: config.webhooks.retry,
    identify: identifyTask,
    presentVideo: (task) => media.presentVideo(task),
  });
  const tasks = new TaskService({
    store,
    providers,
    publish: (task) => {
      events.publish(task);
      // A success queued its output's copy in the same transaction: copy it now rather than at the copier's next look.
      if (task.status === 'SUCCEEDED') media.copier.wake();
    },
    logger: logger.child({ component: 'tasks' }),
    schedule,
    refreshMinIntervalMs: config.poller.minIntervalSeconds * 1000,
    rateLimits: { limiter: rateLimiter, ...config.rateLimits },
    photos: photoInspector ? media.guard(photoInspector) : undefined,
    webhooks: webhooksOut,
    budgets: (owner) => config.budgets[owner] ?? config.budgets['*'] ?? [],
  });
  const admissions = new AdmissionLoop({ service: tasks, logger: logger.child({ component: 'queue' }), sweepMs: config.queue.sweepSeconds * 1000 });
  let ws: ReturnType<typeof attachWebSocket> | undefined;
  const metrics = createMetrics({
    gauges: {
      tourgraph_websocket_connections: { help: 'graphql-ws connections open now.', read: () => ws?.wss.clients.size ?? 0 },
      tourgraph_shared_subscription_streams: {
        help: 'Distinct graphql-ws subscriptions executing now (identical ones share one).',
        read: () => ws?.multiplexer.streams ?? 0,
      },
      tourgraph_shared_subscription_consumers: { help: 'graphql-ws subscribers reading the shared streams.', read: () => ws?.multiplexer.consumers ?? 0 },
      tourgraph_event_listeners: { help: 'Task event listeners attached in this process (shared subscriptions count once).', read: () => events.listeners },
    },
    tasks: {
      store,
      providers: tasks.providerIds(),
      queue: { limits: Object.fromEntries(connected.map((p) => [p.descriptor.id, p.concurrency])), learnedLimitMs: LEARNED_LIMIT_MS },
    },
    processMetrics: config.metrics.process,
    maxOperationNames: config.metrics.operationNames,
    logger: logger.child({ component: 'metrics' }),
  });
  copied = (outcome) => metrics.mediaCopies.inc({ outcome });
  const poller = new Poller({
    service: tasks,
    logger: logger.child({ component: 'poller' }),
    concurrency: config.poller.concurrency,
    leaseMs: config.poller.leaseSeconds * 1000,
    onPoll: (provider, outcome) => metrics.polls.inc({ provider, outcome }),
    onLag: (provider, seconds) => metrics.pollLag.observe({ provider }, seconds),
  });
  const webhookSender = new HttpWebhookSender({ allowLoopback: config.webhooks.allowLoopback, timeoutMs: config.webhooks.timeoutSeconds * 1000 });
  const dispatcher = new WebhookDispatcher({
    store,
    webhooks: webhooksOut,
    sender: webhookSender,
    logger: logger.child({ component: 'webhooks-out' }),
    concurrency: config.webhooks.concurrency,
    // Past an attempt's longest time, so a live attempt keeps its lease; a dead process's falls due again after it.
    leaseMs: (config.webhooks.timeoutSeconds + 30) * 1000,
    retentionMs: config.webhooks.retentionDays * 86_400_000,
    onAttempt: (outcome) => metrics.webhooksOut.inc({ outcome }),
  });
  const unlistenQueued = tasks.onDeliveriesQueued(() => dispatcher.wake());
  const unlistenAdmitted = tasks.onAdmitted((provider, seconds) => metrics.queueWait.observe({ provider }, seconds));
  const unlistenCharged = tasks.onCharged((entry) => metrics.spend.inc({ provider: entry.provider, unit: entry.unit }, entry.amount));

  const yoga = createGraphQL({
    schema,
    clients: config.clients,
    tasks,
    events,
    media: media.media,
    uploadBytes: config.media.maxUploadBytes,
    logger,
    // Each provider's example runs as it is: with a photo the configured providers can fetch (the sandbox's own).
    examples: PROVIDERS.map((p) => p.graphiqlExample(connected.flatMap((c) => c.samplePhotoUrls)[0] ?? 'https://example.com/living-room.jpg')),
    limits: config.limits,
    origins,
    trusted,
    metrics: metrics.operations,
    tracing,
  });
  const webhookLog = logger.child({ component: 'webhooks' });
  const http = createHttpServer({
    yoga,
    webhooks: createWebhookHandler(new WebhookIntake({ tasks, store, providers, logger: webhookLog }), webhookLog, metrics),
    media: media.handler,
    ready: () => store.ping(),
    metrics,
    logger,
    transport: { origins, clientLimits, clients: config.clients, limits: config.limits },
  });
  /** What a failed start closes. */
  const closeAll = () =>
    Promise.allSettled([
      ws?.close(),
      providers.destroy(),
      webhookSender.close(),
      media.close(0),
      events.close(),
      rateLimiter.close(),
      store.close(),
      sandbox?.stop(),
    ]);

  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    await closeAll();
    throw err;
  }
  // Attached once listening (in the same turn, before any connection is read): a port in use is
  // then one error for the caller, not also an "internal error" of the WebSocket server.
  ws = attachWebSocket({
    server: http.server,
    yoga,
    clients: config.clients,
    maxOperationsPerConnection: config.wsMaxSubscriptionsPerConnection,
    maxPayloadBytes: config.limits.wsMaxPayloadBytes,
    clientLimits,
    origins,
    trusted,
    metrics: metrics.operations,
    logger,
  });
  const { port } = http.server.address() as AddressInfo;
  // Listening on every interface: the sandbox (and the URL we print) reach us on loopback.
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  localUrl = url;

  // Once the providers' webhook URLs are known: a submit found unanswered from before this start was
  // cut off by the last stop, not in flight. With a shared database another replica's submit may be
  // in flight: leave recent ones (the poller looks at them after the grace).
  let recovered: number;
  try {
    recovered = await tasks.recoverUnansweredSubmissions(config.store.engine === 'postgres' ? new Date(startedAt.getTime() - SUBMIT_GRACE_MS) : startedAt);
  } catch (err) {
    http.server.close();
    http.server.closeAllConnections();
    await closeAll();
    throw err;
  }
  if (recovered > 0) logger.warn('tasks whose submit was cut off by a stop wait for their provider to report them', { count: recovered });

  poller.start();
  admissions.start();
  // Copies queued before this start (a crash, a restart) are due now or at their retry time.
  media.copier.start();
  // Pending deliveries from before this start (a crash, a restart) are due now or at their retry time.
  dispatcher.start();

  return {
    url,
    sandbox,
    tasks,
    store,
    poller,
    dispatcher,
    media,
    yoga,
    async stop() {
      // Stop accepting, let requests in flight finish (a submit must record what the provider
      // accepted), then close what is left.
      const closed = new Promise<void>((resolve) => http.server.close(() => resolve()));
      await ws.close();
      await http.drain(STOP_DRAIN_MS);
      http.server.closeAllConnections();
      await closed;
      // Polls in flight get a moment to finish; then their upstream calls are aborted, so a slow
      // provider cannot hold the stop (an aborted poll just reschedules itself).
      tasks.close();
      unlistenQueued();
      unlistenAdmitted();
      unlistenCharged();
      const polling = poller.stop();
      const dispatching = dispatcher.stop();
      // Submits of tasks the queue admitted get the same moment: one aborted here is of unknown
      // outcome, and waits for the provider's report like any other.
      const submitting = admissions.stop().then(() => tasks.submitsSettled());
      // A copy still running after the grace is aborted, and retried by the next gateway (or another replica).
      const copying = media.close(STOP_POLLS_MS);
      await Promise.race([Promise.all([polling, dispatching, submitting]), sleep(STOP_POLLS_MS)]);
      // An attempt aborted here is recorded as failed and retried on the schedule (by any replica, or this one's successor).
      await Promise.all([providers.destroy(), webhookSender.close()]);
      await Promise.all([polling, dispatching, submitting, copying]);
      await events.close();
      await rateLimiter.close();
      await photoInspector?.close();
      await store.close();
      await sandbox?.stop();
    },
  };
}

/** Longest stop() waits for requests in flight before closing their connections. */
const STOP_DRAIN_MS = 25_000;
/** Longest stop() waits for status polls in flight before aborting them. */
const STOP_POLLS_MS = 5_000;

/** Each client's webhook secret, whole and without its prefix, so that no log line shows either. */
function webhookSecrets(config: GatewayConfig): string[] {
  return Object.values(config.webhooks.endpoints).flatMap((e) => [e.secret, e.secret.slice(SECRET_PREFIX.length)]);
}

/** Passwords in DATABASE_URL and REDIS_URL, so that no log line shows them. */
function urlSecrets(config: GatewayConfig): string[] {
  const urls = [config.store.engine === 'postgres' ? config.store.url : undefined, config.redisUrl];
  return urls.flatMap((u) => {
    if (!u) return [];
    const { password } = new URL(u);
    return password ? [password, decodeURIComponent(password)] : [];
  });
}
