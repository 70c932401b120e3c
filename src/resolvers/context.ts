import type DataLoader from 'dataloader';
import type { Logger } from '../log.ts';
import type { MediaCopy } from '../media/copies.ts';
import type { Media } from '../media/service.ts';
import type { TaskEvents } from '../tasks/events.ts';
import type { TaskService } from '../tasks/service.ts';
import type { Task } from '../tasks/task.ts';

/** What every resolver gets: who is asking, the domain services, and a logger with the request id. */
export interface Context {
  /** The gateway client making the request (`local` in open mode). */
  client: { name: string };
  tasks: TaskService;
  events: TaskEvents;
  requestId: string;
  /** This request's task loader (batched, cached for the request only; never across subscription events). */
  loadTask: DataLoader<string, Task | null>;
  /** Uploads, photos, and how a task's video is shown. */
  media: Media;
  /** This request's loader of output copies by task id (like `loadTask`, never across subscription events). */
  loadMediaCopy: DataLoader<string, MediaCopy | null>;
  log: Logger;
}
