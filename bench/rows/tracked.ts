import { Client } from 'undici';
import { sleep } from '../lib/children.ts';
import { log } from '../lib/log.ts';
import { gatewayCreate } from '../lib/operations.ts';
import { runLoad, startGateway, startStub, stubEnv, type GatewayProc } from '../lib/servers.ts';
import { ms, pct, perSec, type Row } from '../lib/table.ts';

/**
 * Row 5: 10,000 unfinished tasks tracked. 10,000 creates through the gateway (20 connections)
 * against the stub, polled every 10 s; once every task has had its first poll, status reads per
 * second at the stub over 20 s against 10,000 ÷ 10, and /healthz sampled every 20 ms meanwhile.
 * Then row 6's second half: the gateway restarted on that DATA_DIR, spawn to /readyz 200.
 */

const TASKS = 10_000;
const INTERVAL_S = 10;
const WINDOW_MS = 20_000;

/** /healthz latencies, one request every `everyMs` for `forMs`, on one keep-alive connection. */
async function sampleHealth(url: string, forMs: number, everyMs: number): Promise<number[]> {
  const client = new Client(url, { keepAliveTimeout: 30_000 });
  const samples: number[] = [];
  const end = performance.now() + forMs;
  try {
    while (performance.now() < end) {
      const t0 = performance.now();
      const res = await client.request({ method: 'GET', path: '/healthz' });
      await res.body.dump();
      samples.push(res.statusCode === 200 ? performance.now() - t0 : Infinity);
      await sleep(Math.max(0, everyMs - (performance.now() - t0)));
    }
  } finally {
    await client.close();
  }
  return samples.sort((a, b) => a - b);
}

export async function trackedRows(): Promise<Row[]> {
  const stub = await startStub();
  const env = { ...stubEnv(stub), POLL_VIBEPEAK_INTERVAL_SECONDS: String(INTERVAL_S) };
  let gw: GatewayProc | undefined = await startGateway(env, 'tracked');
  const dataDir = gw.dataDir;
  try {
    const created = await runLoad({ ...gatewayCreate([gw.url]), connections: 20, count: TASKS, durationMs: 150_000 });
    const createdAt = performance.now();
    log(`  ${created.ok} created, ${created.failed} failed in ${(created.elapsedMs / 1000).toFixed(1)} s (${perSec(created.rate)}) ${created.errors[0] ?? ''}`);
    // Every task has had its first poll one interval (+10 % jitter) after it was created.
    await sleep(Math.max(0, INTERVAL_S * 1100 + 500 - (performance.now() - createdAt)));
    await stub.post('/__bench/reset-reads');
    const t0 = performance.now();
    const health = await sampleHealth(gw.url, WINDOW_MS, 20);
    const stats = await stub.stats();
    const seconds = (performance.now() - t0) / 1000;
    const readRate = stats.readsTotal / seconds;
    const expected = stats.tasks / INTERVAL_S;
    const healthP99 = health[Math.ceil(0.99 * health.length) - 1] ?? Infinity;
    log(
      `  status reads ${perSec(readRate)} (expected ${perSec(expected)}); per task in ${seconds.toFixed(1)} s: min ${stats.readsPerTask.min}, max ${stats.readsPerTask.max}`,
    );
    log(`  /healthz: ${health.length} samples, p50 ${ms(health[Math.floor(health.length / 2)] ?? NaN)}, p99 ${ms(healthP99)}, max ${ms(health.at(-1) ?? NaN)}`);
    await gw.stop();
    gw = undefined;

    const again = await startGateway({ ...env, DATA_DIR: dataDir }, 'restart');
    gw = again;
    log(`  restart on ${TASKS} tasks: ready in ${ms(again.readyMs)}`);
    const ratio = readRate / expected;
    return [
      {
        measure: `${TASKS.toLocaleString('en')} creates, 20 connections`,
        subject: `${created.ok} ok, ${created.failed} failed (${perSec(created.rate)})`,
        baseline: '—',
        ratio: '—',
        target: 'every create succeeds',
        pass: created.ok === TASKS && created.failed === 0,
      },
      {
        measure: `/healthz p99, ${stats.tasks.toLocaleString('en')} tasks tracked`,
        subject: `${ms(healthP99)} (${health.length} samples every 20 ms)`,
        baseline: '—',
        ratio: '—',
        target: '≤ 20 ms',
        pass: healthP99 <= 20,
      },
      {
        measure: `status reads/s, interval ${INTERVAL_S} s`,
        subject: `${perSec(readRate)} over ${seconds.toFixed(0)} s`,
        baseline: `${stats.tasks} tasks ÷ ${INTERVAL_S} s = ${perSec(expected)}`,
        ratio: pct(ratio),
        target: '90%–110%',
        pass: ratio >= 0.9 && ratio <= 1.1,
      },
      {
        measure: `start to ready, ${TASKS.toLocaleString('en')} tasks on disk`,
        subject: ms(again.readyMs),
        baseline: '—',
        ratio: '—',
        target: '≤ 1 s',
        pass: again.readyMs <= 1000,
      },
    ];
  } finally {
    await gw?.stop();
    await stub.stop();
  }
}
