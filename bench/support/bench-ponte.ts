import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../../src/platform/config.ts';
import { createPonte, type Ponte, type PonteOptions } from '../../src/ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

export interface BenchPonte {
  ponte: Ponte;
  engine: 'pglite' | 'postgres';
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  address: string;
  /** A 12-hour token of a fresh operator key (acts as admin). */
  adminToken(): Promise<string>;
  /** Closes Ponte, then drops its database or removes its data folder. */
  dispose(): Promise<void>;
}

interface ThrowawayDatabase {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * A database of the benchmark's own: a fresh database next to BENCH_DATABASE_URL (PostgreSQL) when that is set,
 * otherwise an embedded PGlite in a fresh temporary folder (its first open runs initdb: a few seconds).
 */
async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const masterKey = randomBytes(32).toString('base64');
  const baseUrl = process.env.BENCH_DATABASE_URL;
  if (baseUrl) {
    const name = `ponte_bench_${randomBytes(6).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await admin(`create database ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString(), PONTE_MASTER_KEY: masterKey },
      dispose: () => admin(`drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-bench-'));
  return {
    env: { PONTE_DATA_DIR: dataDir, PONTE_MASTER_KEY: masterKey },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/**
 * A whole Ponte (workers included, as `ponte start` runs it) listening on a free port of 127.0.0.1. `options` reach
 * createPonte (sandbox URLs, role, sync settings); the logger is always silent.
 */
export async function startBenchPonte(options: Omit<PonteOptions, 'logger'> = {}): Promise<BenchPonte> {
  const database = await createThrowawayDatabase();
  let ponte: Ponte | undefined;
  try {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...database.env });
    ponte = await createPonte(config, { ...options, logger: pino({ level: 'silent' }) });
    const address = await ponte.listen();
    const started = ponte;
    return {
      ponte: started,
      engine: started.database.engine,
      address,
      async adminToken() {
        const key = await started.apiAccess.keys.create(cliActor, { name: 'bench', environment: 'sandbox' });
        return (await started.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
      },
      async dispose() {
        try {
          await started.close();
        } finally {
          await database.dispose();
        }
      },
    };
  } catch (error) {
    await ponte?.close().catch(() => {});
    await database.dispose().catch(() => {});
    throw error;
  }
}
