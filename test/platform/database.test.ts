import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { DataDirLockedError, LOCK_FILE } from '../../src/platform/database/data-lock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/database/database.ts';
import { runMigrations } from '../../src/platform/database/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let testDatabase: TestDatabase;
let database: DatabaseHandle;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await openDatabase(loadConfig(testDatabase.env));
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.dispose();
});

const tables = async () =>
  (await database.pool.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' order by 1")).rows.map(
    (row) => row.table_name,
  );

describe(`migrations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('create every table and can run again without changing anything', async () => {
    await runMigrations(database);
    const first = await tables();
    expect(first).toEqual(expect.arrayContaining(['accounts', 'users', 'api_keys', 'api_key_users', 'access_tokens', 'api_requests', 'audit_log']));
    const applied = (await database.pool.query('select count(*)::int as n from ponte_meta.__drizzle_migrations')).rows[0].n;
    await runMigrations(database);
    await Promise.all([runMigrations(database), runMigrations(database)]);
    expect(await tables()).toEqual(first);
    expect((await database.pool.query('select count(*)::int as n from ponte_meta.__drizzle_migrations')).rows[0].n).toBe(applied);
  });

  it('keeps concurrent parameterised queries of many connections apart', async () => {
    // Many pool connections sending Parse/Bind/Execute at once: on PGlite they share one session, and each
    // connection's sequence must run whole (a regression: statements once bound to another connection's Parse).
    await runMigrations(database);
    const transactions = Array.from({ length: 30 }, (_, i) =>
      database.transaction(async ({ client }) => {
        await client.query('insert into accounts (id, name, created_at) values ($1, $2, now())', [`acc_conc_${i}`, `n${i}`]);
        const row = await client.query('select name from accounts where id = $1', [`acc_conc_${i}`]);
        return row.rows[0].name === `n${i}`;
      }),
    );
    const queries = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0
        ? database.pool.query('select $1::int as v', [i]).then((r) => r.rows[0].v === i)
        : i % 3 === 1
          ? database.pool.query('select $1::int + $2::int as v', [i, 1]).then((r) => r.rows[0].v === i + 1)
          : database.pool.query("select $1::text || $2::text || $3::text as v", ['a', String(i), 'z']).then((r) => r.rows[0].v === `a${i}z`),
    );
    const results = await Promise.allSettled([...transactions, ...queries]);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(results.every((result) => result.status === 'fulfilled' && result.value === true)).toBe(true);
  });

  it('keeps other connections out of an open transaction', async () => {
    await runMigrations(database);
    const seen: string[] = [];
    await Promise.all([
      database.transaction(async ({ client }) => {
        await client.query("insert into accounts (id, name, created_at) values ('acc_tx_a', 'a', now())");
        await new Promise((resolve) => setTimeout(resolve, 200));
        seen.push('transaction');
      }),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const rows = await database.pool.query("select count(*)::int as n from accounts where id = 'acc_tx_a'");
        // Outside the transaction, its uncommitted row is never visible: PostgreSQL by isolation, PGlite by waiting.
        seen.push(`reader saw ${rows.rows[0].n}`);
      })(),
    ]);
    expect(seen).toContain('transaction');
    expect(seen.some((entry) => entry === 'reader saw 0' || entry === 'reader saw 1')).toBe(true);
    if (database.engine === 'pglite') expect(seen).toEqual(['transaction', 'reader saw 1']);
  });

  it('rolls a transaction back entirely when it fails', async () => {
    await runMigrations(database);
    await expect(
      database.transaction(async ({ client }) => {
        await client.query("insert into accounts (id, name, created_at) values ('acc_rollback', 'x', now())");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await database.pool.query("select count(*)::int as n from accounts where id = 'acc_rollback'")).rows[0].n).toBe(0);
  });
});

describe('the embedded data folder', () => {
  it('keeps a second process out with a clear message, and takes over a stale lock', { timeout: 240_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-lock-'));
    try {
      const first = await openDatabase({ databaseUrl: undefined, dataDir });
      const lock = JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8'));
      expect(lock.pid).toBe(process.pid);
      expect((await stat(lock.socketDir)).mode & 0o777).toBe(0o700);

      // Nor does this process open a second database on a folder it holds.
      const twice = await openDatabase({ databaseUrl: undefined, dataDir }).catch((e: unknown) => e);
      expect((twice as Error).message).toContain('already open in this process');

      // Another process would see this process's pid in the lock: simulate it with a live pid that is not ours.
      await writeFile(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, socketDir: lock.socketDir }));
      const error = await openDatabase({ databaseUrl: undefined, dataDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(`in use by another Ponte process (pid ${process.ppid})`);
      expect((error as Error).message).toContain('PONTE_DATA_DIR');

      // A CLI command joins the running server's database instead.
      const joined = await openDatabase({ databaseUrl: undefined, dataDir }, { joinRunningServer: true });
      expect((await joined.pool.query('select 1 as one')).rows[0].one).toBe(1);
      await joined.close();
      await first.close();

      // A lock left by a dead process (SIGKILL) does not block a restart.
      await writeFile(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345 }));
      const restarted = await openDatabase({ databaseUrl: undefined, dataDir });
      expect((await restarted.pool.query('select 1 as one')).rows[0].one).toBe(1);
      await restarted.close();

      // Nor one that holds this process's own pid without this process holding the folder: a container restarted
      // after a kill is pid 1 again.
      await writeFile(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid }));
      const samePid = await openDatabase({ databaseUrl: undefined, dataDir });
      await samePid.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
