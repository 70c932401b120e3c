import { Redis } from 'ioredis';
import pg from 'pg';

/** Work the gateway caused in Postgres and Redis, from their own counters, for the replica row's log. */

export interface BackendCounters {
  commits: number;
  inserted: number;
  updated: number;
  fetched: number;
  redisCommands: number;
}

async function postgres(url: string): Promise<Omit<BackendCounters, 'redisCommands'>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Cumulative statistics reach pg_stat_database within about a second of a transaction.
    await client.query('select pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ c: string; i: string; u: string; f: string }>(
      'select xact_commit c, tup_inserted i, tup_updated u, tup_fetched f from pg_stat_database where datname = current_database()',
    );
    const r = rows[0]!;
    return { commits: Number(r.c), inserted: Number(r.i), updated: Number(r.u), fetched: Number(r.f) };
  } finally {
    await client.end();
  }
}

async function redisCommands(url: string): Promise<number> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const info = await redis.info('commandstats');
    return [...info.matchAll(/calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  } finally {
    redis.disconnect();
  }
}

export async function backendCounters(databaseUrl: string, redisUrl: string): Promise<BackendCounters> {
  const [p, r] = await Promise.all([postgres(databaseUrl), redisCommands(redisUrl)]);
  return { ...p, redisCommands: r };
}

/** Per create, between two readings. */
export function perCreate(a: BackendCounters, b: BackendCounters, creates: number): string {
  const f = (k: keyof BackendCounters) => ((b[k] - a[k]) / Math.max(1, creates)).toFixed(2);
  return `per create: Postgres ${f('commits')} commits, ${f('inserted')} rows inserted, ${f('updated')} updated, ${f('fetched')} fetched; Redis ${f('redisCommands')} commands`;
}
