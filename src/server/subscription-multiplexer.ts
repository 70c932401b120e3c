import type { ExecutionResult } from 'graphql';
import { SubscriberTooSlowError } from '../resolvers/graphql-errors.ts';

/**
 * Shared subscriptions: operations that are the same (same query text, operation name, variables
 * and authenticated client, see `subscriptionKey`) run as ONE underlying subscription — one source
 * event stream, one execution per event — and each subscriber reads the shared results through its
 * own light consumer iterator. Every consumer receives the same result objects, in source order
 * (graphql-ws serializes each result per socket, so nothing is copied here).
 *
 * Lifecycle of a shared stream:
 * - The first `subscribe()` of a key calls `start()`; callers arriving while it is pending join that
 *   start. Their consumers are attached before the source can emit, so none misses the first result.
 * - `start()` resolving to a plain result (an error result) hands that same result to every caller
 *   and keeps nothing; `start()` throwing rejects every caller with the same error.
 * - A consumer's `return()` detaches only that consumer and resolves at once. When the last one
 *   leaves, the key is forgotten (the next `subscribe()` starts afresh) and the source's `return()`
 *   is called in the background: an async generator suspended at an `await` only honours it at its
 *   next `yield`, and no subscriber should wait for that.
 * - When the source completes, each consumer completes after the results queued for it. When the
 *   source throws, each consumer, after its queued results, rejects with that same error (as an
 *   unshared subscription would: graphql-ws turns it into an `error` message), then is done. Either
 *   way the key is forgotten.
 *
 * Slow consumers: results wait in a consumer's queue while it is not pulling (a consumer waiting in
 * `next()` is resolved directly). When a queue grows past `maxQueuePerConsumer`:
 * - on a `replayLatest` stream (each result is the full current state) the older queued results are
 *   dropped and only the newest is kept;
 * - otherwise that consumer alone ends: its queue is dropped, it yields one error result
 *   (`SUBSCRIBER_TOO_SLOW`; the client should subscribe again), then completes.
 *
 * The context of a shared execution is the one built by the subscriber that started it: key
 * subscriptions by everything the execution depends on (the client's name: `scope`).
 */

type Started = AsyncIterable<ExecutionResult> | ExecutionResult;
type Step = IteratorResult<ExecutionResult, undefined>;

export interface MultiplexOptions {
  /**
   * A consumer joining a running stream first receives the stream's most recent result, if any: for
   * "state" subscriptions whose every event is the full current state (e.g. `Subscription.task`).
   * Otherwise it receives the results emitted after it joined. The first subscriber of a key decides.
   */
  replayLatest: boolean;
}

export interface SubscriptionMultiplexerOptions {
  /** Results queued for a consumer that is not pulling, beyond which it is handled as too slow. @default 1000 */
  maxQueuePerConsumer?: number;
}

/** See the module's description. One per process (or per gateway); keys are opaque strings. */
export class SubscriptionMultiplexer {
  readonly #shared: Shared;
  #closing: Promise<void> | null = null;

  constructor(options: SubscriptionMultiplexerOptions = {}) {
    const max = options.maxQueuePerConsumer ?? 1000;
    if (!(max >= 1)) throw new RangeError('maxQueuePerConsumer must be at least 1.');
    this.#shared = { streams: new Map(), consumers: 0, maxQueue: max, closed: false };
  }

  /**
   * A consumer of the shared stream under `key`, starting it with `start()` when none runs (exactly
   * one start per key at a time: concurrent callers wait for the pending one). Resolves to `start()`'s
   * own result when that is not an iterable (an error result), the same object for every waiter.
   * Rejects once `close()` has been called.
   */
  async subscribe(key: string, start: () => Promise<Started> | Started, options: MultiplexOptions): Promise<Started> {
    const shared = this.#shared;
    if (shared.closed) throw new Error('The subscription multiplexer is closed.');
    let stream = shared.streams.get(key);
    if (stream === undefined) {
      stream = new Stream(shared, key, options.replayLatest);
      shared.streams.set(key, stream);
      stream.ready = stream.start(start);
    }
    const consumer = stream.add();
    const failed = await stream.ready;
    return failed ?? consumer;
  }

  /** Shared streams running (or starting). */
  get streams(): number {
    return this.#shared.streams.size;
  }

