import { describe, expect, it } from 'vitest';
import { ConfigError, loadGatewayConfig } from '../src/config.ts';

/** A bad environment stops the gateway at start with a message that names the variable. */
describe('gateway configuration', () => {
  const fails = (env: Record<string, string>) => {
    try {
      loadGatewayConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('defaults to sandbox mode for both providers on port 4000', () => {
    const c = loadGatewayConfig({});
    expect(c.port).toBe(4000);
    expect(Object.values(c.providers).map((p) => p.sandbox)).toEqual([true, true]);
    expect(c.clients).toEqual([]);
  });

  it('names each bad variable', () => {
    const message = fails({ PORT: 'eighty', PUBLIC_URL: 'ftp://x', GATEWAY_API_KEYS: 'acme:short', SANDBOX_TIME_SCALE: '-1' });
    for (const name of ['PORT', 'PUBLIC_URL', 'GATEWAY_API_KEYS', 'SANDBOX_TIME_SCALE']) expect(message).toContain(`${name}:`);
  });

  it('requires PUBLIC_URL with a Room AI key (it answers asynchronously only through a webhook)', () => {
    expect(fails({ ROOMAI_API_KEY: 'rai_live_x' })).toContain('PUBLIC_URL: required when ROOMAI_API_KEY is set');
    expect(loadGatewayConfig({ ROOMAI_API_KEY: 'rai_live_x', PUBLIC_URL: 'https://gw.example.com/' }).publicUrl).toBe('https://gw.example.com');
  });

  it('requires a key with a base URL', () => {
    expect(fails({ VIBEPEAK_BASE_URL: 'http://127.0.0.1:1' })).toContain('VIBEPEAK_API_KEY:');
  });

  it('stores tasks in SQLite under DATA_DIR unless DATABASE_URL names Postgres; events in-process unless REDIS_URL', () => {
    const embedded = loadGatewayConfig({ DATA_DIR: '/tmp/x' });
    expect(embedded.store).toEqual({ engine: 'sqlite', dataDir: '/tmp/x', synchronous: 'normal' });
    expect(embedded.redisUrl).toBeUndefined();
    const scaled = loadGatewayConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/tg', DATABASE_POOL_SIZE: '4', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(scaled.store).toEqual({ engine: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/tg', poolSize: 4 });
    expect(scaled.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(fails({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
    expect(fails({ REDIS_URL: 'http://x' })).toContain('REDIS_URL: must be a redis:// or rediss:// URL');
    expect(fails({ SQLITE_SYNCHRONOUS: 'off' })).toContain('SQLITE_SYNCHRONOUS:');
  });

  it('parses GATEWAY_API_KEYS into clients and refuses duplicates', () => {
    expect(loadGatewayConfig({ GATEWAY_API_KEYS: 'web:0123456789abcdef, ios:fedcba9876543210' }).clients.map((c) => c.name)).toEqual(['web', 'ios']);
    expect(fails({ GATEWAY_API_KEYS: 'web:0123456789abcdef,web:fedcba9876543210' })).toContain('GATEWAY_API_KEYS:');
  });

  it('transport limits: defaults, every one configurable, each bad value named', () => {
    expect(loadGatewayConfig({}).limits).toEqual({
      queryLength: 32_768,
      queryTokens: 1_000,
      queryDepth: 10,
      queryAliases: 15,
      queryDirectives: 50,
      queryCost: 10_000,
      requestBodyBytes: 1_048_576,
      wsMaxPayloadBytes: 262_144,
      socketsPerClient: 100,
      subscriptionsPerClient: 1_000,
      requestTimeoutSeconds: 30,
      headersTimeoutSeconds: 10,
    });
    const env = {
      MAX_QUERY_LENGTH: '1000',
      MAX_QUERY_TOKENS: '200',
      MAX_QUERY_DEPTH: '5',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_DIRECTIVES: '3',
      MAX_QUERY_COST: '500',
      MAX_REQUEST_BODY_BYTES: '65536',
      WS_MAX_PAYLOAD_BYTES: '4096',
      MAX_SOCKETS_PER_CLIENT: '4',
      MAX_SUBSCRIPTIONS_PER_CLIENT: '40',
      REQUEST_TIMEOUT_SECONDS: '5',
      HEADERS_TIMEOUT_SECONDS: '2.5',
    };
    expect(Object.values(loadGatewayConfig(env).limits)).toEqual([1000, 200, 5, 0, 3, 500, 65536, 4096, 4, 40, 5, 2.5]);
    const message = fails(Object.fromEntries(Object.keys(env).map((k) => [k, '-1'])));
    for (const name of Object.keys(env)) expect(message).toContain(`${name}:`);
    expect(fails({ MAX_QUERY_TOKENS: 'many' })).toContain('MAX_QUERY_TOKENS:');
    expect(fails({ WS_MAX_PAYLOAD_BYTES: '100' })).toContain('WS_MAX_PAYLOAD_BYTES:');
    expect(fails({ REQUEST_TIMEOUT_SECONDS: '5', HEADERS_TIMEOUT_SECONDS: '10' })).toContain(
      'HEADERS_TIMEOUT_SECONDS: must not be more than REQUEST_TIMEOUT_SECONDS',
    );
  });

  it('CORS_ORIGINS: localhost origins in open mode, none with gateway keys, unless listed', () => {
    expect(loadGatewayConfig({}).cors).toEqual({ any: false, localhost: true, origins: [] });
    expect(loadGatewayConfig({ GATEWAY_API_KEYS: 'web:0123456789abcdef' }).cors).toEqual({ any: false, localhost: false, origins: [] });
    expect(loadGatewayConfig({ CORS_ORIGINS: 'https://app.example.com, localhost,http://127.0.0.1:3000' }).cors).toEqual({
      any: false,
      localhost: true,
      origins: ['https://app.example.com', 'http://127.0.0.1:3000'],
    });
    expect(loadGatewayConfig({ CORS_ORIGINS: '*' }).cors.any).toBe(true);
    for (const bad of ['https://app.example.com/', 'https://app.example.com/path', 'ftp://x.example', 'app.example.com']) {
      expect(fails({ CORS_ORIGINS: bad }), bad).toContain('CORS_ORIGINS:');
    }
  });

  it('TRUSTED_DOCUMENTS and ADMIN_CLIENTS: off by default; admins must be GATEWAY_API_KEYS clients', () => {
    expect(loadGatewayConfig({}).trustedDocuments).toBeNull();
    expect(loadGatewayConfig({ TRUSTED_DOCUMENTS: ' ' }).trustedDocuments).toBeNull();
    expect(
      loadGatewayConfig({ TRUSTED_DOCUMENTS: 'm.json', GATEWAY_API_KEYS: 'web:0123456789abcdef,ops:fedcba9876543210', ADMIN_CLIENTS: 'ops' }).trustedDocuments,
    ).toEqual({ manifest: 'm.json', adminClients: ['ops'] });
    expect(fails({ TRUSTED_DOCUMENTS: 'm.json', GATEWAY_API_KEYS: 'web:0123456789abcdef', ADMIN_CLIENTS: 'ops' })).toContain(
      'ADMIN_CLIENTS: not clients of GATEWAY_API_KEYS: ops',
    );
  });

  it('METRICS_PROCESS, METRICS_OPERATION_NAMES and OTEL_TRACING: process metrics on, 100 names, no tracing by default; each bad value named', () => {
    const c = loadGatewayConfig({});
    expect([c.metrics, c.tracing]).toEqual([{ process: true, operationNames: 100 }, false]);
    const set = loadGatewayConfig({ METRICS_PROCESS: 'false', METRICS_OPERATION_NAMES: '0', OTEL_TRACING: 'true' });
    expect([set.metrics, set.tracing]).toEqual([{ process: false, operationNames: 0 }, true]);
    const message = fails({ METRICS_PROCESS: 'yes', METRICS_OPERATION_NAMES: '10001', OTEL_TRACING: '1' });
    for (const name of ['METRICS_PROCESS', 'METRICS_OPERATION_NAMES', 'OTEL_TRACING']) expect(message).toContain(`${name}:`);
  });
});
