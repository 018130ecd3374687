import type { TestPonte } from '../../support/test-ponte.ts';

/**
 * Tables that change by themselves or by any request: the request log (every /v1 request is a row), the counted
 * sign-in refusals, and access tokens (their use is noted).
 */
const MOVING_TABLES = /^(api_requests|auth_attempts)/;

/**
 * A digest per table of everything Ponte keeps (the application's tables and the job queue): two equal digests
 * mean no request in between changed a row. One statement, so taking it before and after each refused request is
 * cheap on both engines.
 */
export async function stateDigester(ponte: TestPonte): Promise<() => Promise<Map<string, string>>> {
  const { rows } = await ponte.database.pool.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const tables = rows.map((row) => row.name).filter((name) => !MOVING_TABLES.test(name));
  const parts = tables.map((name) => `select '${name}' as name, md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), '')) as digest from public."${name}" t`);
  parts.push(`select 'pgboss.job' as name, md5(coalesce(string_agg(md5(concat_ws('|', j.id, j.name, j.state, j.data::text)), ',' order by j.id), '')) as digest from pgboss.job j`);
  const statement = parts.join(' union all ');
  return async () => {
    const result = await ponte.database.pool.query<{ name: string; digest: string }>(statement);
    return new Map(result.rows.map((row) => [row.name, row.digest]));
  };
}
