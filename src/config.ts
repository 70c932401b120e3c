import { z } from 'zod';
import { httpUrl, optionalString, optionalUrl, port, positive } from './config-env.ts';
import { PROVIDERS } from './providers/index.ts';
import type { ProviderSettings } from './providers/package.ts';
import type { RateRule } from './tasks/rate-limits.ts';

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
