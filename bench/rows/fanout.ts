import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { rssKiB, sleep, spawnNode, type Child } from '../lib/children.ts';
import { log } from '../lib/log.ts';
import { createTask, TASK_SUBSCRIPTION } from '../lib/operations.ts';
import { startBareFanout, startGateway, startStub, stubEnv } from '../lib/servers.ts';
import { kib, ms, times, type Row } from '../lib/table.ts';
import type { SubscribersConfig } from '../subscribers.ts';

/**
 * Row 4: one change delivered to 10,000 subscriptions (100 sockets × 100, from 2 client processes),
 * all on one task with the same operation and variables. Latency = receipt − trigger, wall clock:
 * for TourGraph the trigger is the stub's first `completed` answer (the poller reads it, stores
 * it, publishes); for bare yoga + graphql-ws + pubsub it is the publish route's call.
 * RSS per subscriber = (server RSS with all subscribed − before) ÷ subscribers.
 */

const PROCESSES = 2;
const SOCKETS_PER_PROCESS = 50;
const PER_SOCKET = 100;
const TOTAL = PROCESSES * SOCKETS_PER_PROCESS * PER_SOCKET;
const SUBSCRIBERS = fileURLToPath(new URL('../subscribers.ts', import.meta.url));

interface FanoutResult {
  p50: number;
  p99: number;
  received: number;
  rssPerSubscriberKiB: number;
  errors: string[];
}

async function fanout(httpUrl: string, pid: number, variables: Record<string, unknown>, trigger: () => Promise<number>): Promise<FanoutResult> {
  await sleep(1500);
  const rssBefore = rssKiB(pid);
  const config: SubscribersConfig = {
    url: `${httpUrl.replace('http', 'ws')}/graphql`,
    sockets: SOCKETS_PER_PROCESS,
    perSocket: PER_SOCKET,
    query: TASK_SUBSCRIPTION,
    variables,
    doneStatus: 'SUCCEEDED',
  };
  const clients: Child[] = Array.from({ length: PROCESSES }, () => spawnNode(SUBSCRIBERS, [JSON.stringify(config)], {}));
  try {
    const t0 = performance.now();
    await Promise.all(clients.map((c) => c.message((m) => m.type === 'ready', 90_000)));
    log(`  ${TOTAL} subscriptions open in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await sleep(2000);
    const rssAfter = rssKiB(pid);
    const done = clients.map((c) => c.message<{ receipts: number[]; errors: string[] }>((m) => m.type === 'done', 30_000));
    const deadline = setTimeout(() => {
      for (const c of clients) c.send({ type: 'collect' });
    }, 20_000);
    const triggerAt = await trigger();
    const results = await Promise.all(done);
    clearTimeout(deadline);
    const latencies = results.flatMap((r) => r.receipts.map((t) => t - triggerAt)).sort((a, b) => a - b);
    // Subscribers that never got the change count as infinitely late, not as absent.
    const q = (p: number) => latencies[Math.ceil(p * TOTAL) - 1] ?? Infinity;
    return {
      p50: q(0.5),
      p99: q(0.99),
      received: latencies.length,
      rssPerSubscriberKiB: (rssAfter - rssBefore) / TOTAL,
      errors: results.flatMap((r) => r.errors),
    };
  } finally {
    for (const c of clients) c.send({ type: 'stop' });
    await Promise.all(clients.map((c) => c.stop(5_000)));
  }
}

async function bare(): Promise<FanoutResult> {
  const server = await startBareFanout();
  try {
    return await fanout(server.url, server.child.pid, { id: 'listing-1' }, async () => {
      const res = await request(`${server.url}/publish?id=listing-1`, { method: 'POST' });
      return ((await res.body.json()) as { trigger: number }).trigger;
    });
  } finally {
    await server.stop();
  }
}

async function tourgraph(): Promise<FanoutResult> {
  const stub = await startStub();
  // Polls every 0.5 s so the change is read soon; the latency is timed from the stub's answer anyway.
  // The subscribers stand for 10,000 users, but they all come from one loopback address: one client in open mode.
  const perClient = { MAX_SOCKETS_PER_CLIENT: String(PROCESSES * SOCKETS_PER_PROCESS), MAX_SUBSCRIPTIONS_PER_CLIENT: String(TOTAL) };
  const gw = await startGateway({ ...stubEnv(stub), ...perClient, POLL_VIBEPEAK_INTERVAL_SECONDS: '0.5', POLL_MIN_INTERVAL_SECONDS: '0.1' }, 'fanout');
  try {
    const id = await createTask(gw.url);
    return await fanout(gw.url, gw.child.pid, { id }, async () => {
      await stub.post('/__bench/complete-all');
      const deadline = Date.now() + 15_000;
      for (;;) {
        const { firstCompletedAt } = await stub.stats();
        if (firstCompletedAt !== null) return firstCompletedAt;
        if (Date.now() > deadline) throw new Error('the gateway did not read the changed status within 15 s');
        await sleep(20);
      }
    });
  } finally {
    await gw.stop();
    await stub.stop();
  }
}

const describe = (r: FanoutResult) => `p99 ${ms(r.p99)} (p50 ${ms(r.p50)}), ${r.received}/${TOTAL} received`;

export async function fanoutRows(): Promise<Row[]> {
  const base = await bare();
  log(`  bare yoga + graphql-ws: ${describe(base)}, ${kib(base.rssPerSubscriberKiB)}/subscriber ${base.errors[0] ?? ''}`);
  const sub = await tourgraph();
  log(`  TourGraph: ${describe(sub)}, ${kib(sub.rssPerSubscriberKiB)}/subscriber ${sub.errors[0] ?? ''}`);
  const ratio = sub.p99 / base.p99;
  return [
    {
      measure: `one change to ${TOTAL.toLocaleString('en')} subscribers, p99`,
      subject: describe(sub),
      baseline: `bare ${describe(base)}`,
      ratio: times(ratio),
      target: '≤ 300 ms and ≤ 0.5×',
      pass: sub.received === TOTAL && sub.p99 <= 300 && ratio <= 0.5,
    },
    {
      measure: 'RSS per subscriber',
      subject: kib(sub.rssPerSubscriberKiB),
      baseline: `bare ${kib(base.rssPerSubscriberKiB)}`,
      ratio: times(sub.rssPerSubscriberKiB / base.rssPerSubscriberKiB),
      target: '≤ 16 KiB',
      pass: sub.rssPerSubscriberKiB <= 16,
    },
  ];
}
