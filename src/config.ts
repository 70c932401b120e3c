import { join } from 'node:path';
import { z } from 'zod';
import { httpUrl, optionalString, optionalUrl, port, positive } from './config-env.ts';
import type { MediaConfig } from './media/index.ts';
import { PROVIDERS } from './providers/index.ts';
import type { ProviderSettings } from './providers/package.ts';
import type { RateRule } from './tasks/rate-limits.ts';
import type { Budget, BudgetPeriod } from './tasks/spend.ts';
import type { RetryPolicy, WebhookEndpoint } from './tasks/outbound-webhooks.ts';
import { isHttpUrl, MAX_URL_LENGTH } from './tasks/violations.ts';
import { targetProblem } from './tasks/webhook-targets.ts';
import { SECRET_RULE, webhookSecretKey } from './webhooks-out/signature.ts';

/**
 * The one place that reads the environment. Everything else gets a typed, validated config.
 * A bad value stops the process with a message naming the variable (see `formatConfigError`).
 */

/** `name:key,name:key`: each gateway client and its bearer key. */
const gatewayKeys = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const clients: { name: string; key: string }[] = [];
    for (const part of (raw ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const i = part.indexOf(':');
      const name = i > 0 ? part.slice(0, i).trim() : '';
      const key = i > 0 ? part.slice(i + 1).trim() : '';
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name) || key.length < 16) {
        ctx.addIssue({ code: 'custom', message: 'each entry must be name:key, name [A-Za-z0-9_.-], key at least 16 characters' });
        return z.NEVER;
      }
      if (clients.some((c) => c.name === name || c.key === key)) {
        ctx.addIssue({ code: 'custom', message: `duplicate client name or key (${name})` });
        return z.NEVER;
      }
      clients.push({ name, key });
    }
    return clients;
  });

// ── Transport hardening: limits on documents, bodies, frames, connections and time; CORS; trusted documents.

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `CORS_ORIGINS`: `*`, `localhost` (http(s) on localhost, 127.0.0.1 or [::1], any port) or exact origins, comma-separated. */
const corsOrigins = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined || raw.trim() === '') return undefined;
    const cors: CorsConfig = { any: false, localhost: false, origins: [] };
    for (const entry of raw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      if (entry === '*') cors.any = true;
      else if (entry === 'localhost') cors.localhost = true;
      else {
        const url = URL.canParse(entry) ? new URL(entry) : null;
        const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !entry.endsWith('/');
        if (!url || !bare || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
          ctx.addIssue({ code: 'custom', message: `"${entry}" is not an origin: use scheme://host[:port] (no path or trailing slash), "localhost" or "*"` });
          return z.NEVER;
        }
        cors.origins.push(url.origin);
      }
    }
    return cors;
  });

