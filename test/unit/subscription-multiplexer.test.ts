import { setImmediate as tick } from 'node:timers/promises';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { SubscriptionMultiplexer, subscriptionKey } from '../../src/server/subscription-multiplexer.ts';

/**
 * A source as graphql's subscribe() gives one: a real async generator, fed by the test. Counts how
 * often it is started, yields, is asked to return and runs its `finally`.
 */
function feed() {
  const buffered: ExecutionResult[] = [];
  let wake: (() => void) | null = null;
  let finish: { error?: unknown } | null = null;
  const log = { starts: 0, yields: 0, returnCalls: 0, finalized: 0 };
  async function* generate(): AsyncGenerator<ExecutionResult, void, void> {
    log.starts++;
    try {
      for (;;) {
        while (buffered.length === 0) {
          if (finish) {
            if ('error' in finish) throw finish.error;
            return;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
        log.yields++;
        yield buffered.shift()!;
      }
    } finally {
      log.finalized++;
    }
  }
  const poke = () => {
    wake?.();
    wake = null;
  };
  return {
    log,
    start(): AsyncGenerator<ExecutionResult, void, void> {
      const generator = generate();
      const original = generator.return.bind(generator);
      generator.return = (value) => {
        log.returnCalls++;
        return original(value);
      };
      return generator;
    },
    emit(...results: ExecutionResult[]): void {
      buffered.push(...results);
      poke();
    },
    complete(): void {
      finish = {};
      poke();
    },
    fail(error: unknown): void {
      finish = { error };
      poke();
    },
  };
}

type Consumer = AsyncIterator<ExecutionResult, undefined>;

function iterator(started: AsyncIterable<ExecutionResult> | ExecutionResult): Consumer {
  expect(typeof (started as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]).toBe('function');
  return (started as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]() as Consumer;
}

/** Lets the pump and every consumer's pending next() settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}

/** A next() that drain() left pending, to be taken up by the following drain(), so nothing is lost. */
const unfinished = new WeakMap<Consumer, Promise<IteratorResult<ExecutionResult, undefined>>>();

/** What a consumer has ready now, without waiting for more: its values, and whether it ended. */
async function drain(consumer: Consumer): Promise<{ values: ExecutionResult[]; done: boolean }> {
  const values: ExecutionResult[] = [];
  for (;;) {
    const pending = unfinished.get(consumer) ?? consumer.next();
    unfinished.delete(consumer);
    const next = await Promise.race([pending, tick().then(() => 'pending' as const)]);
    if (next === 'pending') {
      unfinished.set(consumer, pending);
      return { values, done: false };
    }
    if (next.done) return { values, done: true };
    values.push(next.value);
  }
}

const result = (n: number): ExecutionResult => ({ data: { n } });
const replay = { replayLatest: true };
const live = { replayLatest: false };

let mux: SubscriptionMultiplexer;
afterEach(async () => {
  await mux?.close();
});

describe('SubscriptionMultiplexer', () => {
  it('iterates one source per key and hands every consumer the same result objects, in order', async () => {
    mux = new SubscriptionMultiplexer();
    const source = feed();
    let starts = 0;
    const start = () => {
      starts++;
      return source.start();
    };
    const consumers = await Promise.all(Array.from({ length: 50 }, () => mux.subscribe('k', start, live).then(iterator)));
    expect(starts).toBe(1);
    expect(mux.streams).toBe(1);
    expect(mux.consumers).toBe(50);

    const sent = [result(1), result(2), result(3)];
    // Half the consumers wait in next() (resolved directly), half pull later (queued).
    const waiting = consumers.slice(0, 25).map((c) => c.next());
    source.emit(...sent);
    await settle();
    for (const next of await Promise.all(waiting)) expect(next.value).toBe(sent[0]);
    for (const [i, c] of consumers.entries()) {
      const { values } = await drain(c);
      const expected = i < 25 ? sent.slice(1) : sent;
      expect(values).toHaveLength(expected.length);
      for (const [j, v] of values.entries()) expect(v).toBe(expected[j]); // the same object, not a copy
    }
    expect(source.log.starts).toBe(1);
    expect(source.log.yields).toBe(3);
  });

  it('runs exactly one start per key while it is pending, and a separate one per key', async () => {
    mux = new SubscriptionMultiplexer();
    const a = feed();
    const b = feed();
    const starts: string[] = [];
    const slowStart = (name: string, source: ReturnType<typeof feed>) => async () => {
      starts.push(name);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return source.start();
    };
    const joined = await Promise.all([
      ...Array.from({ length: 10 }, () => mux.subscribe('a', slowStart('a', a), live)),
      ...Array.from({ length: 3 }, () => mux.subscribe('b', slowStart('b', b), live)),
    ]);
    expect(starts.sort()).toEqual(['a', 'b']);
    expect(mux.streams).toBe(2);
    expect(mux.consumers).toBe(13);
    // A source that emits as soon as it is started still reaches every waiter.
    a.emit(result(1));
    b.emit(result(2));
    await settle();
    const seen = await Promise.all(joined.map((s) => drain(iterator(s))));
    expect(seen.slice(0, 10).every((s) => s.values[0]?.data?.n === 1 && s.values.length === 1)).toBe(true);
    expect(seen.slice(10).every((s) => s.values[0]?.data?.n === 2 && s.values.length === 1)).toBe(true);
  });

  it('removes only the consumer that returns; the last one out returns the source and the key starts afresh', async () => {
    mux = new SubscriptionMultiplexer();
    const source = feed();
    const [c1, c2] = await Promise.all([mux.subscribe('k', () => source.start(), live), mux.subscribe('k', () => source.start(), live)]).then((s) =>
      s.map(iterator),
    );
    const pending = c1!.next();
    await expect(c1!.return!()).resolves.toEqual({ value: undefined, done: true });
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(mux.consumers).toBe(1);
    expect(mux.streams).toBe(1);
    expect(source.log.returnCalls).toBe(0);

    source.emit(result(1));
    await settle();
    expect((await c2!.next()).value).toEqual(result(1));
    await expect(c1!.next()).resolves.toEqual({ value: undefined, done: true });

    await c2!.return!();
    expect(mux.consumers).toBe(0);
    expect(mux.streams).toBe(0);
    expect(source.log.returnCalls).toBe(1);
    // The generator sits at an await; it honours return() at its next yield, whose value goes nowhere.
    source.emit(result(2));
    await settle();
    expect(source.log.finalized).toBe(1);
    await expect(c2!.next()).resolves.toEqual({ value: undefined, done: true });

    const again = iterator(await mux.subscribe('k', () => source.start(), live));
    expect(source.log.starts).toBe(2);
    expect(mux.streams).toBe(1);
    source.emit(result(3));
    await settle();
    expect((await again.next()).value).toEqual(result(3));
  });

  it('completes every consumer after its queued results when the source completes, and forgets the key', async () => {
    mux = new SubscriptionMultiplexer();
    const source = feed();
    const [waiting, queued] = (await Promise.all([1, 2].map(() => mux.subscribe('k', () => source.start(), live)))).map(iterator);
    const next = waiting!.next();
    source.emit(result(1), result(2));
    source.complete();
    await settle();
    expect(mux.streams).toBe(0);
    expect(mux.consumers).toBe(0);
    expect((await next).value).toEqual(result(1));
    expect(await drain(waiting!)).toEqual({ values: [result(2)], done: true });
    expect(await drain(queued!)).toEqual({ values: [result(1), result(2)], done: true });
    expect(source.log.finalized).toBe(1);

    const later = feed();
    const fresh = iterator(await mux.subscribe('k', () => later.start(), live));
    expect(later.log.starts).toBe(1);
    later.emit(result(9));
    await settle();
    expect((await fresh.next()).value).toEqual(result(9));
  });

  it("delivers a source's error to every consumer after its queued results, then ends it (semantics: rethrow)", async () => {
    mux = new SubscriptionMultiplexer();
    const source = feed();
    const [waiting, queued] = (await Promise.all([1, 2].map(() => mux.subscribe('k', () => source.start(), live)))).map(iterator);
    const boom = new Error('upstream event bus gone');
    source.emit(result(1));
    await settle();
    expect((await waiting!.next()).value).toEqual(result(1));
    const rejected = waiting!.next().then(
      () => 'resolved',
      (err: unknown) => err,
    );
    source.fail(boom);
    await settle();
    expect(await rejected).toBe(boom);
    await expect(waiting!.next()).resolves.toEqual({ value: undefined, done: true });
    expect((await queued!.next()).value).toEqual(result(1));
    await expect(queued!.next()).rejects.toBe(boom);
    await expect(queued!.next()).resolves.toEqual({ value: undefined, done: true });
    expect(mux.streams).toBe(0);
    expect(mux.consumers).toBe(0);
  });

  it('hands every waiter the same error result when start() gives no stream, and keeps nothing', async () => {
    mux = new SubscriptionMultiplexer();
    const failure: ExecutionResult = { errors: [new GraphQLError('No task with this id exists for you.')] };
    let starts = 0;
    const start = async () => {
      starts++;
      await tick();
      return failure;
    };
    const got = await Promise.all(Array.from({ length: 5 }, () => mux.subscribe('k', start, replay)));
    expect(starts).toBe(1);
    for (const g of got) expect(g).toBe(failure);
    expect(mux.streams).toBe(0);
    expect(mux.consumers).toBe(0);

    const thrown = new Error('context failed');
    const throwing = async () => {
      starts++;
      await tick();
      throw thrown;
    };
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => mux.subscribe('k', throwing, replay)));
    expect(starts).toBe(2);
    for (const o of outcomes) expect(o).toEqual({ status: 'rejected', reason: thrown });
    expect(mux.streams).toBe(0);
    expect(mux.consumers).toBe(0);
    // A synchronous start() and a synchronous throw are handled alike.
    expect(await mux.subscribe('k', () => failure, live)).toBe(failure);
    await expect(
      mux.subscribe(
        'k',
        () => {
          throw thrown;
        },
        live,
      ),
    ).rejects.toBe(thrown);
    expect(mux.streams).toBe(0);
  });

  it('replayLatest: a late joiner gets the latest result first; an early joiner waits for the first', async () => {
    mux = new SubscriptionMultiplexer();
    const source = feed();
    const early = iterator(await mux.subscribe('k', () => source.start(), replay));
    const earlier = iterator(await mux.subscribe('k', () => source.start(), replay));
    expect(await drain(earlier)).toEqual({ values: [], done: false });
    const first = early.next();
    source.emit(result(1), result(2));
    await settle();
    expect((await first).value).toEqual(result(1));

    const late = iterator(await mux.subscribe('k', () => source.start(), replay));
    const latest = (await late.next()).value;
    expect(latest).toEqual(result(2));
    expect(latest).toBe((await early.next()).value); // the same object
    source.emit(result(3));
    await settle();
    expect(await drain(late)).toEqual({ values: [result(3)], done: false });
    expect(await drain(early)).toEqual({ values: [result(3)], done: false });
  });

  it('replayLatest false: a late joiner gets only what follows', async () => {
    mux = new SubscriptionMultiplexer();
    const source = feed();
    const early = iterator(await mux.subscribe('k', () => source.start(), live));
    source.emit(result(1), result(2));
    await settle();
    const late = iterator(await mux.subscribe('k', () => source.start(), live));
    expect(await drain(late)).toEqual({ values: [], done: false });
    source.emit(result(3));
    await settle();
    expect(await drain(late)).toEqual({ values: [result(3)], done: false });
    expect(await drain(early)).toEqual({ values: [result(1), result(2), result(3)], done: false });
  });

  it('replayLatest: a consumer that falls behind keeps only the newest queued result', async () => {
    mux = new SubscriptionMultiplexer({ maxQueuePerConsumer: 3 });
    const source = feed();
    const [slow, fast] = (await Promise.all([1, 2].map(() => mux.subscribe('k', () => source.start(), replay)))).map(iterator);
    const fastSeen: ExecutionResult[] = [];
    const reading = (async () => {
      for (;;) {
        const next = await fast!.next();
        if (next.done) return;
        fastSeen.push(next.value);
      }
    })();
    const take = async (n: number) => {
      const values: unknown[] = [];
      for (let i = 0; i < n; i++) values.push((await slow!.next()).value?.data?.n);
      return values;
    };
    source.emit(result(1), result(2), result(3));
    await settle();
    expect(await take(3)).toEqual([1, 2, 3]); // up to the limit, nothing is lost
    source.emit(result(4), result(5), result(6), result(7), result(8)); // 7 overflows: only 7 is kept; 8 queues
    await settle();
    expect(await take(2)).toEqual([7, 8]);
    source.emit(result(9), result(10), result(11), result(12), result(13), result(14), result(15), result(16), result(17));
    await settle(); // overflows at 12 (kept, then 13 and 14 queue) and at 15 (kept, then 16 and 17 queue)
    expect(await take(3)).toEqual([15, 16, 17]);
    expect(await drain(slow!)).toEqual({ values: [], done: false });
    expect(fastSeen.map((r) => r.data?.n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(mux.consumers).toBe(2);
    source.complete();
    await reading;
  });

  it('ends a consumer that falls behind a live stream with SUBSCRIBER_TOO_SLOW; the others go on', async () => {
    mux = new SubscriptionMultiplexer({ maxQueuePerConsumer: 2 });
    const source = feed();
    const [slow, fast] = (await Promise.all([1, 2].map(() => mux.subscribe('k', () => source.start(), live)))).map(iterator);
    const fastSeen: number[] = [];
    const reading = (async () => {
      for (;;) {
        const next = await fast!.next();
        if (next.done) return;
        fastSeen.push(next.value.data!.n as number);
      }
    })();
    source.emit(result(1), result(2), result(3));
    await settle();
    expect(mux.consumers).toBe(1);
    const { values, done } = await drain(slow!);
    expect(done).toBe(true);
    expect(values).toHaveLength(1);
    expect(values[0]!.data).toBeUndefined();
    expect(values[0]!.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(values[0]!.errors?.[0]?.message).toMatch(/^subscriber too slow/);
    expect(values[0]!.errors?.[0]?.extensions.code).toBe('SUBSCRIBER_TOO_SLOW');
    source.emit(result(4));
    await settle();
    expect(fastSeen).toEqual([1, 2, 3, 4]);
    expect(source.log.returnCalls).toBe(0);

    // The last consumer dropped as too slow stops the source like a return() would.
    await fast!.return!();
    await reading;
    expect(source.log.returnCalls).toBe(1);
    const other = feed();
    const lone = iterator(await mux.subscribe('lone', () => other.start(), live));
    other.emit(result(1), result(2), result(3));
    await settle();
    expect(mux.streams).toBe(0);
    expect(mux.consumers).toBe(0);
    expect(other.log.returnCalls).toBe(1);
    expect((await drain(lone)).values[0]?.errors?.[0]?.extensions.code).toBe('SUBSCRIBER_TOO_SLOW');
  });

  it('keeps source order for every consumer, whatever their pace', async () => {
    mux = new SubscriptionMultiplexer({ maxQueuePerConsumer: 10_000 });
    const source = feed();
    const consumers = (await Promise.all(Array.from({ length: 20 }, () => mux.subscribe('k', () => source.start(), live)))).map(iterator);
    const total = 500;
    const reads = consumers.map(async (c, i) => {
      const seen: number[] = [];
      for (;;) {
        const next = await c.next();
        if (next.done) return seen;
        seen.push(next.value.data!.n as number);
        if (i % 3 === 0) await tick(); // some slower than the source
      }
    });
    for (let n = 0; n < total; n += 50) {
      source.emit(...Array.from({ length: 50 }, (_, j) => result(n + j)));
      await tick();
    }
    source.complete();
    const expected = Array.from({ length: total }, (_, n) => n);
    for (const seen of await Promise.all(reads)) expect(seen).toEqual(expected);
  });

  it('close() ends every consumer and source, is idempotent, and refuses later subscribes', async () => {
    mux = new SubscriptionMultiplexer();
    const a = feed();
    const b = feed();
    const ca = iterator(await mux.subscribe('a', () => a.start(), live));
    const cb = iterator(await mux.subscribe('b', () => b.start(), replay));
    await settle();
    const pending = ca.next();
    b.emit(result(1));
    await settle();
    // A start still pending when close() is called: its source is returned once it arrives.
    const c = feed();
    const starting = mux.subscribe(
      'c',
      async () => {
        await tick();
        return c.start();
      },
      live,
    );

    const closing = mux.close();
    expect(mux.close()).toBe(closing);
    expect(mux.streams).toBe(0);
    expect(mux.consumers).toBe(0);
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    await expect(cb.next()).resolves.toEqual({ value: undefined, done: true }); // queued results dropped
    await expect(iterator(await starting).next()).resolves.toEqual({ value: undefined, done: true });
    expect(a.log.returnCalls).toBe(1);
    expect(b.log.returnCalls).toBe(1);
    expect(c.log.returnCalls).toBe(1);
    // close() does not wait for the generators: suspended at an await, they finish at their next yield.
    await closing;
    expect(a.log.finalized + b.log.finalized).toBe(0);
    a.emit(result(0));
    b.emit(result(0));
    await settle();
    expect(a.log.finalized + b.log.finalized).toBe(2);
    await expect(mux.subscribe('a', () => a.start(), live)).rejects.toThrow(/closed/);
    await expect(mux.close()).resolves.toBeUndefined();
  });
});

describe('subscriptionKey', () => {
  const q = 'subscription T($id: ID!) { task(id: $id) { status } }';

  it('is the same for the same operation whatever the order of variable keys', () => {
    expect(subscriptionKey(q, 'T', { id: '1', opts: { b: 1, a: [{ y: 2, x: 1 }] } }, 'acme')).toBe(
      subscriptionKey(q, 'T', { opts: { a: [{ x: 1, y: 2 }], b: 1 }, id: '1' }, 'acme'),
    );
    expect(subscriptionKey(q, null, null, 'acme')).toBe(subscriptionKey(q, undefined, {}, 'acme'));
    expect(subscriptionKey(q, 'T', { id: '1', extra: undefined }, 'acme')).toBe(subscriptionKey(q, 'T', { id: '1' }, 'acme'));
  });

  it('differs by query, operation name, variable values and scope', () => {
    const base = subscriptionKey(q, 'T', { id: '1' }, 'acme');
    expect(subscriptionKey(`${q} `, 'T', { id: '1' }, 'acme')).not.toBe(base);
    expect(subscriptionKey(q, 'U', { id: '1' }, 'acme')).not.toBe(base);
    expect(subscriptionKey(q, null, { id: '1' }, 'acme')).not.toBe(base);
    expect(subscriptionKey(q, 'T', { id: '2' }, 'acme')).not.toBe(base);
    expect(subscriptionKey(q, 'T', { id: 1 }, 'acme')).not.toBe(base);
    expect(subscriptionKey(q, 'T', { id: '1' }, 'globex')).not.toBe(base);
    // No separator games: a scope cannot pose as an operation name.
    expect(subscriptionKey(q, 'b', {}, 'a')).not.toBe(subscriptionKey(q, null, {}, 'a\n"b"'));
  });
});
