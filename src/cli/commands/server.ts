import { Option, type Command } from 'commander';
import { loadConfig, PROCESS_ROLES, type ProcessRole } from '../../platform/config.ts';
import { assertDataDirFree } from '../../platform/database/data-lock.ts';
import { openDatabase } from '../../platform/database/database.ts';
import { runMigrations } from '../../platform/database/migrate.ts';
import { Queue } from '../../platform/queue/queue.ts';
import { createPonte } from '../../ponte.ts';
import { serveUntilSignalled } from '../../server.ts';
import { startAllSandboxes } from '../../connectors/sandboxes.ts';
import { startLocalMailbox, type LocalMailbox } from '../../platform/mail/index.ts';
import path from 'node:path';
import { CliError } from '../input.ts';

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('run the API and the workers (embedded database unless DATABASE_URL is set)')
    .addOption(
      new Option('--role <role>', 'api: the HTTP API only; worker: the job workers only (health and metrics on PORT); all: both (default: PONTE_ROLE, else all)').choices(PROCESS_ROLES),
    )
    .addOption(new Option('--no-workers', 'the same as --role api').hideHelp())
    .action(async (options: { role?: ProcessRole; workers: boolean }) => {
      const role = options.role ?? (options.workers ? undefined : 'api');
      // The flag wins over PONTE_ROLE, and is checked with the rest of the configuration.
      const config = loadConfig(role ? { ...process.env, PONTE_ROLE: role } : process.env);
      // A folder in use is the real reason a second server cannot start: say it before any port is tried.
      if (!config.databaseUrl) await assertDataDirFree(config.dataDir);
      // The provider sandboxes answer for the sandbox environment, on loopback beside the server.
      const sandboxes = config.sandboxes
        ? await startAllSandboxes({ host: '127.0.0.1', basePort: config.sandboxPort }).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'EADDRINUSE') throw error;
            throw new CliError(
              `The provider sandboxes need ports ${config.sandboxPort}–${config.sandboxPort + 3}, and one is in use: set PONTE_SANDBOX_PORT to another port (0 picks free ones), or PONTE_SANDBOXES=off`,
            );
          })
        : [];
      const sandboxUrls = Object.fromEntries(sandboxes.map((sandbox) => [sandbox.key, sandbox.baseUrl]));
      // With the sandboxes and no mail server, notification e-mails land in a local mailbox, kept as .eml files.
      const mailbox: LocalMailbox | null =
        config.sandboxes && !config.smtpUrl
          ? await startLocalMailbox({ port: config.mailboxPort, directory: path.join(config.dataDir, 'mailbox') }).catch((error: Error) => {
              throw new CliError(`${error.message}: set PONTE_MAILBOX_PORT to another port (0 picks a free one), or SMTP_URL to a real mail server`);
            })
          : null;
      const ponte = await createPonte(config, { sandboxUrls, ...(mailbox ? { smtpUrl: mailbox.url } : {}) });
      const address = await serveUntilSignalled(ponte, [...sandboxes.map((sandbox) => sandbox.close), ...(mailbox ? [() => mailbox.close()] : [])]);
      for (const sandbox of sandboxes) ponte.logger.info({ sandbox: sandbox.key, baseUrl: sandbox.baseUrl }, `${sandbox.key} sandbox at ${sandbox.baseUrl}`);
      if (mailbox) ponte.logger.info({ mailbox: mailbox.url }, `e-mails go to the local mailbox at ${mailbox.url}, saved in ${path.join(config.dataDir, 'mailbox')}`);
      ponte.logger.info({ address, engine: ponte.database.engine }, `Ponte is listening on ${address} (docs at ${address}/docs)`);
    });

  program
    .command('migrate')
    .description('apply database migrations (also done at start) and exit')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, { poolSize: 2, joinRunningServer: true });
      try {
        await runMigrations(database);
        await Queue.migrateSchema(database.url);
      } finally {
        await database.close();
      }
      process.stdout.write('migrations applied\n');
    });
}
