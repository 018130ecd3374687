import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { READABLE_EVENTS_HORIZON_SQL } from '../../src/modules/events/index.ts';
import { waitFor } from './wait.ts';

export interface TestDatabase {
  /** Environment for loadConfig: DATABASE_URL on PostgreSQL, PONTE_DATA_DIR on PGlite. */
  env: Record<string, string>;
  engine: 'postgres' | 'pglite';
  /**
   * Waits until every committed event can be read: PostgreSQL holds events back behind older transactions still
   * running in the cluster. The embedded database runs one transaction at a time, so nothing waits there.
   */
  eventsReadable(): Promise<void>;
  dispose(): Promise<void>;
}

/** A database of this test's own: a fresh PostgreSQL database, or a copy of the migrated PGlite template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const masterKey = randomBytes(32).toString('base64');
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    // Named after the base database so a CI run can drop whatever its tests left behind.
    const name = `${new URL(baseUrl).pathname.slice(1) || 'ponte'}_t${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString(), PONTE_MASTER_KEY: masterKey },
      engine: 'postgres',
      async eventsReadable() {
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        try {
          const heldBack = async () =>
            (await client.query(`select exists (select 1 from events where tx_id >= ${READABLE_EVENTS_HORIZON_SQL}) as held`)).rows[0].held as boolean;
          await waitFor(async () => !(await heldBack()), 30_000, 20);
        } finally {
          await client.end();
        }
      },
      async dispose() {
        const client = new pg.Client({ connectionString: baseUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-test-'));
  await cp(inject('pgliteTemplate'), path.join(dataDir, 'pglite'), { recursive: true });
  return {
    env: { PONTE_DATA_DIR: dataDir, PONTE_MASTER_KEY: masterKey },
    engine: 'pglite',
    eventsReadable: async () => {},
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}
