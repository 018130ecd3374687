#!/usr/bin/env node
// Part of `npm run build`: makes the pre-migrated template a new embedded data folder is copied from
// (src/platform/database/pglite-template.ts), unless the one in dist/ already fits these migrations, this PGlite and
// this pg-boss. Without the migrations folder (an image's build stage that copies only src/) it skips: a start then
// runs initdb as it always could.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}drizzle/meta/_journal.json`)) {
  process.stdout.write('pglite template: no drizzle/ folder here, skipped\n');
  process.exit(0);
}
// A computed path, so the type checker does not follow it into the compiled output.
const compiled = `${root}dist/platform/database/pglite-template.js`;
/** @type {{ makeTemplate(): Promise<{ migrations: unknown[], queueSchemaVersion: number }>, templateIsCurrent(): Promise<boolean> }} */
const { makeTemplate, templateIsCurrent } = await import(compiled);
if (await templateIsCurrent()) process.exit(0);
const started = performance.now();
try {
  const manifest = await makeTemplate();
  process.stdout.write(`pglite template: ${manifest.migrations.length} migrations, queue schema ${manifest.queueSchemaVersion} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
} catch (error) {
  // Not fatal: without a template a new folder is made by initdb, only more slowly.
  process.stderr.write(`pglite template not made (a first start will run initdb): ${error instanceof Error ? error.message : String(error)}\n`);
}
