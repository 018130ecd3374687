import type { Command } from 'commander';

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('run the API and the workers (embedded database unless DATABASE_URL is set)')
    .option('--no-workers', 'serve the API only; run the job workers in other processes')
    .action(async (options: { workers: boolean }) => {
      const { startServer } = await import('../start-server.ts');
      await startServer(options);
    });

  program
    .command('migrate')
    .description('apply database migrations (also done at start) and exit')
    .action(async () => {
      const [{ loadConfig }, { openDatabase }, { runMigrations }, { Queue }] = await Promise.all([
        import('../../platform/config.ts'),
        import('../../platform/database/database.ts'),
        import('../../platform/database/migrate.ts'),
        import('../../platform/queue/queue.ts'),
      ]);
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
