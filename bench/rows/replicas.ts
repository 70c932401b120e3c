import { sleep } from '../lib/children.ts';
import { backendCounters, perCreate } from '../lib/backend-stats.ts';
import { cpuWatch } from '../lib/cpu.ts';
import { log } from '../lib/log.ts';
import { gatewayCreate } from '../lib/operations.ts';
import { GatewayRefused, runLoad, startGateway, startStub, stubEnv, type GatewayProc } from '../lib/servers.ts';
import { ms, perSec, skipped, times, type Row } from '../lib/table.ts';

/**
 * Row 8: creates per second with 3 gateway processes on one Postgres database and one Redis (the
 * load generator spreads requests round-robin over them) against 1 process on its own database;
 * then, from the stub's per-task counters, status reads per task over 3 poll intervals across the
 * 3 replicas: each task must be read once per interval, by one replica.
 * Skips, saying why, when the Postgres/Redis harness is missing or the gateway refuses them.
 */

const INTERVAL_S = 6;
const WINDOW_INTERVALS = 3;
const LOAD_MS = 4_000;
const RATE_MEASURE = 'creates/s, 3 replicas vs 1 (Postgres + Redis)';
const RATE_TARGET = '≥ 2.5×';
const READS_MEASURE = `status reads per task per interval, 3 replicas`;
const READS_TARGET = 'exactly 1';

interface Harness {
  postgres: { createDatabase(name?: string): Promise<string>; stop(): Promise<void> };
  redis: { url: string; stop(): Promise<void> };
}

async function harness(): Promise<Harness | string> {
  let pgModule: { startPostgres(): Promise<Harness['postgres']> };
  let redisModule: { startRedis(): Promise<Harness['redis']> };
  try {
    pgModule = await import(String('../../test/support/postgres-server.ts'));
    redisModule = await import(String('../../test/support/redis-server.ts'));
  } catch (err) {
    return `no Postgres/Redis harness (${(err as Error).message.split('\n')[0]})`;
  }
  let postgres: Harness['postgres'] | undefined;
  try {
    postgres = await pgModule.startPostgres();
    return { postgres, redis: await redisModule.startRedis() };
  } catch (err) {
    await postgres?.stop();
    return `could not start Postgres/Redis: ${(err as Error).message.split('\n')[0]}`;
  }
}

