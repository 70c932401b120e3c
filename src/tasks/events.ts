import type { Task } from './task.ts';

/**
 * Task changes, published after they are persisted. In-process by default (`src/events/local.ts`);
 * with `REDIS_URL` every replica publishes to and hears from one Redis channel
 * (`src/events/redis.ts`), so a subscriber on any replica sees every change.
 *
 * A stream also carries `RESYNC` when events may have been missed (the link to Redis dropped and
 * came back): a listener then re-reads what it watches from the store.
 */
export const RESYNC = Symbol('resync');
export type TaskEvent = Task | typeof RESYNC;

export interface TaskEvents {
  publish(task: Task): void;
  /** Every change of one task, from now on (listening starts at the call, not at the first `next()`). */
  ofTask(taskId: string): AsyncIterableIterator<TaskEvent>;
  /** Every change of one client's tasks, from now on. */
  ofOwner(owner: string): AsyncIterableIterator<TaskEvent>;
  /** Listeners now attached, for metrics and tests. */
  readonly listeners: number;
  close(): Promise<void>;
}
