import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { delay, exited, fileSize, freePort, readLogFrom, spawnLogged, waitForExit } from './process.ts';

/**
 * A real, throwaway Postgres server for tests and the benchmark: a fresh cluster in a temporary
 * folder (initdb --no-sync, trust auth), listening on 127.0.0.1 only, on an ephemeral port, with
 * its unix socket inside that folder. As root it runs as the `postgres` user through `runuser`,
 * because Postgres refuses to run as root.
 */
export interface PostgresServer {
  /** The `postgres` maintenance database: postgres://tourgraph@127.0.0.1:PORT/postgres. */
  url: string;
  port: number;
  /** The temporary folder holding the cluster, its socket and its log; removed by stop(). */
  dir: string;
  /** Creates a new empty database and returns its URL (a unique name is made when none is given). */
  createDatabase(name?: string): Promise<string>;
  /** Fast shutdown (SIGINT to the postmaster), waits for it to exit, removes the temporary folder. */
  stop(): Promise<void>;
}

const SUPERUSER = 'tourgraph';
const MAX_CONNECTIONS = 200;
const MISSING_HINT = 'run `bash .ci/run` (as root) or `apt-get install postgresql redis-server`';
const execFileAsync = promisify(execFile);

/**
 * Creates a new empty database on the server at `serverUrl` and returns its URL. Usable from test
 * workers, which get only the server's URL from the global setup (`inject('postgresUrl')`).
 */
export async function createDatabase(serverUrl: string, name = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const owner = process.getuid?.() === 0 ? await postgresUser() : undefined;
  const dir = await mkdtemp(join(tmpdir(), 'tourgraph-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  try {
    if (owner) await chown(dir, owner.uid, owner.gid);
    await run(
      bin,
      'initdb',
      ['-D', dataDir, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      dir,
      owner !== undefined,
    );

    // A port picked as free can be taken before the postmaster binds it: then try another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const logStart = await fileSize(logFile);
      const postmaster = await spawnPostmaster(bin, dataDir, dir, logFile, port, owner !== undefined);
      const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
      const outcome = await waitUntilReady(url, postmaster);
      if (outcome === 'ready') return handle(url, port, dir, dataDir, postmaster);
      await stopPostmaster(postmaster, dataDir);
      const log = await readLogFrom(logFile, logStart);
      if (outcome === 'exited' && /could not bind|address already in use/i.test(log) && attempt < 5) continue;
      throw new Error(`Postgres did not start (${outcome}) on port ${port}; log:\n${log.slice(-4000)}`);
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** `pg_config --bindir` when it holds the server, else the newest /usr/lib/postgresql/N/bin, else PATH. */
function findPostgresBin(): string {
  const candidates: string[] = [];
  try {
    const out = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out) candidates.push(out);
  } catch {
    // no pg_config: look elsewhere
  }
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // not a Debian layout
  }
  candidates.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  for (const dir of candidates) {
    if (isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'postgres'))) return dir;
  }
  throw new Error(`Postgres server binaries (initdb, postgres) not found: ${MISSING_HINT}.`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  try {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', 'postgres']), execFileAsync('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    throw new Error(`Running as root, and there is no \`postgres\` user to run Postgres as: ${MISSING_HINT}.`);
  }
}

/** The command line for one Postgres program, through runuser when we are root. */
function command(bin: string, program: string, args: string[], asPostgresUser: boolean): [string, string[]] {
  const path = join(bin, program);
  return asPostgresUser ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

async function run(bin: string, program: string, args: string[], cwd: string, asPostgresUser: boolean): Promise<void> {
  const [file, argv] = command(bin, program, args, asPostgresUser);
  try {
    await execFileAsync(file, argv, { cwd, timeout: 60_000 });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${program} failed: ${e.stderr?.trim() || e.message}`);
  }
}

async function spawnPostmaster(bin: string, dataDir: string, dir: string, logFile: string, port: number, asPostgresUser: boolean): Promise<ChildProcess> {
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: dir,
    max_connections: MAX_CONNECTIONS,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    logging_collector: 'off',
  };
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const [file, argv] = command(bin, 'postgres', args, asPostgresUser);
  return spawnLogged(file, argv, dir, logFile);
}

/** Polls with a real connection until the server answers, it exits, or 30 s pass. */
async function waitUntilReady(url: string, child: ChildProcess): Promise<'ready' | 'exited' | 'timed out'> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return 'exited';
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return 'ready';
    } catch {
      // not accepting connections yet (refused, or "the database system is starting up")
    } finally {
      await client.end().catch(() => {});
    }
    await delay(50);
  }
  return 'timed out';
}

function handle(url: string, port: number, dir: string, dataDir: string, postmaster: ChildProcess): PostgresServer {
  // If the process exits without stop() (process.exit in the runner, or a SIGTERM it turns into
  // one), do not leave a server or a data folder behind: immediate shutdown, waiting (bounded,
  // synchronously: this is an 'exit' listener) until the postmaster is gone before removing the
  // folder it writes in. Never throws, so that other 'exit' listeners still run.
  const onExit = () => {
    const pid = postmasterPid(dataDir);
    if (pid) {
      signal(pid, 'SIGQUIT');
      sleepSyncUntil(() => postmasterPid(dataDir) === undefined || !isAlive(pid), 3_000);
    }
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      // best effort
    }
  };
  process.once('exit', onExit);
  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    dir,
    createDatabase: (name) => createDatabase(url, name),
    stop() {
      stopping ??= (async () => {
        process.off('exit', onExit);
        try {
          await stopPostmaster(postmaster, dataDir);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      })();
      return stopping;
    },
  };
}

/**
 * Signals the postmaster itself (its pid is in postmaster.pid): as root the child we hold is
 * runuser, which would turn our signal into SIGTERM (smart shutdown, which waits for clients).
 * Fast shutdown first, then immediate, then SIGKILL; each wait bounded.
 */
async function stopPostmaster(child: ChildProcess, dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir) ?? child.pid;
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [sig, ms] of steps) {
    if (exited(child)) return;
    if (pid) signal(pid, sig);
    if (sig === 'SIGKILL') child.kill('SIGKILL');
    if (await waitForExit(child, ms)) return;
  }
  throw new Error(`Postgres (pid ${pid}) did not exit`);
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** True while a process with this pid exists (a zombie counts: then postmaster.pid is gone). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSyncUntil(done: () => boolean, timeoutMs: number): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) Atomics.wait(cell, 0, 0, 20);
}
