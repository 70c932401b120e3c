import { setMaxListeners } from 'node:events';
import { createPubSub } from 'graphql-yoga';
import type { Task } from './task.ts';

/**
 * Task changes, published after they are persisted. In-process by default; given a shared event
 * target (e.g. Redis), every replica sees every change.
 */
export function createTaskEvents(eventTarget?: NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget']) {
  // Every subscriber listens on this one target; any number of them may watch one task, so no
  // "possible memory leak" warning at 11 listeners.
  const target = eventTarget ?? new EventTarget();
  if (!eventTarget) setMaxListeners(0, target);
  const pubsub = createPubSub<{ task: [taskId: string, task: Task]; owner: [owner: string, task: Task] }>({ eventTarget: target });
  return {
    publish(task: Task): void {
      pubsub.publish('task', task.id, task);
      pubsub.publish('owner', task.owner, task);
    },
    /** Every change of one task. */
    ofTask: (taskId: string) => pubsub.subscribe('task', taskId),
    /** Every change of one client's tasks. */
    ofOwner: (owner: string) => pubsub.subscribe('owner', owner),
  };
}

export type TaskEvents = ReturnType<typeof createTaskEvents>;
