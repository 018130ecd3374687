import type { Command } from 'commander';

const POSTGRESQL_PATH =
  'DATABASE_URL is set: this Ponte runs on PostgreSQL, whose own tools make the backup (pg_dump -Fc, restored with pg_restore); ' +
  'see "Backup and restore" in docs/deployment.md. ponte backup and ponte restore are for the embedded database.\n' +
  'Com DATABASE_URL, o banco é PostgreSQL: use pg_dump e pg_restore (veja docs/deployment.md).';

/** `ponte backup` and `ponte restore`: the embedded database to one file and back, with the server stopped. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'the backup file to write (must not exist)')
    .description(
      'write the embedded database (PONTE_DATA_DIR) to one file, with the server stopped. Secrets stay sealed in it; ' +
        'the master key is not in it: keep PONTE_MASTER_KEY, or master.key and master-keys.previous, apart. PostgreSQL: use pg_dump.',
    )
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const started = performance.now();
      const [{ loadConfig }, { backupEmbedded }, { CliError }, { print }, { VERSION }] = await Promise.all([
        import('../../platform/config.ts'),
        import('../../platform/database/embedded-backup.ts'),
        import('../input.ts'),
        import('../context.ts'),
        import('../../version.ts'),
      ]);
      const config = loadConfig();
      if (config.databaseUrl) throw new CliError(POSTGRESQL_PATH);
      const result = await backupEmbedded(config.dataDir, file, VERSION);
      print({ ...result, seconds: Math.round((performance.now() - started) / 100) / 10 }, options.json);
    });

  program
    .command('restore')
    .argument('<file>', 'a file written by ponte backup')
    .description(
      'replace the embedded database (PONTE_DATA_DIR) with a backup, with the server stopped. The master key that sealed its ' +
        'credentials must be in place first. Nothing changes unless the backup is whole and its restored copy checks out; ' +
        'migrations newer than the backup run at the next start. PostgreSQL: use pg_restore.',
    )
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const started = performance.now();
      const [{ loadConfig }, { restoreEmbedded }, { configuredMasterKeyIds }, { CliError }, { print }] = await Promise.all([
        import('../../platform/config.ts'),
        import('../../platform/database/embedded-backup.ts'),
        import('../../platform/crypto/master-key.ts'),
        import('../input.ts'),
        import('../context.ts'),
      ]);
      const config = loadConfig();
      if (config.databaseUrl) throw new CliError(POSTGRESQL_PATH);
      const result = await restoreEmbedded(config.dataDir, file, await configuredMasterKeyIds(config));
      print({ ...result, seconds: Math.round((performance.now() - started) / 100) / 10 }, options.json);
    });
}