export async function replicaRows(): Promise<Row[]> {
  const h = await harness();
  if (typeof h === 'string') return [skipped(RATE_MEASURE, RATE_TARGET, h), skipped(READS_MEASURE, READS_TARGET, h)];
  const gateways: GatewayProc[] = [];
  const stubs: { stop(): Promise<void> }[] = [];
  try {
    const env = (stub: { url: string }, databaseUrl: string) => ({
      ...stubEnv(stub),
      DATABASE_URL: databaseUrl,
      REDIS_URL: h.redis.url,
      POLL_VIBEPEAK_INTERVAL_SECONDS: String(INTERVAL_S),
    });

    const stub1 = await startStub();
    stubs.push(stub1);
    const db1 = await h.postgres.createDatabase('bench_one_replica');
    let one: GatewayProc;
    try {
      one = await startGateway(env(stub1, db1), 'replica1');
    } catch (err) {
      // Only a refusal of the settings themselves is a skip; any other failure to start is an error.
      if (!(err instanceof GatewayRefused) || !/(DATABASE_URL|REDIS_URL).*(not supported|unset)/i.test(err.message)) throw err;
      const why = `the gateway refuses DATABASE_URL/REDIS_URL (${err.message.replace(/^gateway exited before ready: /, '').slice(0, 140)})`;
      return [skipped(RATE_MEASURE, RATE_TARGET, why), skipped(READS_MEASURE, READS_TARGET, why)];
    }
    gateways.push(one);
    const before1 = await backendCounters(db1, h.redis.url);
    const cpu1 = cpuWatch({ gateway: one.child.pid });
    const single = await runLoad({ ...gatewayCreate([one.url]), connections: 50, warmup: 200, durationMs: LOAD_MS });
    log(`  1 replica: ${perSec(single.rate)}, p99 ${ms(single.p99Ms)}, ${single.failed} failed ${single.errors[0] ?? ''}`);
    const busy1 = cpu1.stop();
    log(`    ${busy1.text}, load generator ${single.cpuS.toFixed(1)} s in ${(single.elapsedMs / 1000).toFixed(1)} s`);
    await one.stop();
    gateways.length = 0;
    // After the stop: a backend reports its statistics when it exits (an idle one, only within 10 s).
    await sleep(500);
    log(`    ${perCreate(before1, await backendCounters(db1, h.redis.url), single.ok + single.failed + 200)}`);

    const stub3 = await startStub();
    stubs.push(stub3);
    const db3 = await h.postgres.createDatabase('bench_three_replicas');
    for (let i = 0; i < 3; i++) gateways.push(await startGateway(env(stub3, db3), `replica3-${i}`));
    const cpu3 = cpuWatch(Object.fromEntries(gateways.map((g, i) => [`gateway ${i + 1}`, g.child.pid])));
    const three = await runLoad({ ...gatewayCreate(gateways.map((g) => g.url)), connections: 50, warmup: 200, durationMs: LOAD_MS });
    const loadEnd = performance.now();
    log(`  3 replicas: ${perSec(three.rate)}, p99 ${ms(three.p99Ms)}, ${three.failed} failed ${three.errors[0] ?? ''}`);
    const busy3 = cpu3.stop();
    log(`    ${busy3.text}, load generator ${three.cpuS.toFixed(1)} s in ${(three.elapsedMs / 1000).toFixed(1)} s`);

    // Once every task has had its first poll, count each task's reads over whole intervals.
    await sleep(Math.max(0, INTERVAL_S * 1100 + 1000 - (performance.now() - loadEnd)));
    await stub3.post('/__bench/reset-reads');
    await sleep(WINDOW_INTERVALS * INTERVAL_S * 1000);
    const stats = await stub3.stats();
    const { min, max, histogram } = stats.readsPerTask;
    log(`  reads per task over ${WINDOW_INTERVALS} intervals of ${INTERVAL_S} s (${stats.tasks} tasks): ${JSON.stringify(histogram)}`);
    // Intervals are jittered up to +10 %: over 3 intervals one read per interval is 2 or 3 reads.
    const lowest = Math.floor(WINDOW_INTERVALS / 1.1);
    const ratio = three.rate / single.rate;
    return [
      {
        measure: RATE_MEASURE,
        subject: `3 replicas ${perSec(three.rate)} (${three.failed} failed; machine CPU ${(busy3.machineBusy * 100).toFixed(0)}% busy)`,
        baseline: `1 replica ${perSec(single.rate)} (machine CPU ${(busy1.machineBusy * 100).toFixed(0)}% busy)`,
        ratio: times(ratio),
        target: RATE_TARGET,
        pass: ratio >= 2.5 && three.failed === 0 && single.failed === 0,
      },
      {
        measure: READS_MEASURE,
        subject: `${stats.tasks} tasks: min ${(min / WINDOW_INTERVALS).toFixed(2)}, max ${(max / WINDOW_INTERVALS).toFixed(2)}`,
        baseline: `${lowest}–${WINDOW_INTERVALS} reads in ${WINDOW_INTERVALS} × ${INTERVAL_S} s`,
        ratio: `${min}–${max} reads`,
        target: READS_TARGET,
        pass: stats.tasks > 0 && min >= lowest && max <= WINDOW_INTERVALS,
      },
    ];
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
    await Promise.all(stubs.map((s) => s.stop()));
    await h.redis.stop().catch(() => {});
    await h.postgres.stop().catch(() => {});
  }
}
