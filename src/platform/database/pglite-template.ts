import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';

/**
 * A new embedded data folder starts as a copy of this template (PGlite's dumpDataDir tarball of a folder that has run
 * initdb, every migration and pg-boss's schema) instead of running initdb and the migrations: seconds and hundreds
 * of MB saved on a first start. The tarball is unpacked here rather than by PGlite's loadDataDir, which keeps the
 * whole archive referenced for the life of the database (about 85 MB more resident memory, measured). Made by `npm run build` (pglite-template-maker.ts) into dist/, so it ships with the
 * compiled code. src/ and dist/ sit at the same depth, so the path is the same from either.
 */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../../dist/pglite-template', import.meta.url));
/** The template folder's two files: PGlite's dump and what it holds. */
export const TEMPLATE_FILES = { tarball: 'pgdata.tgz', manifest: 'manifest.json' };

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
    manifest = JSON.parse(await readFile(path.join(templateDir, TEMPLATE_FILES.manifest), 'utf8')) as TemplateManifest;
  } catch {
    return { unusable: `no template in ${templateDir}` };
  }
  try {
    const mismatch = templateMismatch(manifest, currentManifest(installedQueueSchemaVersion()));
    return mismatch ? { unusable: mismatch } : { tarball: path.join(templateDir, TEMPLATE_FILES.tarball) };
  } catch (error) {
    return { unusable: (error as Error).message };
  }
}

/** A tar header's text field: up to its first NUL. */
function tarField(header: Buffer, start: number, length: number): string {
  const text = header.toString('latin1', start, start + length);
  const end = text.indexOf('\0');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Unpacks a template's tarball (the ustar archive PGlite's dumpDataDir writes: folders and plain files) into
 * `pgDataDir`. Streamed: the unpacked archive (about 40 MB) is never held whole, as it would stay resident until a
 * garbage collection that an idle server may not run for a long time. Refuses anything else, and any name that would
 * land outside the folder. `start`: where the archive begins in the file (a backup has a manifest before it).
 */
export async function extractTemplate(tarball: string, pgDataDir: string, options: { start?: number } = {}): Promise<void> {
  const root = path.resolve(pgDataDir);
  await mkdir(root, { recursive: true, mode: 0o700 });
  // Chunks are joined only once an entry's bytes are all there, so a large file is not copied again per chunk.
  let chunks: Buffer[] = [];
  let buffered = 0;
  // The file being read: its path and size, or null when a header comes next.
  let entry: { target: string; name: string; size: number } | null = null;
  const needed = () => (entry ? Math.ceil(entry.size / 512) * 512 : 512);
  for await (const chunk of createReadStream(tarball, { start: options.start ?? 0 }).pipe(createGunzip()) as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    buffered += chunk.length;
    while (buffered >= needed()) {
      const pending: Buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const used = needed();
      if (entry) {
        await mkdir(path.dirname(entry.target), { recursive: true, mode: 0o700 });
        await writeFile(entry.target, pending.subarray(0, entry.size), { mode: 0o600 });
        entry = null;
      } else {
        const header = pending.subarray(0, 512);
        if (header.every((byte) => byte === 0)) return;
        const prefix = tarField(header, 345, 155);
        const name = `${prefix ? `${prefix}/` : ''}${tarField(header, 0, 100)}`;
        const size = Number.parseInt(tarField(header, 124, 12).trim() || '0', 8);
        const type = tarField(header, 156, 1) || '0';
        const target = path.resolve(root, `.${path.posix.sep}${name}`);
        if (Number.isNaN(size) || (target !== root && !target.startsWith(`${root}${path.sep}`))) throw new Error(`unexpected entry ${JSON.stringify(name)} in ${tarball}`);
        if (type === '5') await mkdir(target, { recursive: true, mode: 0o700 });
        else if (type === '0') entry = { target, name, size };
        else throw new Error(`unexpected entry type ${type} for ${name} in ${tarball}`);
      }
      const rest = pending.subarray(used);
      chunks = rest.length ? [rest] : [];
      buffered = rest.length;
    }
  }
  throw new Error(`${tarball} ends ${entry ? `inside ${entry.name}` : 'without its closing blocks'}`);
}
