// Backup and upgrade: what an operator keeps survives `ponte backup` / `ponte restore` (the embedded database) or the
// documented pg_dump / pg_restore (PostgreSQL), and today's migrations applied over a database made by an older
// release lose none of its rows. The older release's data is test/fixtures/upgrade/ (data.sql and fixture.json);
// make-fixture.ts there says how to make it again for a later release.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAllSandboxes, type RunningSandbox } from '../../src/connectors/sandboxes.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/database/database.ts';
import { MIGRATIONS_FOLDER, runMigrations } from '../../src/platform/database/migrate.ts';
import { createPonte, type Ponte } from '../../src/ponte.ts';
import { fillPonte, type Filled } from '../fixtures/upgrade/fill-ponte.ts';
import { createPaghiperCharge } from '../support/paghiper-charges.ts';
import { startTestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';
import { ENGINE, reportFigures, scaled } from './support/long-form.ts';

const FIXTURE_DIR = path.resolve('test/fixtures/upgrade');
const figures: Record<string, unknown> = {};
const cleanups: (() => Promise<unknown>)[] = [];
let sandboxes: RunningSandbox[];
/** The embedded round trip's backup and the folder restored from it, for the refusals that follow. */
let roundTrip: { file: string; dataDir: string; env: Record<string, string> } | undefined;
let sandboxUrls: Record<string, string>;

beforeAll(async () => {
  sandboxes = await startAllSandboxes({ host: '127.0.0.1', basePort: 0 });
  sandboxUrls = Object.fromEntries(sandboxes.map((sandbox) => [sandbox.key, sandbox.baseUrl]));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await Promise.all((sandboxes ?? []).map((sandbox) => sandbox.close()));
  reportFigures('backup-and-upgrade', figures);
});

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** Runs the real `ponte` command in a child process. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const clean = { ...process.env };
    delete clean.DATABASE_URL;
    delete clean.PONTE_DATA_DIR;
    execFile(process.execPath, ['bin/ponte.js', ...args], { env: { ...clean, LOG_LEVEL: 'silent', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(`${command}: ${stderr || error.message}`)) : resolve(stdout))),
  );
}

/** Opens the database `env` names (PostgreSQL or an embedded folder, which this process then holds) for `work`. */
async function withDatabase<T>(env: Record<string, string>, work: (database: DatabaseHandle) => Promise<T>, options: { pgliteTemplateDir?: string } = {}): Promise<T> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PONTE_DATA_DIR ?? '' }, { poolSize: 2, ...options });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function userTables(pool: pg.Pool, schemas?: string[]): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and not c.relispartition and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
       and ($1::text[] is null or n.nspname = any($1)) order by 1`,
    [schemas ?? null],
  );
  return rows.map((row) => row.name);
}

/** Every table's row count and a digest of its whole content: two databases with equal digests hold the same rows. */
async function tableDigests(pool: pg.Pool): Promise<Record<string, { rows: number; digest: string }>> {
  const digests: Record<string, { rows: number; digest: string }> = {};
  for (const table of await userTables(pool)) {
    const { rows } = await pool.query<{ rows: number; digest: string }>(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${table} t`);
    digests[table] = rows[0]!;
  }
  return digests;
}

async function startPonte(env: Record<string, string>, role: 'api' | 'all'): Promise<Ponte> {
  const ponte = await createPonte(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }), { logger: pino({ level: 'silent' }), role, sandboxUrls, queueMaintenanceSeconds: 1 });
  cleanups.push(() => ponte.close());
  return ponte;
}

