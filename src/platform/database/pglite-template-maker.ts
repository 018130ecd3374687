// Makes the embedded database's pre-migrated template (see pglite-template.ts). Run by `npm run build` from dist/:
// it makes the template unless the one there already fits these migrations, this PGlite and this pg-boss.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Queue } from '../queue/queue.ts';
import { openDatabase } from './database.ts';
import { runMigrations } from './migrate.ts';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { currentManifest, DEFAULT_TEMPLATE_DIR, installedQueueSchemaVersion, TEMPLATE_FILES, type TemplateManifest } from './pglite-template.ts';

/** Whether the template in `templateDir` is the one this code would make now. */
async function templateIsCurrent(templateDir: string): Promise<boolean> {
  try {
    const manifest = await readFile(path.join(templateDir, TEMPLATE_FILES.manifest), 'utf8');
    return manifest === JSON.stringify(currentManifest(installedQueueSchemaVersion()));
  } catch {
    return false;
  }
}

/**
 * Makes a template: a new embedded database, the migrations (from `migrationsFolder`) and pg-boss's schema, dumped
 * with PGlite's dumpDataDir. Written beside and renamed into place, so a reader sees the old template or the new one.
 */
export async function makeTemplate(templateDir = DEFAULT_TEMPLATE_DIR, migrationsFolder = MIGRATIONS_FOLDER): Promise<TemplateManifest> {
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
    await writeFile(path.join(staging, TEMPLATE_FILES.tarball), new Uint8Array(await dump.arrayBuffer()));
    await writeFile(path.join(staging, TEMPLATE_FILES.manifest), JSON.stringify(manifest));
    await rm(templateDir, { recursive: true, force: true });
    await rename(staging, templateDir);
    return manifest;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The build's step. Never fails the build: without a template a new folder is made by initdb, only more slowly. */
async function buildStep(): Promise<void> {
  // An image's build stage may compile before it copies the migrations: nothing to make a template from then.
  if (!existsSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))) {
    process.stdout.write('pglite template: no migrations folder here, skipped\n');
    return;
  }
  if (await templateIsCurrent(DEFAULT_TEMPLATE_DIR)) return;
  const started = performance.now();
  try {
    const manifest = await makeTemplate();
    process.stdout.write(`pglite template: ${manifest.migrations.length} migrations, queue schema ${manifest.queueSchemaVersion} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  } catch (error) {
    process.stderr.write(`pglite template not made (a first start will run initdb): ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildStep();
