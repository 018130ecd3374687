import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequests } from '../../src/modules/api-access/schema.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { bulkInsert } from '../../src/platform/database/bulk-insert.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/database/database.ts';
import { runMigrations } from '../../src/platform/database/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let testDatabase: TestDatabase;
let database: DatabaseHandle;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await openDatabase(loadConfig(testDatabase.env));
  await runMigrations(database);
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.dispose();
});

const row = (id: string, extra: Partial<typeof apiRequests.$inferInsert> = {}): typeof apiRequests.$inferInsert => ({
  id,
  at: new Date('2026-11-30T03:00:00.123Z'),
  requestId: `req-${id}`,
  method: 'GET',
  route: '/v1/accounts',
  path: '/v1/accounts',
  status: 200,
  latencyMs: 3,
  ...extra,
});

describe(`bulkInsert (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('stores every row with one statement, values as the columns map them, NUL turned into U+FFFD', async () => {
    const rows = [
      row('bulk-1', { status: 404, problemCode: 'not_found', errorMessage: 'no\0such', payload: { query: { q: 'a\0b', 'quote"key': [1, null, 'x\\y'] } } }),
      row('bulk-2', { apiKeyId: 'key_1', environment: 'sandbox' }),
      row('bulk-3', { path: 'with "quotes", commas and {braces}' }),
    ];
    expect(await bulkInsert(database.db, apiRequests, rows)).toBe(3);
    const stored = await database.db.select().from(apiRequests).where(eq(apiRequests.requestId, 'req-bulk-1'));
    expect(stored[0]).toMatchObject({ status: 404, problemCode: 'not_found', errorMessage: 'no\uFFFDsuch', apiKeyId: null, at: new Date('2026-11-30T03:00:00.123Z') });
    expect(stored[0]!.payload).toEqual({ query: { q: 'a\uFFFDb', 'quote"key': [1, null, 'x\\y'] } });
    const [second] = await database.db.select().from(apiRequests).where(eq(apiRequests.id, 'bulk-2'));
    expect(second).toMatchObject({ apiKeyId: 'key_1', environment: 'sandbox', payload: null });
    const [third] = await database.db.select().from(apiRequests).where(eq(apiRequests.id, 'bulk-3'));
    expect(third!.path).toBe('with "quotes", commas and {braces}');
  });

  it('applies the conflict clause, and fails whole when a row is refused', async () => {
    expect(await bulkInsert(database.db, apiRequests, [row('bulk-1'), row('bulk-4')], 'on conflict do nothing')).toBe(1);
    await expect(bulkInsert(database.db, apiRequests, [row('bulk-5'), row('bulk-5')])).rejects.toMatchObject({ code: '23505' });
    expect(await database.db.select().from(apiRequests).where(eq(apiRequests.id, 'bulk-5'))).toEqual([]);
    expect(await bulkInsert(database.db, apiRequests, [])).toBe(0);
  });
});
