import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Subscribers for the fan-out row, in their own process: `sockets` graphql-ws connections with
 * `perSocket` subscriptions each, all on the same operation and variables. The first message of
 * each subscription is its current state; the wall time of the first message whose
 * `data.task.status` is `doneStatus` is its receipt. Over IPC: `{ type: 'ready' }` once every
 * subscription had its first message, then `{ type: 'done', receipts, errors }` when all have
 * received the change, or when the parent sends `{ type: 'collect' }`.
 */

export interface SubscribersConfig {
  url: string;
  sockets: number;
  perSocket: number;
  query: string;
  variables: Record<string, unknown>;
  doneStatus: string;
}

const c = JSON.parse(process.argv[2] ?? '{}') as SubscribersConfig;
const total = c.sockets * c.perSocket;
const receipts: number[] = [];
const errors: string[] = [];
let initial = 0;
let reported = false;
const wallNow = () => performance.timeOrigin + performance.now();

function report(): void {
  if (reported) return;
  reported = true;
  process.send?.({ type: 'done', receipts, errors: errors.slice(0, 5), errorCount: errors.length });
}

const clients: Client[] = [];
for (let s = 0; s < c.sockets; s++) {
  const client = createClient({ url: c.url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, keepAlive: 0 });
  clients.push(client);
  for (let i = 0; i < c.perSocket; i++) {
    let first = true;
    let received = false;
    client.subscribe<{ task: { status: string } }>(
      { query: c.query, variables: c.variables },
      {
        next: (msg) => {
          if (first) {
            first = false;
            if (++initial === total) process.send?.({ type: 'ready' });
          }
          if (!received && msg.data?.task.status === c.doneStatus) {
            received = true;
            receipts.push(wallNow());
            if (receipts.length === total) report();
          }
          if (msg.errors && errors.length < 100) errors.push(JSON.stringify(msg.errors).slice(0, 300));
        },
        error: (err) => {
          if (errors.length < 100) errors.push(err instanceof Error ? err.message : JSON.stringify(err).slice(0, 300));
        },
        complete: () => {},
      },
    );
  }
  // Open the sockets a few at a time, as pages would, rather than all in one tick.
  if (s % 10 === 9) await new Promise((r) => setTimeout(r, 20));
}

process.on('message', (m: { type?: string }) => {
  if (m.type === 'collect') report();
  if (m.type === 'stop') void Promise.allSettled(clients.map((cl) => cl.dispose())).then(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
