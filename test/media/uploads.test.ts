import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadPhotoDocument } from '../../src/generated/graphql.ts';
import { graphql } from '../../src/generated/test/index.ts';
import type { MediaTestUploadMutation } from '../../src/generated/test/graphql.ts';
import { scriptFor, startTestGateway, type TestGateway, VOICE } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { postMultipart } from '../support/multipart.ts';
import { bearer, createCalls, createFlythrough, createProperty } from '../gateway/api-fixtures.ts';
import { heic, JPEG, png } from './fixtures.ts';

/**
 * Photo uploads over real HTTP (the GraphQL multipart request spec): what is accepted and what is
 * refused with a typed error naming `file`, the photo's signed URL (and forged or expired ones), the
 * per-client ownership of a photo, and the transport's guards (CSRF header, key before the body,
 * body limit).
 */

const UPLOAD = graphql(`
  mutation MediaTestUpload($file: File!) {
    uploadPhoto(file: $file) {
      __typename
      ... on UploadPhotoSuccess { photo { id url expiresAt contentType width height byteSize sha256 createdAt } }
      ... on ValidationError { violations { path code message } }
      ... on Error { code message }
    }
  }
`);

const PHOTO = graphql(`
  query MediaTestPhoto($id: ID!) {
    photo(id: $id) { id url contentType width height }
    node(id: $id) { id ... on Photo { byteSize } }
  }
`);

const ACME = 'acme-media-key-0123456789abcdef';
const OTHER = 'other-media-key-0123456789abcdef';
const URL_SECRET = 'media-url-secret-0123456789abcdefghijklmnop';

type UploadResult = MediaTestUploadMutation['uploadPhoto'];

async function upload(gw: TestGateway, file: File, headers: Record<string, string>): Promise<UploadResult> {
  const res = await postMultipart(gw.url, UPLOAD, { file }, headers);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data!.uploadPhoto;
}

function uploaded(result: UploadResult) {
  expectTypename(result, 'UploadPhotoSuccess');
  return result.photo;
}

function violations(result: UploadResult) {
  expectTypename(result, 'ValidationError');
  return result.violations;
}

async function get(url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' | 'POST' = 'GET') {
  const res = await request(url, { method, headers });
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, bytes };
}

