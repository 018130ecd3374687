import { mkdtemp, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from './migrate.ts';

/**
 * A new embedded data folder starts as a copy of this template (PGlite's dumpDataDir tarball of a folder that has run
 * initdb, every migration and pg-boss's schema) instead of running initdb and the migrations: seconds and hundreds
 * of MB saved on a first start. Made by `npm run build` (bin/make-pglite-template.js) into dist/, so it ships with the
 * compiled code. src/ and dist/ sit at the same depth, so the path is the same from either.
 */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../../dist/pglite-template', import.meta.url));
const TARBALL = 'pgdata.tgz';
const MANIFEST = 'manifest.json';

/** What a template holds; a start uses it only when this still fits the installed code. */
export interface TemplateManifest {
  /** The PGlite package that wrote the folder: its on-disk format must be the one that reads it. */
  pgliteVersion: string;
  /** pg-boss's schema version in the template (pg-boss upgrades an older one itself when it starts). */
  queueSchemaVersion: number;
  /** The migrations applied, in order, with drizzle's hash of each file. */
  migrations: { folderMillis: number; hash: string }[];
}

const require = createRequire(import.meta.url);

function installedPgliteVersion(): string {
  // The package's exports hide its package.json; it sits two folders above the entry point (dist/index.cjs).
  const entry = require.resolve('@electric-sql/pglite');
  return (require(path.join(path.dirname(entry), '..', 'package.json')) as { version: string }).version;
}

/** The schema version the installed pg-boss creates or migrates to. */
export function installedQueueSchemaVersion(): number {
  return (require('pg-boss/version.json') as { schema: number }).schema;
}

function migrationsOf(migrationsFolder: string): TemplateManifest['migrations'] {
  return readMigrationFiles({ migrationsFolder }).map((migration) => ({ folderMillis: migration.folderMillis, hash: migration.hash }));
}

/** The manifest a template made now, from these migrations, would carry. */
export function currentManifest(queueSchemaVersion: number, migrationsFolder = MIGRATIONS_FOLDER): TemplateManifest {
  return { pgliteVersion: installedPgliteVersion(), queueSchemaVersion, migrations: migrationsOf(migrationsFolder) };
}

/**
 * Why a template cannot seed a new folder, or null when it can. It can when the same PGlite wrote it, its
 * migrations are the first ones of the installed list (the migration runner applies the newer ones after the copy),
 * and its pg-boss schema is not newer than the installed pg-boss's (an older one is upgraded by pg-boss).
 */
export function templateMismatch(template: TemplateManifest, installed: TemplateManifest): string | null {
  if (template.pgliteVersion !== installed.pgliteVersion) return `made by PGlite ${template.pgliteVersion}, running ${installed.pgliteVersion}`;
  if (template.queueSchemaVersion > installed.queueSchemaVersion) return `its queue schema ${template.queueSchemaVersion} is newer than pg-boss's ${installed.queueSchemaVersion}`;
  if (template.migrations.length > installed.migrations.length) return 'it has migrations this version does not know';
  const differs = template.migrations.findIndex(
    (migration, index) => migration.folderMillis !== installed.migrations[index]!.folderMillis || migration.hash !== installed.migrations[index]!.hash,
  );
  return differs === -1 ? null : `migration ${differs + 1} differs from this version's`;
}

/** A template that fits, as the tarball's path; or why there is none (a new folder then runs initdb as before). */
export async function findTemplate(templateDir = DEFAULT_TEMPLATE_DIR): Promise<{ tarball: string } | { unusable: string }> {
  let manifest: TemplateManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(templateDir, MANIFEST), 'utf8')) as TemplateManifest;
  } catch {
    return { unusable: `no template in ${templateDir}` };
  }
  try {
    const mismatch = templateMismatch(manifest, currentManifest(installedQueueSchemaVersion()));
    return mismatch ? { unusable: mismatch } : { tarball: path.join(templateDir, TARBALL) };
  } catch (error) {
    return { unusable: (error as Error).message };
  }
}

/** Whether the template in `templateDir` is the one this code would make now (the build skips making it again). */
export async function templateIsCurrent(templateDir = DEFAULT_TEMPLATE_DIR, migrationsFolder = MIGRATIONS_FOLDER): Promise<boolean> {
  try {
    const manifest = await readFile(path.join(templateDir, MANIFEST), 'utf8');
    return manifest === JSON.stringify(currentManifest(installedQueueSchemaVersion(), migrationsFolder));
  } catch {
    return false;
  }
}

/**
 * Makes a template: a new embedded database, the migrations (from `migrationsFolder`) and pg-boss's schema, dumped
 * with PGlite's dumpDataDir. Written beside and renamed into place, so a reader sees the old template or the new one.
 */
export async function makeTemplate(templateDir = DEFAULT_TEMPLATE_DIR, migrationsFolder = MIGRATIONS_FOLDER): Promise<TemplateManifest> {
  // Imported here: a start that only reads a template never loads them.
  const [{ openDatabase }, { runMigrations }, { Queue }, { PGlite }] = await Promise.all([
    import('./database.ts'),
    import('./migrate.ts'),
    import('../queue/queue.ts'),
    import('@electric-sql/pglite'),
  ]);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ponte-pglite-template-'));
  try {
    // An empty template folder: this database runs initdb, never a copy of an older template.
    const database = await openDatabase({ databaseUrl: undefined, dataDir: scratch }, { poolSize: 2, pgliteTemplateDir: path.join(scratch, 'none') });
    let queueSchemaVersion: number;
    try {
      await runMigrations(database, undefined, migrationsFolder);
      queueSchemaVersion = (await Queue.migrateSchema(database.url)).version;
    } finally {
      await database.close();
    }
    const pglite = await PGlite.create(path.join(scratch, 'pglite'));
    const dump = await pglite.dumpDataDir('gzip');
    await pglite.close();
    const manifest = currentManifest(queueSchemaVersion, migrationsFolder);
    const staging = `${templateDir}.${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, TARBALL), new Uint8Array(await dump.arrayBuffer()));
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest));
    await rm(templateDir, { recursive: true, force: true });
    await rename(staging, templateDir);
    return manifest;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
