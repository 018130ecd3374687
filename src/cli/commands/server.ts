import type { Command } from 'commander';
import { loadConfig } from '../../platform/config.ts';
import { assertDataDirFree } from '../../platform/database/data-lock.ts';
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
    .option('--no-workers', 'serve the API only; run the job workers in other processes')
    .action(async (options: { workers: boolean }) => {
      const config = loadConfig();
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
      const ponte = await createPonte(config, { workers: options.workers, sandboxUrls, ...(mailbox ? { smtpUrl: mailbox.url } : {}) });
      const address = await serveUntilSignalled(ponte, [...sandboxes.map((sandbox) => sandbox.close), ...(mailbox ? [() => mailbox.close()] : [])]);
      for (const sandbox of sandboxes) ponte.logger.info({ sandbox: sandbox.key, baseUrl: sandbox.baseUrl }, `${sandbox.key} sandbox at ${sandbox.baseUrl}`);
      if (mailbox) ponte.logger.info({ mailbox: mailbox.url }, `e-mails go to the local mailbox at ${mailbox.url}, saved in ${path.join(config.dataDir, 'mailbox')}`);
      ponte.logger.info({ address, engine: ponte.database.engine }, `Ponte is listening on ${address} (docs at ${address}/docs)`);
    });

  program
    .command('migrate')
    .description('apply database migrations (also done at start) and exit')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const started = performance.now();
      const [{ openDatabase }, { runMigrations }, { Queue }, { startProgress }] = await Promise.all([
        import('../../platform/database/database.ts'),
        import('../../platform/database/migrate.ts'),
        import('../../platform/queue/queue.ts'),
        import('../progress.ts'),
      ]);
      const database = await openDatabase(config, { poolSize: 2, joinRunningServer: true });
      const progress = startProgress('migrating', { json: options.json });
      const migrations: { name: string; state: string }[] = [];
      let queueSchema: { previousVersion: number | null; version: number };
      try {
        // The queue's own schema is one more step after the migrations.
        await runMigrations(database, ({ name, index, total, state }) => {
          if (state === 'applying') return progress.working(index - 1, total + 1, `applying ${name}`);
          migrations.push({ name, state });
          progress.step(index, total + 1, `migration ${index}/${total} ${name} ${state}`);
        });
        const steps = migrations.length + 1;
        progress.working(migrations.length, steps, 'queue schema');
        queueSchema = await Queue.migrateSchema(database.url);
        const { previousVersion: before, version } = queueSchema;
        const change = before === null ? `created at version ${version}` : before < version ? `upgraded from version ${before} to ${version}` : `already at version ${version}`;
        progress.step(steps, steps, `queue schema ${change}`);
      } finally {
        progress.stop();
        await database.close();
      }
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      const applied = migrations.filter((migration) => migration.state === 'applied').length;
      if (options.json) process.stdout.write(`${JSON.stringify({ migrations, queueSchema, seconds }, null, 2)}\n`);
      else process.stdout.write(`migrations applied: ${applied} new, ${migrations.length - applied} already there; queue schema at version ${queueSchema.version} (${seconds} s)\n`);
    });
}
