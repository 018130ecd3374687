import { readFileSync } from 'node:fs';
import type { Config } from './platform/config.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { loadKeyring } from './platform/crypto/master-key.ts';
import type { Keyring } from './platform/crypto/keyring.ts';
import { openDatabase, type DatabaseHandle } from './platform/database/database.ts';
import { runMigrations } from './platform/database/migrate.ts';
import { registerHealthRoutes } from './platform/http/health.ts';
import { Metrics } from './platform/http/metrics.ts';
import { createHttpServer, type HttpServer } from './platform/http/server.ts';
import { createLogger, type Logger } from './platform/logging/logger.ts';
import { Queue } from './platform/queue/queue.ts';
import { AccountsService, registerAccountRoutes } from './modules/accounts/index.ts';
import { createApiAccessModule, type ApiAccessModule } from './modules/api-access/index.ts';
import { AuditService, registerAuditRoutes } from './modules/audit/index.ts';
import { CredentialVault } from './modules/credentials/index.ts';
import { registerCatalogRoutes } from './connectors/catalog-routes.ts';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export interface PonteOptions {
  clock?: Clock;
  logger?: Logger;
  /** Run the job workers in this process (default true); API-only processes turn them off. */
  workers?: boolean;
  /** Seconds between the queue's maintenance runs (expiring jobs of dead workers); tests shorten it. */
  queueMaintenanceSeconds?: number;
}

/** One running Ponte: database, queue, services and the HTTP server, built but not yet listening. */
export interface Ponte {
  config: Config;
  clock: Clock;
  logger: Logger;
  database: DatabaseHandle;
  queue: Queue;
  metrics: Metrics;
  keyring: Keyring;
  app: HttpServer;
  vault: CredentialVault;
  audit: AuditService;
  accounts: AccountsService;
  apiAccess: ApiAccessModule;
  /** Starts listening on the configured host and port; returns the address. */
  listen(): Promise<string>;
  /** Stops taking requests and jobs, lets running work finish within the shutdown bound, and closes the database. */
  close(): Promise<void>;
}

export interface Services {
  vault: CredentialVault;
  audit: AuditService;
  accounts: AccountsService;
  apiAccess: ApiAccessModule;
}

/** The modules' services over an open database: what the server and the CLI share. */
export function createServices(deps: { config: Config; database: DatabaseHandle; clock: Clock; logger: Logger; keyring: Keyring }): Services {
  const vault = new CredentialVault(deps.database, deps.keyring, deps.clock);
  const audit = new AuditService(deps.clock);
  const accounts = new AccountsService(deps.database, deps.clock, audit);
  const apiAccess = createApiAccessModule({
    database: deps.database,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    accounts,
    requestLogRetentionDays: deps.config.requestLogRetentionDays,
  });
  return { vault, audit, accounts, apiAccess };
}

export async function createPonte(config: Config, options: PonteOptions = {}): Promise<Ponte> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const keyring = await loadKeyring(config, logger);
  const database = await openDatabase(config);
  let queue: Queue | undefined;
  try {
    await runMigrations(database);
    queue = new Queue({ url: database.url, logger, maintenanceIntervalSeconds: options.queueMaintenanceSeconds });
    await queue.start();
    const metrics = new Metrics(() => queue!.depths());
    queue.observe(metrics);

    const { vault, audit, accounts, apiAccess } = createServices({ config, database, clock, logger, keyring });
    await apiAccess.registerJobs(queue);

    const app = await createHttpServer({ logger, publicUrl: config.publicUrl, version: VERSION });
    registerHealthRoutes(app, { database: async () => void (await database.pool.query('select 1')), queue: () => queue!.ping() }, metrics);
    apiAccess.registerRoutes(app);
    registerAccountRoutes(app, { accounts });
    registerAuditRoutes(app, { database, audit });
    registerCatalogRoutes(app);
    await app.ready();

    if (options.workers !== false) await apiAccess.startWorkers(queue);

    const startedQueue = queue;
    let closing: Promise<void> | undefined;
    return {
      config,
      clock,
      logger,
      database,
      queue: startedQueue,
      metrics,
      keyring,
      app,
      vault,
      audit,
      accounts,
      apiAccess,
      async listen() {
        return app.listen({ port: config.port, host: config.host });
      },
      close() {
        closing ??= (async () => {
          await app.close();
          await startedQueue.stop(config.shutdownTimeoutSeconds * 1000);
          await apiAccess.requestLog.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await queue?.stop(1000).catch(() => {});
    await database.close();
    throw error;
  }
}
