import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import type { LoadConfig, LoadResult } from '../load.ts';
import { freePort, sleep, spawnNode, tempDir, type Child } from './children.ts';
import { log } from './log.ts';

/** Starting the bench's processes: the stub, the bare baselines, the gateway and the load generator. */

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const ROOT = here('../../');
/** The gateway as `npm start` runs it: the same script and Node flags, read from package.json. */
const SCRIPT = (JSON.parse(readFileSync(here('../../package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
/** What follows `node` in it (`exec node <flags> <script>`): the flags, then the script. */
const START = SCRIPT.slice(SCRIPT.indexOf('node') + 1);
const GATEWAY_MAIN = here(`../../${START.at(-1)}`);
const GATEWAY_FLAGS = START.slice(0, -1);

export interface Server {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

async function listening(script: string, env: Record<string, string> = {}): Promise<Server> {
  const child = spawnNode(here(`../${script}`), [], env);
  const { port } = await child.message<{ port: number }>((m) => m.type === 'listening', 30_000);
  return { url: `http://127.0.0.1:${port}`, child, stop: () => child.stop() };
}

export interface Stub extends Server {
  stats(): Promise<StubStats>;
  post(path: string): Promise<void>;
}

export interface StubStats {
  creates: number;
  createsByKey: Record<string, number>;
  readsTotal: number;
  tasks: number;
  readsPerTask: { min: number; max: number; histogram: Record<string, number> };
  firstCompletedAt: number | null;
}

export async function startStub(env: Record<string, string> = {}): Promise<Stub> {
  const s = await listening('stub-vibepeak.ts', env);
  return {
    ...s,
    stats: async () => (await (await request(`${s.url}/__bench/stats`)).body.json()) as StubStats,
    post: async (path) => void (await (await request(`${s.url}${path}`, { method: 'POST' })).body.dump()),
  };
}

export const startBareYoga = () => listening('bare-yoga.ts');
export const startBareFanout = () => listening('bare-fanout.ts');

export interface GatewayProc extends Server {
  /** Milliseconds from spawn to the first `GET /readyz` answering 200. */
  readyMs: number;
  dataDir: string;
}

/** Environment for a gateway whose VibePeak is the stub (Room AI stays on its in-process sandbox). */
export const GATEWAY_KEY = 'vpk_test_gateway';
export function stubEnv(stub: { url: string }): Record<string, string> {
  return { VIBEPEAK_API_KEY: GATEWAY_KEY, VIBEPEAK_BASE_URL: stub.url };
}

/**
 * Warnings that are expected in this bench: open local mode (no GATEWAY_API_KEYS), and Room AI on
 * each replica's own in-process sandbox (the bench uses only VibePeak, through the stub).
 */
const EXPECTED_WARNINGS = ['GATEWAY_API_KEYS is not set', "runs on this process's own sandbox"];

export class GatewayRefused extends Error {
  override name = 'GatewayRefused';
}

/**
 * The gateway as `npm start` runs it, in its own process on a fresh port, with `env` over the bench defaults.
 * Resolves once /readyz answers 200; rejects with GatewayRefused (its output) if it exits first.
 */
export async function startGateway(env: Record<string, string>, label = 'gw'): Promise<GatewayProc> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? tempDir(label);
  const flags = process.env.BENCH_CPU_PROF_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`, `--cpu-prof-name=${label}-${Date.now()}.cpuprofile`]
    : [];
  const t0 = performance.now();
  const child = spawnNode(
    GATEWAY_MAIN,
    [],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SANDBOX_ROOMAI_PORT: '0',
      SANDBOX_VIBEPEAK_PORT: '0',
      // The load is one client sending thousands of creates: measured is the gateway, not its rate limit.
      RATE_LIMIT_SUBMITS_PER_MINUTE: '0',
      // The stub's photo URLs are not fetchable: the create rows measure the gateway against the stub,
      // not a photo fetch (test/gateway/photo-checks.test.ts covers the checks).
      PHOTO_CHECKS: 'off',
      ...env,
      DATA_DIR: dataDir,
    },
    [...GATEWAY_FLAGS, ...flags],
  );
  const url = `http://127.0.0.1:${port}`;
  // Warnings and errors the gateway logs (e.g. a stub answer its parsing refuses), shown at stop.
  const problems: string[] = [];
  let count = 0;
  let partial = '';
  child.proc.stderr!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!/"level":"(warn|error)"/.test(line) || EXPECTED_WARNINGS.some((w) => line.includes(w))) continue;
      count++;
      if (problems.length < 2) problems.push(line.slice(0, 300));
    }
  });
  let exited = false;
  void child.exited.then(() => (exited = true));
  const deadline = t0 + 60_000;
  for (;;) {
    if (exited) throw new GatewayRefused(`gateway exited before ready: ${child.tail().trim().split('\n').slice(-3).join(' | ')}`);
    if (performance.now() > deadline) {
      await child.stop(1000);
      throw new Error(`gateway not ready within 60 s: ${child.tail()}`);
    }
    const ok = await request(`${url}/readyz`, { headersTimeout: 2000, bodyTimeout: 2000 }).then(
      async (r) => {
        await r.body.dump();
        return r.statusCode === 200;
      },
      () => false,
    );
    if (ok) break;
    await sleep(5);
  }
  const readyMs = performance.now() - t0;
  return {
    url,
    child,
    readyMs,
    dataDir,
    async stop() {
      await child.stop(15_000);
      if (count > 0) log(`    ${label}: the gateway logged ${count} warnings/errors, e.g. ${problems.join(' | ')}`);
    },
  };
}

/** Runs bench/load.ts in its own process and returns its result. */
export async function runLoad(config: LoadConfig): Promise<LoadResult> {
  const child = spawnNode(here('../load.ts'), [JSON.stringify(config)], {});
  const limit = (config.durationMs ?? 30_000) + 90_000;
  const result = await child.message<LoadResult>((m) => m.type === 'result', limit);
  await child.exited;
  return result;
}

/**
 * Runs `a` and `b` alternately, `rounds` times each (a, b, a, b, …), each segment with its share
 * of `count` and `durationMs`, and merges each side's segments: background load that comes and goes
 * then weighs on both sides alike. Each segment repeats the warm-up (fresh connections).
 */
export async function runInterleaved(a: LoadConfig, b: LoadConfig, rounds: number): Promise<[LoadResult, LoadResult]> {
  const share = (c: LoadConfig): LoadConfig => ({
    ...c,
    keepLatencies: true,
    ...(c.count === undefined ? {} : { count: Math.ceil(c.count / rounds) }),
    durationMs: (c.durationMs ?? 30_000) / rounds,
  });
  const parts: [LoadResult[], LoadResult[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    parts[0].push(await runLoad(share(a)));
    parts[1].push(await runLoad(share(b)));
  }
  return [merge(parts[0]), merge(parts[1])];
}

function merge(results: LoadResult[]): LoadResult {
  const latencies = results.flatMap((r) => r.latencies ?? []).sort((x, y) => x - y);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  const sum = (f: (r: LoadResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const ok = sum((r) => r.ok);
  const elapsedMs = sum((r) => r.elapsedMs);
  return {
    ok,
    failed: sum((r) => r.failed),
    errors: results.flatMap((r) => r.errors).slice(0, 3),
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    rate: (ok * 1000) / elapsedMs,
    elapsedMs,
    cpuS: sum((r) => r.cpuS),
  };
}
