import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { lockDataDir, type DataDirLock } from './data-lock.ts';
import { currentManifest, extractTemplate, installedQueueSchemaVersion, templateMismatch, type TemplateManifest } from './pglite-template.ts';

/**
 * A backup of the embedded database: one file, a first line naming the format, a second line with the manifest
 * (JSON), then PGlite's dumpDataDir of the data folder (a gzipped tar, the same archive as the build's template).
 * The manifest says what the folder holds, so a restore can refuse what this version cannot open and check what it
 * restored. The master keys are not in it: they stay where they are kept (PONTE_MASTER_KEY, or master.key in the
 * data folder), so a stolen backup holds only sealed secrets.
 */
const MAGIC = 'PONTE-BACKUP 1\n';
const PGLITE_FOLDER = 'pglite';
// Beside the data folder's database while a restore fills it; a leftover from a restore cut short is removed.
const RESTORING_FOLDER = 'pglite.restoring';
const REPLACED_FOLDER = 'pglite.replaced';

/**
 * Opens a PGlite folder in this process, with the server's setting (pglite-worker.js) for its largest allocation.
 * Imported here, not at the top, so the CLI's error handling (which knows this module's errors) loads no PGlite.
 */
async function openFolder(pgDataDir: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  return PGlite.create(pgDataDir, { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] });
}

export interface BackupManifest extends TemplateManifest {
  format: 'ponte-embedded-backup';
  ponteVersion: string;
  createdAt: string;
  /** Rows per table (`schema.table`), counted in the folder the archive was made from. */
  tables: Record<string, number>;
  /** The ids (never the keys) of the master keys that sealed the credentials in it: a restore needs those keys. */
  masterKeyIds: string[];
  archive: { bytes: number; sha256: string };
}

/** A backup or restore refused before anything changed: the operator fixes the situation and runs it again. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

/** The folder is held by a running server (pid): the command changed nothing. */
export class DataDirInUseError extends BackupRefusedError {}

async function takeLock(dataDir: string, refusal: string): Promise<DataDirLock> {
  try {
    return await lockDataDir(dataDir);
  } catch (error) {
    const holder = (error as { holder?: { pid: number } }).holder;
    if (!holder) throw error;
    throw new DataDirInUseError(
      `${refusal}: the data folder ${dataDir} is in use by a running Ponte (pid ${holder.pid}). Stop the server first (the embedded database ` +
        'has a single session, so a copy taken beside it could be inconsistent), then run this again.\n' +
        `Recusado: a pasta de dados ${dataDir} está em uso por um Ponte em execução (pid ${holder.pid}). Pare o servidor primeiro e rode o comando de novo.`,
    );
  }
}