const transportEnv = {
  MAX_QUERY_LENGTH: count(1, 10_000_000).default(32_768),
  MAX_QUERY_TOKENS: count(1, 1_000_000).default(1_000),
  MAX_QUERY_DEPTH: count(1, 1_000).default(10),
  MAX_QUERY_ALIASES: count(0, 100_000).default(15),
  MAX_QUERY_DIRECTIVES: count(0, 100_000).default(50),
  MAX_QUERY_COST: count(1, 1_000_000_000).default(10_000),
  MAX_REQUEST_BODY_BYTES: count(1_024, 100 * 1024 * 1024).default(1024 * 1024),
  WS_MAX_PAYLOAD_BYTES: count(1_024, 100 * 1024 * 1024).default(256 * 1024),
  MAX_SOCKETS_PER_CLIENT: count(1, 1_000_000).default(100),
  MAX_SUBSCRIPTIONS_PER_CLIENT: count(1, 10_000_000).default(1_000),
  REQUEST_TIMEOUT_SECONDS: positive.max(3_600).default(30),
  HEADERS_TIMEOUT_SECONDS: positive.max(3_600).default(10),
  CORS_ORIGINS: corsOrigins,
  TRUSTED_DOCUMENTS: optionalString,
  ADMIN_CLIENTS: z
    .string()
    .optional()
    .transform((raw) =>
      (raw ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    ),
};

/** Limits on what one client can make the gateway parse, hold and wait for (README, "Limits"). */
export interface TransportLimits {
  /** Characters of a GraphQL document; checked before anything else reads it. */
  queryLength: number;
  /** Lexical tokens of a document; the parser stops at the first one over. */
  queryTokens: number;
  /** Field nesting of an operation (fragments flattened, introspection not counted). */
  queryDepth: number;
  queryAliases: number;
  queryDirectives: number;
  /** Estimated cost: 1 per field, a list field's selection times its `first`/`last` (100 when not a literal). */
  queryCost: number;
  /** Bytes of an HTTP request body. */
  requestBodyBytes: number;
  /** Bytes of one graphql-ws message, enforced from the frame header on (before `connection_init` too). */
  wsMaxPayloadBytes: number;
  /** graphql-ws connections per client (the gateway key's client; in open mode the remote address). */
  socketsPerClient: number;
  /** Subscriptions over graphql-ws plus SSE streams open at once, per client. */
  subscriptionsPerClient: number;
  /** Longest a client may take to send a whole request (headers and body). */
  requestTimeoutSeconds: number;
  /** Longest a client may take to send a request's headers. */
  headersTimeoutSeconds: number;
}

/** Which browser origins may call `/graphql` (HTTP and WebSocket); requests without an `Origin` are not browsers' and pass. */
export interface CorsConfig {
  /** `*`: every origin. */
  any: boolean;
  /** http(s)://localhost, 127.0.0.1 or [::1] on any port. */
  localhost: boolean;
  /** Exact origins (`https://app.example.com`). */
  origins: string[];
}

/** Trusted-documents mode: only the manifest's documents run, by id; other documents only for admin clients. */
export interface TrustedDocumentsConfig {
  /** A JSON object of document id → document text (GraphQL Code Generator's `persisted-documents.json`). */
  manifest: string;
  /** Client names (from `GATEWAY_API_KEYS`) that may still send any document, introspection included. */
  adminClients: string[];
}

function transportConfig(e: z.infer<typeof gatewayEnv>): Pick<GatewayConfig, 'limits' | 'cors' | 'trustedDocuments'> {
  const problems: string[] = [];
  if (e.HEADERS_TIMEOUT_SECONDS > e.REQUEST_TIMEOUT_SECONDS) problems.push('HEADERS_TIMEOUT_SECONDS: must not be more than REQUEST_TIMEOUT_SECONDS');
  const names = new Set(e.GATEWAY_API_KEYS.map((c) => c.name));
  const unknown = e.ADMIN_CLIENTS.filter((n) => !names.has(n));
  if (unknown.length > 0) problems.push(`ADMIN_CLIENTS: not clients of GATEWAY_API_KEYS: ${unknown.join(', ')}`);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    limits: {
      queryLength: e.MAX_QUERY_LENGTH,
      queryTokens: e.MAX_QUERY_TOKENS,
      queryDepth: e.MAX_QUERY_DEPTH,
      queryAliases: e.MAX_QUERY_ALIASES,
      queryDirectives: e.MAX_QUERY_DIRECTIVES,
      queryCost: e.MAX_QUERY_COST,
      requestBodyBytes: e.MAX_REQUEST_BODY_BYTES,
      wsMaxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      socketsPerClient: e.MAX_SOCKETS_PER_CLIENT,
      subscriptionsPerClient: e.MAX_SUBSCRIPTIONS_PER_CLIENT,
      requestTimeoutSeconds: e.REQUEST_TIMEOUT_SECONDS,
      headersTimeoutSeconds: e.HEADERS_TIMEOUT_SECONDS,
    },
    // Open mode (no keys) lets local front ends in by default; with keys, no browser origin unless listed.
    cors: e.CORS_ORIGINS ?? { any: false, localhost: e.GATEWAY_API_KEYS.length === 0, origins: [] },
    trustedDocuments: e.TRUSTED_DOCUMENTS ? { manifest: e.TRUSTED_DOCUMENTS, adminClients: e.ADMIN_CLIENTS } : null,
  };
}

