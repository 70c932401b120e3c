import { describe, expect, it } from 'vitest';
import { ConfigError, loadGatewayConfig } from '../../src/config.ts';

/** The media settings: defaults, the S3 store's rules, and errors that name the variable but never a secret. */
describe('media configuration', () => {
  const fails = (env: Record<string, string>) => {
    try {
      loadGatewayConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('defaults: files under DATA_DIR/media, a year of retention, 20 MiB uploads, photo URLs for 7 days', () => {
    const { media } = loadGatewayConfig({ DATA_DIR: '/srv/tourgraph' });
    expect(media).toMatchObject({
      store: { engine: 'disk', dir: '/srv/tourgraph/media' },
      urlSecret: undefined,
      retentionDays: 365,
      maxUploadBytes: 20 * 1024 * 1024,
      photoUrlTtlSeconds: 7 * 86_400,
      uploads: { perMinute: 60, burst: 30 },
    });
    expect(loadGatewayConfig({ DATA_DIR: 'memory://' }).media.store).toEqual({ engine: 'disk', dir: 'memory://' });
    expect(loadGatewayConfig({ MEDIA_DIR: '/mnt/media' }).media.store).toEqual({ engine: 'disk', dir: '/mnt/media' });
  });

  it('MEDIA_STORE=s3: the bucket and a shared signing key are required; path-style addressing with an endpoint', () => {
    const message = fails({ MEDIA_STORE: 's3' });
    expect(message).toContain('S3_BUCKET: required with MEDIA_STORE=s3');
    expect(message).toContain('MEDIA_URL_SECRET: required with MEDIA_STORE=s3');
    const secret = 's'.repeat(40);
    const { media } = loadGatewayConfig({
      MEDIA_STORE: 's3',
      S3_BUCKET: 'tourgraph-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      S3_SECRET_ACCESS_KEY: 'very-secret-value',
      S3_PREFIX: 'tg/',
      MEDIA_URL_SECRET: secret,
    });
    expect(media.store).toEqual({
      engine: 's3',
      s3: {
        bucket: 'tourgraph-media',
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        accessKeyId: 'AKIAEXAMPLE',
        secretAccessKey: 'very-secret-value',
        forcePathStyle: true,
        prefix: 'tg/',
      },
    });
    expect(loadGatewayConfig({ MEDIA_STORE: 's3', S3_BUCKET: 'b-1', MEDIA_URL_SECRET: secret }).media.store).toMatchObject({ s3: { forcePathStyle: false } });
  });

  it('names each bad media variable, and never prints a secret', () => {
    const message = fails({
      S3_BUCKET: 'Not_A_Bucket',
      S3_ENDPOINT: 'ftp://x',
      S3_PREFIX: '/abs',
      MAX_UPLOAD_BYTES: '12',
      MEDIA_RETENTION_DAYS: '-1',
      MEDIA_STORE: 'ftp',
    });
    for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_PREFIX', 'MAX_UPLOAD_BYTES', 'MEDIA_RETENTION_DAYS', 'MEDIA_STORE'])
      expect(message).toContain(`${name}:`);
    const secrets = fails({ MEDIA_URL_SECRET: 'short-secret-value', S3_SECRET_ACCESS_KEY: 'lonely-secret-value' });
    expect(secrets).toContain('MEDIA_URL_SECRET: must be at least 32 characters');
    expect(secrets).toContain('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither');
    expect(secrets).not.toContain('short-secret-value');
    expect(secrets).not.toContain('lonely-secret-value');
  });
});
