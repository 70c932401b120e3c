import { cpuWatch } from '../lib/cpu.ts';
import { log } from '../lib/log.ts';
import { countTasks, directCreate, gatewayCreate } from '../lib/operations.ts';
import { GATEWAY_KEY, runInterleaved, startGateway, startStub, stubEnv } from '../lib/servers.ts';
import { ms, perSec, pct, times, type Row } from '../lib/table.ts';

/**
 * Rows 1 and 2: a create through TourGraph against the same POST sent straight to the stub, which
 * is also TourGraph's VibePeak (the stub counts each side's creates by API key). One connection
 * (latency; every task must be persisted) and 50 connections (rate). Baseline and subject run
 * alternately, 3 segments each. A fresh stub and gateway (fresh DATA_DIR) for each row.
 */

const ROUNDS = 3;

export async function createLatencyRow(): Promise<Row[]> {
  const stub = await startStub();
  const gw = await startGateway(stubEnv(stub), 'create1');
  try {
    const warmup = 100;
    const [direct, sub] = await runInterleaved(
      { ...directCreate(stub.url), connections: 1, warmup: 500, count: 3000, durationMs: 3_000 },
      { ...gatewayCreate([gw.url]), connections: 1, warmup, count: 2100, durationMs: 4_500 },
      ROUNDS,
    );
    log(`  direct POST, 1 connection: p50 ${ms(direct.p50Ms)}, p99 ${ms(direct.p99Ms)}, ${perSec(direct.rate)}`);
    log(`  TourGraph create, 1 connection: p50 ${ms(sub.p50Ms)}, p99 ${ms(sub.p99Ms)}, ${perSec(sub.rate)}, ${sub.failed} failed ${sub.errors[0] ?? ''}`);
    const accepted = (await stub.stats()).createsByKey[GATEWAY_KEY] ?? 0;
    const listed = await countTasks(gw.url);
    const sent = sub.ok + sub.failed + warmup * ROUNDS;
    log(`  persisted: ${listed} tasks listed by the gateway, ${accepted} accepted by the stub, ${sent} mutations sent (${sub.failed} failed)`);
    const ratio = sub.p50Ms / direct.p50Ms;
    const persisted = listed === accepted && listed === sent && sub.failed === 0;
    return [
      {
        measure: 'create p50, 1 connection',
        subject: `${ms(sub.p50Ms)} (p99 ${ms(sub.p99Ms)}); ${listed}/${sent} tasks persisted`,
        baseline: `direct POST ${ms(direct.p50Ms)} (p99 ${ms(direct.p99Ms)})`,
        ratio: times(ratio),
        target: '≤ 4×, every task persisted',
        pass: ratio <= 4 && persisted,
      },
    ];
  } finally {
    await gw.stop();
    await stub.stop();
  }
}

export async function createRateRow(): Promise<Row[]> {
  const stub = await startStub();
  const gw = await startGateway(stubEnv(stub), 'create50');
  try {
    const cpu = cpuWatch({ gateway: gw.child.pid, stub: stub.child.pid });
    const [direct, sub] = await runInterleaved(
      { ...directCreate(stub.url), connections: 50, warmup: 5000, durationMs: 4_500 },
      { ...gatewayCreate([gw.url]), connections: 50, warmup: 300, durationMs: 6_000 },
      ROUNDS,
    );
    log(
      `  direct POST, 50 connections: ${perSec(direct.rate)}, p50 ${ms(direct.p50Ms)}, p99 ${ms(direct.p99Ms)}; load generator CPU ${direct.cpuS.toFixed(1)} s in ${(direct.elapsedMs / 1000).toFixed(1)} s`,
    );
    log(
      `  TourGraph create, 50 connections: ${perSec(sub.rate)}, p50 ${ms(sub.p50Ms)}, p99 ${ms(sub.p99Ms)}, ${sub.failed} failed ${sub.errors[0] ?? ''}; load generator CPU ${sub.cpuS.toFixed(1)} s in ${(sub.elapsedMs / 1000).toFixed(1)} s`,
    );
    log(`    ${cpu.stop().text} (both sides, warm-ups included)`);
    const ratio = sub.rate / direct.rate;
    return [
      {
        measure: 'creates/s, 50 connections',
        subject: `${perSec(sub.rate)} (p99 ${ms(sub.p99Ms)}, ${sub.failed} failed)`,
        baseline: `direct POST ${perSec(direct.rate)}`,
        ratio: pct(ratio),
        target: '≥ 16%',
        pass: ratio >= 0.16 && sub.failed === 0,
      },
    ];
  } finally {
    await gw.stop();
    await stub.stop();
  }
}