  /** Consumers attached to the streams running. */
  get consumers(): number {
    return this.#shared.consumers;
  }

  /**
   * Ends every consumer at once (queued results are dropped, a pending `next()` resolves as done) and
   * calls every source's `return()` (a start in flight has its source returned once it arrives). The
   * sources are not waited for: see the module's note on async generators. Idempotent; `subscribe()`
   * rejects from then on.
   */
  close(): Promise<void> {
    if (this.#closing) return this.#closing;
    const shared = this.#shared;
    shared.closed = true;
    for (const stream of [...shared.streams.values()]) stream.close();
    return (this.#closing = Promise.resolve());
  }
}

/**
 * A stable key for a subscription: query text, operation name, variables as canonical JSON (object
 * keys sorted at every depth; absent, `null` and `{}` variables are the same) and `scope`, the
 * authenticated client's name, so that no client ever reads another's results.
 */
export function subscriptionKey(
  query: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  scope: string,
): string {
  return `${JSON.stringify(scope)}\n${JSON.stringify(operationName ?? null)}\n${canonicalJson(variables ?? {})}\n${query}`;
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(record).sort()) {
    if (record[k] !== undefined) parts.push(`${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  }
  return `{${parts.join(',')}}`;
}

/** State shared by the multiplexer and its streams. */
interface Shared {
  streams: Map<string, Stream>;
  consumers: number;
  maxQueue: number;
  closed: boolean;
}

/** How a consumer ends once its queue is drained: done, or rejecting with the source's error. */
type End = typeof DONE_END | { error: unknown };
const DONE_END = Symbol('done');
const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/** One shared subscription: its source, its consumers and the pump between them. */
class Stream {
  readonly shared: Shared;
  readonly key: string;
  readonly replayLatest: boolean;
  readonly consumers = new Set<Consumer>();
  /** Resolves once started: to null, or to the error result every waiter gets. */
  ready: Promise<ExecutionResult | null> | null = null;
  source: AsyncIterator<ExecutionResult> | null = null;
  /** The most recent result, for `replayLatest` joiners. */
  latest: Step | null = null;
  ended = false;

  constructor(shared: Shared, key: string, replayLatest: boolean) {
    this.shared = shared;
    this.key = key;
    this.replayLatest = replayLatest;
  }

  async start(start: () => Promise<Started> | Started): Promise<ExecutionResult | null> {
    let started: Started;
    try {
      started = await start();
    } catch (err) {
      this.#discard();
      throw err;
    }
    if (!isAsyncIterable(started)) {
      this.#discard();
      return started;
    }
    const source = started[Symbol.asyncIterator]();
    // Closed while starting: the waiters' consumers have already ended.
    if (this.ended) returnQuietly(source);
    else void this.#pump(source);
    return null;
  }

  add(): Consumer {
    const consumer = new Consumer(this);
    this.consumers.add(consumer);
    this.shared.consumers++;
    if (this.latest !== null) consumer.deliver(this.latest);
    return consumer;
  }

  /** Detaches a consumer; the last one out stops the stream. */
  remove(consumer: Consumer): void {
    if (!this.consumers.delete(consumer)) return;
    this.shared.consumers--;
    if (this.consumers.size === 0 && !this.ended) this.#stop();
  }

  /** `close()`: ends the consumers at once and the source. */
  close(): void {
    for (const consumer of this.consumers) consumer.kill();
    this.shared.consumers -= this.consumers.size;
    this.consumers.clear();
    this.#stop();
  }

  async #pump(source: AsyncIterator<ExecutionResult>): Promise<void> {
    this.source = source;
    let end: End = DONE_END;
    try {
      while (!this.ended) {
        const next = await source.next();
        if (this.ended) return;
        if (next.done) break;
        // One step object per result, shared by every consumer and every queue.
        const step: Step = { value: next.value, done: false };
        if (this.replayLatest) this.latest = step;
        for (const consumer of this.consumers) consumer.deliver(step);
      }
    } catch (error) {
      if (this.ended) return;
      end = { error };
    }
    if (this.ended) return;
    this.#forget();
    for (const consumer of this.consumers) consumer.end(end);
    this.shared.consumers -= this.consumers.size;
    this.consumers.clear();
  }

  /** The last consumer left, or `close()`: forget the key and return the source. */
  #stop(): void {
    const source = this.source;
    this.#forget();
    if (source !== null) returnQuietly(source);
  }

  /** `start()` gave no stream: the waiters get its outcome and nothing is kept. */
  #discard(): void {
    this.#forget();
    for (const consumer of this.consumers) consumer.kill();
    this.shared.consumers -= this.consumers.size;
    this.consumers.clear();
  }

  #forget(): void {
    this.ended = true;
    this.latest = null;
    this.source = null;
    if (this.shared.streams.get(this.key) === this) this.shared.streams.delete(this.key);
  }
}

/**
 * One subscriber's view of a shared stream: a queue (allocated only while results wait), at most
 * one pending `next()` and how it ends. An async iterator with `return()`, as graphql-ws expects.
 */
class Consumer implements AsyncIterableIterator<ExecutionResult, undefined> {
  #stream: Stream | null;
  #queue: Step[] | null = null;
  #waiter: PromiseWithResolvers<Step> | null = null;
  /** Set once detached: what follows the queued results. */
  #end: End | null = null;

  constructor(stream: Stream) {
    this.#stream = stream;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<Step> {
    const queue = this.#queue;
    if (queue !== null) {
      const step = queue.shift()!;
      if (queue.length === 0) this.#queue = null;
      return Promise.resolve(step);
    }
    const end = this.#end;
    if (end !== null) {
      if (end === DONE_END) return Promise.resolve(DONE);
      this.#end = DONE_END;
      return Promise.reject(end.error);
    }
    // Concurrent next() calls are served one after the other.
    if (this.#waiter !== null) {
      const next = () => this.next();
      return this.#waiter.promise.then(next, next);
    }
    this.#waiter = Promise.withResolvers<Step>();
    return this.#waiter.promise;
  }

  /** Leaves the shared stream (the last consumer out stops it). Resolves at once. */
  return(): Promise<Step> {
    const stream = this.#stream;
    this.kill();
    stream?.remove(this);
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<Step> {
    void this.return();
    return Promise.reject(error);
  }

  /** From the pump: a result for this consumer, in source order. */
  deliver(step: Step): void {
    const waiter = this.#waiter;
    if (waiter !== null) {
      this.#waiter = null;
      waiter.resolve(step);
      return;
    }
    const queue = this.#queue;
    if (queue === null) {
      this.#queue = [step];
      return;
    }
    queue.push(step);
    const stream = this.#stream!;
    if (queue.length <= stream.shared.maxQueue) return;
    if (stream.replayLatest) {
      // Each result is the full state: the newest one supersedes every older one.
      this.#queue = [step];
      return;
    }
    const max = stream.shared.maxQueue;
    this.kill();
    stream.remove(this);
    this.#queue = [{ value: tooSlow(max), done: false }];
  }

  /** The source completed (`DONE_END`) or threw: that follows the queued results. */
  end(end: End): void {
    this.#stream = null;
    const waiter = this.#waiter;
    if (waiter === null) {
      this.#end = end;
      return;
    }
    this.#waiter = null;
    this.#end = DONE_END;
    if (end === DONE_END) waiter.resolve(DONE);
    else waiter.reject(end.error);
  }

  /** Ends now: queued results are dropped and a pending `next()` resolves as done. Does not touch the stream. */
  kill(): void {
    this.#stream = null;
    this.#queue = null;
    this.#end = DONE_END;
    const waiter = this.#waiter;
    if (waiter !== null) {
      this.#waiter = null;
      waiter.resolve(DONE);
    }
  }
}

function tooSlow(max: number): ExecutionResult {
  return {
    errors: [new SubscriberTooSlowError(max)],
  };
}

function isAsyncIterable(value: Started): value is AsyncIterable<ExecutionResult> {
  return typeof (value as Partial<AsyncIterable<unknown>> | null)?.[Symbol.asyncIterator] === 'function';
}

/** Calls a source's `return()` without waiting for it (see the module's note), errors ignored. */
function returnQuietly(source: AsyncIterator<unknown>): void {
  try {
    if (typeof source.return === 'function') Promise.resolve(source.return()).catch(() => {});
  } catch {
    // A source whose return() throws has ended anyway as far as we are concerned.
  }
}
