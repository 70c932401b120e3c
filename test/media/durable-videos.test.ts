import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/test/index.ts';
import type { MediaTestTaskQuery } from '../../src/generated/test/graphql.ts';
import { SANDBOX_KEYS, type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { scriptFor, startTestGateway, type TestGateway, VOICE, waitFor } from '../support/gateway.ts';
import { expectTypename } from '../support/graphql.ts';
import { postMultipart } from '../support/multipart.ts';
import { connectWs, type WsConnection } from '../support/ws.ts';
import { createdTask, createFlythrough, createProperty, startGatewayOn } from '../gateway/api-fixtures.ts';
import { JPEG } from './fixtures.ts';

/**
 * Durable outputs over real HTTP: a photo uploaded to the gateway becomes a VibePeak and a Room AI
 * video in the sandbox; the subscription's SUCCEEDED carries a `video.url` on the gateway's own host,
 * which still plays (206 to a range request, real MP4 bytes) after the sandbox has deleted its copy.
 * A copy that fails is retried with back-off and never holds the task's status; a pending copy
 * survives a restart; copies past the retention are deleted.
 */

const UPLOAD = graphql(`
  mutation MediaTestUploadForVideo($file: File!) {
    uploadPhoto(file: $file) { __typename ... on UploadPhotoSuccess { photo { url } } ... on Error { code message } }
  }
`);

const WATCH = graphql(`
  subscription MediaTestWatch($id: ID!) {
    task(id: $id) { id status video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt } }
  }
`);

const READ = graphql(`
  query MediaTestTask($id: ID!) {
    task(id: $id) {
      status
      video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt copy { status attempts lastError copiedAt byteSize } }
    }
  }
`);

type Copy = NonNullable<NonNullable<NonNullable<MediaTestTaskQuery['task']>['video']>['copy']>;

async function uploadPhoto(gw: TestGateway): Promise<string> {
  const res = await postMultipart(gw.url, UPLOAD, { file: new File([JPEG], 'living-room.jpg', { type: 'image/jpeg' }) });
  const result = res.body.data!.uploadPhoto;
  expectTypename(result, 'UploadPhotoSuccess');
  return result.photo.url;
}

async function readTask(gw: TestGateway, id: string) {
  const res = await gw.gql(READ, { id });
  return res.body.data!.task!;
}

/** Waits (bounded) until the task's copy is in one of `statuses`. */
function copyReaches(gw: TestGateway, id: string, statuses: Copy['status'][], timeoutMs = 20_000): Promise<Copy> {
  return waitFor(async () => {
    const copy = (await readTask(gw, id)).video?.copy;
    return copy && statuses.includes(copy.status) ? copy : undefined;
  }, timeoutMs);
}

async function get(url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') {
  const res = await request(url, { method, headers });
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, bytes };
}

/** Deletes the sandbox's files of the job a provider URL names (`?job=` or `?task=`), as a provider does when its link expires. */
function deleteProviderFiles(sb: Pick<Sandbox, 'roomai' | 'vibepeak'>, providerUrl: string): void {
  const params = new URL(providerUrl).searchParams;
  const job = params.get('job');
  const deleted = job ? sb.roomai.admin.deleteMedia(job) : sb.vibepeak.admin.deleteMedia(params.get('task')!);
  expect(deleted).toBe(true);
}

