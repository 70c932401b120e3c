import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskMediaBackend } from '../../src/media/disk-backend.ts';
import { S3MediaBackend } from '../../src/media/s3-backend.ts';
import { PHOTO_TYPES, VIDEO_TYPES } from '../../src/media/sniff.ts';
import { MediaStore, MediaTooLargeError, MediaTypeError } from '../../src/media/store.ts';
import { startS3Server } from '../support/s3-server.ts';
import { chunked, heic, JPEG, MP4, png, webp } from './fixtures.ts';

/**
 * The media store's contract, one suite run against each backend: files in a folder (the embedded
 * default) and an S3-compatible bucket (s3rver, started here on loopback in a temporary folder).
 * Both hold the same objects, answer the same byte ranges, refuse the same bytes, and list in the
 * same order.
 */

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

async function text(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * `atomicPuts`: two puts of one key at once leave one of them whole (the disk backend; S3 itself).
 * s3rver, the test's S3 server, writes one key's bytes and metadata from both requests at once, so
 * that case is not run against it. (The gateway writes a key twice only when a copy is retried.)
 */
const backends: { name: string; atomicPuts: boolean; open(): Promise<MediaStore> }[] = [
  {
    name: 'disk',
    atomicPuts: true,
    async open() {
      const dir = await mkdtemp(join(tmpdir(), 'tourgraph-media-test-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      const store = new MediaStore(await DiskMediaBackend.open(dir));
      cleanups.push(() => store.close());
      return store;
    },
  },
  {
    name: 's3 (s3rver on loopback)',
    atomicPuts: false,
    async open() {
      const server = await startS3Server();
      cleanups.push(() => server.stop());
      const store = new MediaStore(
        await S3MediaBackend.open({
          bucket: server.bucket,
          endpoint: server.endpoint,
          region: 'us-east-1',
          accessKeyId: server.accessKeyId,
          secretAccessKey: server.secretAccessKey,
          forcePathStyle: true,
          prefix: 'test/',
        }),
      );
      cleanups.push(() => store.close());
      return store;
    },
  },
];

describe.each(backends)('media store: $name', (backend) => {
  let store: MediaStore;
  beforeAll(async () => {
    store = await backend.open();
  });

  it('stores bytes under a key and gives them back whole, with their sniffed type, size, SHA-256 and metadata', async () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const put = await store.put('photos/a1', JPEG, { accept: PHOTO_TYPES, maxBytes: 10_000_000, metadata: { owner: 'acme', width: '1920' }, now });
    expect(put).toEqual({
      key: 'photos/a1',
      size: JPEG.length,
      contentType: 'image/jpeg',
      sha256: sha256(JPEG),
      createdAt: now.toISOString(),
      metadata: { owner: 'acme', width: '1920' },
    });
    expect(await store.head('photos/a1')).toEqual(put);
    const opened = await store.open('photos/a1');
    expect(opened!.object).toEqual(put);
    expect((await text(opened!.body)).equals(JPEG)).toBe(true);
  });

  it('takes a stream, and answers byte ranges of it: the first bytes, the middle, the last byte', async () => {
    await store.put('tasks/t1/video', chunked(MP4, 10_000), { accept: VIDEO_TYPES, maxBytes: 10_000_000 });
    const head = await store.open('tasks/t1/video', { start: 0, end: 11 });
    const first = await text(head!.body);
    expect(first.length).toBe(12);
    expect(first.subarray(4, 8).toString('latin1')).toBe('ftyp');
    const middle = await text((await store.open('tasks/t1/video', { start: 1000, end: 1999 }))!.body);
    expect(middle.equals(MP4.subarray(1000, 2000))).toBe(true);
    const last = await text((await store.open('tasks/t1/video', { start: MP4.length - 1, end: MP4.length - 1 }))!.body);
    expect(last.equals(MP4.subarray(MP4.length - 1))).toBe(true);
    expect(head!.object.contentType).toBe('video/mp4');
  });

  it('refuses a range outside the object before reading anything', async () => {
    await store.put('photos/range', JPEG, { accept: PHOTO_TYPES, maxBytes: 10_000_000 });
    await expect(store.open('photos/range', { start: JPEG.length, end: JPEG.length + 10 })).rejects.toThrow(RangeError);
  });

  it('sniffs the bytes: PNG and WebP are told apart; HEIC, text and a video are refused where only photos are accepted', async () => {
    expect((await store.put('photos/png', png(64, 48), { accept: PHOTO_TYPES, maxBytes: 1_000_000 })).contentType).toBe('image/png');
    expect((await store.put('photos/webp', webp(1280, 720), { accept: PHOTO_TYPES, maxBytes: 1_000_000 })).contentType).toBe('image/webp');
    const refused = async (bytes: Buffer) => {
      const err = await store.put('photos/refused', bytes, { accept: PHOTO_TYPES, maxBytes: 10_000_000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MediaTypeError);
      return (err as MediaTypeError).found;
    };
    expect(await refused(heic())).toBe('image/heic');
    expect(await refused(Buffer.from('<html><body>not a photo</body></html>'))).toBeNull();
    expect(await refused(MP4)).toBe('video/mp4');
    expect(await refused(Buffer.alloc(0))).toBeNull();
    expect(await store.head('photos/refused')).toBeNull();
  });

  it('refuses more bytes than allowed while reading them, and stores nothing', async () => {
    const err = await store.put('tasks/big/video', chunked(MP4, 1_000), { accept: VIDEO_TYPES, maxBytes: MP4.length - 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaTooLargeError);
    expect(await store.head('tasks/big/video')).toBeNull();
    // Exactly at the limit is fine.
    expect((await store.put('tasks/big/video', MP4, { accept: VIDEO_TYPES, maxBytes: MP4.length })).size).toBe(MP4.length);
  });

  it('a put of a key again replaces the object whole', async () => {
    await store.put('photos/again', JPEG, { accept: PHOTO_TYPES, maxBytes: 10_000_000 });
    const second = png(10, 10);
    await store.put('photos/again', second, { accept: PHOTO_TYPES, maxBytes: 10_000_000 });
    const opened = await store.open('photos/again');
    expect(opened!.object).toMatchObject({ size: second.length, contentType: 'image/png', sha256: sha256(second) });
    expect((await text(opened!.body)).equals(second)).toBe(true);
  });

  // Skipped (not passed) on s3rver, which writes one object's file from two requests at once; S3 itself does not.
  it.runIf(backend.atomicPuts)('concurrent puts of one key leave one of them whole, never a mix', async () => {
    const a = png(20, 20);
    const b = png(30, 30);
    await Promise.all([
      store.put('photos/race', a, { accept: PHOTO_TYPES, maxBytes: 1_000_000 }),
      store.put('photos/race', b, { accept: PHOTO_TYPES, maxBytes: 1_000_000 }),
    ]);
    const opened = await store.open('photos/race');
    const bytes = await text(opened!.body);
    expect([sha256(a), sha256(b)]).toContain(sha256(bytes));
    expect(opened!.object.sha256).toBe(sha256(bytes));
  });

  it('a missing key: head and open answer null; delete is a no-op', async () => {
    expect(await store.head('photos/missing')).toBeNull();
    expect(await store.open('photos/missing')).toBeNull();
    await store.delete('photos/missing');
  });

  it('delete removes the object', async () => {
    await store.put('photos/gone', JPEG, { accept: PHOTO_TYPES, maxBytes: 10_000_000 });
    await store.delete('photos/gone');
    expect(await store.head('photos/gone')).toBeNull();
    expect(await store.open('photos/gone')).toBeNull();
  });

  it('lists the keys under a prefix in key order, after a key, a page at a time', async () => {
    const keys = ['lst/0190', 'lst/0191', 'lst/0192', 'lst/0193', 'lst/0194'];
    for (const key of [...keys].reverse()) await store.put(key, png(4, 4), { accept: PHOTO_TYPES, maxBytes: 1_000_000 });
    await store.put('other/0100', png(4, 4), { accept: PHOTO_TYPES, maxBytes: 1_000_000 });
    const all = await store.list('lst/', null, 100);
    expect(all.map((o) => o.key)).toEqual(keys);
    for (const o of all) expect(Date.now() - o.lastModified.getTime()).toBeLessThan(3_600_000);
    const page1 = await store.list('lst/', null, 2);
    const page2 = await store.list('lst/', page1.at(-1)!.key, 2);
    const page3 = await store.list('lst/', page2.at(-1)!.key, 2);
    expect([...page1, ...page2, ...page3].map((o) => o.key)).toEqual(keys);
    expect(await store.list('lst/', 'lst/0194', 10)).toEqual([]);
    expect(await store.list('none/', null, 10)).toEqual([]);
  });

  it('refuses keys that are not plain path segments', async () => {
    for (const key of ['', '/abs', 'a/../b', 'a//b', '..', 'a/./b', 'sp ace', 'a\\b']) {
      await expect(store.put(key, JPEG, { accept: PHOTO_TYPES, maxBytes: 10_000_000 })).rejects.toThrow(/not a media key/);
    }
  });

  it('answers a ping', async () => {
    await store.ping();
  });
});
