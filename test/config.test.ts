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
    expect(c.roomai.sandbox && c.vibepeak.sandbox).toBe(true);
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

  it('requires a key with a base URL, and refuses DATABASE_URL and REDIS_URL until they are supported', () => {
    expect(fails({ VIBEPEAK_BASE_URL: 'http://127.0.0.1:1' })).toContain('VIBEPEAK_API_KEY:');
    expect(fails({ DATABASE_URL: 'postgres://x' })).toContain('DATABASE_URL: not supported yet');
    expect(fails({ REDIS_URL: 'redis://x' })).toContain('REDIS_URL: not supported yet');
  });

  it('parses GATEWAY_API_KEYS into clients and refuses duplicates', () => {
    expect(loadGatewayConfig({ GATEWAY_API_KEYS: 'web:0123456789abcdef, ios:fedcba9876543210' }).clients.map((c) => c.name)).toEqual(['web', 'ios']);
    expect(fails({ GATEWAY_API_KEYS: 'web:0123456789abcdef,web:fedcba9876543210' })).toContain('GATEWAY_API_KEYS:');
  });
});