/** The checks a browser's player makes: a range, HEAD, a range past the end, a revalidation. */
async function expectPlayableMp4(url: string): Promise<void> {
  const head = await get(url, {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.headers['content-type']).toBe('video/mp4');
  expect(head.headers['accept-ranges']).toBe('bytes');
  const size = Number(head.headers['content-length']);
  expect(size).toBeGreaterThan(1024);
  expect(head.bytes.length).toBe(0);

  const first = await get(url, { range: 'bytes=0-1023' });
  expect(first.status).toBe(206);
  expect(first.headers['content-range']).toBe(`bytes 0-1023/${size}`);
  expect(first.headers['content-type']).toBe('video/mp4');
  expect(first.bytes.length).toBe(1024);
  expect(first.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');

  const tail = await get(url, { range: 'bytes=-100' });
  expect(tail.status).toBe(206);
  expect(tail.headers['content-range']).toBe(`bytes ${size - 100}-${size - 1}/${size}`);

  const past = await get(url, { range: `bytes=${size}-` });
  expect(past.status).toBe(416);
  expect(past.headers['content-range']).toBe(`bytes */${size}`);

  const etag = String(head.headers.etag);
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
  const whole = await get(url);
  expect(whole.status).toBe(200);
  expect(whole.bytes.length).toBe(size);
}

describe('durable videos: upload, create on both providers, play our copy after the sandbox deleted its own', () => {
  let gw: TestGateway;
  let ws: WsConnection;
  beforeAll(async () => {
    gw = await startTestGateway();
    ws = connectWs(gw.url);
  });
  afterAll(async () => {
    await ws?.dispose();
    await gw?.stop();
  });

  it('VibePeak and Room AI from one uploaded photo: SUCCEEDED with our URLs, which answer ranges with real MP4 bytes once the provider files are gone', async () => {
    const sb = gw.gateway.sandbox!;
    const photoUrl = await uploadPhoto(gw);
    const property = createdTask(
      (await createProperty(gw, { photos: [{ url: photoUrl }], voice: VOICE, script: scriptFor(1), testScenario: 'SUCCESS' })).result,
    );
    const flythrough = createdTask((await createFlythrough(gw, { photoUrl })).result);

    for (const task of [property, flythrough]) {
      const stream = ws.subscribe(WATCH, { id: task.id });
      await stream.finished(30_000);
      const done = stream.events.at(-1)!.task;
      expect(done.status).toBe('SUCCEEDED');
      const video = done.video!;
      // Ours, from the first SUCCEEDED on; the provider's beside it.
      expect(video.url.startsWith(`${gw.url}/media/tasks/`)).toBe(true);
      expect(new URL(video.providerUrl).origin).not.toBe(new URL(gw.url).origin);
      expect(Date.parse(video.expiresAt!)).toBeGreaterThan(Date.parse(video.providerExpiresAt ?? '1970-01-01'));

      const copy = await copyReaches(gw, task.id, ['COPIED', 'FAILED']);
      expect(copy).toMatchObject({ status: 'COPIED', attempts: 1, lastError: null });
      expect(copy.byteSize).toBeGreaterThan(1024);

      deleteProviderFiles(sb, video.providerUrl);
      expect((await get(video.providerUrl)).status).toBe(404);
      await expectPlayableMp4(video.url);

      if (video.providerCoverImageUrl) {
        expect((await get(video.providerCoverImageUrl)).status).toBe(404);
        const cover = await get(video.coverImageUrl!);
        expect(cover.status).toBe(200);
        expect(cover.headers['content-type']).toBe('image/jpeg');
        expect(cover.bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
      }
    }
    expect(flythrough.__typename).toBe('FlythroughVideoTask');
    expect(property.__typename).toBe('PropertyVideoTask');
  });
});

describe('durable videos: a failing copy is retried, never holds the task, and ends FAILED', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ MEDIA_COPY_MAX_ATTEMPTS: '3', MEDIA_COPY_RETRY_BASE_SECONDS: '0.05' });
  });
  afterAll(() => gw?.stop());

  it("while no copy exists our URL relays the provider's file; once the provider's is gone and every attempt failed, it is 404", async () => {
    const sb = gw.gateway.sandbox!;
    await gw.gateway.media.copier.stop();
    const task = createdTask((await createFlythrough(gw, { photoUrl: await uploadPhoto(gw) })).result);
    const done = await waitFor(async () => {
      const t = await readTask(gw, task.id);
      return t.status === 'SUCCEEDED' ? t : undefined;
    });
    // Succeeded with its copy still waiting: the URL works already, relaying the provider's bytes.
    expect(done.video!.copy).toMatchObject({ status: 'PENDING', attempts: 0 });
    const relayed = await get(done.video!.url, { range: 'bytes=0-15' });
    expect(relayed.status).toBe(206);
    expect(relayed.headers['content-type']).toBe('video/mp4');
    expect(relayed.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');

    deleteProviderFiles(sb, done.video!.providerUrl);
    gw.gateway.media.copier.start();
    const failed = await copyReaches(gw, task.id, ['FAILED']);
    expect(failed).toMatchObject({ attempts: 3, lastError: 'the provider answered HTTP 404 for the video' });
    expect((await readTask(gw, task.id)).status).toBe('SUCCEEDED');
    const gone = await get(done.video!.url);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.bytes.toString()).error.code).toBe('NOT_FOUND');
  });
});

