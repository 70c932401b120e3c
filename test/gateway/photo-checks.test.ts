import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { scriptFor, startTestGateway, type TestGateway, VOICE } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';

/**
 * Photos a provider could not use are refused before any credit is spent (issue 11): a 404, a web
 * page, a photo below VibePeak's HD floor, a HEIC file, a private address for a provider that is not
 * on this network. Each is a ValidationError naming the photo, and the provider sees no create.
 */
let sb: Sandbox;
let gw: TestGateway;
let publicGw: TestGateway;
let site: Server;
let siteUrl: string;

/** A tiny web host for the odd cases: a page, a HEIF header, a redirect loop, a slow answer. */
function startSite(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/page.jpg') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not found, but 200</body></html>');
    // The start of a HEIF file: an ftyp box of brand heic.
    if (req.url === '/photo.heic')
      return res.writeHead(200, { 'content-type': 'image/heic' }).end(Buffer.from('000000186674797068656963000000006d696631686569630000', 'hex'));
    if (req.url?.startsWith('/loop')) return res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` }).end();
    if (req.url === '/redirect-to-room') return res.writeHead(301, { location: `${sb.vibepeak.media.livingRoomPhoto}` }).end();
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  sb = await startSandbox({ timeScale: 0.01 });
  site = await startSite();
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  gw = await startTestGateway({
    ROOMAI_API_KEY: sb.roomai.keys.live,
    ROOMAI_BASE_URL: sb.roomai.baseUrl,
    PUBLIC_URL: 'http://127.0.0.1:1',
    VIBEPEAK_API_KEY: sb.vibepeak.keys.live,
    VIBEPEAK_BASE_URL: sb.vibepeak.baseUrl,
  });
  // A provider that is not on this network (its address is never reached: every create here is refused first).
  publicGw = await startTestGateway({
    ROOMAI_API_KEY: 'rai_live_public',
    ROOMAI_BASE_URL: 'https://roomai.example.com/api/v1',
    PUBLIC_URL: 'https://gw.example.com',
    VIBEPEAK_API_KEY: 'vpk_live_public',
    VIBEPEAK_BASE_URL: 'https://api.vibepeak.example.com',
  });
});
afterAll(async () => {
  await Promise.all([gw?.stop(), publicGw?.stop()]);
  await sb?.stop();
  await new Promise((r) => site?.close(r));
});

const CREATE_PROPERTY = graphql(`
  mutation PhotoChecksProperty($i: CreatePropertyVideoInput!) {
    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }
  }
`);
const CREATE_FLYTHROUGH = graphql(`
  mutation PhotoChecksFlythrough($i: CreateFlythroughVideoInput!) {
    createFlythroughVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }
  }
`);

async function createProperty(target: TestGateway, urls: string[]) {
  const res = await target.gql(CREATE_PROPERTY, { i: { photos: urls.map((url) => ({ url })), voice: VOICE, script: scriptFor(urls.length) } });
  return res.body.data!.createPropertyVideo;
}

async function createFlythrough(target: TestGateway, photoUrl: string) {
  return (await target.gql(CREATE_FLYTHROUGH, { i: { photoUrl } })).body.data!.createFlythroughVideo;
}

const creates = () => {
  const count = (c: Record<string, Record<string, number>>, route: string) => Object.values(c[route] ?? {}).reduce((a, b) => a + b, 0);
  return count(sb.vibepeak.admin.counters(), 'POST /v1/real-estate/living-property') + count(sb.roomai.admin.counters(), 'POST /api/v1/generate');
};

describe('photo checks before any credit', () => {
  it('each bad photo is a ValidationError naming it, and the providers see no create', async () => {
    const before = creates();
    const good = sb.vibepeak.media.livingRoomPhoto;
    const result = await createProperty(gw, [
      good,
      `${sb.vibepeak.origin}/media/no-such-photo.jpg`,
      `${siteUrl}/page.jpg`,
      sb.vibepeak.media.lowResPhoto,
      `${siteUrl}/photo.heic`,
      `${siteUrl}/loop0`,
    ]);
    expectTypename(result, 'ValidationError');
    expect(result.violations.map((v) => [v.path.join('.'), v.code])).toEqual([
      ['input.photos.1.url', 'PHOTO_UNREACHABLE'],
      ['input.photos.2.url', 'NOT_AN_IMAGE'],
      ['input.photos.3.url', 'PHOTO_TOO_SMALL'],
      ['input.photos.4.url', 'PHOTO_FORMAT_NOT_SUPPORTED'],
      ['input.photos.5.url', 'PHOTO_UNREACHABLE'],
    ]);
    expect(result.violations[2]!.message).toContain('1279×720');
    expect(result.violations[3]!.message).toMatch(/HEIC.*JPEG/);
    const page = await createFlythrough(gw, `${siteUrl}/page.jpg`);
    expectTypename(page, 'ValidationError');
    expect(page.violations).toEqual([{ path: ['input', 'photoUrl'], code: 'NOT_AN_IMAGE', message: expect.stringContaining('text/html') }]);
    expect(creates()).toBe(before);
  });

  it('good photos pass, redirects followed (at most 3)', async () => {
    const ok = await createProperty(gw, [sb.vibepeak.media.livingRoomPhoto, sb.vibepeak.media.bedroomPhoto]);
    expect(ok.__typename, JSON.stringify(ok)).toBe('CreatePropertyVideoSuccess');
    // The check follows a redirect to the photo (Room AI takes the URL as it is).
    const redirected = await createFlythrough(gw, `${siteUrl}/redirect-to-room`);
    expect(redirected.__typename, JSON.stringify(redirected)).toBe('CreateFlythroughVideoSuccess');
  });

  it('for a provider not on this network, private and loopback addresses are refused, by literal or by name', async () => {
    for (const url of [
      'http://127.0.0.1:9/a.jpg',
      'http://localhost:9/a.jpg',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:9/a.jpg',
      'http://10.0.0.8/a.jpg',
    ]) {
      const result = await createFlythrough(publicGw, url);
      expectTypename(result, 'ValidationError', url);
      expect(result.violations, url).toEqual([{ path: ['input', 'photoUrl'], code: 'PHOTO_ADDRESS_NOT_ALLOWED', message: expect.stringContaining('private') }]);
    }
  });
});
