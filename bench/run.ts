import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { cleanupAll } from './lib/children.ts';
import { foreignCpuWatch } from './lib/cpu.ts';
import { log } from './lib/log.ts';
import { failedRow, printTable, type Row } from './lib/table.ts';
import { createLatencyRow, createRateRow } from './rows/create.ts';
import { fanoutRows } from './rows/fanout.ts';
import { readRateRow } from './rows/reads.ts';
import { replicaRows } from './rows/replicas.ts';
import { startRows } from './rows/start.ts';
import { trackedRows } from './rows/tracked.ts';

/**
 * `npm run bench`: TourGraph (`node src/main.ts`, its own process) against baselines measured in
 * the same run (a minimal VibePeak stub, bare yoga, bare yoga + graphql-ws), each in its own
 * process, with one load generator process for both sides. Prints ratios and targets, never
 * timing assertions. BENCH_ONLY=create1,create50,reads,fanout,tracked,start,replicas picks rows;
 * BENCH_CPU_PROF_DIR=/tmp/prof writes a CPU profile of each gateway process there.
 */

interface Section {
  key: string;
  title: string;
  /** What the row is called in the table if it throws. */
  measure: string;
  target: string;
  run(): Promise<Row[]>;
}

const SECTIONS: Section[] = [
  { key: 'create1', title: 'create latency, 1 connection', measure: 'create p50, 1 connection', target: '≤ 4×, every task persisted', run: createLatencyRow },
  { key: 'create50', title: 'create rate, 50 connections', measure: 'creates/s, 50 connections', target: '≥ 16%', run: createRateRow },
  { key: 'reads', title: 'task(id) read rate', measure: 'task(id) reads/s', target: '≥ 50%', run: readRateRow },
  {
    key: 'fanout',
    title: 'one change to 10,000 subscribers',
    measure: 'one change to 10,000 subscribers',
    target: '≤ 300 ms and ≤ 0.5×; ≤ 16 KiB',
    run: fanoutRows,
  },
  {
    key: 'tracked',
    title: '10,000 unfinished tasks tracked, then a restart on them',
    measure: '10,000 unfinished tasks tracked',
    target: 'see row',
    run: trackedRows,
  },
  { key: 'start', title: 'first start and idle RSS', measure: 'start to ready, first start', target: '≤ 1 s; ≤ 120 MiB', run: startRows },
  { key: 'replicas', title: '3 replicas on Postgres + Redis vs 1', measure: 'creates/s, 3 replicas vs 1', target: '≥ 2.5×', run: replicaRows },
];

const only = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `environment: Node ${process.version}, ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform} ${process.arch}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start`,
);

// The CPU counters of this machine show some busy time that no process accounts for even when
// idle: measure that floor first, so only other work above it is reported as interference.
const idle = foreignCpuWatch();
await new Promise((r) => setTimeout(r, 2000));
const floor = idle.stop();
const floorShare = (100 * floor.foreign) / floor.total;
console.log(`machine CPU busy outside the bench while idle: ${floorShare.toFixed(0)}% (the floor; later shares are compared with it)`);

const rows: Row[] = [];
const started = performance.now();
const foreignAll = foreignCpuWatch();
try {
  for (const s of SECTIONS) {
    if (only && !only.includes(s.key)) continue;
    log(`${s.title}`);
    const foreign = foreignCpuWatch();
    try {
      rows.push(...(await s.run()));
    } catch (err) {
      log(`  failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      rows.push(failedRow(s.measure, s.target, err));
    }
    const f = foreign.stop();
    log(`  machine CPU busy outside the bench meanwhile: ${((100 * f.foreign) / f.total).toFixed(0)}% (idle floor ${floorShare.toFixed(0)}%)`);
  }
} finally {
  cleanupAll();
}
const overall = foreignAll.stop();
const share = (100 * overall.foreign) / overall.total;
console.log(`\nTourGraph bench: ${((performance.now() - started) / 1000).toFixed(0)} s, every figure from this run`);
const excess = share - floorShare;
console.log(
  `Machine CPU busy outside the bench's processes: ${share.toFixed(0)}% during the run, ${floorShare.toFixed(0)}% when idle before it` +
    `${excess > 10 ? `: other work took about ${excess.toFixed(0)}% of the machine, so figures are skewed; run again on a quiet machine` : ''}.\n`,
);
printTable(rows);
// Targets missed are findings, reported above; only a row that could not be measured fails the command.
process.exitCode = rows.some((r) => r.subject.startsWith('ERROR')) ? 1 : 0;