// ── Outgoing webhooks: per-client endpoints and secrets, retries.

/** `name=value,name=value` (split at the first `=`), as the raw pairs; checked in `webhooksConfig`. */
const namedList = z
  .string()
  .optional()
  .transform((raw) =>
    (raw ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((part) => {
        const i = part.indexOf('=');
        return i > 0 ? { name: part.slice(0, i).trim(), value: part.slice(i + 1).trim() } : { name: '', value: part };
      }),
  );

const webhookEnv = {
  CLIENT_WEBHOOKS: namedList,
  CLIENT_WEBHOOK_SECRETS: namedList,
  WEBHOOK_MAX_ATTEMPTS: count(1, 50).default(10),
  WEBHOOK_RETRY_BASE_SECONDS: positive.max(3_600).default(5),
  WEBHOOK_RETRY_MAX_SECONDS: positive.max(7 * 86_400).default(21_600),
  WEBHOOK_TIMEOUT_SECONDS: positive.max(120).default(10),
  WEBHOOK_CONCURRENCY: count(1, 1_000).default(16),
  WEBHOOK_RETENTION_DAYS: positive.max(3_650).default(30),
};

/** Outgoing webhooks (README, "Webhooks to your backend"). */
export interface WebhooksConfig {
  /** By client name (`local` in open mode): its endpoint (null: per-task `callbackUrl`s only) and signing secret. */
  endpoints: Record<string, WebhookEndpoint>;
  /** Loopback targets allowed: open mode, or a provider on the in-process sandbox. Private targets never are. */
  allowLoopback: boolean;
  retry: RetryPolicy;
  /** Longest one attempt may take. */
  timeoutSeconds: number;
  /** Attempts in flight at once, per process. */
  concurrency: number;
  /** Finished deliveries are deleted this long after they were created. */
  retentionDays: number;
}

function webhooksConfig(e: z.infer<typeof gatewayEnv>, providers: Record<string, ProviderSettings>): WebhooksConfig {
  const problems: string[] = [];
  const open = e.GATEWAY_API_KEYS.length === 0;
  const clients = new Set(open ? ['local'] : e.GATEWAY_API_KEYS.map((c) => c.name));
  const allowLoopback = open || Object.values(providers).some((p) => p.sandbox);
  const checkNames = (variable: string, entries: { name: string; value: string }[]) => {
    const seen = new Set<string>();
    for (const { name } of entries) {
      if (!name) problems.push(`${variable}: each entry must be name=value`);
      else if (seen.has(name)) problems.push(`${variable}: ${name} is listed twice`);
      else if (!clients.has(name)) {
        problems.push(
          open
            ? `${variable}: ${name}: in open mode (no GATEWAY_API_KEYS) the only client is "local"`
            : `${variable}: ${name} is not a client of GATEWAY_API_KEYS`,
        );
      }
      seen.add(name);
    }
  };
  checkNames('CLIENT_WEBHOOKS', e.CLIENT_WEBHOOKS);
  checkNames('CLIENT_WEBHOOK_SECRETS', e.CLIENT_WEBHOOK_SECRETS);
  const secrets = new Map<string, string>();
  for (const { name, value } of e.CLIENT_WEBHOOK_SECRETS) {
    // The value itself is never part of a message.
    if (webhookSecretKey(value)) secrets.set(name, value);
    else if (name) problems.push(`CLIENT_WEBHOOK_SECRETS: ${name}: must be ${SECRET_RULE}`);
  }
  const endpoints: Record<string, WebhookEndpoint> = {};
  for (const [name, secret] of secrets) endpoints[name] = { url: null, secret };
  for (const { name, value } of e.CLIENT_WEBHOOKS) {
    if (!name) continue;
    const problem =
      !isHttpUrl(value) || value.length > MAX_URL_LENGTH
        ? `must be an absolute http(s) URL of at most ${MAX_URL_LENGTH} characters`
        : targetProblem(value, allowLoopback)?.message;
    if (problem) problems.push(`CLIENT_WEBHOOKS: ${name}: ${problem}`);
    else if (!secrets.has(name) && !e.CLIENT_WEBHOOK_SECRETS.some((s) => s.name === name)) {
      problems.push(`CLIENT_WEBHOOK_SECRETS: no secret for ${name}, which CLIENT_WEBHOOKS names (each endpoint needs one)`);
    } else if (endpoints[name]) endpoints[name].url = value;
  }
  if (e.WEBHOOK_RETRY_MAX_SECONDS < e.WEBHOOK_RETRY_BASE_SECONDS) problems.push('WEBHOOK_RETRY_MAX_SECONDS: must not be less than WEBHOOK_RETRY_BASE_SECONDS');
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    endpoints,
    allowLoopback,
    retry: { baseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS, maxSeconds: e.WEBHOOK_RETRY_MAX_SECONDS, maxAttempts: e.WEBHOOK_MAX_ATTEMPTS },
    timeoutSeconds: e.WEBHOOK_TIMEOUT_SECONDS,
    concurrency: e.WEBHOOK_CONCURRENCY,
    retentionDays: e.WEBHOOK_RETENTION_DAYS,
  };
}

