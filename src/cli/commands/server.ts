import { Option, type Command } from 'commander';
import { PROCESS_ROLES, type ProcessRole } from '../../platform/process-roles.ts';

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('run the API and the workers (embedded database unless DATABASE_URL is set)')
    .addOption(
      new Option('--role <role>', 'api: the HTTP API only; worker: the job workers only (health and metrics on PORT); all: both (default: PONTE_ROLE, else all)').choices(PROCESS_ROLES),
    )
    .addOption(new Option('--no-workers', 'the same as --role api').hideHelp())
    .action(async (options: { role?: ProcessRole; workers: boolean }) => {
      const { startServer } = await import('../start-server.ts');
      await startServer(options.role ?? (options.workers ? undefined : 'api'));
    });

  program
    .command('migrate')
    .description('apply database migrations (also done at start) and exit')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { json?: boolean }) => {
      const started = performance.now();
      const [{ loadConfig }, { openDatabase }, { runMigrations }, { Queue }, { startProgress }] = await Promise.all([
        import('../../platform/config.ts'),
        import('../../platform/database/database.ts'),
        import('../../platform/database/migrate.ts'),
        import('../../platform/queue/queue.ts'),
        import('../progress.ts'),
      ]);
      const config = loadConfig();
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
