/**
 * `npm run sandbox`: both emulators on their own ports (SANDBOX_ROOMAI_PORT, SANDBOX_VIBEPEAK_PORT),
 * printing what a person needs to try them with curl. Stops cleanly on SIGINT/SIGTERM.
 */
import { ConfigError } from '../config.ts';
import { loadSandboxConfig } from './config.ts';
import { createLogger } from '../log.ts';
import { PLAN_CONCURRENCY, ROOMAI_TOKENS, SANDBOX_VOICES, VIBEPEAK_ACCOUNTS } from './keys.ts';
import { startSandbox } from './index.ts';

let config: ReturnType<typeof loadSandboxConfig>;
try {
  config = loadSandboxConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({
    host: config.host,
    ports: config.ports,
    timeScale: config.timeScale,
    stateDir: config.stateDir,
    logger: createLogger({ level: 'info' }),
  });
} catch (error) {
  const { code, port } = error as { code?: string; port?: number };
  if (code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use: stop what runs there, or set SANDBOX_ROOMAI_PORT / SANDBOX_VIBEPEAK_PORT.`);
  process.exit(1);
}
const { roomai, vibepeak } = sandbox;

const lines = [
  `TourGraph sandbox (time scale ${config.timeScale}${config.stateDir ? `, state in ${config.stateDir}` : ', state in memory'})`,
  '',
  `VibePeak  ${vibepeak.baseUrl}   (POST /v1/real-estate/living-property, GET /v1/tasks/{id}, GET /health)`,
  ...Object.entries(VIBEPEAK_ACCOUNTS).map(([key, a]) => {
    const what = a.revoked
      ? 'revoked (401 API_KEY_REVOKED)'
      : a.plan === 'none'
        ? 'no API plan (403 PLAN_REQUIRED)'
        : a.mode === 'test'
          ? 'test mode, no credits used, test_scenario honoured'
          : `live, ${a.plan} plan (${PLAN_CONCURRENCY[a.plan]} concurrent), ${a.credits} credits`;
    return `  ${key.padEnd(28)} ${what}\n  ${''.padEnd(28)} webhook secret ${vibepeak.webhookSecret(key)}`;
  }),
  `  voices: ${SANDBOX_VOICES.sarah}, ${SANDBOX_VOICES.rachel} (shared); ${SANDBOX_VOICES.privateVoice} (private: VOICE_ACCESS_DENIED)`,
  '',
  `Room AI   ${roomai.baseUrl}   (POST /generate, GET /results?processing_url=…)`,
  ...Object.entries(ROOMAI_TOKENS).map(([key, tokens]) => `  ${key.padEnd(28)} ${tokens} tokens`),
  '',
  'Media (served by both):',
  ...Object.values(vibepeak.media).map((url) => `  ${url}`),
  '',
  `Admin: ${vibepeak.origin}/__sandbox/… and ${roomai.origin}/__sandbox/… (counters, faults, balance, outcomes, complete)`,
  'Ctrl-C stops.',
];
console.log(lines.join('\n'));

const shutdown = (signal: string) => {
  console.log(`\n${signal}: stopping the sandbox`);
  sandbox.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
