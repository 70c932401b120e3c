import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from '../support/gateway.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c().catch(() => {});
});

const healthy = (url: string) =>
  request(`${url}/healthz`).then(
    async (r) => {
      await r.body.dump();
      return r.statusCode === 200;
    },
    () => false,
  );

/**
 * What a supervisor or container runtime does: SIGTERM to the process it started, here `npm start`.
 * The gateway must stop gracefully with it and free its port (bug: npm exited and left the gateway
 * running, holding the port).
 */
describe('npm start and SIGTERM', () => {
  it('SIGTERM to npm stops the gateway gracefully and frees the port', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tourgraph-sigterm-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        DATA_DIR: dataDir,
        SANDBOX_ROOMAI_PORT: '0',
        SANDBOX_VIBEPEAK_PORT: '0',
      },
    });
    let output = '';
    npm.stdout.on('data', (d) => (output += d));
    npm.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    cleanups.push(async () => {
      if (npm.exitCode === null) npm.kill('SIGKILL');
    });

    await waitFor(async () => ((await healthy(url)) ? true : undefined), 60_000, 100);
    npm.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
    expect(code, output).not.toBe('timeout');
    expect(output).toContain('"msg":"stopping"');
    // Nothing answers on the port any more: the gateway went with npm.
    expect(await healthy(url)).toBe(false);
  }, 90_000);
});

describe('a port in use', () => {
  it('stops the start with one line saying what to do, and no stack trace', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise((r) => blocker.close(r)));
    const port = (blocker.address() as { port: number }).port;
    const child = spawn(process.execPath, ['src/main.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        DATA_DIR: 'memory://',
        SANDBOX_ROOMAI_PORT: '0',
        SANDBOX_VIBEPEAK_PORT: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(output).toContain(`port ${port} is already in use`);
    expect(output, output).not.toMatch(/^\s+at /m);
    expect(output.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