/** Rows per user table, the applied migrations, pg-boss's schema and the master keys the credentials need. */
async function describe(pglite: PGlite): Promise<Pick<BackupManifest, 'tables' | 'migrations' | 'queueSchemaVersion' | 'masterKeyIds'>> {
  const listed = await pglite.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and not c.relispartition and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
     order by 1`,
  );
  const tables: Record<string, number> = {};
  for (const { name } of listed.rows) {
    tables[name] = Number((await pglite.query<{ n: number | bigint }>(`select count(*) as n from ${name}`)).rows[0]!.n);
  }
  const exists = (table: string) => table in tables;
  const migrations = exists('ponte_meta.__drizzle_migrations')
    ? (await pglite.query<{ hash: string; created_at: number | bigint | string }>('select hash, created_at from ponte_meta.__drizzle_migrations order by created_at')).rows.map((row) => ({
        folderMillis: Number(row.created_at),
        hash: row.hash,
      }))
    : [];
  const queueSchemaVersion = exists('pgboss.version') ? Number((await pglite.query<{ version: number }>('select version from pgboss.version')).rows[0]?.version ?? 0) : 0;
  const masterKeyIds = exists('public.credentials')
    ? (await pglite.query<{ id: string }>('select distinct master_key_id as id from credentials order by 1')).rows.map((row) => row.id)
    : [];
  return { tables, migrations, queueSchemaVersion, masterKeyIds };
}

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  migrations: number;
}

/**
 * Writes a backup of the embedded database in `dataDir` to `file`, with the server stopped: it takes the data
 * folder's lock (refusing while a server holds it) for as long as it reads, so the copy is of one moment. Written
 * beside and renamed into place, so a backup cut short is never taken for a whole one.
 */
export async function backupEmbedded(dataDir: string, file: string, ponteVersion: string): Promise<BackupResult> {
  const target = path.resolve(file);
  if (await stat(target).catch(() => null)) throw new BackupRefusedError(`${target} already exists: name a new file / o arquivo já existe: escolha outro nome`);
  const pgDataDir = path.join(dataDir, PGLITE_FOLDER);
  if ((await readdir(pgDataDir).catch(() => [])).length === 0) {
    throw new BackupRefusedError(`There is no embedded database in ${dataDir} to back up (check PONTE_DATA_DIR) / não há banco embutido em ${dataDir}`);
  }
  const lock = await takeLock(dataDir, 'Backup refused / backup recusado');
  const partial = `${target}.partial`;
  try {
    const pglite = await openFolder(pgDataDir);
    let described: Awaited<ReturnType<typeof describe>>;
    let archive: Uint8Array;
    try {
      described = await describe(pglite);
      archive = new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await pglite.close();
    }
    const manifest: BackupManifest = {
      format: 'ponte-embedded-backup',
      ponteVersion,
      createdAt: new Date().toISOString(),
      pgliteVersion: currentManifest(installedQueueSchemaVersion()).pgliteVersion,
      ...described,
      archive: { bytes: archive.length, sha256: createHash('sha256').update(archive).digest('hex') },
    };
    const handle = await open(partial, 'w', 0o600);
    try {
      await handle.writeFile(`${MAGIC}${JSON.stringify(manifest)}\n`);
      await handle.writeFile(archive);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
    return {
      file: target,
      bytes: (await stat(target)).size,
      tables: Object.keys(manifest.tables).length,
      rows: Object.values(manifest.tables).reduce((sum, rows) => sum + rows, 0),
      migrations: manifest.migrations.length,
    };
  } finally {
    await rm(partial, { force: true });
    await lock.release();
  }
}

/** The manifest of a backup file and where its archive starts; refuses a file that is not a whole Ponte backup. */
async function readBackupManifest(file: string): Promise<{ manifest: BackupManifest; archiveStart: number }> {
  const notABackup = (why: string) => new BackupRefusedError(`${file} is not a Ponte backup (${why}); nothing was changed / não é um backup do Ponte; nada foi alterado`);
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new BackupRefusedError(`Cannot read ${file}: ${error.code ?? error.message} / não foi possível ler o arquivo`);
  });
  let head: Buffer;
  try {
    // The manifest is small (one count per table); 1 MB bounds what a wrong file makes us read.
    const buffer = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) throw notABackup('it does not start as one');
  const end = head.indexOf(0x0a, MAGIC.length);
  if (end === -1) throw notABackup('its manifest is cut short');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(head.toString('utf8', MAGIC.length, end)) as BackupManifest;
  } catch {
    throw notABackup('its manifest is not JSON');
  }
  if (manifest.format !== 'ponte-embedded-backup' || !manifest.archive || !Array.isArray(manifest.migrations) || !manifest.tables) throw notABackup('its manifest is not one');
  const archiveStart = end + 1;
  const size = (await stat(file)).size;
  if (size - archiveStart !== manifest.archive.bytes) {
    throw notABackup(`its archive has ${size - archiveStart} bytes where the manifest says ${manifest.archive.bytes}: cut short or altered`);
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { start: archiveStart })) hash.update(chunk as Buffer);
  if (hash.digest('hex') !== manifest.archive.sha256) throw notABackup('its archive does not match its checksum: damaged or altered');
  return { manifest, archiveStart };
}

export interface RestoreResult {
  dataDir: string;
  backupCreatedAt: string;
  tables: number;
  rows: number;
  migrations: number;
  /** Migrations of this version the backup predates: the next start applies them. */
  pendingMigrations: number;
}

/**
 * Tidies what a restore killed midway left in `dataDir`; call it holding the folder's lock, before opening the
 * database. Killed between its two renames, a restore leaves no database folder, only the copy it had verified whole
 * (`pglite.restoring`) beside the database it replaced (`pglite.replaced`): the swap is finished, so the server never
 * starts an empty database over data still on disk. Anything else a restore left is removed, as it would have been.
 * Says what it did.
 */
export async function finishInterruptedRestore(dataDir: string): Promise<'none' | 'finished' | 'tidied'> {
  const current = path.join(dataDir, PGLITE_FOLDER);
  const restoring = path.join(dataDir, RESTORING_FOLDER);
  const replaced = path.join(dataDir, REPLACED_FOLDER);
  const [hasCurrent, hasRestoring, hasReplaced] = await Promise.all([current, restoring, replaced].map(async (folder) => (await stat(folder).catch(() => null)) !== null));
  if (!hasCurrent && hasReplaced) {
    // The restore moves the current folder aside only once its copy is verified: that copy is what was asked for.
    await rename(hasRestoring ? restoring : replaced, current);
    if (hasRestoring) await rm(replaced, { recursive: true, force: true });
    return 'finished';
  }
  if (hasRestoring || hasReplaced) {
    // A copy still being made or checked (the backup file is still there to restore from), or the replaced database
    // once the restored one is in place.
    await Promise.all([rm(restoring, { recursive: true, force: true }), rm(replaced, { recursive: true, force: true })]);
    return 'tidied';
  }
  return 'none';
}

/**
 * Replaces the embedded database in `dataDir` with the one in `file`, with the server stopped. Nothing is changed
 * until the backup has been read whole, fits this version, the master keys its credentials need are at hand
 * (`availableKeyIds`), and the restored copy, opened by PGlite beside the current folder, holds every table with
 * the row counts the backup recorded. Only then is the current folder swapped out and removed.
 */
export async function restoreEmbedded(dataDir: string, file: string, availableKeyIds: string[]): Promise<RestoreResult> {
  const { manifest, archiveStart } = await readBackupManifest(path.resolve(file));
  const installed = currentManifest(installedQueueSchemaVersion());
  const mismatch = templateMismatch(manifest, installed);
  if (mismatch) {
    throw new BackupRefusedError(
      `This version of Ponte cannot restore ${file}: ${mismatch}. Restore it with the Ponte version that made it (${manifest.ponteVersion}) or a newer one; nothing was changed.\n` +
        `Esta versão do Ponte não restaura este backup (${mismatch}); nada foi alterado.`,
    );
  }
  const missingKeys = manifest.masterKeyIds.filter((id) => !availableKeyIds.includes(id));
  if (missingKeys.length > 0) {
    throw new BackupRefusedError(
      `The credentials in this backup are sealed by master key(s) ${missingKeys.join(', ')}, which this Ponte does not have. Put the key from your ` +
        `key backup in place first: PONTE_MASTER_KEY (older ones in PONTE_PREVIOUS_MASTER_KEYS), or master.key (and master-keys.previous) in ${dataDir}. Nothing was changed.\n` +
        `As credenciais deste backup foram cifradas com chave(s) mestra(s) que este Ponte não tem (${missingKeys.join(', ')}): coloque a chave no lugar antes de restaurar; nada foi alterado.`,
    );
  }
  const lock = await takeLock(dataDir, 'Restore refused / restauração recusada');
  const restoring = path.join(dataDir, RESTORING_FOLDER);
  const replaced = path.join(dataDir, REPLACED_FOLDER);
  const current = path.join(dataDir, PGLITE_FOLDER);
  try {
    await finishInterruptedRestore(dataDir);
    await extractTemplate(file, restoring, { start: archiveStart });
    const pglite = await openFolder(restoring);
    let restored: Awaited<ReturnType<typeof describe>>;
    try {
      restored = await describe(pglite);
    } finally {
      await pglite.close();
    }
    const differences = Object.entries(manifest.tables)
      .filter(([table, rows]) => restored.tables[table] !== rows)
      .map(([table, rows]) => `${table}: ${restored.tables[table] ?? 'missing'} rows restored of ${rows}`);
    if (differences.length > 0) throw new BackupRefusedError(`The restored copy differs from the backup (${differences.join('; ')}); the current data was kept / a cópia restaurada difere do backup; os dados atuais foram mantidos`);

    // The current folder is moved aside, not deleted, until the restored one is in its place.
    await rm(replaced, { recursive: true, force: true });
    const hadCurrent = await stat(current).catch(() => null);
    if (hadCurrent) await rename(current, replaced);
    try {
      await rename(restoring, current);
    } catch (error) {
      // A folder with no database would start as a new one from the template: put the current one back.
      if (hadCurrent) await rename(replaced, current);
      throw error;
    }
    await rm(replaced, { recursive: true, force: true });
  } finally {
    await rm(restoring, { recursive: true, force: true });
    await lock.release();
  }
  return {
    dataDir,
    backupCreatedAt: manifest.createdAt,
    tables: Object.keys(manifest.tables).length,
    rows: Object.values(manifest.tables).reduce((sum, rows) => sum + rows, 0),
    migrations: manifest.migrations.length,
    pendingMigrations: installed.migrations.length - manifest.migrations.length,
  };
}
