import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every process and temporary folder the bench makes is registered here and removed on exit,
 * however the bench ends (normal end, a thrown error, Ctrl-C).
 */

const children = new Set<ChildProcess>();
const folders = new Set<string>();

export interface Child {
  proc: ChildProcess;
  pid: number;
  /** The last lines the process wrote on stderr and stdout. */
  tail(): string;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<string>;
  /** The next IPC message for which `match` is true; rejects if the process exits first or after `timeoutMs`. */
  message<T = Record<string, unknown>>(match: (m: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<T>;
  send(message: unknown): void;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `node <script> …args` with this process's Node (24), with an IPC channel. */
export function spawnNode(script: string, args: string[], env: Record<string, string>, nodeFlags: string[] = []): Child {
  const proc = spawn(process.execPath, [...nodeFlags, script, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_NO_WARNINGS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.add(proc);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<string>((resolve) => {
    proc.once('exit', (code, signal) => {
      children.delete(proc);
      resolve(signal ?? String(code));
    });
  });
  const messages: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  proc.on('message', (m) => {
    messages.push(m as Record<string, unknown>);
    for (const w of waiters) w();
  });
  let exitedFlag = false;
  void exited.then(() => {
    exitedFlag = true;
    for (const w of waiters) w();
  });
  return {
    proc,
    pid: proc.pid!,
    tail: () => tail,
    exited,
    message<T>(match: (m: Record<string, unknown>) => boolean, timeoutMs = 60_000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`${script}: no expected message within ${timeoutMs} ms\n${tail}`)), timeoutMs);
        const check = () => {
          const i = messages.findIndex(match);
          if (i >= 0) return done(undefined, messages.splice(i, 1)[0] as T);
          if (exitedFlag) done(new Error(`${script} exited before the expected message\n${tail}`));
        };
        const done = (err?: Error, value?: T) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (err) reject(err);
          else resolve(value as T);
        };
        waiters.add(check);
        check();
      });
    },
    send(message: unknown) {
      if (proc.connected) proc.send(message as never);
    },
    async stop(graceMs = 10_000) {
      if (exitedFlag) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A fresh temporary folder, removed at exit. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tourgraph-bench-${label}-`));
  folders.add(dir);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  folders.delete(dir);
}

/** Kills every child still running and removes every temporary folder. Synchronous: safe in 'exit'. */
export function cleanupAll(): void {
  for (const proc of children) {
    try {
      proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

process.once('exit', cleanupAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanupAll();
    process.exit(130);
  });
}

/** Resident memory of a process in KiB (VmRSS). */
export function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]);
}

export { freePort } from '../../test/support/process.ts';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
