import { log } from '../lib/log.ts';
import { bareHello, createTask, gatewayTaskRead } from '../lib/operations.ts';
import { runInterleaved, startBareYoga, startGateway, startStub, stubEnv } from '../lib/servers.ts';
import { ms, perSec, pct, type Row } from '../lib/table.ts';

/**
 * Row 3: `task(id)` reads per second through TourGraph against bare yoga's `{ hello }`, with the
 * same load (32 connections), run alternately, 3 segments each.
 */

const CONNECTIONS = 32;

export async function readRateRow(): Promise<Row[]> {
  const bare = await startBareYoga();
  const stub = await startStub();
  const gw = await startGateway(stubEnv(stub), 'reads');
  try {
    const id = await createTask(gw.url);
    const [base, sub] = await runInterleaved(
      { ...bareHello(bare.url), connections: CONNECTIONS, warmup: 1500, durationMs: 4_500 },
      { ...gatewayTaskRead(gw.url, id), connections: CONNECTIONS, warmup: 1500, durationMs: 4_500 },
      3,
    );
    log(`  bare yoga { hello }, ${CONNECTIONS} connections: ${perSec(base.rate)}, p50 ${ms(base.p50Ms)}, p99 ${ms(base.p99Ms)}`);
    log(
      `  TourGraph task(id), ${CONNECTIONS} connections: ${perSec(sub.rate)}, p50 ${ms(sub.p50Ms)}, p99 ${ms(sub.p99Ms)}, ${sub.failed} failed ${sub.errors[0] ?? ''}`,
    );
    const ratio = sub.rate / base.rate;
    return [
      {
        measure: `task(id) reads/s, ${CONNECTIONS} connections`,
        subject: `${perSec(sub.rate)} (p99 ${ms(sub.p99Ms)})`,
        baseline: `bare yoga { hello } ${perSec(base.rate)}`,
        ratio: pct(ratio),
        target: '≥ 50%',
        pass: ratio >= 0.5 && sub.failed === 0,
      },
    ];
  } finally {
    await gw.stop();
    await stub.stop();
    await bare.stop();
  }
}