describe('photo uploads (keyed clients, in-process sandbox)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ GATEWAY_API_KEYS: `acme:${ACME},other:${OTHER}`, MEDIA_URL_SECRET: URL_SECRET });
  });
  afterAll(() => gw?.stop());

  it('a JPEG becomes a Photo of its client, with a signed URL on the gateway that serves the same bytes', async () => {
    const photo = uploaded(await upload(gw, new File([JPEG], 'living-room.jpg', { type: 'image/jpeg' }), bearer(ACME)));
    expect(photo).toMatchObject({ contentType: 'image/jpeg', width: 1920, height: 1080, byteSize: JPEG.length });
    expect(photo.url.startsWith(`${gw.url}/media/photos/`)).toBe(true);
    expect(photo.url).toMatch(/\.jpg\?exp=\d+&sig=[\w-]+$/);
    expect(Date.parse(photo.expiresAt)).toBeGreaterThan(Date.parse(photo.createdAt));

    const served = await get(photo.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers.etag).toBe(`"${photo.sha256}"`);
    expect(served.bytes.equals(JPEG)).toBe(true);

    // Its client reads it back; another client does not see it.
    const mine = await gw.gql(PHOTO, { id: photo.id }, bearer(ACME));
    expect(mine.body.data!.photo).toMatchObject({ id: photo.id, url: photo.url, width: 1920 });
    expect(mine.body.data!.node).toMatchObject({ id: photo.id, byteSize: JPEG.length });
    const theirs = await gw.gql(PHOTO, { id: photo.id }, bearer(OTHER));
    expect(theirs.body.data).toEqual({ photo: null, node: null });
  });

  it('the type is read from the bytes: a PNG declared as a JPEG is a PNG', async () => {
    const bytes = png(1280, 720);
    const photo = uploaded(await upload(gw, new File([bytes], 'photo.jpg', { type: 'image/jpeg' }), bearer(ACME)));
    expect(photo).toMatchObject({ contentType: 'image/png', width: 1280, height: 720 });
    expect(photo.url).toMatch(/\.png\?/);
    expect((await get(photo.url)).headers['content-type']).toBe('image/png');
  });

  it('a HEIC photo is refused with a ValidationError on `file` that says to send JPEG, PNG or WebP', async () => {
    const [v, ...more] = violations(await upload(gw, new File([heic()], 'IMG_0001.HEIC', { type: 'image/heic' }), bearer(ACME)));
    expect(more).toEqual([]);
    expect(v).toMatchObject({ path: ['file'], code: 'PHOTO_FORMAT_NOT_SUPPORTED' });
    expect(v!.message).toMatch(/HEIC.*JPEG, PNG or WebP/);
  });

  it('a file that is not an image is refused, whatever it claims to be', async () => {
    const page = Buffer.from('<!doctype html><html><body>Not found</body></html>');
    expect(violations(await upload(gw, new File([page], 'room.jpg', { type: 'image/jpeg' }), bearer(ACME)))).toEqual([
      { path: ['file'], code: 'NOT_AN_IMAGE', message: expect.stringContaining('not an image') },
    ]);
    expect(violations(await upload(gw, new File([], 'empty.jpg', { type: 'image/jpeg' }), bearer(ACME)))).toEqual([
      { path: ['file'], code: 'NOT_AN_IMAGE', message: 'is empty' },
    ]);
    // A truncated JPEG: the right first bytes, no size to read.
    expect(violations(await upload(gw, new File([JPEG.subarray(0, 40)], 'cut.jpg'), bearer(ACME)))).toEqual([
      { path: ['file'], code: 'NOT_AN_IMAGE', message: expect.stringContaining('size') },
    ]);
  });

  it('a multipart request without a valid key is refused before its body is read', async () => {
    const none = await postMultipart(gw.url, UPLOAD, { file: new File([JPEG], 'a.jpg') }, {});
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await postMultipart(gw.url, UPLOAD, { file: new File([JPEG], 'a.jpg') }, bearer('wrong-key-0123456789abcdef'));
    expect(wrong.status).toBe(401);
  });

  it('signed URLs: a forged, altered, unsigned or expired one is refused with 403 and nothing is served', async () => {
    const photo = uploaded(await upload(gw, new File([JPEG], 'room.jpg'), bearer(ACME)));
    const url = new URL(photo.url);
    const sig = url.searchParams.get('sig')!;
    const variant = (change: (u: URL) => void) => {
      const u = new URL(photo.url);
      change(u);
      return u.toString();
    };
    const forged = variant((u) => u.searchParams.set('sig', `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`));
    const longer = variant((u) => u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 86_400)));
    const unsigned = variant((u) => u.searchParams.delete('sig'));
    const otherPhoto = variant((u) => (u.pathname = u.pathname.replace(/[0-9a-f]{12}\.jpg$/, '000000000000.jpg')));
    for (const bad of [forged, longer, unsigned, otherPhoto]) {
      const res = await get(bad);
      expect(res.status, bad).toBe(403);
      expect(JSON.parse(res.bytes.toString()).error.code).toBe('MEDIA_URL_INVALID');
    }
    // Signed by this gateway, but past its expiry.
    const expired = gw.gateway.media.urls.sign(url.pathname, new Date(Date.now() - 1_000));
    const res = await get(expired);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.bytes.toString()).error).toEqual({ code: 'MEDIA_URL_EXPIRED', message: 'This media URL has expired.' });
    expect((await get(photo.url, {}, 'POST')).status).toBe(405);
  });

  it("a create with another client's photo, or an expired photo URL, is a ValidationError on the photo, and reaches no provider", async () => {
    const sb = gw.gateway.sandbox!;
    const photo = uploaded(await upload(gw, new File([JPEG], 'room.jpg'), bearer(ACME)));
    sb.roomai.admin.resetCounters();
    sb.vibepeak.admin.resetCounters();

    const stolen = (await createFlythrough(gw, { photoUrl: photo.url }, undefined, bearer(OTHER))).result;
    expectTypename(stolen, 'ValidationError');
    expect(stolen.violations).toEqual([{ path: ['input', 'photoUrl'], code: 'PHOTO_NOT_FOUND', message: expect.stringContaining('uploaded photos') }]);

    const expiredUrl = gw.gateway.media.urls.sign(new URL(photo.url).pathname, new Date(Date.now() - 1_000));
    const expired = (await createProperty(gw, { photos: [{ url: expiredUrl }], voice: VOICE, script: scriptFor(1) }, undefined, bearer(ACME))).result;
    expectTypename(expired, 'ValidationError');
    expect(expired.violations).toEqual([{ path: ['input', 'photos', '0', 'url'], code: 'PHOTO_URL_EXPIRED', message: expect.stringContaining('expired') }]);

    // An uploaded photo below VibePeak's HD floor is found by the ordinary checks, through its URL.
    const small = uploaded(await upload(gw, new File([png(1279, 720)], 'small.png'), bearer(ACME)));
    const tooSmall = (await createProperty(gw, { photos: [{ url: small.url }], voice: VOICE, script: scriptFor(1) }, undefined, bearer(ACME))).result;
    expectTypename(tooSmall, 'ValidationError');
    expect(tooSmall.violations).toEqual([{ path: ['input', 'photos', '0', 'url'], code: 'PHOTO_TOO_SMALL', message: expect.stringContaining('1279×720') }]);

    expect(createCalls(sb)).toEqual({ roomai: 0, vibepeak: 0 });
  });

  it('the URL-signing secret appears in no log line', () => {
    expect(gw.logs.length).toBeGreaterThan(0);
    expect(gw.logs.join('')).not.toContain(URL_SECRET);
  });
});

