import type DataLoader from 'dataloader';
import type { Logger } from '../log.ts';
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
  log: Logger;
}
