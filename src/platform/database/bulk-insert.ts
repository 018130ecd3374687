import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import type { Database } from './database.ts';
import { withoutNul } from './nul-free-client.ts';

/**
 * Inserts many rows with one parameter per column (`insert … select * from unnest($1::text[], $2::int[], …)`)
 * instead of one per value: a 250-row batch of 16 columns is 16 parameters, not 4,000, which spares both the query
 * building here and the parsing in the database. Values go through each column's own mapping (a jsonb column's
 * cleaning, a timestamp's format) and a NUL in text becomes U+FFFD, as on every other path.
 *
 * The columns are those set in any row; a row that leaves out a column another row sets gets NULL there, not the
 * column's default. `onConflict` is appended as written (e.g. `on conflict do nothing`).
 */
export async function bulkInsert<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: InferInsertModel<Table>[],
  onConflict = '',
): Promise<number> {
  if (rows.length === 0) return 0;
  return (await runInsert(db, table, rows, onConflict)).rowCount ?? 0;
}

/** As bulkInsert, answering the ids of the rows inserted (those a conflict clause skipped are not among them). */
export async function bulkInsertReturningIds<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: InferInsertModel<Table>[],
  onConflict = '',
): Promise<string[]> {
  if (rows.length === 0) return [];
  return (await runInsert(db, table, rows, `${onConflict} returning id`)).rows.map((row) => row.id);
}

async function runInsert<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: InferInsertModel<Table>[],
  tail: string,
): Promise<{ rowCount: number | null; rows: { id: string }[] }> {
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((key) => key in columns);
  const names: string[] = [];
  const casts: string[] = [];
  const values: unknown[][] = [];
  keys.forEach((key, index) => {
    const column = columns[key]!;
    names.push(`"${column.name}"`);
    casts.push(`$${index + 1}::${column.getSQLType()}[]`);
    values.push(
      rows.map((row) => {
        const value = (row as Record<string, unknown>)[key];
        return value === undefined || value === null ? null : withoutNul(column.mapToDriverValue(value));
      }),
    );
  });
  const text = `insert into "${getTableName(table)}" (${names.join(', ')}) select * from unnest(${casts.join(', ')}) ${tail}`;
  // Drizzle's handle carries the pg pool or client it was made on: the query goes out as written.
  return (db as Database & { $client: Pick<Pool, 'query'> }).$client.query<{ id: string }>(text, values);
}
