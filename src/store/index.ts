import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GatewayConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { TaskStore } from '../tasks/store.ts';
import { SqliteTaskStore } from './sqlite.ts';

export { DataDirLockedError } from './lock.ts';

/** Opens the configured store: Postgres with `DATABASE_URL`, else SQLite in `DATA_DIR`. */
export async function openStore(config: GatewayConfig['store'], logger: Logger): Promise<TaskStore> {
  if (config.engine === 'postgres') {
    // Loaded only when configured: the embedded default starts without node-postgres.
    const { PostgresTaskStore } = await import('./postgres.ts');
    return PostgresTaskStore.open({
      url: config.url,
      poolSize: config.poolSize,
      onError: (err) => logger.warn('postgres: an idle connection failed', { err: err.message }),
    });
  }
  // Versions before 0.2 kept tasks in PGlite (a Postgres data folder). This one does not read it.
  if (!config.dataDir.startsWith('memory://') && existsSync(join(config.dataDir, 'PG_VERSION'))) {
    logger.warn(
      `DATA_DIR ${config.dataDir} holds tasks from an earlier TourGraph (PGlite); they are not read. The gateway now keeps tasks in ${join(config.dataDir, 'tourgraph.sqlite')}. See the README, "Upgrading from 0.1".`,
    );
  }
  return SqliteTaskStore.open({ dataDir: config.dataDir, synchronous: config.synchronous });
}
