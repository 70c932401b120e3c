import { createClient } from 'graphql-ws';
import { request } from 'undici';
import WebSocket from 'ws';
import { loadGatewayConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { startGateway } from '../src/server/gateway.ts';

/**
 * `npm run bench`: costs measured as ratios against a baseline run in the same process, so the
 * numbers mean the same on any machine.
 * 1. Request cost: `task(id)` and a 50-task page against `{ __typename }`, in-process (yoga.fetch)
 *    and over HTTP, to show what the store, DataLoader and transport add.
 * 2. Fan-out: upstream status reads per poll with 1 and with 200 graphql-ws subscribers on one
 *    task; the ratio must stay 1 (one poll per interval however many watch).
 */

const gateway = await startGateway({
  config: loadGatewayConfig({ PORT: '0', DATA_DIR: 'memory://', SANDBOX_TIME_SCALE: '0.05', POLL_VIBEPEAK_INTERVAL_SECONDS: '0.25', POLL_MIN_INTERVAL_SECONDS: '0.05', LOG_LEVEL: 'silent' }),
  logger: silentLogger,
});
const sandbox = gateway.sandbox!;
const script = 'Welcome to this bright family home. The open living room is full of light and calm.';
const create = `mutation($i: CreatePropertyVideoInput!) { createPropertyVideo(input: $i) { ... on CreatePropertyVideoSuccess { task { id } } } }`;
const input = (scenario: string) => ({
  i: { photos: [{ url: sandbox.vibepeak.media.livingRoomPhoto }], voice: { voiceId: 'EXAVITQu4vr4xnSDxMaL', language: 'en' }, script, testScenario: scenario },
});

async function fetchOp(query: string, variables?: unknown): Promise<any> {
  const res = await gateway.yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json();
}
async function httpOp(query: string, variables?: unknown): Promise<unknown> {
  const res = await request(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.body.json();
}

/** Operations per second of `op`, run `concurrency` at a time for about `ms`, after a warm-up. */
async function rate(op: () => Promise<unknown>, ms = 1500, concurrency = 8): Promise<number> {
  const until = async (deadline: number) => {
    let n = 0;
    while (Date.now() < deadline) {
      await op();
      n++;
    }
    return n;
  };
  await until(Date.now() + 200);
  const start = Date.now();
  const counts = await Promise.all(Array.from({ length: concurrency }, () => until(start + ms)));
  return (counts.reduce((a, b) => a + b, 0) * 1000) / (Date.now() - start);
}

const ids: string[] = [];
for (let i = 0; i < 50; i++) ids.push((await fetchOp(create, input('SLOW'))).data.createPropertyVideo.task.id);
const oneTask = `query($id: ID!) { task(id: $id) { id status progress { fraction } cost { amount } history { status } } }`;
const page = `{ tasks(first: 50) { edges { node { id status cost { amount } } } } }`;

const rows: [string, number, number][] = [];
const baseIn = await rate(() => fetchOp('{ __typename }'));
rows.push(['{ __typename } in-process (baseline)', baseIn, 1]);
const taskIn = await rate(() => fetchOp(oneTask, { id: ids[0] }));
rows.push(['task(id) in-process', taskIn, baseIn / taskIn]);
const pageIn = await rate(() => fetchOp(page));
rows.push(['tasks(first: 50) in-process', pageIn, baseIn / pageIn]);
const baseHttp = await rate(() => httpOp('{ __typename }'));
rows.push(['{ __typename } over HTTP', baseHttp, baseIn / baseHttp]);
const taskHttp = await rate(() => httpOp(oneTask, { id: ids[0] }));
rows.push(['task(id) over HTTP', taskHttp, baseIn / taskHttp]);

console.log('\nRequest cost (relative to `{ __typename }` in-process; higher = costlier)');
for (const [name, ops, ratio] of rows) console.log(`  ${name.padEnd(40)} ${ops.toFixed(0).padStart(7)} ops/s   ×${ratio.toFixed(2)}`);

/** Status reads of one slow task per poll while `subscribers` watch it over graphql-ws. */
async function fanOut(subscribers: number): Promise<{ reads: number; polls: number }> {
  const id = (await fetchOp(create, input('SLOW'))).data.createPropertyVideo.task.id;
  // 50 per connection, as frontends would open them (the gateway caps operations per connection).
  const clients = Array.from({ length: Math.ceil(subscribers / 50) }, () =>
    createClient({ url: gateway.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, lazy: false }),
  );
  const subs = Array.from({ length: subscribers }, (_, i) =>
    clients[Math.floor(i / 50)]!.iterate({ query: `subscription($id: ID!) { task(id: $id) { status } }`, variables: { id } }),
  );
  await Promise.all(subs.map((s) => s.next()));
  // All status reads against all polls while the subscribers watch: any read a subscriber caused
  // on its own would push the ratio above 1.
  const before = readsOf(sandbox.vibepeak.admin.counters());
  const polls0 = pollCount;
  await new Promise((r) => setTimeout(r, 3000));
  const reads = readsOf(sandbox.vibepeak.admin.counters()) - before;
  const polls = pollCount - polls0;
  await Promise.all(subs.map((s) => s.return?.()));
  await Promise.all(clients.map((c) => c.dispose()));
  return { reads, polls };
}
const readsOf = (c: Record<string, Record<string, number>>) => Object.values(c['GET /v1/tasks/:id'] ?? {}).reduce((a, b) => a + b, 0);
let pollCount = 0;
const original = gateway.poller.pollOne.bind(gateway.poller);
gateway.poller.pollOne = async (stored) => {
  pollCount++;
  return original(stored);
};

console.log('\nFan-out (upstream status reads per poll; must stay ×1.00)');
for (const n of [1, 200]) {
  const { reads, polls } = await fanOut(n);
  console.log(`  ${`${n} subscriber${n === 1 ? '' : 's'}`.padEnd(40)} ${String(reads).padStart(5)} reads / ${polls} polls   ×${(reads / Math.max(1, polls)).toFixed(2)}`);
}

await gateway.stop();
