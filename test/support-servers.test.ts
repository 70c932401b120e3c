import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, startPostgres } from './support/postgres-server.ts';
import { startRedis } from './support/redis-server.ts';

// Proves the real-server harness: the Postgres and Redis that the global setup starts for the run,
// and servers a test starts and stops on its own.

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A Redis client for tests: connection errors during restarts are expected, so they are not logged. */
function redisClient(url: string): Redis {
  const client = new Redis(url, { retryStrategy: () => 50 });
  client.on('error', () => {});
  cleanups.push(() => client.disconnect());
  return client;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function nextMessage(client: Redis, channel: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('message', onMessage);
      reject(new Error(`no message on ${channel} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (ch: string, message: string) => {
      if (ch !== channel) return;
      clearTimeout(timer);
      client.off('message', onMessage);
      resolve(message);
    };
    client.on('message', onMessage);
  });
}

function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

async function subscriberCount(client: Redis, channel: string): Promise<number> {
  const reply = (await client.call('PUBSUB', 'NUMSUB', channel)) as [string, number];
  return Number(reply[1]);
}

describe('Postgres', () => {
  it('the shared server makes a new empty database that takes queries', async () => {
    const serverUrl = inject('postgresUrl');
    expect(serverUrl).toMatch(/^postgres:\/\/\w+@127\.0\.0\.1:\d+\/postgres$/);
    const url = await createDatabase(serverUrl, `harness_${process.pid}`);
    expect(url).toBe(serverUrl.replace(/\/postgres$/, `/harness_${process.pid}`));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    cleanups.push(() => client.end());
    const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.rows[0].n).toBe(0);
    await client.query('CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)');
    await client.query('INSERT INTO t (name) VALUES ($1), ($2)', ['a', 'b']);
    const { rows } = await client.query('SELECT current_database() AS db, array_agg(name ORDER BY id) AS names FROM t');
    expect(rows[0]).toEqual({ db: `harness_${process.pid}`, names: ['a', 'b'] });
    const settings = await client.query(`SELECT current_setting('max_connections')::int AS max, current_setting('fsync') AS fsync`);
    expect(settings.rows[0]).toEqual({ max: 200, fsync: 'off' });

    // Databases made without a name get unique ones.
    const [a, b] = await Promise.all([createDatabase(serverUrl), createDatabase(serverUrl)]);
    expect(a).not.toBe(b);
  });

  it('a server of its own starts, makes databases, and stop() ends it and removes its folder', async () => {
    const server = await startPostgres();
    cleanups.push(() => server.stop());
    expect(server.url).toBe(`postgres://tourgraph@127.0.0.1:${server.port}/postgres`);
    expect(existsSync(server.dir)).toBe(true);

    const client = new pg.Client({ connectionString: await server.createDatabase('own') });
    await client.connect();
    const { rows } = await client.query('SELECT current_database() AS db, 6 * 7 AS answer');
    expect(rows[0]).toEqual({ db: 'own', answer: 42 });
    await client.end();

    await server.stop();
    expect(existsSync(server.dir)).toBe(false);
    expect(await portRefuses(server.port)).toBe(true);
  });
});

describe('Redis', () => {
  it('the shared server carries publish/subscribe between two connections', async () => {
    const url = inject('redisUrl');
    expect(url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    const subscriber = redisClient(url);
    const publisher = redisClient(url);
    const channel = `harness:${process.pid}:${Date.now()}`;
    await subscriber.subscribe(channel);
    const received = nextMessage(subscriber, channel);
    expect(await publisher.publish(channel, 'hello')).toBe(1);
    expect(await received).toBe('hello');
  });

  it('a subscriber reconnects after a restart and a crash, on the same port, and gets later messages', async () => {
    const server = await startRedis();
    cleanups.push(() => server.stop());
    const { port, url } = server;
    const subscriber = redisClient(url);
    const publisher = redisClient(url);
    let readies = 0;
    subscriber.on('ready', () => void readies++);
    const channel = 'harness:reconnect';
    await subscriber.subscribe(channel);
    expect(readies).toBe(1);

    const cycles: [string, () => Promise<void>][] = [
      ['restart', () => server.restart()],
      [
        'crash',
        async () => {
          server.kill();
          await server.restart();
        },
      ],
    ];
    for (const [i, [what, bounce]] of cycles.entries()) {
      await bounce();
      expect(server.port).toBe(port);
      // 'ready' fires again, then ioredis resubscribes; publish once the server counts the subscriber.
      await waitFor(() => readies === i + 2, `'ready' after the ${what}`);
      await waitFor(async () => (await subscriberCount(publisher, channel)) === 1, `resubscription after the ${what}`);
      const received = nextMessage(subscriber, channel);
      expect(await publisher.publish(channel, `after ${what}`)).toBe(1);
      expect(await received).toBe(`after ${what}`);
    }

    await server.stop();
    expect(existsSync(server.dir)).toBe(false);
    expect(await portRefuses(port)).toBe(true);
  });
});
