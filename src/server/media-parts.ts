import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { MediaCopyStore } from '../media/copies.ts';
import { type CopyOutcome, MediaCopier } from '../media/copier.ts';
import { MediaFetcher } from '../media/fetch.ts';
import { mediaUrlSecret, openMediaStore } from '../media/index.ts';
import { OutputPresenter } from '../media/outputs.ts';
import { PhotoLibrary } from '../media/photos.ts';
import { Media } from '../media/service.ts';
import { MediaUrls } from '../media/signed-urls.ts';
import type { MediaStore } from '../media/store.ts';
import { UploadedPhotoGuard } from '../media/uploaded-photo-guard.ts';
import { openMediaCopies } from '../store/media-copies.ts';
import type { PhotoInspector } from '../tasks/photos.ts';
import type { Providers } from '../tasks/providers.ts';
import type { RateLimiter } from '../tasks/rate-limits.ts';
import type { TaskStore } from '../tasks/store.ts';
import type { Task } from '../tasks/task.ts';
import { createMediaHandler } from './media-http.ts';

/** The media parts of a gateway, wired: what `startGateway` hands to the task service, GraphQL and HTTP. */
export interface MediaParts {
  store: MediaStore;
  copies: MediaCopyStore;
  urls: MediaUrls;
  media: Media;
  copier: MediaCopier;
  /** `/media/…` for the HTTP server. */
  handler: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
  /** The photo checks, aware of uploaded photos (their owner, their URL's signature). */
  guard(inner: PhotoInspector): PhotoInspector;
  /** The task's video as outgoing webhooks show it (as the API does). */
  presentVideo(task: Task): unknown;
  /** Stops the copier (its copies in flight get `graceMs`), then closes downloads and the store. */
  close(graceMs?: number): Promise<void>;
}

export interface MediaPartsOptions {
  config: GatewayConfig;
  /** The task store: the copies' records live in its database. */
  tasks: TaskStore;
  providers: Providers;
  rateLimiter: RateLimiter;
  /** The gateway's own address, once it listens. */
  localUrl: () => string | undefined;
  logger: Logger;
  onCopy?: (outcome: CopyOutcome) => void;
}

/** Opens the media store and builds everything around it (nothing runs until `copier.start()`). */
export async function openMediaParts(o: MediaPartsOptions): Promise<MediaParts> {
  const { config, logger } = o;
  const media = config.media;
  if (media.store.engine === 'disk' && config.store.engine === 'postgres') {
    logger.warn(
      "media are kept on this replica's disk (MEDIA_STORE=disk) while tasks are shared (DATABASE_URL): other replicas cannot serve its copies. Use MEDIA_STORE=s3 for replicas.",
    );
  }
  const store = await openMediaStore(media.store);
  try {
    const copies = await openMediaCopies(o.tasks);
    const secret = await mediaUrlSecret(media);
    logger.redact(secret);
    const urls = new MediaUrls({ secret, baseUrl: () => config.publicUrl ?? o.localUrl(), otherBases: () => [o.localUrl()] });
    const photos = new PhotoLibrary({
      store,
      urls,
      maxBytes: media.maxUploadBytes,
      ttlSeconds: media.photoUrlTtlSeconds,
      rateLimit: media.uploads.perMinute > 0 ? { limiter: o.rateLimiter, rule: media.uploads } : undefined,
    });
    const outputs = new OutputPresenter(urls, media.retentionDays);
    const fetcher = new MediaFetcher();
    const localNetwork = (provider: string) => (o.providers.has(provider) ? o.providers.get(provider).localNetwork : false);
    const copier = new MediaCopier({
      copies,
      store,
      tasks: o.tasks,
      localNetwork,
      fetcher,
      logger: logger.child({ component: 'media' }),
      retry: media.copy.retry,
      concurrency: media.copy.concurrency,
      timeoutMs: media.copy.timeoutSeconds * 1000,
      maxVideoBytes: media.maxVideoBytes,
      retentionMs: media.retentionDays > 0 ? media.retentionDays * 86_400_000 : null,
      prune: [(now) => photos.prune(now)],
      onAttempt: o.onCopy,
    });
    const handler = createMediaHandler({ store, urls, tasks: o.tasks, fetcher, localNetwork, logger: logger.child({ component: 'media' }) });
    return {
      store,
      copies,
      urls,
      media: new Media({ photos, outputs, copies }),
      copier,
      handler,
      guard: (inner) => new UploadedPhotoGuard(inner, urls, photos),
      presentVideo(task) {
        const shown = outputs.present(task);
        if (!shown) return null;
        const { taskId: _, ...video } = shown;
        return video;
      },
      async close(graceMs = 5_000) {
        await copier.stop(graceMs);
        await fetcher.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
