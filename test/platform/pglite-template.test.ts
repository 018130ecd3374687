import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/database/database.ts';
import { MIGRATIONS_FOLDER, runMigrations, type MigrationStep } from '../../src/platform/database/migrate.ts';
import { templateMismatch, type TemplateManifest } from '../../src/platform/database/pglite-template.ts';
import { makeTemplate } from '../../src/platform/database/pglite-template-maker.ts';
import { Queue } from '../../src/platform/queue/queue.ts';
import { createTestDatabase } from '../support/test-database.ts';

// The embedded database's pre-migrated template: these run PGlite on either engine, since the template only
// concerns the embedded database (the last test checks PostgreSQL is left alone).
let scratch: string;
let template: string;
let reference: string;

/** Everything the migrations and pg-boss make, in an order that does not depend on how the folder came to be. */
async function schemaListing(database: DatabaseHandle) {
  const columns = await database.pool.query(
    `select table_schema, table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
     where table_schema in ('public', 'ponte_meta', 'pgboss') order by 1, 2, 3`,
  );
  const indexes = await database.pool.query(`select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname in ('public', 'ponte_meta', 'pgboss') order by 1, 2, 3`);
  const constraints = await database.pool.query(
    `select n.nspname, c.conname, pg_get_constraintdef(c.oid) as def from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where n.nspname in ('public', 'ponte_meta', 'pgboss') order by 1, 2, 3`,
  );
  const functions = await database.pool.query(
    `select n.nspname, p.proname, pg_get_function_arguments(p.oid) as args from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'ponte_meta', 'pgboss') order by 1, 2, 3`,
  );
  const migrations = await database.pool.query('select hash, created_at from ponte_meta.__drizzle_migrations order by created_at');
  const queueVersion = await database.pool.query('select version from pgboss.version');
  return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows, functions: functions.rows, migrations: migrations.rows, queueVersion: queueVersion.rows };
}

/** Opens a new embedded folder with the given template folder, migrates it as a start does, and lists its schema. */
async function startNewFolder(templateDir: string, dataDir = path.join(scratch, `data-${Math.random().toString(36).slice(2)}`)) {
  const database = await openDatabase({ databaseUrl: undefined, dataDir }, { poolSize: 2, pgliteTemplateDir: templateDir });
  try {
    const steps: MigrationStep[] = [];
    await runMigrations(database, (step) => steps.push(step));
    const queue = await Queue.migrateSchema(database.url);
    return { origin: database.embeddedOrigin, steps: steps.filter((step) => step.state !== 'applying'), queue, schema: await schemaListing(database) };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ponte-template-test-'));
  template = path.join(scratch, 'template');
  await makeTemplate(template);
  // The schema as initdb and every migration make it, with no template at all.
  reference = path.join(scratch, 'reference');
  const database = await openDatabase({ databaseUrl: undefined, dataDir: reference }, { poolSize: 2, pgliteTemplateDir: path.join(scratch, 'no-template') });
  try {
    expect(database.embeddedOrigin).toEqual({ kind: 'initdb', templateUnusable: expect.stringContaining('no template') });
    await runMigrations(database);
    await Queue.migrateSchema(database.url);
  } finally {
    await database.close();
  }
}, 300_000);
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const referenceSchema = async () => {
  const database = await openDatabase({ databaseUrl: undefined, dataDir: reference }, { poolSize: 2 });
  try {
    expect(database.embeddedOrigin).toEqual({ kind: 'existing' });
    return await schemaListing(database);
  } finally {
    await database.close();
  }
};

