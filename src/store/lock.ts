import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

/**
 * One gateway per data folder. The lock is SQLite's own: the database is opened in exclusive
 * locking mode and written once, so the operating system holds a lock on the file for as long as
 * the process lives, and releases it when the process ends however it ends (a SIGKILL leaves no
 * stale lock behind). `gateway.pid` beside it only says who holds it, for the message a second
 * process gets.
 */

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

const PID_FILE = 'gateway.pid';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

export function lockDataDir(db: DatabaseSync, dataDir: string): DataDirLock {
  try {
    db.exec('pragma locking_mode = exclusive');
    db.exec('pragma journal_mode = wal');
    // The first write takes the exclusive lock, held until the connection closes.
    db.exec('begin immediate; commit');
  } catch (err) {
    if ((err as { errcode?: number }).errcode !== 5 /* SQLITE_BUSY */) throw err;
    db.close();
    throw new DataDirLockedError(
      `DATA_DIR ${dataDir} is in use by another TourGraph gateway${describe(readHolder(dataDir))}. Stop it, or give this one its own DATA_DIR (several replicas share DATABASE_URL instead).`,
    );
  }
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const file = join(dataDir, PID_FILE);
  writeFileSync(file, `${JSON.stringify(me)}\n`);
  return {
    release() {
      if (readHolder(dataDir)?.pid === me.pid) rmSync(file, { force: true });
    },
  };
}

function readHolder(dataDir: string): Holder | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, PID_FILE), 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function describe(holder: Holder | null): string {
  return holder ? ` (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})` : '';
}
