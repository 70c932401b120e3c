import { describe, expect, it } from 'vitest';
import { ConfigError, loadGatewayConfig } from '../../src/config.ts';
import { newSecret } from './receiver.ts';

/** CLIENT_WEBHOOKS and CLIENT_WEBHOOK_SECRETS: per-client endpoints and secrets, each bad value named, no secret ever in a message. */
describe('webhook configuration', () => {
  const KEYS = 'acme:acme-key-0123456789,other:other-key-0123456789';
  /** Real providers: no in-process sandbox, so loopback targets are refused once there are keys. */
  const REAL = { ROOMAI_API_KEY: 'rai_live_x', PUBLIC_URL: 'https://gw.example.com', VIBEPEAK_API_KEY: 'vpk_live_x' };
  const fails = (env: Record<string, string>) => {
    try {
      loadGatewayConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('has no endpoints and these retry defaults when unset', () => {
    const c = loadGatewayConfig({});
    expect(c.webhooks).toEqual({
      endpoints: {},
      allowLoopback: true,
      retry: { baseSeconds: 5, maxSeconds: 21_600, maxAttempts: 10 },
      timeoutSeconds: 10,
      concurrency: 16,
      retentionDays: 30,
    });
  });

  it('parses an endpoint and a secret per client; a client may have a secret only (per-task callback URLs)', () => {
    const acme = newSecret();
    const other = newSecret();
    const c = loadGatewayConfig({
      ...REAL,
      GATEWAY_API_KEYS: KEYS,
      CLIENT_WEBHOOKS: 'acme=https://hooks.acme.example/tourgraph?src=tg',
      CLIENT_WEBHOOK_SECRETS: ` acme=${acme} , other=${other}`,
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_RETRY_BASE_SECONDS: '0.5',
      WEBHOOK_RETRY_MAX_SECONDS: '60',
    });
    expect(c.webhooks.endpoints).toEqual({
      acme: { url: 'https://hooks.acme.example/tourgraph?src=tg', secret: acme },
      other: { url: null, secret: other },
    });
    expect(c.webhooks.allowLoopback).toBe(false);
    expect(c.webhooks.retry).toEqual({ baseSeconds: 0.5, maxSeconds: 60, maxAttempts: 3 });
  });

  it('names only clients there are: GATEWAY_API_KEYS names, or "local" in open mode', () => {
    const s = newSecret();
    expect(fails({ GATEWAY_API_KEYS: KEYS, CLIENT_WEBHOOK_SECRETS: `nobody=${s}` })).toContain(
      'CLIENT_WEBHOOK_SECRETS: nobody is not a client of GATEWAY_API_KEYS',
    );
    expect(fails({ CLIENT_WEBHOOKS: 'acme=https://h.example.com', CLIENT_WEBHOOK_SECRETS: `acme=${s}` })).toContain(
      'CLIENT_WEBHOOKS: acme: in open mode (no GATEWAY_API_KEYS) the only client is "local"',
    );
    const open = loadGatewayConfig({ CLIENT_WEBHOOKS: 'local=http://127.0.0.1:9000/hook', CLIENT_WEBHOOK_SECRETS: `local=${s}` });
    expect(open.webhooks.endpoints).toEqual({ local: { url: 'http://127.0.0.1:9000/hook', secret: s } });
    expect(fails({ CLIENT_WEBHOOK_SECRETS: `local=${s},local=${s}` })).toContain('CLIENT_WEBHOOK_SECRETS: local is listed twice');
    expect(fails({ CLIENT_WEBHOOKS: 'https://h.example.com' })).toContain('CLIENT_WEBHOOKS: each entry must be name=value');
  });

  it('refuses a secret that is not whsec_ and 24 to 64 bytes of standard base64, without printing it', () => {
    for (const bad of [
      'abc',
      'whsec_',
      `whsec_${Buffer.alloc(16, 1).toString('base64')}`,
      `whsec_${Buffer.alloc(65, 1).toString('base64')}`,
      'whsec_not*base64*at*all*0123456789abcdef',
    ]) {
      const message = fails({ CLIENT_WEBHOOK_SECRETS: `local=${bad}` });
      expect(message).toContain('CLIENT_WEBHOOK_SECRETS: local: must be whsec_ followed by the standard base64 of 24 to 64 random bytes');
      if (bad.length > 6) expect(message).not.toContain(bad.slice(6));
    }
  });

  it('requires a secret for every endpoint', () => {
    expect(fails({ CLIENT_WEBHOOKS: 'local=https://hooks.example.com/x' })).toContain(
      'CLIENT_WEBHOOK_SECRETS: no secret for local, which CLIENT_WEBHOOKS names (each endpoint needs one)',
    );
  });

  it('refuses URLs that are not http(s), private or link-local targets, and loopback outside open mode and the sandbox', () => {
    const s = newSecret();
    const withKeys = (url: string, extra: Record<string, string> = REAL) =>
      fails({ ...extra, GATEWAY_API_KEYS: KEYS, CLIENT_WEBHOOKS: `acme=${url}`, CLIENT_WEBHOOK_SECRETS: `acme=${s}` });
    expect(withKeys('ftp://hooks.example.com')).toContain('CLIENT_WEBHOOKS: acme: must be an absolute http(s) URL');
    expect(withKeys('http://10.1.2.3/hook')).toContain('CLIENT_WEBHOOKS: acme: must not be a private, link-local or reserved address');
    expect(withKeys('http://169.254.169.254/latest/meta-data')).toContain('must not be a private, link-local or reserved address');
    expect(withKeys('http://[fd00::1]/hook')).toContain('must not be a private, link-local or reserved address');
    expect(withKeys('https://user:pass@hooks.example.com/')).toContain('CLIENT_WEBHOOKS: acme: must not contain a user name or password');
    expect(withKeys('http://127.0.0.1:9000/hook')).toContain('CLIENT_WEBHOOKS: acme: must not be a loopback address');
    expect(withKeys('http://localhost:9000/hook')).toContain('must not be a loopback address');
    // With a provider on the in-process sandbox (a development machine), loopback is allowed.
    const sandboxed = loadGatewayConfig({ GATEWAY_API_KEYS: KEYS, CLIENT_WEBHOOKS: 'acme=http://127.0.0.1:9000/hook', CLIENT_WEBHOOK_SECRETS: `acme=${s}` });
    expect(sandboxed.webhooks.allowLoopback).toBe(true);
    // Never a private one.
    expect(fails({ CLIENT_WEBHOOKS: 'local=http://192.168.1.20/hook', CLIENT_WEBHOOK_SECRETS: `local=${s}` })).toContain('must not be a private');
  });

  it('checks the retry settings', () => {
    expect(fails({ WEBHOOK_RETRY_BASE_SECONDS: '10', WEBHOOK_RETRY_MAX_SECONDS: '5' })).toContain(
      'WEBHOOK_RETRY_MAX_SECONDS: must not be less than WEBHOOK_RETRY_BASE_SECONDS',
    );
    const message = fails({ WEBHOOK_MAX_ATTEMPTS: '0', WEBHOOK_TIMEOUT_SECONDS: '-1', WEBHOOK_CONCURRENCY: 'many' });
    for (const name of ['WEBHOOK_MAX_ATTEMPTS', 'WEBHOOK_TIMEOUT_SECONDS', 'WEBHOOK_CONCURRENCY']) expect(message).toContain(`${name}:`);
  });
});
