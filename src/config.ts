import { z } from 'zod';

/**
 * The one place that reads the environment. Everything else gets a typed, validated config.
 * A bad value stops the process with a message naming the variable (see `formatConfigError`).
 */

const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().positive();
const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((s) => s.replace(/\/+$/, ''));
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), httpUrl.optional());

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

  ROOMAI_API_KEY: optionalString,
  ROOMAI_BASE_URL: optionalUrl,
  VIBEPEAK_API_KEY: optionalString,
  VIBEPEAK_BASE_URL: optionalUrl,
  VIBEPEAK_WEBHOOK_SECRET: optionalString,

  SANDBOX_TIME_SCALE: positive.max(100).default(0.1),

  POLL_ROOMAI_INTERVAL_SECONDS: positive.default(10),
  POLL_VIBEPEAK_INTERVAL_SECONDS: positive.optional(),
  POLL_MIN_INTERVAL_SECONDS: positive.default(1),
  POLL_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  POLL_LEASE_SECONDS: positive.min(1).default(90),
  ROOMAI_DEADLINE_SECONDS: positive.default(15 * 60),
  VIBEPEAK_DEADLINE_SECONDS: positive.default(20 * 60),

  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(10_000).default(100),
});

export interface ProviderConfig {
  /** Absent in sandbox mode until the in-process sandbox has started and filled it in. */
  apiKey: string | undefined;
  baseUrl: string | undefined;
  /** True when no key was configured: `npm start` runs the emulator in-process for this provider. */
  sandbox: boolean;
}

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
  roomai: ProviderConfig;
  vibepeak: ProviderConfig & { webhookSecret: string | undefined };
  sandboxTimeScale: number;
  poller: {
    roomaiIntervalSeconds: number;
    /** When unset, the provider's own guidance (`Retry-After`, `poll_interval_seconds`) is followed. */
    vibepeakIntervalSeconds: number | undefined;
    minIntervalSeconds: number;
    concurrency: number;
    /** How long a replica's claim on a poll lasts if it dies mid-poll; longer than a poll can take. */
    leaseSeconds: number;
    deadlineSeconds: { ROOM_AI: number; VIBEPEAK: number };
  };
  wsMaxSubscriptionsPerConnection: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${String(i.path[0] ?? '(env)')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const e = parseEnv(gatewayEnv, env);
  if (e.ROOMAI_BASE_URL && !e.ROOMAI_API_KEY) {
    throw new ConfigError('Invalid configuration:\n  ROOMAI_API_KEY: required when ROOMAI_BASE_URL is set');
  }
  if (e.VIBEPEAK_BASE_URL && !e.VIBEPEAK_API_KEY) {
    throw new ConfigError('Invalid configuration:\n  VIBEPEAK_API_KEY: required when VIBEPEAK_BASE_URL is set');
  }
  // Room AI answers at once only when given a webhook URL; without one /generate blocks for minutes.
  if (e.ROOMAI_API_KEY && !e.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: required when ROOMAI_API_KEY is set (Room AI works asynchronously only with a webhook URL it can reach)',
    );
  }
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
    roomai: {
      apiKey: e.ROOMAI_API_KEY,
      baseUrl: e.ROOMAI_API_KEY ? (e.ROOMAI_BASE_URL ?? 'https://roomai.com/api/v1') : undefined,
      sandbox: !e.ROOMAI_API_KEY,
    },
    vibepeak: {
      apiKey: e.VIBEPEAK_API_KEY,
      baseUrl: e.VIBEPEAK_API_KEY ? (e.VIBEPEAK_BASE_URL ?? 'https://api.vibepeak.ai') : undefined,
      sandbox: !e.VIBEPEAK_API_KEY,
      webhookSecret: e.VIBEPEAK_WEBHOOK_SECRET,
    },
    sandboxTimeScale: e.SANDBOX_TIME_SCALE,
    poller: {
      roomaiIntervalSeconds: e.POLL_ROOMAI_INTERVAL_SECONDS,
      vibepeakIntervalSeconds: e.POLL_VIBEPEAK_INTERVAL_SECONDS,
      minIntervalSeconds: e.POLL_MIN_INTERVAL_SECONDS,
      concurrency: e.POLL_CONCURRENCY,
      leaseSeconds: e.POLL_LEASE_SECONDS,
      deadlineSeconds: { ROOM_AI: e.ROOMAI_DEADLINE_SECONDS, VIBEPEAK: e.VIBEPEAK_DEADLINE_SECONDS },
    },
    wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
  };
}

const sandboxEnv = z.object({
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  SANDBOX_ROOMAI_PORT: port.default(4010),
  SANDBOX_VIBEPEAK_PORT: port.default(4020),
  SANDBOX_TIME_SCALE: positive.max(100).default(0.1),
  /** Where the sandbox keeps its accounts and tasks so they survive a restart; unset keeps them in memory. */
  SANDBOX_STATE_DIR: optionalString,
});

export interface SandboxConfig {
  host: string;
  roomaiPort: number;
  vibepeakPort: number;
  timeScale: number;
  stateDir: string | undefined;
}

export function loadSandboxConfig(env: Record<string, string | undefined> = process.env): SandboxConfig {
  const e = parseEnv(sandboxEnv, env);
  return {
    host: e.SANDBOX_HOST,
    roomaiPort: e.SANDBOX_ROOMAI_PORT,
    vibepeakPort: e.SANDBOX_VIBEPEAK_PORT,
    timeScale: e.SANDBOX_TIME_SCALE,
    stateDir: e.SANDBOX_STATE_DIR,
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