// ── Our queue in front of provider accounts, and client budgets.

const queueEnv = {
  CLIENT_BUDGETS: namedList,
  QUEUE_SWEEP_SECONDS: positive.max(60).default(2),
};

/** `20 CREDITS/month`: a whole amount, a provider unit, a calendar period (UTC). */
const BUDGET = /^(\d{1,12})\s*([A-Za-z_]+)\s*\/\s*(day|month)$/i;

/**
 * Budgets by client name (`*`: every client without its own), from `CLIENT_BUDGETS`, e.g.
 * `alice=200 CREDITS/month,alice=50 TOKENS/day,*=100 CREDITS/month`.
 */
function budgetsConfig(e: z.infer<typeof gatewayEnv>): Record<string, Budget[]> {
  const problems: string[] = [];
  const open = e.GATEWAY_API_KEYS.length === 0;
  const clients = new Set(open ? ['local'] : e.GATEWAY_API_KEYS.map((c) => c.name));
  const units = new Set(PROVIDERS.map((p) => p.descriptor.cost.unit));
  const budgets: Record<string, Budget[]> = {};
  for (const { name, value } of e.CLIENT_BUDGETS) {
    if (!name) {
      problems.push('CLIENT_BUDGETS: each entry must be client=amount UNIT/period, e.g. alice=200 CREDITS/month');
      continue;
    }
    if (name !== '*' && !clients.has(name)) {
      problems.push(
        open
          ? `CLIENT_BUDGETS: ${name}: in open mode (no GATEWAY_API_KEYS) the only client is "local"`
          : `CLIENT_BUDGETS: ${name} is not a client of GATEWAY_API_KEYS`,
      );
      continue;
    }
    const m = BUDGET.exec(value);
    const unit = m?.[2]?.toUpperCase();
    if (!m || !unit || !units.has(unit)) {
      problems.push(`CLIENT_BUDGETS: ${name}: "${value}" must be amount UNIT/day or amount UNIT/month, UNIT one of ${[...units].join(', ')}`);
      continue;
    }
    const budget: Budget = { unit, limit: Number(m[1]), period: m[3]!.toUpperCase() as BudgetPeriod };
    const list = (budgets[name] ??= []);
    if (list.some((b) => b.unit === budget.unit && b.period === budget.period))
      problems.push(`CLIENT_BUDGETS: ${name} has two budgets for ${unit} per ${budget.period.toLowerCase()}`);
    else list.push(budget);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return budgets;
}

// ── Media: uploaded photos and copies of outputs (README, "Uploads and durable videos").

const mediaEnv = {
  MEDIA_STORE: z.enum(['disk', 's3']).default('disk'),
  MEDIA_DIR: optionalString,
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name: 3 to 63 of a-z 0-9 . -')
    .optional(),
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, 'must be a region name such as us-east-1')
    .default('us-east-1'),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
  S3_PREFIX: z
    .string()
    .regex(/^(?:[A-Za-z0-9._-]+\/)*$/, 'must be path segments of A-Z a-z 0-9 . _ -, each followed by /, e.g. tourgraph/')
    .default(''),
  MEDIA_URL_SECRET: optionalString,
  MEDIA_RETENTION_DAYS: z.coerce.number().min(0).max(36_500).default(365),
  MAX_UPLOAD_BYTES: count(1_024, 1024 * 1024 * 1024).default(20 * 1024 * 1024),
  PHOTO_URL_TTL_SECONDS: positive
    .min(60)
    .max(365 * 86_400)
    .default(7 * 86_400),
  MAX_VIDEO_BYTES: count(1_024, 64 * 1024 * 1024 * 1024).default(1024 * 1024 * 1024),
  MEDIA_COPY_CONCURRENCY: count(1, 256).default(4),
  MEDIA_COPY_MAX_ATTEMPTS: count(1, 50).default(10),
  MEDIA_COPY_RETRY_BASE_SECONDS: positive.max(3_600).default(10),
  MEDIA_COPY_RETRY_MAX_SECONDS: positive.max(7 * 86_400).default(21_600),
  MEDIA_COPY_TIMEOUT_SECONDS: positive.max(86_400).default(600),
  RATE_LIMIT_UPLOADS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(60),
  RATE_LIMIT_UPLOAD_BURST: z.coerce.number().int().min(1).max(100_000).default(30),
};

