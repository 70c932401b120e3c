import { ConfigError, loadGatewayConfig } from './config.ts';
import { createLogger } from './log.ts';
import { loadSandboxConfig, SANDBOX_PORT_VARIABLES } from './sandbox/config.ts';
import { startGateway } from './server/gateway.ts';
import { DataDirLockedError } from './store/index.ts';

/**
 * `npm start` (through bin/start.mjs) and `node src/main.ts`: the gateway, with the provider
 * emulators in-process for any provider without a key, stopped cleanly by SIGINT or SIGTERM.
 */
export async function main(): Promise<void> {
  let config: ReturnType<typeof loadGatewayConfig>;
  let sandboxConfig: ReturnType<typeof loadSandboxConfig>;
  try {
    config = loadGatewayConfig();
    sandboxConfig = loadSandboxConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }

  const logger = createLogger({ level: config.logLevel });
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  try {
    gateway = await startGateway({
      config,
      logger,
      sandboxPorts: sandboxConfig.ports,
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (err instanceof DataDirLockedError || err instanceof ConfigError || (err as Error).message?.startsWith('REDIS_URL:')) {
      logger.error((err as Error).message);
      process.exit(1);
    }
    if (code === 'EADDRINUSE') {
      // A situation, not a bug: one line that says what to do, no stack trace.
      const port = (err as { port?: number }).port;
      logger.error(
        `port ${port ?? ''} is already in use: stop what runs there, or set PORT (or ${SANDBOX_PORT_VARIABLES.join(' / ')})`.replace('port  is', 'a port is'),
      );
    } else {
      logger.error('could not start', { err });
    }
    process.exit(1);
  }

  for (const p of gateway.tasks.providerInfo()) {
    const where =
      p.mode === 'SANDBOX' ? `sandbox emulator (no API key set; SANDBOX_TIME_SCALE=${config.sandboxTimeScale})` : `${p.mode === 'LIVE' ? 'live' : 'test'} key`;
    logger.info(`${p.provider}: ${where}`, { provider: p.provider, mode: p.mode, webhooks: p.webhooks });
  }
  if (config.clients.length === 0) {
    logger.warn('GATEWAY_API_KEYS is not set: open local mode, every request runs as client "local". Set it before exposing this server.');
  } else {
    logger.info(`gateway clients: ${config.clients.map((c) => c.name).join(', ')}`);
  }
  logger.info(`TourGraph ready: GraphiQL at ${gateway.url}/graphql`, {
    url: gateway.url,
    store: config.store.engine === 'postgres' ? 'postgres (DATABASE_URL)' : `sqlite (${config.dataDir})`,
    events: config.redisUrl ? 'redis (REDIS_URL)' : 'in-process',
  });

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn('second signal: exiting without waiting', { signal });
        process.exit(1);
      }
      stopping = true;
      logger.info('stopping', { signal });
      gateway.stop().then(
        () => process.exit(0),
        (err) => {
          logger.error('stop failed', { err });
          process.exit(1);
        },
      );
    });
  }
}

if (import.meta.main) await main();
