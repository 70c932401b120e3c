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
});