function mediaConfig(e: z.infer<typeof gatewayEnv>): MediaConfig {
  const problems: string[] = [];
  const s3 = e.MEDIA_STORE === 's3';
  if (s3 && !e.S3_BUCKET) problems.push('S3_BUCKET: required with MEDIA_STORE=s3');
  if (s3 && !e.MEDIA_URL_SECRET) problems.push('MEDIA_URL_SECRET: required with MEDIA_STORE=s3 (every replica must sign media URLs with the same key)');
  if (e.MEDIA_URL_SECRET !== undefined && e.MEDIA_URL_SECRET.length < 32) problems.push('MEDIA_URL_SECRET: must be at least 32 characters');
  if ((e.S3_ACCESS_KEY_ID === undefined) !== (e.S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push("S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither (the AWS SDK's default credentials)");
  }
  if (e.MEDIA_COPY_RETRY_MAX_SECONDS < e.MEDIA_COPY_RETRY_BASE_SECONDS)
    problems.push('MEDIA_COPY_RETRY_MAX_SECONDS: must not be less than MEDIA_COPY_RETRY_BASE_SECONDS');
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const memory = e.DATA_DIR.startsWith('memory://');
  return {
    store: s3
      ? {
          engine: 's3',
          s3: {
            bucket: e.S3_BUCKET!,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            // S3-compatible servers want path-style addressing; AWS itself virtual-hosted style.
            forcePathStyle: e.S3_FORCE_PATH_STYLE ? e.S3_FORCE_PATH_STYLE === 'true' : e.S3_ENDPOINT !== undefined,
            prefix: e.S3_PREFIX,
          },
        }
      : { engine: 'disk', dir: e.MEDIA_DIR ?? (memory ? 'memory://' : join(e.DATA_DIR, 'media')) },
    urlSecret: e.MEDIA_URL_SECRET,
    retentionDays: e.MEDIA_RETENTION_DAYS,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    photoUrlTtlSeconds: e.PHOTO_URL_TTL_SECONDS,
    maxVideoBytes: e.MAX_VIDEO_BYTES,
    copy: {
      concurrency: e.MEDIA_COPY_CONCURRENCY,
      retry: { baseSeconds: e.MEDIA_COPY_RETRY_BASE_SECONDS, maxSeconds: e.MEDIA_COPY_RETRY_MAX_SECONDS, maxAttempts: e.MEDIA_COPY_MAX_ATTEMPTS },
      timeoutSeconds: e.MEDIA_COPY_TIMEOUT_SECONDS,
    },
    uploads: { perMinute: e.RATE_LIMIT_UPLOADS_PER_MINUTE, burst: e.RATE_LIMIT_UPLOAD_BURST },
  };
}

const gatewayEnv = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: optionalUrl,
  DATA_DIR: z.string().default('./data'),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_CHANNEL: z
    .string()
    .regex(/^[\w:.-]{1,128}$/, 'letters, digits and _ : . - only')
    .optional(),
  REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  GATEWAY_API_KEYS: gatewayKeys,

  // What `/metrics` adds to the gateway's own metrics.
  METRICS_PROCESS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  METRICS_OPERATION_NAMES: z.coerce.number().int().min(0).max(10_000).default(100),
  OTEL_TRACING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),

  SANDBOX_TIME_SCALE: positive.max(100).default(0.1),

  POLL_MIN_INTERVAL_SECONDS: positive.default(1),
  POLL_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  POLL_LEASE_SECONDS: positive.min(1).default(90),

  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(10_000).default(100),

  // Per-client rate limits (0 turns one off); shared by all replicas through REDIS_URL.
  RATE_LIMIT_SUBMITS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(120),
  RATE_LIMIT_SUBMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(60),
  RATE_LIMIT_SUBSCRIPTIONS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_SUBSCRIPTION_BURST: z.coerce.number().int().min(1).max(100_000).default(200),

  // Every photo of a create is fetched far enough to read its header before anything is submitted.
  PHOTO_CHECKS: z.enum(['on', 'off']).default('on'),
  PHOTO_CHECK_TIMEOUT_SECONDS: positive.max(60).default(5),
  ...transportEnv,
  ...webhookEnv,
  ...queueEnv,
  ...mediaEnv,
});

