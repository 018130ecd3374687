import { systemClock } from '../platform/clock.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/database/database.ts';
import { runMigrations } from '../platform/database/migrate.ts';
import { createLogger, readableLogStream, type Logger } from '../platform/logging/logger.ts';
import { Queue } from '../platform/queue/queue.ts';
import { loadKeyring } from '../platform/crypto/master-key.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { IntegrationsService } from '../modules/integrations/index.ts';
import type { SyncService } from '../modules/sync/index.ts';
import { createServices, createSyncServices, type Services } from '../ponte.ts';

export interface CommandContext extends Services {
  config: Config;
  database: DatabaseHandle;
  keyring: Keyring;
  logger: Logger;
}

export interface IntegrationCommandContext extends CommandContext {
  sync: SyncService;
  integrations: IntegrationsService;
}

/**
 * Opens the database for one command (through a running server's socket when the embedded folder is in use),
 * brings the schema up to date, runs `work`, and closes everything.
 */
export async function withServices<T>(work: (context: CommandContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const readable = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stderr.isTTY === true);
  const logger = createLogger({ level: 'warn', destination: readable ? readableLogStream(2) : (process.stderr as never) });
  // Resolved first, as the server does, so a data folder never exists without its master key.
  const keyring = await loadKeyring(config, logger);
  const database = await openDatabase(config, { joinRunningServer: true, poolSize: 2 });
  try {
    await runMigrations(database);
    return await work({ config, database, keyring, logger, ...createServices({ config, database, clock: systemClock, logger, keyring }) });
  } finally {
    await database.close();
  }
}

/**
 * withServices, with the integration and sync services too. Their queue only sends: the jobs a command queues run
 * in the server's workers, never in the command's process.
 */
export async function withIntegrationServices<T>(work: (context: IntegrationCommandContext) => Promise<T>): Promise<T> {
  return withServices(async (context) => {
    const queue = new Queue({ url: context.database.url, logger: context.logger, poolSize: 2, sendOnly: true });
    await queue.start();
    try {
      const { sync, integrations } = createSyncServices({ ...context, clock: systemClock, queue }, {});
      await sync.registerJobs();
      return await work({ ...context, sync, integrations });
    } finally {
      await queue.stop(1000);
    }
  });
}

/** Prints a result as JSON (for scripts) or as `label: value` lines (for people). */
export function print(value: Record<string, unknown> | Record<string, unknown>[], json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const rows = Array.isArray(value) ? value : [value];
  if (rows.length === 0) process.stdout.write('(none)\n');
  for (const row of rows) {
    for (const [label, inner] of Object.entries(row)) {
      process.stdout.write(`${label}: ${Array.isArray(inner) ? inner.join(', ') || '-' : (inner ?? '-')}\n`);
    }
    if (rows.length > 1) process.stdout.write('\n');
  }
}
