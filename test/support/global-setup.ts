import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.ts';
import { startRedis } from './redis-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared test Postgres server's maintenance database; make a database of your own with createDatabase(url). */
    postgresUrl: string;
    /** The shared test Redis server; prefix keys and channels, and restart only a server of your own (startRedis). */
    redisUrl: string;
  }
}

/**
 * Starts one real Postgres and one real Redis for the whole test run (loopback, ephemeral ports,
 * temporary folders) and hands their URLs to the tests: `inject('postgresUrl')`, `inject('redisUrl')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [postgres, redis] = await Promise.allSettled([startPostgres(), startRedis()]);
  const started = [postgres, redis].flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.all(started.map((server) => server.stop()));
  };
  if (postgres.status === 'rejected' || redis.status === 'rejected') {
    await stopAll();
    const errors = [postgres, redis].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    throw new AggregateError(errors, `Test servers did not start: ${errors.map((e) => (e instanceof Error ? e.message : String(e))).join(' | ')}`);
  }
  project.provide('postgresUrl', postgres.value.url);
  project.provide('redisUrl', redis.value.url);
  return stopAll;
}