describe('photo uploads in trusted-documents mode', () => {
  let gw: TestGateway;
  const MANIFEST = new URL('../../src/generated/persisted-documents.json', import.meta.url).pathname;
  beforeAll(async () => {
    gw = await startTestGateway({ GATEWAY_API_KEYS: `acme:${ACME}`, TRUSTED_DOCUMENTS: MANIFEST });
  });
  afterAll(() => gw?.stop());

  it("the manifest's UploadPhoto runs by its documentId; a document sent as text does not", async () => {
    const byId = await postMultipart(gw.url, UploadPhotoDocument, { file: new File([JPEG], 'room.jpg') }, bearer(ACME), true);
    expect(byId.status, JSON.stringify(byId.body)).toBe(200);
    expectTypename(byId.body.data!.uploadPhoto, 'UploadPhotoSuccess');
    const asText = await postMultipart(gw.url, UploadPhotoDocument, { file: new File([JPEG], 'room.jpg') }, bearer(ACME));
    expect(asText.status).toBe(400);
    expect(asText.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
  });
});

describe('photo uploads: limits (open mode, small upload limit)', () => {
  let gw: TestGateway;
  const MAX = 50_000;
  const BODY = 64 * 1024;
  beforeAll(async () => {
    gw = await startTestGateway({ MAX_UPLOAD_BYTES: String(MAX), MAX_REQUEST_BODY_BYTES: String(BODY) });
  });
  afterAll(() => gw?.stop());

  it('a file over MAX_UPLOAD_BYTES is a ValidationError on `file`; a body far over every limit is 413 before it is read whole', async () => {
    expect(JPEG.length).toBeGreaterThan(MAX);
    expect(violations(await upload(gw, new File([JPEG], 'big.jpg'), { 'x-graphql-yoga-csrf': '1' }))).toEqual([
      { path: ['file'], code: 'FILE_TOO_LARGE', message: `is ${JPEG.length} bytes; at most ${MAX} bytes are accepted` },
    ]);
    const huge = await postMultipart(gw.url, UPLOAD, { file: new File([Buffer.alloc(MAX + BODY + 1, 0xff)], 'huge.jpg') });
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    // A small photo still goes through.
    uploaded(await upload(gw, new File([png(64, 64)], 'small.png'), { 'x-graphql-yoga-csrf': '1' }));
  });

  it('the multipart body limit does not raise the limit of any other request', async () => {
    const padding = 'x'.repeat(BODY);
    const res = await gw.gqlRaw(`query { __typename } # ${padding}`);
    expect(res.status).toBe(413);
  });

  it('CSRF: a multipart request without a header that forces a preflight is refused (a browser form could send it)', async () => {
    const res = await postMultipart(gw.url, UPLOAD, { file: new File([png(64, 64)], 'a.png') }, {});
    expect(res.status).toBe(403);
  });
});