/** Each provider's own variables (key, base URL, poll interval, deadline, …): see its package. */
const providerEnv = z.object(Object.assign({}, ...PROVIDERS.map((p) => p.env)) as z.ZodRawShape);

export interface GatewayConfig {
  port: number;
  host: string;
  publicUrl: string | undefined;
  /** The sandbox's state folder lives under it; with SQLite, the store too. */
  dataDir: string;
  /** Where tasks live: SQLite in `DATA_DIR` unless `DATABASE_URL` names a Postgres database. */
  store: { engine: 'sqlite'; dataDir: string; synchronous: 'normal' | 'full' } | { engine: 'postgres'; url: string; poolSize: number };
  /** Task events between replicas; in-process when unset. */
  redisUrl: string | undefined;
  /** The pub/sub channel of this deployment; by default `tourgraph:tasks`, with the URL's database number if it has one. */
  redisChannel: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  clients: { name: string; key: string }[];
  /** Each registered provider's settings, by provider id; a provider without a key runs on the in-process sandbox. */
  providers: Record<string, ProviderSettings>;
  sandboxTimeScale: number;
  poller: {
    minIntervalSeconds: number;
    concurrency: number;
    /** How long a replica's claim on a poll lasts if it dies mid-poll; longer than a poll can take. */
    leaseSeconds: number;
  };
  wsMaxSubscriptionsPerConnection: number;
  /** Per client: submits (what provider accounts are charged for) and subscription starts. */
  rateLimits: { submits: RateRule; subscriptions: RateRule };
  /** Photo checks before any credit: off, or on with a time limit per photo. */
  photoChecks: { enabled: boolean; timeoutSeconds: number };
  limits: TransportLimits;
  cors: CorsConfig;
  /** Null: any valid document runs (the default). */
  trustedDocuments: TrustedDocumentsConfig | null;
  webhooks: WebhooksConfig;
  /** Budgets by client name; `*` applies to every client without its own. */
  budgets: Record<string, Budget[]>;
  queue: {
    /** Every account's queue is looked at least this often (slots freed by other replicas). */
    sweepSeconds: number;
  };
  /** Uploaded photos and copies of outputs: where they are kept, for how long, how large. */
  media: MediaConfig;
  metrics: {
    /** Node's process metrics (CPU, memory, heap, event loop, GC), prefixed `tourgraph_`. */
    process: boolean;
    /** Distinct GraphQL operation names labelled as themselves; later ones are `other`. */
    operationNames: number;
  };
  /** A span per GraphQL operation, to the global OpenTelemetry tracer provider. */
  tracing: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${String(i.path[0] ?? '(env)')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const e = parseEnv(z.intersection(gatewayEnv, providerEnv), env);
  const problems: string[] = [];
  const providers = Object.fromEntries(
    PROVIDERS.map((p) => [p.descriptor.id, p.settings(e, { publicUrl: e.PUBLIC_URL }, (line) => problems.push(`  ${line}`))]),
  );
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: e.DATA_DIR,
    store: e.DATABASE_URL
      ? { engine: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { engine: 'sqlite', dataDir: e.DATA_DIR, synchronous: e.SQLITE_SYNCHRONOUS },
    redisUrl: e.REDIS_URL,
    redisChannel: e.REDIS_CHANNEL,
    logLevel: e.LOG_LEVEL,
    clients: e.GATEWAY_API_KEYS,
    providers,
    sandboxTimeScale: e.SANDBOX_TIME_SCALE,
    poller: {
      minIntervalSeconds: e.POLL_MIN_INTERVAL_SECONDS,
      concurrency: e.POLL_CONCURRENCY,
      leaseSeconds: e.POLL_LEASE_SECONDS,
    },
    wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    rateLimits: {
      submits: { perMinute: e.RATE_LIMIT_SUBMITS_PER_MINUTE, burst: e.RATE_LIMIT_SUBMIT_BURST },
      subscriptions: { perMinute: e.RATE_LIMIT_SUBSCRIPTIONS_PER_MINUTE, burst: e.RATE_LIMIT_SUBSCRIPTION_BURST },
    },
    photoChecks: { enabled: e.PHOTO_CHECKS === 'on', timeoutSeconds: e.PHOTO_CHECK_TIMEOUT_SECONDS },
    ...transportConfig(e),
    webhooks: webhooksConfig(e, providers),
    budgets: budgetsConfig(e),
    queue: { sweepSeconds: e.QUEUE_SWEEP_SECONDS },
    media: mediaConfig(e),
    metrics: { process: e.METRICS_PROCESS, operationNames: e.METRICS_OPERATION_NAMES },
    tracing: e.OTEL_TRACING,
  };
}

const demoEnv = z.object({
  /** The running gateway the demo talks to. */
  GATEWAY_URL: httpUrl.default('http://127.0.0.1:4000'),
  /** One of GATEWAY_API_KEYS' keys, when the gateway has them. */
  GATEWAY_API_KEY: optionalString,
  /** A photo the providers can fetch; by default the sandbox's own (from `providers.samplePhotoUrls`). */
  DEMO_PHOTO_URL: optionalUrl,
});

export interface DemoConfig {
  gatewayUrl: string;
  apiKey: string | undefined;
  photoUrl: string | undefined;
}

export function loadDemoConfig(env: Record<string, string | undefined> = process.env): DemoConfig {
  const e = parseEnv(demoEnv, env);
  return { gatewayUrl: e.GATEWAY_URL, apiKey: e.GATEWAY_API_KEY, photoUrl: e.DEMO_PHOTO_URL };
}
