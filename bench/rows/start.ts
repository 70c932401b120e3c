import { rssKiB, sleep } from '../lib/children.ts';
import { log } from '../lib/log.ts';
import { startBareYoga, startGateway } from '../lib/servers.ts';
import { mib, ms, times, type Row } from '../lib/table.ts';

/**
 * Rows 6 (first half) and 7: `npm start` as the README has it (no provider keys: both sandboxes
 * in-process) on a fresh empty DATA_DIR, spawn to /readyz 200; then its RSS a few seconds after
 * ready, against a bare yoga `{ hello }` process's.
 */

const IDLE_MS = 3_000;

export async function startRows(): Promise<Row[]> {
  const gw = await startGateway({}, 'first-start');
  let gwRss: number;
  try {
    log(`  first start (sandbox, empty DATA_DIR): ready in ${ms(gw.readyMs)}`);
    await sleep(IDLE_MS);
    gwRss = rssKiB(gw.child.pid);
  } finally {
    await gw.stop();
  }
  const bare = await startBareYoga();
  let bareRss: number;
  try {
    await sleep(IDLE_MS);
    bareRss = rssKiB(bare.child.pid);
  } finally {
    await bare.stop();
  }
  log(`  idle RSS: TourGraph ${mib(gwRss)}, bare yoga ${mib(bareRss)}`);
  return [
    {
      measure: 'start to ready, first start (sandbox)',
      subject: ms(gw.readyMs),
      baseline: '—',
      ratio: '—',
      target: '≤ 1 s',
      pass: gw.readyMs <= 1000,
    },
    {
      measure: `idle RSS ${IDLE_MS / 1000} s after ready`,
      subject: mib(gwRss),
      baseline: `bare yoga ${mib(bareRss)}`,
      ratio: times(gwRss / bareRss),
      target: '≤ 120 MiB',
      pass: gwRss <= 120 * 1024,
    },
  ];
}
