import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log.ts';
import type { TaskEvent, TaskEvents } from '../tasks/events.ts';
import type { Task } from '../tasks/task.ts';
import { LocalTaskEvents } from './local.ts';

/**
 * Task events shared by every replica through one Redis pub/sub channel. A change is handed to this
 * replica's listeners at once (it needs no round trip, and still reaches them while Redis is down)
 * and published for the others, who skip their own messages by origin.
 *
 * Pub/sub keeps nothing for a subscriber that is away: when the subscribing connection drops and
 * comes back, every listener here gets `RESYNC` and re-reads what it watches from the store.
 */
export interface RedisEventsOptions {
  url: string;
  logger: Logger;
  /** Channel name, so that several deployments can share one Redis. @default 'tourgraph:tasks' */
  channel?: string;
  /** How long start-up waits for Redis before giving up. @default 10_000 */
  connectTimeoutMs?: number;
}

interface Message {
  origin: string;
  task: Task;
}

export class RedisTaskEvents implements TaskEvents {
  readonly #local = new LocalTaskEvents();
  readonly #origin = randomUUID();
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #channel: string;
  readonly #log: Logger;
  #connectedOnce = false;
  #closed = false;
  /** Publishes are failing (Redis is away): logged once when it starts and once when it ends. */
  #publishFailing = 0;

  private constructor(options: RedisEventsOptions) {
    this.#channel = options.channel ?? 'tourgraph:tasks';
    this.#log = options.logger;
    const common = {
      connectTimeout: options.connectTimeoutMs ?? 10_000,
      // Reconnect forever, backing off to 2 s: a Redis restart must not end the gateway.
      retryStrategy: (times: number) => Math.min(2_000, 50 * 2 ** Math.min(times, 6)),
      lazyConnect: true,
    };
    // No offline queue: a change published while Redis is away fails at once (the others re-read
    // on reconnect) instead of arriving late, out of order with what they re-read.
    this.#pub = new Redis(options.url, { ...common, connectionName: 'tourgraph-pub', enableOfflineQueue: false });
    this.#sub = new Redis(options.url, { ...common, connectionName: 'tourgraph-sub' });
    for (const [name, conn] of [
      ['pub', this.#pub],
      ['sub', this.#sub],
    ] as const) {
      // Without a listener an error event would crash the process; reconnection is ioredis's.
      conn.on('error', (err: Error) => this.#log.warn('redis connection error', { connection: name, err: err.message }));
    }
    this.#sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      if (channel.toString() !== this.#channel) return;
      let parsed: Message;
      try {
        parsed = JSON.parse(message.toString()) as Message;
      } catch {
        return this.#log.warn('redis: ignored a malformed task event');
      }
      if (parsed.origin !== this.#origin) this.#local.dispatch(parsed.task);
    });
    this.#sub.on('ready', () => {
      // ioredis subscribes again by itself after a reconnect; what was published meanwhile is gone.
      if (this.#connectedOnce && !this.#closed) {
        this.#log.info('redis reconnected; subscribers re-read their tasks');
        this.#local.resync();
      }
      this.#connectedOnce = true;
    });
  }

  /** Connects both connections and subscribes; fails (naming REDIS_URL) when Redis cannot be reached. */
  static async connect(options: RedisEventsOptions): Promise<RedisTaskEvents> {
    const events = new RedisTaskEvents(options);
    try {
      await Promise.all([events.#pub.connect(), events.#sub.connect()]);
      await events.#sub.subscribe(events.#channel);
    } catch (err) {
      await events.close();
      throw new Error(`REDIS_URL: could not connect to Redis (${(err as Error).message})`, { cause: err });
    }
    return events;
  }

  publish(task: Task): void {
    this.#local.dispatch(task);
    const message: Message = { origin: this.#origin, task };
    this.#pub.publish(this.#channel, JSON.stringify(message)).then(
      () => {
        if (this.#publishFailing === 0) return;
        this.#log.info('redis: publishing task events again', { failedMeanwhile: this.#publishFailing });
        this.#publishFailing = 0;
      },
      (err: Error) => {
        // Other replicas' subscribers re-read on their reconnect; nothing is lost from the store.
        if (this.#publishFailing++ === 0)
          this.#log.warn('redis: cannot publish task events; other replicas will re-read on reconnect', { taskId: task.id, err: err.message });
      },
    );
  }

  ofTask(taskId: string): AsyncIterableIterator<TaskEvent> {
    return this.#local.ofTask(taskId);
  }

  ofOwner(owner: string): AsyncIterableIterator<TaskEvent> {
    return this.#local.ofOwner(owner);
  }

  get listeners(): number {
    return this.#local.listeners;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#local.close();
    await Promise.allSettled([this.#pub.quit(), this.#sub.quit()]);
    this.#pub.disconnect();
    this.#sub.disconnect();
  }
}
