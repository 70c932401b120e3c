import { z } from 'zod';
import { parseEnv } from '../config.ts';
import { optionalString, port, positive } from '../config-env.ts';

/** The emulators' own settings: `npm run sandbox`, and the in-process sandbox of `npm start`. */

/** The variables that set the emulators' ports, for a message about a port in use. */
export const SANDBOX_PORT_VARIABLES = ['SANDBOX_ROOMAI_PORT', 'SANDBOX_VIBEPEAK_PORT'] as const;

const sandboxEnv = z.object({
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  SANDBOX_ROOMAI_PORT: port.default(4010),
  SANDBOX_VIBEPEAK_PORT: port.default(4020),
  SANDBOX_TIME_SCALE: positive.max(100).default(0.1),
  /** Where the sandbox keeps its accounts and tasks so they survive a restart; unset keeps them in memory. */
  SANDBOX_STATE_DIR: optionalString,
});

export interface SandboxConfig {
  host: string;
  /** Each emulator's port. */
  ports: { roomai: number; vibepeak: number };
  timeScale: number;
  stateDir: string | undefined;
}

export function loadSandboxConfig(env: Record<string, string | undefined> = process.env): SandboxConfig {
  const e = parseEnv(sandboxEnv, env);
  return {
    host: e.SANDBOX_HOST,
    ports: { roomai: e.SANDBOX_ROOMAI_PORT, vibepeak: e.SANDBOX_VIBEPEAK_PORT },
    timeScale: e.SANDBOX_TIME_SCALE,
    stateDir: e.SANDBOX_STATE_DIR,
  };
}
