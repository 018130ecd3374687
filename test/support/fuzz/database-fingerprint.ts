import type pg from 'pg';

/** Schemas that hold Ponte's state: the application tables, the migration journal, and the job queue. */
const SCHEMAS = ['public', 'ponte_meta', 'pgboss'];

/**
 * Tables a request changes by design even when it is refused (or that change without any request), left out of the
 * fingerprint. Every other table of SCHEMAS counts, including tables added after this list was written.
 */
export const UNFINGERPRINTED_TABLES: Readonly<Record<string, string>> = {
  'public.api_requests': 'the request log: every /v1 request, refused ones first, gets its row (that is its purpose)',
  'public.auth_attempts': 'refused sign-in attempts are counted per client and e-mail to slow guessing (issue 17 item 7)',
  'pgboss.version': "pg-boss's own bookkeeping (when its maintenance and cron clock last ran), not Ponte's state",
};

/** Per table (`schema.table`), the md5 of every row as text, sorted: equal fingerprints, equal contents. */
export type Fingerprint = Map<string, string[]>;

export async function fingerprintTables(pool: pg.Pool, only?: readonly string[]): Promise<Fingerprint> {
  const tables = only ?? (await fingerprintedTables(pool));
  const fingerprint: Fingerprint = new Map();
  for (const table of tables) {
    const { rows } = await pool.query<{ h: string }>(`select md5(t::text) as h from ${quoted(table)} t`);
    fingerprint.set(table, rows.map((row) => row.h).sort());
  }
  return fingerprint;
}

/** Every table of Ponte's schemas but the ones UNFINGERPRINTED_TABLES leaves out (partitions count in their parent). */
export async function fingerprintedTables(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1)
      order by 1`,
    [SCHEMAS],
  );
  return rows.map((row) => row.name).filter((name) => !(name in UNFINGERPRINTED_TABLES));
}

export interface TableChange {
  table: string;
  rowsBefore: number;
  rowsAfter: number;
  /** Rows (as text, cut short) present after but not before: new rows, and the new side of changed ones. */
  added: string[];
  /** How many rows present before are gone (deleted, or the old side of changed ones). */
  removed: number;
}

/** The tables whose contents differ between two fingerprints, with a few of the rows that appeared. */
export async function changedTables(pool: pg.Pool, before: Fingerprint, after: Fingerprint): Promise<TableChange[]> {
  const changes: TableChange[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(table) ?? [];
    const is = after.get(table) ?? [];
    if (was.length === is.length && was.every((hash, i) => hash === is[i])) continue;
    const remaining = new Map<string, number>();
    for (const hash of was) remaining.set(hash, (remaining.get(hash) ?? 0) + 1);
    const addedHashes: string[] = [];
    for (const hash of is) {
      const left = remaining.get(hash) ?? 0;
      if (left > 0) remaining.set(hash, left - 1);
      else addedHashes.push(hash);
    }
    const removed = [...remaining.values()].reduce((sum, n) => sum + n, 0);
    const { rows } = addedHashes.length
      ? await pool.query<{ row: string }>(`select left(t::text, 400) as row from ${quoted(table)} t where md5(t::text) = any($1) limit 3`, [addedHashes])
      : { rows: [] };
    changes.push({ table, rowsBefore: was.length, rowsAfter: is.length, added: rows.map((r) => r.row), removed });
  }
  return changes;
}

const quoted = (table: string) =>
  table
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