describe('the embedded database template', { timeout: 300_000 }, () => {
  it('seeds a new folder: nothing left to migrate, and the same schema as initdb and the migrations make', async () => {
    const started = await startNewFolder(template);
    expect(started.origin).toEqual({ kind: 'template' });
    expect(started.steps.length).toBeGreaterThan(0);
    expect(started.steps.every((step) => step.state === 'already applied')).toBe(true);
    expect(started.queue.previousVersion).toBe(started.queue.version);
    expect(started.schema).toEqual(await referenceSchema());
  });

  it('is still used when older than the migrations: the newer ones are applied after the copy', async () => {
    // A migrations folder without the newest migration, as an older Ponte had.
    const olderMigrations = path.join(scratch, 'older-drizzle');
    await cp(MIGRATIONS_FOLDER, olderMigrations, { recursive: true });
    const journalFile = path.join(olderMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const newest = journal.entries.pop()!;
    await writeFile(journalFile, JSON.stringify(journal));
    await rm(path.join(olderMigrations, `${newest.tag}.sql`));
    const olderTemplate = path.join(scratch, 'older-template');
    const manifest = await makeTemplate(olderTemplate, olderMigrations);
    expect(manifest.migrations).toHaveLength(journal.entries.length);

    const started = await startNewFolder(olderTemplate);
    expect(started.origin).toEqual({ kind: 'template' });
    expect(started.steps.filter((step) => step.state === 'applied').map((step) => step.name)).toEqual([newest.tag]);
    expect(started.schema).toEqual(await referenceSchema());
  });

  it('is not used when a migration it holds was changed since; the folder is made by initdb', async () => {
    const changed = path.join(scratch, 'changed-template');
    await cp(template, changed, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(changed, 'manifest.json'), 'utf8')) as TemplateManifest;
    manifest.migrations[0]!.hash = 'another';
    await writeFile(path.join(changed, 'manifest.json'), JSON.stringify(manifest));
    const started = await startNewFolder(changed);
    expect(started.origin).toEqual({ kind: 'initdb', templateUnusable: 'migration 1 differs from this version\'s' });
    expect(started.schema).toEqual(await referenceSchema());
  });

  it('falls back to initdb when the tarball cannot be loaded', async () => {
    const broken = path.join(scratch, 'broken-template');
    await cp(template, broken, { recursive: true });
    await writeFile(path.join(broken, 'pgdata.tgz'), 'not a tarball');
    const started = await startNewFolder(broken);
    expect(started.origin).toMatchObject({ kind: 'initdb' });
    expect(started.schema).toEqual(await referenceSchema());
  });

  it('starts a folder again when its copy from the template was cut short', async () => {
    const dataDir = path.join(scratch, 'cut-short');
    await mkdir(path.join(dataDir, 'pglite', 'base'), { recursive: true });
    await writeFile(path.join(dataDir, 'pglite', 'PG_VERSION'), '17\n');
    await writeFile(path.join(dataDir, 'pglite.loading'), '');
    const started = await startNewFolder(template, dataDir);
    expect(started.origin).toEqual({ kind: 'template' });
    expect(started.schema).toEqual(await referenceSchema());
  });

  it('fits only the same PGlite, a pg-boss schema no newer than the installed one, and a prefix of the migrations', () => {
    const installed: TemplateManifest = { pgliteVersion: '0.5.14', queueSchemaVersion: 24, migrations: [{ folderMillis: 1, hash: 'a' }, { folderMillis: 2, hash: 'b' }] };
    expect(templateMismatch(installed, installed)).toBeNull();
    expect(templateMismatch({ ...installed, migrations: installed.migrations.slice(0, 1), queueSchemaVersion: 23 }, installed)).toBeNull();
    expect(templateMismatch({ ...installed, pgliteVersion: '0.5.13' }, installed)).toMatch(/PGlite 0.5.13/);
    expect(templateMismatch({ ...installed, queueSchemaVersion: 25 }, installed)).toMatch(/newer/);
    expect(templateMismatch({ ...installed, migrations: [...installed.migrations, { folderMillis: 3, hash: 'c' }] }, installed)).toMatch(/does not know/);
    expect(templateMismatch({ ...installed, migrations: [{ folderMillis: 1, hash: 'a' }, { folderMillis: 2, hash: 'x' }] }, installed)).toMatch(/migration 2/);
  });

  // Only on PostgreSQL: that engine must never touch the embedded database or its template.
  if (process.env.TEST_DATABASE_URL) it('leaves PostgreSQL alone: no embedded database, no template', async () => {
    const testDatabase = await createTestDatabase();
    const database = await openDatabase(loadConfig(testDatabase.env), { pgliteTemplateDir: path.join(scratch, 'no-template') });
    try {
      expect(database.engine).toBe('postgres');
      expect(database.embeddedOrigin).toBeUndefined();
    } finally {
      await database.close();
      await testDatabase.dispose();
    }
  });
});
