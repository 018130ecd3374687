import { readFileSync } from 'node:fs';
import { readMigrationFiles, type MigrationConfig } from 'drizzle-orm/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect, type PgSession } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DatabaseHandle } from './database.ts';

import { MIGRATIONS_FOLDER } from './migrations-folder.ts';

export { MIGRATIONS_FOLDER };

const migrationConfig = (migrationsFolder: string) => ({ migrationsFolder, migrationsSchema: 'ponte_meta' }) satisfies MigrationConfig;
const MIGRATIONS_TABLE = 'ponte_meta.__drizzle_migrations';

// Any constant works; it only has to be the same in every Ponte process.
const MIGRATION_LOCK = 72_617_001;

/** One migration as runMigrations goes through them: told before a pending one runs, and once it is done. */
export interface MigrationStep {
  /** The migration's file name without `.sql`, e.g. `0002_sync_engine`. */
  name: string;
  /** 1 for the first migration. */
  index: number;
  total: number;
  state: 'applying' | 'applied' | 'already applied';
}

/** The migrations' names in the journal's order, which is the order readMigrationFiles returns them in. */
function migrationNames(migrationsFolder: string): string[] {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}

/** When the newest applied migration was generated (drizzle's `created_at`), or null before the first. */
async function newestAppliedMillis(client: pg.PoolClient): Promise<number | null> {
  const table = await client.query<{ name: string | null }>('select to_regclass($1)::text as name', [MIGRATIONS_TABLE]);
  if (!table.rows[0]?.name) return null;
  const newest = await client.query<{ created_at: string | number }>(`select created_at from ${MIGRATIONS_TABLE} order by created_at desc limit 1`);
  return newest.rows[0] ? Number(newest.rows[0].created_at) : null;
}

/**
 * Applies pending migrations, telling `onProgress` about each one (before a pending one runs, and when it is
 * done). An advisory lock keeps several
 * processes starting together on PostgreSQL from running them twice; applied migrations are skipped, so running it
 * again changes nothing.
 *
 * Drizzle's migrate() applies every pending migration in one transaction and says nothing until the end. Here each
 * goes through drizzle's own step (the same statements, the same rows in its migrations table, decided by the same
 * `created_at` rule) one at a time, each in its own transaction: progress can be told, and a failed migration
 * leaves those before it applied, for the next run to continue from.
 */
export async function runMigrations(
  database: DatabaseHandle,
  onProgress?: (step: MigrationStep) => void,
  /** Another folder of migrations: the embedded template's tests make an older template from the first few. */
  migrationsFolder = MIGRATIONS_FOLDER,
): Promise<void> {
  const config = migrationConfig(migrationsFolder);
  const migrations = readMigrationFiles(config);
  const names = migrationNames(migrationsFolder);
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // The session drizzle's node-postgres migrate() hands its dialect (its type is generic over a schema we do not use).
    const session = drizzle(client)._.session as PgSession;
    const dialect = new PgDialect();
    const newestApplied = await newestAppliedMillis(client);
    for (const [position, migration] of migrations.entries()) {
      const pending = newestApplied === null || newestApplied < migration.folderMillis;
      const step = { name: names[position] ?? String(migration.folderMillis), index: position + 1, total: migrations.length };
      if (pending) {
        onProgress?.({ ...step, state: 'applying' });
        await dialect.migrate([migration], session, config);
      }
      onProgress?.({ ...step, state: pending ? 'applied' : 'already applied' });
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
