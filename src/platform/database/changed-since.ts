import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './database.ts';

/**
 * What changed in one table after a watermark (the ids a query names: accounts, integrations), and the watermark to
 * ask from next time. Watermarks are PostgreSQL's own timestamptz text, microseconds kept: a JavaScript Date would
 * round a row's time down and match that row again on every later read.
 */
export interface ChangedSince {
  ids: string[];
  /** The latest change time seen (null: none, and the caller keeps its watermark). */
  latest: string | null;
}

/**
 * Runs a table's change query. `since` null asks only for the latest change time (where a watcher starts); otherwise
 * `query.changed(since)` selects `ids` (text[]) and `latest` (text) over the rows changed after it.
 */
export async function changedSince(db: Database, query: { latest: SQL; changed: (since: SQL) => SQL }, since: string | null): Promise<ChangedSince> {
  if (since === null) {
    const { rows } = await db.execute<{ latest: string | null }>(query.latest);
    return { ids: [], latest: rows[0]?.latest ?? null };
  }
  const { rows } = await db.execute<{ ids: string[] | null; latest: string | null }>(query.changed(sql`${since}::timestamptz`));
  return { ids: rows[0]?.ids ?? [], latest: rows[0]?.latest ?? null };
}
