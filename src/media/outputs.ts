import type { TaskVideo } from '../tasks/provider.ts';
import type { Task } from '../tasks/task.ts';
import type { MediaUrls } from './signed-urls.ts';

/**
 * How a task's video is shown once the gateway keeps its own copy: `url` and `coverImageUrl` are
 * the gateway's signed URLs (`/media/tasks/<task id>/video`, `…/cover`), valid until the copy's
 * retention ends, and the provider's own links stay visible beside them. The URLs are the same
 * from the moment the task succeeds, before the copy is made: until then the gateway relays the
 * provider's file, so a client never has to swap one URL for another.
 */
export interface PresentedVideo extends TaskVideo {
  /** The provider's link to the video, and when the provider stops hosting it. */
  providerUrl: string;
  providerCoverImageUrl: string | null;
  providerExpiresAt: string | null;
  /** The task whose video it is (to look up its copy). */
  taskId: string;
}

export type OutputFile = 'video' | 'cover';

/** Where a task's output file is kept in the media store. */
export function outputKey(taskId: string, file: OutputFile): string {
  return `tasks/${taskId}/${file}`;
}

/** The path a task's output file is served at. */
export function outputPath(taskId: string, file: OutputFile): string {
  return `/media/${outputKey(taskId, file)}`;
}

/** The task id and file a served path names; null for any other path. */
export function parseOutputPath(path: string): { taskId: string; file: OutputFile } | null {
  const m = /^\/media\/tasks\/([0-9a-f-]{36})\/(video|cover)$/.exec(path);
  return m ? { taskId: m[1]!, file: m[2] as OutputFile } : null;
}

export class OutputPresenter {
  readonly #urls: MediaUrls;
  readonly #retentionMs: number | null;

  /** `retentionDays`: how long copies are kept after the task succeeded; 0 keeps them (and their URLs) forever. */
  constructor(urls: MediaUrls, retentionDays: number) {
    this.#urls = urls;
    this.#retentionMs = retentionDays > 0 ? retentionDays * 86_400_000 : null;
  }

  /**
   * When a task's copy (and its URLs) ends: the retention after the gateway recorded its success
   * (the time its copy was queued, which the retention counts from too); null when kept forever.
   */
  expiresAt(task: Pick<Task, 'history' | 'updatedAt'>): Date | null {
    if (this.#retentionMs === null) return null;
    const succeeded = task.history.find((e) => e.status === 'SUCCEEDED')?.at ?? task.updatedAt;
    return new Date(Date.parse(succeeded) + this.#retentionMs);
  }

  /** The task's video as clients see it: our URLs, the provider's beside them. Null when it has none. */
  present(task: Task): PresentedVideo | null {
    const v = task.video;
    if (!v) return null;
    const expiresAt = this.expiresAt(task);
    return {
      url: this.#urls.sign(outputPath(task.id, 'video'), expiresAt),
      coverImageUrl: v.coverImageUrl ? this.#urls.sign(outputPath(task.id, 'cover'), expiresAt) : null,
      durationSeconds: v.durationSeconds,
      resolution: v.resolution,
      expiresAt: expiresAt?.toISOString() ?? null,
      providerUrl: v.url,
      providerCoverImageUrl: v.coverImageUrl,
      providerExpiresAt: v.expiresAt,
      taskId: task.id,
    };
  }
}
