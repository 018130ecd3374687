import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config.ts';
import { DataDirLockedError } from './data-lock.ts';
import { NulFreeClient } from './nul-free-client.ts';
import { socketUrl, startEmbeddedDatabase, type EmbeddedDatabase, type EmbeddedOrigin } from './embedded.ts';
import { createSignals, type Signals } from './signals.ts';

/** The query builder every module uses; the same type on PostgreSQL and on the embedded PGlite. */
export type Database = NodePgDatabase;

/** What a transaction hands its callback: the builder bound to the transaction and its raw client (for pg-boss). */
export interface Transaction {
  db: Database;
  client: pg.PoolClient;
}

export interface DatabaseHandle {
  engine: 'postgres' | 'pglite';
  /** Connection string of the running database; with PGlite it points at the private socket. */
  url: string;
  db: Database;
  pool: pg.Pool;
  /** With PGlite, how its folder came to be on this start (a template copy, initdb, or already there). */
  embeddedOrigin?: EmbeddedOrigin;
  /**
   * Runs `work` in one transaction on one connection. Everything inside must go through `tx`: with PGlite all
   * connections share one session, so awaiting another connection inside a transaction would deadlock.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Announcements between Ponte's processes on this database (cache invalidations, wake-ups). */
  signals: Signals;
  close(): Promise<void>;
}

/**
 * The name to prepare a hot query under: named on PostgreSQL (parsed and planned once per connection), unnamed on the
 * embedded database, whose connections share one session where two connections' names would collide. Either way
 * the statement's SQL is built once, not per call.
 */
export function statementName(database: Pick<DatabaseHandle, 'engine'>, name: string): string {
  return database.engine === 'postgres' ? `ponte_${name}` : '';
}

// pg returns int8 and numeric as strings by default; counts and sums in Ponte fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export interface OpenOptions {
  poolSize?: number;
  /**
   * For short CLI commands: when a Ponte server already holds the embedded data folder, work through its database
   * instead of failing on the lock.
   */
  joinRunningServer?: boolean;
  /** Where a new embedded folder's pre-migrated template is looked for (tests point elsewhere). */
  pgliteTemplateDir?: string;
}

async function embeddedOrRunning(
  dataDir: string,
  options: OpenOptions,
): Promise<Pick<EmbeddedDatabase, 'url' | 'origin' | 'close'> & Partial<Pick<EmbeddedDatabase, 'onNotification'>>> {
  try {
    return await startEmbeddedDatabase(dataDir, { templateDir: options.pgliteTemplateDir });
  } catch (error) {
    if (options.joinRunningServer && error instanceof DataDirLockedError && error.holder.socketDir) {
      return { url: socketUrl(error.holder.socketDir), origin: { kind: 'existing' }, close: async () => {} };
    }
    throw error;
  }
}

/** PostgreSQL could not be reached or refused Ponte: names where it looked (never the password) and what to check. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
  constructor(
    readonly target: string,
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`Could not reach the database at ${target}: ${reason}. ${hint}`);
  }
}

/** The host, port, database and user a URL points at, without its password. */
function describeTarget(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1)) || '(default database)';
  const user = parsed.username ? `, user ${decodeURIComponent(parsed.username)}` : '';
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'} (database ${database}${user})`;
}

/** Turns a connection failure into what a person can act on: the cause in words and the next thing to check. */
function unreachable(url: string, error: unknown): DatabaseUnreachableError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const target = describeTarget(url);
  const checkUrl = 'Check DATABASE_URL, or unset it to use the embedded database.';
  switch (code) {
    case 'ECONNREFUSED':
      return new DatabaseUnreachableError(target, 'nothing is listening there', `Is PostgreSQL running on that host and port? ${checkUrl}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseUnreachableError(target, 'the host name does not resolve', checkUrl);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new DatabaseUnreachableError(target, 'no answer (a firewall, or the wrong host)', checkUrl);
    case '28P01':
    case '28000':
      return new DatabaseUnreachableError(target, 'the server refused the user or password', 'Check the user and password in DATABASE_URL.');
    case '3D000':
      return new DatabaseUnreachableError(target, 'that database does not exist', 'Create it (createdb) or name an existing one in DATABASE_URL.');
    default:
      return new DatabaseUnreachableError(target, message.includes('timeout') ? 'no answer within 10 seconds' : message, checkUrl);
  }
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl ? undefined : await embeddedOrRunning(config.dataDir, options);
  const url = config.databaseUrl ?? embedded!.url;
  if (config.databaseUrl) {
    // One bounded attempt first, so a host that never answers fails in seconds instead of waiting forever.
    const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'ponte' });
    try {
      await probe.connect();
    } catch (error) {
      throw unreachable(url, error);
    } finally {
      await probe.end().catch(() => {});
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, application_name: 'ponte', Client: NulFreeClient });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    await embedded?.close();
    throw new Error(`Could not connect to the database: ${(error as Error).message}`);
  }
  const db = drizzle(pool);
  const engine = embedded ? 'pglite' : 'postgres';
  const signals = createSignals({ engine, url, db, notifications: embedded?.onNotification });
  return {
    engine,
    url,
    ...(embedded ? { embeddedOrigin: embedded.origin } : {}),
    db,
    pool,
    signals,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ db: drizzle(client), client });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await signals.close();
      await pool.end();
      await embedded?.close();
    },
  };
}
