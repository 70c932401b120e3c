import type { Task } from '../tasks/task.ts';
import type { MediaCopy, MediaCopyStore } from './copies.ts';
import type { OutputPresenter, PresentedVideo } from './outputs.ts';
import type { Photo, PhotoLibrary, UploadedFile } from './photos.ts';

/** What the GraphQL layer asks of the media: uploads, photos, and how a task's video is shown. */
export class Media {
  readonly #photos: PhotoLibrary;
  readonly #outputs: OutputPresenter;
  readonly #copies: MediaCopyStore;

  constructor(parts: { photos: PhotoLibrary; outputs: OutputPresenter; copies: MediaCopyStore }) {
    this.#photos = parts.photos;
    this.#outputs = parts.outputs;
    this.#copies = parts.copies;
  }

  /** @throws ValidationFailedError (paths from `file`), RateLimitedError */
  uploadPhoto(owner: string, file: UploadedFile): Promise<Photo> {
    return this.#photos.upload(owner, file);
  }

  /** One of `owner`'s photos; null when there is none for it. */
  photo(owner: string, id: string): Promise<Photo | null> {
    return this.#photos.get(owner, id);
  }

  photoUrl(photo: Photo): string {
    return this.#photos.url(photo);
  }

  /** The task's video with our URLs and the provider's; null when it has none. */
  presentVideo(task: Task): PresentedVideo | null {
    return this.#outputs.present(task);
  }

  /** The copies of these tasks' outputs, in order; null where there is none (not succeeded). */
  copiesOf(taskIds: readonly string[]): Promise<(MediaCopy | null)[]> {
    return this.#copies.getMany(taskIds);
  }
}
