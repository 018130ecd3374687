import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Queue } from '../../src/platform/queue/queue.ts';
import { openDatabase } from '../../src/platform/database/database.ts';
import { runMigrations } from '../../src/platform/database/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded data folder already initialised and migrated, copied by each test file instead of running initdb. */
    pgliteTemplate: string;
  }
}

/**
 * PGlite's first open runs initdb (seconds, hundreds of MB): do it once per run and let each test file copy the
 * result. On PostgreSQL (TEST_DATABASE_URL) every test file creates its own database instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ponte-template-'));
  if (!process.env.TEST_DATABASE_URL) {
    const database = await openDatabase({ databaseUrl: undefined, dataDir: root }, { poolSize: 2 });
    try {
      await runMigrations(database);
      await Queue.migrateSchema(database.url);
    } finally {
      await database.close();
    }
  }
  project.provide('pgliteTemplate', path.join(root, 'pglite'));
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