async function adminTokenOf(ponte: Ponte): Promise<string> {
  const key = await ponte.apiAccess.keys.create(cliActor, { name: 'backup test', environment: 'sandbox' });
  return (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
}

const get = async (ponte: Ponte, url: string, token: string) => {
  const response = await ponte.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
};

/** What a restored Ponte must still do with the data: read it, authenticate the old token, open the credentials. */
async function provesDataWorks(ponte: Ponte, filled: Filled, before: Record<string, { rows: number }>): Promise<void> {
  await ponte.listen();
  const admin = await adminTokenOf(ponte);
  for (const account of filled.accounts) {
    expect((await get(ponte, `/v1/accounts/${account.id}`, admin)).id).toBe(account.id);
    expect(await get(ponte, `/v1/integrations/${account.integrationId}`, admin)).toMatchObject({ id: account.integrationId, state: 'active' });
    expect((await get(ponte, `/v1/integrations/${account.integrationId}/records?limit=500`, admin)).data.length).toBeGreaterThanOrEqual(account.charges);
    expect((await get(ponte, `/v1/tickets/${account.ticketId}`, admin)).id).toBe(account.ticketId);
    expect((await get(ponte, `/v1/notification-rules?accountId=${account.id}`, admin)).data.length).toBeGreaterThan(0);
  }
  // The customer's token, issued before the backup, still opens its own account (tokens are kept as digests).
  const own = await get(ponte, '/v1/accounts', filled.customerToken);
  expect(own.data.map((account: { id: string }) => account.id)).toEqual([filled.accounts[0]!.id]);
  // The credentials still open: a sync with them reaches the provider and brings a charge made after the backup.
  const first = filled.accounts[0]!;
  const transactionId = await createPaghiperCharge(sandboxUrls.paghiper!, { apiKey: first.sandboxApiKey, orderId: 'depois-do-backup', priceCents: 4200 });
  const sync = await ponte.app.inject({ method: 'POST', url: `/v1/integrations/${first.integrationId}/sync`, headers: { authorization: `Bearer ${admin}` } });
  expect(sync.statusCode, sync.body).toBeLessThan(300);
  await waitFor(async () => {
    const records = (await get(ponte, `/v1/integrations/${first.integrationId}/records?limit=500`, admin)).data as { externalId: string }[];
    return records.some((record) => record.externalId === transactionId);
  }, 60_000);
  expect(before['public.records']!.rows).toBeGreaterThanOrEqual(filled.accounts.reduce((sum, account) => sum + account.charges, 0));
}

/** A Ponte with data in it, stopped: its env, what was made, and its tables' digests taken after it stopped. */
async function filledAndStopped(): Promise<{ env: Record<string, string>; filled: Filled; before: Record<string, { rows: number; digest: string }> }> {
  const source = await startTestPonte({ sandboxUrls });
  cleanups.push(() => source.testDatabase.dispose());
  const address = await source.listen();
  const filled = await fillPonte({
    baseUrl: address,
    adminToken: await source.adminToken(),
    paghiperSandboxUrl: sandboxUrls.paghiper!,
    accounts: scaled(2, 10),
    chargesPerIntegration: scaled(5, 200),
    waitFor,
  });
  await source.close();
  const env = source.testDatabase.env;
  return { env, filled, before: await withDatabase(env, ({ pool }) => tableDigests(pool)) };
}

function expectSameTables(before: Record<string, { rows: number; digest: string }>, after: Record<string, { rows: number; digest: string }>): void {
  // Table by table, so a red run names what the restore lost.
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const [table, digest] of Object.entries(before)) expect(after[table], table).toEqual(digest);
}

/** Rows a table had before and has not after, summed over the tables (a table gone loses all of its rows). */
const rowsLost = (before: Record<string, { rows: number }>, after: Record<string, { rows: number }>) =>
  Object.entries(before).reduce((lost, [table, { rows }]) => lost + Math.max(0, rows - (after[table]?.rows ?? 0)), 0);

const rowsOf = (digests: Record<string, { rows: number }>) => Object.fromEntries(Object.entries(digests).map(([table, { rows }]) => [table, rows]));

