import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'undici';
import { freePort, waitFor } from './gateway.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A gateway as users run it: `node src/main.ts` in its own process, configured by environment. */
export interface GatewayProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGKILL, resolved once it has exited. */
  kill(): Promise<void>;
  /** SIGTERM, resolved once it has exited. */
  stop(): Promise<void>;
}

/** Starts `node src/main.ts` with only `env` (plus PATH and HOME) and resolves once `/readyz` answers 200. */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  // A free port can be taken by another process of the run between `freePort` and the listen:
  // a port this helper chose is chosen again (a port the test gave is its own business).
  for (let attempt = 1; ; attempt++) {
    try {
      return await startGatewayProcessOnce(env);
    } catch (err) {
      if (env.PORT !== undefined || !/EADDRINUSE|already in use/.test((err as Error).message) || attempt >= 3) throw err;
    }
  }
}

async function startGatewayProcessOnce(env: Record<string, string>): Promise<GatewayProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({ LOG_LEVEL: 'info', ...env, PORT: String(port) }),
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  const proc: GatewayProcess = { child, url, port, output: () => output, kill: () => exited('SIGKILL'), stop: () => exited('SIGTERM') };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}`);
        const ok = await request(`${url}/readyz`).then(
          async (r) => {
            await r.body.dump();
            return r.statusCode === 200;
          },
          () => false,
        );
        return ok ? true : undefined;
      },
      30_000,
      50,
    );
  } catch (err) {
    await proc.kill();
    throw new Error(`${(err as Error).message}\n${output}`);
  }
  return proc;
}

/** Runs `node src/main.ts` expecting it to refuse to start; resolves with its exit code and output. */
export function runGatewayExpectingExit(env: Record<string, string>, timeoutMs = 20_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/main.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv({ PORT: '0', ...env }),
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the gateway did not exit within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Only `env` (over loopback defaults) plus PATH and HOME; ephemeral sandbox ports, so several gateways and test files run side by side. */
function childEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', SANDBOX_ROOMAI_PORT: '0', SANDBOX_VIBEPEAK_PORT: '0', ...env };
}
