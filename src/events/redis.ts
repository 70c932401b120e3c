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

/** A change (`task`), or (`resync`) word that a replica's publishes failed for a while: re-read. */
type Message = { origin: string; task: Task } | { origin: string; resync: true };

/** The message's shape, checked: anything else on the channel (another version, a stray publish) is ignored. */
function parseMessage(text: string): Message | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  if (typeof m.origin !== 'string') return null;
  if (m.resync === true) return { origin: m.origin, resync: true };
  const task = m.task as Record<string, unknown> | null | undefined;
  if (!task || typeof task !== 'object' || typeof task.id !== 'string' || typeof task.owner !== 'string' || typeof task.version !== 'number') return null;
  return { origin: m.origin, task: task as unknown as Task };
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
    this.#channel = options.channel ?? defaultChannel(options.url);
    this.#log = options.logger;
    const common = {
      connectTimeout: options.connectTimeoutMs ?? 10_000,
      // Reconnect forever, backing off to 2 s: a Redis restart must not end the gateway.
      retryStrategy: (times: number) => Math.min(2_000, 50 * 2 ** Math.min(times, 6)),
      lazyConnect: true,
    };
    // No offline queue: a change published while Redis is away fails at once (the others re-read
    // once it works again) instead of arriving late, out of order with what they re-read.
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
      const parsed = parseMessage(message.toString());
      if (!parsed) return this.#log.warn('redis: ignored a malformed task event');
      if (parsed.origin === this.#origin) return;
      if ('resync' in parsed) this.#local.resync();
      else this.#local.dispatch(parsed.task);
    });
    this.#pub.on('ready', () => this.#publishingAgain());
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
      () => this.#publishingAgain(),
      (err: Error) => {
        // Nothing is lost from the store: once publishing works again the others are told to re-read.
        if (this.#publishFailing++ === 0)
          this.#log.warn('redis: cannot publish task events; other replicas will re-read when it works again', { taskId: task.id, err: err.message });
      },
    );
  }

  /**
   * Publishing works again after failures (the publisher reconnected, or a publish went through):
   * the other replicas may have stayed connected throughout, so tell them to re-read.
   */
  #publishingAgain(): void {
    if (this.#publishFailing === 0) return;
    this.#log.info('redis: publishing task events again; other replicas re-read', { failedMeanwhile: this.#publishFailing });
    this.#publishFailing = 0;
    const resync: Message = { origin: this.#origin, resync: true };
    this.#pub.publish(this.#channel, JSON.stringify(resync)).catch(() => {
      this.#publishFailing = 1;
    });
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

/**
 * `tourgraph:tasks`, with the database number when the URL names one (`redis://host/2`): pub/sub
 * ignores database numbers, so deployments kept apart by them would otherwise hear each other.
 */
export function defaultChannel(url: string): string {
  const db = Number(new URL(url).pathname.slice(1) || 0);
  return Number.isInteger(db) && db > 0 ? `tourgraph:tasks:db${db}` : 'tourgraph:tasks';
}
