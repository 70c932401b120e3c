import type { PhotoInspector, PhotoVerdict } from '../tasks/photos.ts';
import { type PhotoLibrary, photoIdOfPath } from './photos.ts';
import type { MediaUrls } from './signed-urls.ts';

/**
 * The photo checks, aware of uploads: a URL of one of this gateway's photos must be the creating
 * client's own, signed and unexpired (else `PHOTO_NOT_FOUND` or `PHOTO_URL_EXPIRED`, before anything
 * is fetched); then every URL, ours included, goes through the ordinary checks, which fetch it as the
 * provider will.
 */
export class UploadedPhotoGuard implements PhotoInspector {
  readonly #inner: PhotoInspector;
  readonly #urls: MediaUrls;
  readonly #photos: PhotoLibrary;

  constructor(inner: PhotoInspector, urls: MediaUrls, photos: PhotoLibrary) {
    this.#inner = inner;
    this.#urls = urls;
    this.#photos = photos;
  }

  async inspect(url: string, options: { allowPrivate: boolean; owner?: string }): Promise<PhotoVerdict> {
    const own = this.#urls.own(url);
    if (own?.path.startsWith('/media/photos/')) {
      const id = photoIdOfPath(own.path);
      const check = this.#urls.verify(own.path, own.query);
      if (check.ok === false && check.reason === 'expired') {
        return { ok: false, code: 'PHOTO_URL_EXPIRED', message: "is an uploaded photo's URL that has expired: upload the photo again" };
      }
      const photo = id && check.ok && options.owner !== undefined ? await this.#photos.get(options.owner, id) : null;
      if (!photo) return { ok: false, code: 'PHOTO_NOT_FOUND', message: 'is not the URL of one of your uploaded photos (use the `url` uploadPhoto returned)' };
    }
    return this.#inner.inspect(url, options);
  }
}
