import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/database/database.ts';
import { createSignals } from '../../src/platform/database/signals.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait.ts';

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

describe(`signals (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('reach a listener of the channel, and only of that channel', async () => {
    const heard: string[] = [];
    const other: string[] = [];
    const stop = database.signals.subscribe('test_signal', (payload) => heard.push(payload));
    const stopOther = database.signals.subscribe('test_other', (payload) => other.push(payload));
    await database.signals.ready();
    expect(database.signals.live).toBe(true);
    await database.signals.publish('test_signal', 'key-1');
    // Heard at once here (and on PostgreSQL a second time through NOTIFY: a signal is a hint, heard at least once).
    expect(heard).toContain('key-1');
    expect(other).toEqual([]);
    stop();
    stopOther();
    await database.signals.publish('test_signal', 'after-stop');
    await database.signals.publish('test_other', 'marker');
    // Signals on one connection arrive in order: once a later one is in, the earlier one would have been too.
    const probe: string[] = [];
    const stopProbe = database.signals.subscribe('test_other', (payload) => probe.push(payload));
    await database.signals.ready();
    await database.signals.publish('test_other', 'probe');
    await waitFor(() => probe.includes('probe'), 10_000);
    stopProbe();
    expect(new Set(heard)).toEqual(new Set(['key-1']));
  });

  it('reach this process at once, even from inside a transaction', async () => {
    const heard: string[] = [];
    const stop = database.signals.subscribe('test_tx', (payload) => heard.push(payload));
    await database.signals.ready();
    await database.transaction(async ({ db }) => {
      await database.signals.publish('test_tx', 'inside', db);
      expect(heard).toContain('inside');
    });
    stop();
  });

  it('reach this process from another one joined to the same database, at commit', async () => {
    const heard: string[] = [];
    const stop = database.signals.subscribe('test_joined', (payload) => heard.push(payload));
    await database.signals.ready();
    // Another process: its own connection (on the embedded database, a CLI command joined through the socket).
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query("select pg_notify('test_joined', 'inside')");
      await other.query('select pg_notify($1, $2)', ['test_joined', 'with "quotes" and ç']);
      await other.query('commit');
      await other.query('begin');
      await other.query("select pg_notify('test_joined', 'rolled back')");
      await other.query('rollback');
      await other.query("select pg_notify('test_joined', 'marker')");
    } finally {
      await other.end();
    }
    await waitFor(() => heard.includes('marker'), 10_000);
    stop();
    expect(heard).toEqual(['inside', 'with "quotes" and ç', 'marker']);
  });

  // Only PostgreSQL has a listening connection to lose.
  if (process.env.TEST_DATABASE_URL) it('reach another process’s listener at commit (never from a rollback), and announce a gap when the listening connection drops', async () => {
    const other = createSignals(database);
    const heard: string[] = [];
    let gaps = 0;
    other.subscribe('test_cross', (payload) => heard.push(payload));
    other.onGap(() => gaps++);
    await other.ready();
    await database.signals.publish('test_cross', 'from-the-first');
    await waitFor(() => heard.length === 1, 10_000);
    await database.transaction(async ({ db }) => database.signals.publish('test_cross', 'committed', db));
    await expect(
      database.transaction(async ({ db }) => {
        await database.signals.publish('test_cross', 'rolled-back', db);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await database.signals.publish('test_cross', 'marker');
    await waitFor(() => heard.includes('marker'), 10_000);
    expect(heard).toEqual(['from-the-first', 'committed', 'marker']);
    await database.pool.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'ponte-signals' and datname = current_database()");
    await waitFor(() => gaps >= 1, 10_000);
    await other.ready();
    await database.signals.publish('test_cross', 'after-reconnect');
    await waitFor(() => heard.includes('after-reconnect'), 10_000);
    await other.close();
    expect(other.live).toBe(false);
  });

  it('refuse a channel that is not an identifier', async () => {
    await expect(database.signals.publish('bad channel; drop', 'x')).rejects.toThrow(/lowercase identifier/);
    expect(() => database.signals.subscribe('Bad', () => {})).toThrow(/lowercase identifier/);
  });
});