describe('backup and upgrade', { timeout: scaled(300_000, 1_800_000) }, () => {
  if (ENGINE === 'pglite') {
    it('ponte backup and ponte restore carry every row into a fresh folder, where the data works; the master key stays out', async () => {
      const { env, filled, before } = await filledAndStopped();
      const work = await mkdtemp(path.join(os.tmpdir(), 'ponte-backup-'));
      cleanups.push(() => rm(work, { recursive: true, force: true }));
      const file = path.join(work, 'ponte.backup');

      let started = performance.now();
      const backup = await cli(['backup', file, '--json'], env);
      expect(backup.code, backup.stderr).toBe(0);
      figures.backupSeconds = seconds(started);
      figures.backupBytes = (await stat(file)).size;
      expect(JSON.parse(backup.stdout)).toMatchObject({ file, tables: Object.keys(before).length });
      // Secrets stay sealed, and the master key is not in the file.
      const content = await readFile(file);
      expect(content.includes(Buffer.from(env.PONTE_MASTER_KEY!))).toBe(false);
      expect(content.includes(Buffer.from(filled.accounts[0]!.sandboxApiKey))).toBe(false);

      // A fresh folder: only the master key is put there first (from where the operator keeps it).
      const restoredDir = path.join(work, 'restored');
      const restoredEnv = { PONTE_DATA_DIR: restoredDir, PONTE_MASTER_KEY: env.PONTE_MASTER_KEY! };
      started = performance.now();
      const restore = await cli(['restore', file, '--json'], restoredEnv);
      expect(restore.code, restore.stderr).toBe(0);
      figures.restoreSeconds = seconds(started);
      expect(await readdir(restoredDir)).not.toContain('pglite.restoring');

      const after = await withDatabase(restoredEnv, ({ pool }) => tableDigests(pool));
      figures.rowsBefore = rowsOf(before);
      figures.rowsAfter = rowsOf(after);
      figures.roundTripRowsLost = rowsLost(before, after);
      expectSameTables(before, after);

      const restored = await startPonte(restoredEnv, 'all');
      await provesDataWorks(restored, filled, before);

      // While a server holds the folder, both commands refuse, say to stop it (in English and Portuguese) and touch
      // nothing: the embedded database has one session, owned by the server.
      const [backupWhileRunning, restoreWhileRunning] = await Promise.all([cli(['backup', path.join(work, 'running.backup')], restoredEnv), cli(['restore', file], restoredEnv)]);
      for (const refused of [backupWhileRunning, restoreWhileRunning]) {
        expect(refused.code, refused.stderr).toBe(3);
        expect(refused.stderr).toContain('Stop the server first');
        expect(refused.stderr).toContain('Pare o servidor');
      }
      expect((await readdir(work)).sort()).toEqual(['ponte.backup', 'restored']);
      await restored.close();
      roundTrip = { file, dataDir: restoredDir, env: restoredEnv };
    });

    it('refuses a file that is no backup, a damaged or cut one, and a backup whose master key is missing, through the real CLI, changing nothing', async () => {
      expect(roundTrip, 'the round trip above made the backup this test refuses variants of').toBeDefined();
      const { file, dataDir, env } = roundTrip!;
      const work = path.dirname(file);
      const notABackup = path.join(work, 'notes.txt');
      await writeFile(notABackup, 'minhas anotações\n');
      const bytes = await readFile(file);
      const damaged = path.join(work, 'damaged.backup');
      const flipped = Buffer.from(bytes);
      flipped[flipped.length - 100] = flipped[flipped.length - 100]! ^ 0xff;
      await writeFile(damaged, flipped);
      const truncated = path.join(work, 'truncated.backup');
      await writeFile(truncated, bytes.subarray(0, bytes.length - 4096));
      const before = await folderState(dataDir);

      const keyless = path.join(work, 'keyless');
      // Independent refusals: run side by side.
      const [notOne, damagedOne, truncatedOne, noKey, overwrite] = await Promise.all([
        cli(['restore', notABackup], env),
        cli(['restore', damaged], env),
        cli(['restore', truncated], env),
        // A fresh folder with another master key than the one that sealed the backup's credentials.
        cli(['restore', file], { PONTE_DATA_DIR: keyless, PONTE_MASTER_KEY: randomBytes(32).toString('base64') }),
        // A backup names a new file: it never overwrites one.
        cli(['backup', notABackup], env),
      ]);
      for (const [refused, why] of [
        [notOne, 'does not start as one'],
        [damagedOne, 'does not match its checksum'],
        [truncatedOne, 'cut short or altered'],
      ] as const) {
        expect(refused.code, refused.stderr).toBe(2);
        expect(refused.stderr).toContain('is not a Ponte backup');
        expect(refused.stderr).toContain(why);
        expect(refused.stderr).toContain('nada foi alterado');
      }
      expect(noKey.code, noKey.stderr).toBe(2);
      expect(noKey.stderr).toContain('sealed by master key');
      expect(await readdir(keyless).catch(() => [])).not.toContain('pglite');
      expect(overwrite.code, overwrite.stderr).toBe(2);
      expect(await readFile(notABackup, 'utf8')).toBe('minhas anotações\n');
      expect(await folderState(dataDir)).toEqual(before);
    });

    it('finishes a restore killed between its two renames as the server starts, rather than start an empty database', async () => {
      expect(roundTrip, 'the round trip above made the backup and the folder this test uses').toBeDefined();
      const { file, dataDir, env } = roundTrip!;
      // The database the restore replaces holds an account the backup does not.
      const old = await startPonte(env, 'api');
      await old.accounts.createAccount(cliActor, { name: 'Só na pasta antiga' });
      const accountsInBackup = (await old.accounts.listAccounts(cliActor)).length - 1;
      await old.close();
      // The folder as a restore killed after moving the current database aside leaves it: the copy it verified beside
      // the database it replaced, and no database folder.
      const copy = path.join(path.dirname(file), 'copy');
      const restored = await cli(['restore', file], { PONTE_DATA_DIR: copy, PONTE_MASTER_KEY: env.PONTE_MASTER_KEY! });
      expect(restored.code, restored.stderr).toBe(0);
      await rename(path.join(dataDir, 'pglite'), path.join(dataDir, 'pglite.replaced'));
      await rename(path.join(copy, 'pglite'), path.join(dataDir, 'pglite.restoring'));
      await rm(copy, { recursive: true, force: true });

      const started = await startPonte(env, 'api');
      const names = (await started.accounts.listAccounts(cliActor)).map((account) => account.name);
      await started.close();
      expect(names, 'the restored accounts, not an empty database nor the replaced one').toHaveLength(accountsInBackup);
      expect(names).not.toContain('Só na pasta antiga');
      expect((await readdir(dataDir)).filter((name) => name.startsWith('pglite'))).toEqual(['pglite']);
    });
  }

  if (ENGINE === 'postgresql') {
    it('pg_dump and pg_restore, as docs/deployment.md says, carry every row into a fresh database, where the data works', async () => {
      const { env, filled, before } = await filledAndStopped();
      const work = await mkdtemp(path.join(os.tmpdir(), 'ponte-pgdump-'));
      cleanups.push(() => rm(work, { recursive: true, force: true }));
      const file = path.join(work, 'ponte.dump');
      let started = performance.now();
      await run('pg_dump', ['--format=custom', `--file=${file}`, env.DATABASE_URL!]);
      figures.backupSeconds = seconds(started);
      figures.backupBytes = (await stat(file)).size;

      const baseUrl = process.env.TEST_DATABASE_URL!;
      const target = new URL(baseUrl);
      target.pathname = `/${new URL(baseUrl).pathname.slice(1) || 'ponte'}_t${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create database ${target.pathname.slice(1)}`);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${target.pathname.slice(1)} with (force)`);
        await admin.end();
      });
      started = performance.now();
      await run('pg_restore', ['--no-owner', `--dbname=${target.toString()}`, file]);
      figures.restoreSeconds = seconds(started);

      const restoredEnv = { DATABASE_URL: target.toString(), PONTE_MASTER_KEY: env.PONTE_MASTER_KEY! };
      const after = await withDatabase(restoredEnv, ({ pool }) => tableDigests(pool));
      figures.rowsBefore = rowsOf(before);
      figures.rowsAfter = rowsOf(after);
      figures.roundTripRowsLost = rowsLost(before, after);
      expectSameTables(before, after);
      await provesDataWorks(await startPonte(restoredEnv, 'all'), filled, before);

      // ponte backup is for the embedded database: on PostgreSQL it points at this path instead.
      const refused = await cli(['backup', path.join(work, 'x.backup')], restoredEnv);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('pg_dump');
    });
  }

  it("today's migrations over a database made by an older release's schema keep every row and every value, and the app reads them", async () => {
    const fixture = JSON.parse(await readFile(path.join(FIXTURE_DIR, 'fixture.json'), 'utf8')) as {
      commit: string;
      migrations: number;
      lastMigration: string;
      masterKey: string;
      accounts: { id: string; integrationId: string; ticketId: string; charges: number }[];
    };
    // The older release's migrations: the first ones of today's folder (the fixture was made where they were all).
    const work = await mkdtemp(path.join(os.tmpdir(), 'ponte-upgrade-'));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const olderMigrations = path.join(work, 'drizzle');
    await mkdir(path.join(olderMigrations, 'meta'), { recursive: true });
    const journal = JSON.parse(await readFile(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    expect(journal.entries[fixture.migrations - 1]!.tag).toBe(fixture.lastMigration);
    for (const entry of journal.entries.slice(0, fixture.migrations)) await copyFile(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(olderMigrations, `${entry.tag}.sql`));
    await writeFile(path.join(olderMigrations, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, fixture.migrations) }));

    let env: Record<string, string>;
    if (ENGINE === 'postgresql') {
      const baseUrl = process.env.TEST_DATABASE_URL!;
      const url = new URL(baseUrl);
      url.pathname = `/${new URL(baseUrl).pathname.slice(1) || 'ponte'}_t${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create database ${url.pathname.slice(1)}`);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${url.pathname.slice(1)} with (force)`);
        await admin.end();
      });
      env = { DATABASE_URL: url.toString(), PONTE_MASTER_KEY: fixture.masterKey };
    } else {
      env = { PONTE_DATA_DIR: path.join(work, 'data'), PONTE_MASTER_KEY: fixture.masterKey };
    }

    // The older schema (a new embedded folder runs initdb: the template is already at today's), then its data.
    const data = await readFile(path.join(FIXTURE_DIR, 'data.sql'), 'utf8');
    const old = await withDatabase(
      env,
      async (database) => {
        await runMigrations(database, undefined, olderMigrations);
        const client = await database.pool.connect();
        try {
          await client.query(`begin;\n${data}\ncommit;`);
        } finally {
          client.release();
        }
        return snapshot(database.pool);
      },
      { pgliteTemplateDir: path.join(work, 'no-template') },
    );
    const fixtureRows = data.match(/^INSERT INTO /gm)!.length;
    expect(Object.values(old).reduce((sum, rows) => sum + rows.size, 0)).toBe(fixtureRows);

    // Today's start path applies the newer migrations (the api role: no worker touches the rows meanwhile).
    const started = performance.now();
    const ponte = await startPonte(env, 'api');
    figures.upgradeSeconds = seconds(started);
    const applied = await ponte.database.pool.query<{ n: number }>('select count(*)::int as n from ponte_meta.__drizzle_migrations');
    expect(applied.rows[0]!.n).toBe(journal.entries.length);
    const upgraded = await snapshot(ponte.database.pool);

    // Every row of the older release is still there, by its primary key, with every value it had in the columns
    // that still exist; a column gone is a value lost too, unless a migration meant it (none so far).
    let kept = 0;
    const lost: string[] = [];
    for (const [table, rows] of Object.entries(old)) {
      const now = upgraded[table];
      for (const [key, row] of rows) {
        const after = now?.get(key);
        const changed = after ? Object.keys(row).filter((column) => JSON.stringify(row[column]) !== JSON.stringify(after[column])) : ['(the row)'];
        if (changed.length === 0) kept++;
        else lost.push(`${table} ${key}: ${changed.join(', ')}`);
      }
    }
    figures.upgrade = {
      fromCommit: fixture.commit.slice(0, 12),
      fromMigration: fixture.lastMigration,
      toMigration: journal.entries.at(-1)!.tag,
      migrationsApplied: journal.entries.length - fixture.migrations,
      rowsKept: kept,
      rowsLost: lost.length,
    };
    expect(lost).toEqual([]);
    expect(kept).toBe(fixtureRows);

    // The app reads the older rows, and their credentials open with the master key kept apart.
    const admin = await adminTokenOf(ponte);
    for (const account of fixture.accounts) {
      expect((await get(ponte, `/v1/accounts/${account.id}`, admin)).id).toBe(account.id);
      expect(await get(ponte, `/v1/integrations/${account.integrationId}`, admin)).toMatchObject({ id: account.integrationId, state: 'active', connector: 'paghiper' });
      expect((await get(ponte, `/v1/integrations/${account.integrationId}/records?limit=500`, admin)).data.length).toBeGreaterThanOrEqual(account.charges);
      expect((await get(ponte, `/v1/tickets/${account.ticketId}`, admin)).id).toBe(account.ticketId);
    }
    const credentials = await ponte.database.pool.query<{ id: string }>('select id from credentials');
    expect(credentials.rows.length).toBe(fixture.accounts.length);
    for (const { id } of credentials.rows) expect(Object.keys(await ponte.vault.reveal(id)).sort()).toEqual(['apiKey', 'token']);
  });
});

/** Every file under `folder` with its size and modification time: a command that touched none leaves it equal. */
async function folderState(folder: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    state[path.relative(folder, file)] = `${info.size} ${info.mtimeMs}`;
  }
  return state;
}

/** Ponte's own tables (public), each row as JSON by its primary key. */
async function snapshot(pool: pg.Pool): Promise<Record<string, Map<string, Record<string, unknown>>>> {
  const tables: Record<string, Map<string, Record<string, unknown>>> = {};
  for (const table of await userTables(pool, ['public'])) {
    const { rows: keyColumns } = await pool.query<{ name: string }>(
      `select a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = $1::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
      [table],
    );
    const { rows } = await pool.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from ${table} t`);
    const map = new Map<string, Record<string, unknown>>();
    for (const { row } of rows) map.set(keyColumns.length ? JSON.stringify(keyColumns.map(({ name }) => row[name])) : JSON.stringify(row), row);
    if (map.size > 0) tables[table] = map;
  }
  return tables;
}
