import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/modules/events/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
});
afterAll(async () => ponte?.dispose());

const event = (accountId: string, label: string): NewEvent => ({ accountId, environment: 'sandbox', type: 'test.happened', data: { label } });

async function readAll(accountId: string, cursor: string | undefined, limit = 2): Promise<{ labels: string[]; cursor: string | undefined }> {
  const labels: string[] = [];
  for (;;) {
    const page = await ponte.events.list(ponte.database.db, { accountId, cursor, limit });
    labels.push(...page.data.map((item) => String(item.data.label)));
    cursor = page.nextCursor;
    if (page.data.length < limit) return { labels, cursor };
  }
}

describe('the event log', () => {
  it('pages in a stable order by an opaque cursor, and a cursor from the last page finds later events', async () => {
    const accountId = `acc_${Math.random().toString(36).slice(2)}`;
    for (const label of ['a', 'b', 'c', 'd', 'e']) await ponte.events.append(ponte.database.db, [event(accountId, label)]);
    await ponte.eventsReadable();
    const first = await readAll(accountId, undefined);
    expect(first.labels).toEqual(['a', 'b', 'c', 'd', 'e']);
    await ponte.events.append(ponte.database.db, [event(accountId, 'f'), event(accountId, 'g')]);
    await ponte.eventsReadable();
    expect((await readAll(accountId, first.cursor)).labels).toEqual(['f', 'g']);
    await expect(ponte.events.list(ponte.database.db, { cursor: 'not-a-cursor', limit: 10 })).rejects.toMatchObject({ extensions: { field: 'query.cursor' } });
  });

  it('never skips an event whose transaction commits after a later one was read', async () => {
    const accountId = `acc_${Math.random().toString(36).slice(2)}`;
    await ponte.events.append(ponte.database.db, [event(accountId, 'before')]);
    await ponte.eventsReadable();
    const start = (await readAll(accountId, undefined)).cursor;
    if (ponte.database.engine === 'pglite') {
      // The embedded database runs one transaction at a time: no other one can commit in between. The order holds.
      await ponte.database.transaction(async (tx) => ponte.events.append(tx.db, [event(accountId, 'slow')]));
      await ponte.events.append(ponte.database.db, [event(accountId, 'fast')]);
      expect((await readAll(accountId, start)).labels).toEqual(['slow', 'fast']);
      return;
    }
    // A slow writer takes its sequence number first and commits last.
    const slow = new pg.Client({ connectionString: ponte.database.url });
    await slow.connect();
    try {
      await slow.query('begin');
      await ponte.events.append(drizzle(slow), [event(accountId, 'slow')]);
      await ponte.events.append(ponte.database.db, [event(accountId, 'fast')]);
      // Reading now must not move the cursor past the slow writer's event.
      const during = await readAll(accountId, start);
      // What is held back shows in the metrics: a transaction left open would show here first.
      expect(await ponte.events.countHeldBack(ponte.database.db)).toBeGreaterThanOrEqual(1);
      expect((await ponte.app.inject({ method: 'GET', url: '/metrics' })).body).toMatch(/^ponte_events_held_back [1-9]/m);
      await slow.query('commit');
      await ponte.eventsReadable();
      const after = await readAll(accountId, during.cursor);
      expect([...during.labels, ...after.labels]).toEqual(['slow', 'fast']);
    } finally {
      await slow.end();
    }
  });

  it('is not held back by a write transaction left open in another database of the same cluster', async () => {
    const accountId = `acc_${Math.random().toString(36).slice(2)}`;
    if (ponte.database.engine === 'pglite') {
      // The embedded database is the only database its process reaches: nothing else can hold it back.
      await ponte.events.append(ponte.database.db, [event(accountId, 'now')]);
      expect((await readAll(accountId, undefined)).labels).toEqual(['now']);
      return;
    }
    // The database the test databases are made beside: same cluster, another database.
    const neighbour = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await neighbour.connect();
    try {
      await neighbour.query('begin');
      await neighbour.query('select pg_current_xact_id()'); // a transaction id, as any write would take
      await ponte.events.append(ponte.database.db, [event(accountId, 'now')]);
      // Readable at once, not when the neighbour's transaction ends (it never does during this test).
      expect((await readAll(accountId, undefined)).labels).toEqual(['now']);
      expect(await ponte.events.heldBack(ponte.database.db)).toBe(false);
    } finally {
      await neighbour.query('rollback');
      await neighbour.end();
    }
  });
});
