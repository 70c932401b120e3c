import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskMediaBackend } from '../../src/media/disk-backend.ts';
import { PhotoLibrary, photoKey, timeOfId, uuidv7 } from '../../src/media/photos.ts';
import { MediaUrls } from '../../src/media/signed-urls.ts';
import { MediaStore } from '../../src/media/store.ts';
import { JPEG } from './fixtures.ts';

/**
 * Uploaded photos are deleted a day after their URL expires. Their ids are UUIDv7 (time first), so
 * the media store lists them oldest first and the clean-up stops at the first photo it keeps.
 */

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const TTL_SECONDS = 3_600;

describe('photo retention', () => {
  let store: MediaStore;
  let now = T0;
  let photos: PhotoLibrary;
  beforeAll(async () => {
    store = new MediaStore(await DiskMediaBackend.open('memory://'));
    const urls = new MediaUrls({ secret: 'x'.repeat(32), baseUrl: () => 'http://127.0.0.1:1' });
    photos = new PhotoLibrary({ store, urls, maxBytes: 10_000_000, ttlSeconds: TTL_SECONDS, now: () => new Date(now) });
  });
  afterAll(() => store?.close());

  const file = () => ({ name: 'room.jpg', type: 'image/jpeg', size: JPEG.length, bytes: async () => new Uint8Array(JPEG) });

  it('ids carry their time and sort by it', () => {
    const a = uuidv7(T0);
    const b = uuidv7(T0 + 1);
    expect(timeOfId(a)).toBe(T0);
    expect(a < b).toBe(true);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('deletes the photos a day past their expiry, and only those', async () => {
    now = T0;
    const old = await photos.upload('acme', file());
    now = T0 + 3 * 3_600_000;
    const recent = await photos.upload('acme', file());
    expect(old.expiresAt).toBe(new Date(T0 + TTL_SECONDS * 1000).toISOString());

    // Expired, but within the day after: kept.
    expect(await photos.prune(new Date(T0 + TTL_SECONDS * 1000 + 3_600_000))).toBe(0);
    expect(await photos.get('acme', old.id)).not.toBeNull();

    expect(await photos.prune(new Date(T0 + TTL_SECONDS * 1000 + 86_400_000 + 1))).toBe(1);
    expect(await photos.get('acme', old.id)).toBeNull();
    expect(await store.head(photoKey(old.id))).toBeNull();
    expect(await photos.get('acme', recent.id)).toMatchObject({ id: recent.id, width: 1920, height: 1080 });
  });
});