describe('durable videos: a pending copy survives a restart; old copies are deleted', () => {
  let sb: Sandbox;
  let dataDir: string;
  let first: TestGateway | undefined;
  let second: TestGateway | undefined;
  const KEYS = { roomai: SANDBOX_KEYS.roomai.test, vibepeak: SANDBOX_KEYS.vibepeak.test };
  beforeAll(async () => {
    sb = await startSandbox({ timeScale: 0.01 });
    dataDir = await mkdtemp(join(tmpdir(), 'tourgraph-media-restart-'));
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await sb?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a copy queued before a stop is made by the next gateway on the same data folder', async () => {
    first = await startGatewayOn(sb, KEYS, { DATA_DIR: dataDir });
    await first.gateway.media.copier.stop();
    const task = createdTask(
      (await createProperty(first, { photos: [{ url: sb.vibepeak.media.livingRoomPhoto }], voice: VOICE, script: scriptFor(1) })).result,
    );
    const done = await waitFor(async () => {
      const t = await readTask(first!, task.id);
      return t.status === 'SUCCEEDED' ? t : undefined;
    });
    expect(done.video!.copy!.status).toBe('PENDING');
    const address = { PORT: new URL(first.url).port, PUBLIC_URL: first.url };
    await first.stop();
    first = undefined;

    second = await startGatewayOn(sb, KEYS, { DATA_DIR: dataDir, ...address });
    expect((await copyReaches(second, task.id, ['COPIED', 'FAILED'])).status).toBe('COPIED');
    deleteProviderFiles(sb, done.video!.providerUrl);
    // The URL given out before the restart plays the copy made after it.
    await expectPlayableMp4(done.video!.url);
  });

  it('MEDIA_RETENTION_DAYS: past it, the URL has expired and the copy is deleted', async () => {
    await second?.stop();
    second = undefined;
    // About 1.7 s.
    const gw = await startGatewayOn(sb, KEYS, { MEDIA_RETENTION_DAYS: '0.00002' });
    try {
      const task = createdTask((await createProperty(gw, { photos: [{ url: sb.vibepeak.media.livingRoomPhoto }], voice: VOICE, script: scriptFor(1) })).result);
      await copyReaches(gw, task.id, ['COPIED']);
      const url = (await readTask(gw, task.id)).video!.url;
      await waitFor(async () => ((await get(url)).status === 403 ? true : undefined), 10_000, 100);
      expect(await gw.gateway.media.copier.prune()).toBeGreaterThanOrEqual(1);
      expect((await readTask(gw, task.id)).video!.copy!.status).toBe('EXPIRED');
      const [stored] = (await gw.gateway.store.list('local', {}, 1, null)).tasks;
      expect(await gw.gateway.media.store.head(`tasks/${stored!.id}/video`)).toBeNull();
      expect(await gw.gateway.media.store.head(`tasks/${stored!.id}/cover`)).toBeNull();
    } finally {
      await gw.stop();
    }
  });
});
