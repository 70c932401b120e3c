import { Pool } from 'undici';

/**
 * The load generator, in its own process; the same one for every baseline and subject.
 * `connections` requests in flight at once, each connection sending its next request when the
 * last answer has been read; requests go round-robin over `targets`. Bounded by `count` (measured
 * requests) and by `durationMs`, whichever comes first. Config: JSON in argv[2]. Result: one
 * `{ type: 'result', … }` message over IPC (or stdout when run by hand).
 */

export interface LoadConfig {
  targets: string[];
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Measured requests; at most this many are sent after the warm-up. */
  count?: number;
  /** Longest measured phase. @default 30_000 */
  durationMs?: number;
  /** Requests sent first and not measured. @default 0 */
  warmup?: number;
  /** A response is a success only with a 2xx status and, when given, this text in its body. */
  expect?: string;
  /** Return every successful request's latency (to merge interleaved runs). */
  keepLatencies?: boolean;
}

export interface LoadResult {
  ok: number;
  failed: number;
  /** The first few failures, as text. */
  errors: string[];
  p50Ms: number;
  p99Ms: number;
  /** Successful requests per second over the measured phase. */
  rate: number;
  elapsedMs: number;
  /** CPU seconds the load generator itself used over the measured phase. */
  cpuS: number;
  /** Sorted, in ms, with `keepLatencies`. */
  latencies?: number[];
}

const HARD_CAP = 2_000_000;

async function runLoad(c: LoadConfig): Promise<LoadResult> {
  const pools = c.targets.map((t) => new Pool(t, { connections: c.connections, pipelining: 1, keepAliveTimeout: 30_000 }));
  const headers = { ...(c.body ? { 'content-type': 'application/json' } : {}), ...c.headers };
  let turn = 0;
  const errors: string[] = [];
  let ok = 0;
  let failed = 0;
  const latencies: number[] = [];

  const one = async (record: boolean): Promise<void> => {
    const pool = pools[turn++ % pools.length]!;
    const t0 = performance.now();
    let good = false;
    let why = '';
    try {
      const res = await pool.request({ method: c.method, path: c.path, headers, body: c.body ?? null });
      const text = await res.body.text();
      good = res.statusCode >= 200 && res.statusCode < 300 && (!c.expect || text.includes(c.expect));
      if (!good) why = `HTTP ${res.statusCode}: ${text.slice(0, 300)}`;
    } catch (err) {
      why = String(err);
    }
    const ms = performance.now() - t0;
    if (!record) return;
    if (good) {
      ok++;
      latencies.push(ms);
    } else {
      failed++;
      if (errors.length < 3) errors.push(why);
    }
  };

  const drive = async (limit: number, deadline: number, record: boolean) => {
    let issued = 0;
    const worker = async () => {
      while (issued < limit && performance.now() < deadline) {
        issued++;
        await one(record);
      }
    };
    await Promise.all(Array.from({ length: c.connections }, worker));
  };

  const warmup = c.warmup ?? 0;
  if (warmup > 0) await drive(warmup, performance.now() + 30_000, false);
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  await drive(Math.min(c.count ?? HARD_CAP, HARD_CAP), start + (c.durationMs ?? 30_000), true);
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  await Promise.all(pools.map((p) => p.close()));

  latencies.sort((a, b) => a - b);
  const pct = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! : NaN);
  return {
    ok,
    failed,
    errors,
    p50Ms: pct(0.5),
    p99Ms: pct(0.99),
    rate: (ok * 1000) / elapsedMs,
    elapsedMs,
    cpuS: (cpu.user + cpu.system) / 1e6,
    ...(c.keepLatencies ? { latencies } : {}),
  };
}

const result = await runLoad(JSON.parse(process.argv[2] ?? '{}') as LoadConfig);
if (process.send) {
  // Disconnect only once the (possibly large) message has been handed over.
  process.send({ type: 'result', ...result }, undefined, {}, () => process.disconnect());
} else {
  console.log(JSON.stringify(result));
}
