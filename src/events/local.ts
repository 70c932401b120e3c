import { RESYNC, type TaskEvent, type TaskEvents } from '../tasks/events.ts';
import type { Task } from '../tasks/task.ts';

/**
 * Task events within one process: a map from topic (one task, one owner) to its listeners, so a
 * change costs one lookup per topic however many tasks are watched. `dispatch` and `resync` are
 * also the Redis bus's way in.
 */
export class LocalTaskEvents implements TaskEvents {
  readonly #topics = new Map<string, Set<Listener>>();
  #count = 0;

  publish(task: Task): void {
    this.dispatch(task);
  }

  /** Hands `task` to its listeners here. */
  dispatch(task: Task): void {
    this.#deliver(`t:${task.id}`, task);
    this.#deliver(`o:${task.owner}`, task);
  }

  /** Tells every listener that events may have been missed. */
  resync(): void {
    for (const listeners of this.#topics.values()) for (const l of listeners) l.push(RESYNC);
  }

  ofTask(taskId: string): AsyncIterableIterator<TaskEvent> {
    return this.#listen(`t:${taskId}`);
  }

  ofOwner(owner: string): AsyncIterableIterator<TaskEvent> {
    return this.#listen(`o:${owner}`);
  }

  get listeners(): number {
    return this.#count;
  }

  async close(): Promise<void> {
    for (const listeners of [...this.#topics.values()]) for (const l of [...listeners]) l.end();
  }

  #deliver(topic: string, task: Task): void {
    const listeners = this.#topics.get(topic);
    if (listeners) for (const l of listeners) l.push(task);
  }

  #listen(topic: string): AsyncIterableIterator<TaskEvent> {
    let listeners = this.#topics.get(topic);
    if (!listeners) this.#topics.set(topic, (listeners = new Set()));
    const set = listeners;
    const listener = new Listener(() => {
      set.delete(listener);
      this.#count--;
      if (set.size === 0 && this.#topics.get(topic) === set) this.#topics.delete(topic);
    });
    set.add(listener);
    this.#count++;
    return listener;
  }
}

/**
 * One listener's queue and iterator. Events wait here while the consumer is busy; a consumer that
 * falls this far behind is ended rather than allowed to grow without bound (its subscription then
 * completes, and the client can subscribe again for the current state).
 */
const MAX_QUEUED = 10_000;

class Listener implements AsyncIterableIterator<TaskEvent> {
  readonly #detach: () => void;
  #queue: TaskEvent[] = [];
  #waiting: ((r: IteratorResult<TaskEvent>) => void) | null = null;
  #done = false;

  constructor(detach: () => void) {
    this.#detach = detach;
  }

  push(event: TaskEvent): void {
    if (this.#done) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: event, done: false });
    } else if (this.#queue.length >= MAX_QUEUED) {
      this.end();
    } else {
      this.#queue.push(event);
    }
  }

  end(): void {
    if (this.#done) return;
    this.#done = true;
    this.#queue = [];
    this.#detach();
    const resolve = this.#waiting;
    this.#waiting = null;
    resolve?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<TaskEvent>> {
    if (this.#queue.length > 0) return Promise.resolve({ value: this.#queue.shift()!, done: false });
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  return(): Promise<IteratorResult<TaskEvent>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<TaskEvent> {
    return this;
  }
}
