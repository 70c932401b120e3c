import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One emulator's persisted state (accounts and jobs) as a JSON file in `stateDir`, rewritten
 * atomically (temp file + rename) after each change. Without a `stateDir`, state lives in memory.
 */
export class StateFile<T> {
  #path: string | undefined;

  constructor(stateDir: string | undefined, name: string) {
    if (stateDir) {
      mkdirSync(stateDir, { recursive: true });
      this.#path = join(stateDir, `${name}.json`);
    }
  }

  load(): T | undefined {
    if (!this.#path) return undefined;
    try {
      return JSON.parse(readFileSync(this.#path, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  save(state: T): void {
    if (!this.#path) return;
    const tmp = `${this.#path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, this.#path);
  }
}
