import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { delay, exited, fileSize, freePort, readLogFrom, spawnLogged, waitForExit } from './process.ts';

/**
 * A real, throwaway Redis server for tests and the benchmark: no persistence, bound to 127.0.0.1,
 * on an ephemeral port (or the one asked for), working folder and log in a temporary folder.
 */
export interface RedisServer {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** The temporary folder holding the server's working files and log; removed by stop(). */
  dir: string;
  /** Stops the server (SIGTERM, then SIGKILL), waits for it to exit, removes the temporary folder. */
  stop(): Promise<void>;
  /** Stops the server and starts it again on the same port (for reconnect tests). Data is lost. */
  restart(): Promise<void>;
  /** Kills the server at once with SIGKILL, like a crash; restart() or stop() afterwards. */
  kill(): void;
}

const MISSING_HINT = 'run `bash .ci/run` (as root) or `apt-get install postgresql redis-server`';

export async function startRedis(opts: { port?: number } = {}): Promise<RedisServer> {
  const bin = findRedisServer();
  const dir = await mkdtemp(join(tmpdir(), 'tourgraph-redis-'));
  const logFile = join(dir, 'redis.log');
  let child: ChildProcess;
  let port: number;
  try {
    ({ child, port } = await launch(bin, dir, logFile, opts.port));
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }

  // If the process exits without stop(), do not leave the server or its folder behind. Never
  // throws, so that other 'exit' listeners still run.
  const onExit = () => {
    child.kill('SIGKILL');
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      // best effort
    }
  };
  process.once('exit', onExit);

  // stop() and restart() run one at a time, in call order.
  let queue = Promise.resolve();
  const serially = (fn: () => Promise<void>): Promise<void> => {
    const result = queue.then(fn);
    queue = result.catch(() => {});
    return result;
  };
  let stopped = false;

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop: () =>
      serially(async () => {
        if (stopped) return;
        stopped = true;
        process.off('exit', onExit);
        try {
          await terminate(child);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
    restart: () =>
      serially(async () => {
        if (stopped) throw new Error('restart() after stop(): start a new server instead');
        await terminate(child);
        ({ child } = await launch(bin, dir, logFile, port));
      }),
    kill: () => void child.kill('SIGKILL'),
  };
}

function findRedisServer(): string {
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/bin', '/usr/local/bin', '/usr/sbin'];
  for (const dir of dirs) {
    const path = join(dir, 'redis-server');
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  throw new Error(`redis-server not found: ${MISSING_HINT}.`);
}

/**
 * Starts redis-server and waits until it answers PING. On a port of its own choosing, a port taken
 * between picking and binding means another try on another port; on a fixed port (a restart, or
 * one asked for), a few tries on that port, in case something holds it briefly.
 */
async function launch(bin: string, dir: string, logFile: string, fixedPort: number | undefined): Promise<{ child: ChildProcess; port: number }> {
  const attempts = 5;
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    const logStart = await fileSize(logFile);
    const child = await spawnRedis(bin, dir, logFile, port);
    const outcome = await waitForPong(port, child);
    if (outcome === 'ready') return { child, port };
    await terminate(child);
    const log = await readLogFrom(logFile, logStart);
    if (outcome === 'exited' && /address already in use/i.test(log) && attempt < attempts) {
      if (fixedPort !== undefined) await delay(200);
      continue;
    }
    throw new Error(`redis-server did not start (${outcome}) on port ${port}; log:\n${log.slice(-4000)}`);
  }
}

async function spawnRedis(bin: string, dir: string, logFile: string, port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--logfile', ''];
  return spawnLogged(bin, args, dir, logFile);
}

/** Sends PING every 25 ms until +PONG comes back, the server exits, or 10 s pass. */
async function waitForPong(port: number, child: ChildProcess): Promise<'ready' | 'exited' | 'timed out'> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (exited(child)) return 'exited';
    if (await ping(port, child)) return 'ready';
    await delay(25);
  }
  return 'timed out';
}

/** One PING; false on no +PONG within 1 s, or as soon as the server exits (something else may hold the port). */
function ping(port: number, child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const onChildExit = () => done(false);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      child.off('exit', onChildExit);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), 1_000);
    child.once('exit', onChildExit);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: string) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
    socket.on('error', () => done(false));
  });
}

/** SIGTERM (Redis shuts down cleanly; with no persistence it saves nothing), then SIGKILL. */
async function terminate(child: ChildProcess): Promise<void> {
  for (const [sig, ms] of [
    ['SIGTERM', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    if (exited(child)) return;
    child.kill(sig);
    if (await waitForExit(child, ms)) return;
  }
  throw new Error(`redis-server (pid ${child.pid}) did not exit`);
}
