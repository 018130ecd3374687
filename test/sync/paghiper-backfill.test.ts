// A PagHiper backfill as the queue runs it, against a sandbox of the test's own whose request log tells what each
// sync asked of the provider: the poll that follows it reads only what is newer than its window, and a step that
// met a transient failure is tried again within seconds.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';
import { paghiperDay } from '../../src/connectors/paghiper/mapping.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { and, eq } from 'drizzle-orm';
import { runBackfill } from '../../src/modules/sync/backfill.ts';
import { backfills, records } from '../../src/modules/sync/schema.ts';
import { createPaghiperCharge } from '../support/paghiper-charges.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface LoggedRequest {
  path: string;
  status: number;
  at: string;
}

let ponte: TestPonte;
let sandbox: FastifyInstance;
let sandboxUrl: string;
const admin = { role: 'admin' as const, userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' as const };

beforeAll(async () => {
  // 30 charges a day for 200 days: a day of the window is enough to tell a poll that reads it again.
  sandbox = await buildPaghiperSandbox({ seed: 5, chargesPerDay: 30, historyDays: 200 });
  await sandbox.listen({ host: '127.0.0.1', port: 0 });
  sandboxUrl = `http://127.0.0.1:${(sandbox.server.address() as AddressInfo).port}`;
  ponte = await startTestPonte({ sandboxUrls: { paghiper: sandboxUrl } });
});
afterAll(async () => {
  await ponte?.dispose();
  await sandbox?.close();
});

async function control(method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${sandboxUrl}/_control${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return (await response.json()) as Json;
}

async function connect(retroactiveMonths: number): Promise<{ id: string; apiKey: string; token: string }> {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random()}` });
  const { apiKey, token } = await control('POST', '/credentials');
  const row = await ponte.onboarding.request(admin, { accountId: account.id, connector: 'paghiper', environment: 'sandbox', config: { retroactiveMonths }, credentials: { apiKey, token } });
  return { id: row.id, apiKey, token };
}

const backfillOf = async (id: string) => (await ponte.sync.backfill(id))!;

/** Every charge the sandbox lists for these days, by creation and by payment, both methods, page by page. */
async function chargesListedFor(credentials: { apiKey: string; token: string }, from: string, to: string): Promise<{ rows: number; calls: number }> {
  let rows = 0;
  let calls = 0;
  for (const path of ['/transaction/list/', '/invoice/list/']) {
    for (const filter of ['create_date', 'paid_date']) {
      for (let page = 1; ; page++) {
        const body = { ...credentials, filter_date: filter, initial_date: from, final_date: to, limit: 100, page };
        const response = await fetch(`${sandboxUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const list = ((await response.json()) as Json).transaction_list_request;
        calls += 1;
        rows += list.transaction_list.length;
        if (list.current_page >= list.total_page) break;
      }
    }
  }
  return { rows, calls };
}

describe('a PagHiper backfill', { timeout: 180_000 }, () => {
  it("hands over to polling at its window's end: the first poll after it does not read the window again", async () => {
    const integration = await connect(6);
    await waitFor(async () => (await backfillOf(integration.id)).status === 'succeeded', 150_000, 250);
    const backfill = await backfillOf(integration.id);
    expect(backfill.records).toBeGreaterThan(5_000);

    await control('DELETE', '/requests');
    const end = await ponte.sync.engine.poll(integration.id);
    expect(end).toMatchObject({ status: 'succeeded', more: false });
    const { log } = (await control('GET', '/requests')) as { log: LoggedRequest[] };
    const [run] = await ponte.sync.runs(integration.id, 1);
    expect(run).toMatchObject({ kind: 'poll', status: 'succeeded' });

    // PagHiper lists by calendar day, so the day the window ended is read again (charges keep arriving on it), and no
    // day before it: exactly what the provider lists from that day to today.
    const highWaterDay = paghiperDay(new Date(backfill.window.to));
    const newer = await chargesListedFor(integration, highWaterDay, paghiperDay(new Date()));
    expect(run!.counts.fetched).toBe(newer.rows);
    expect(log.filter((request) => request.path.endsWith('/list/'))).toHaveLength(newer.calls);
  });

  it('tells of a charge created after its window ended (while it ran) as news, and keeps the rest as history', async () => {
    const integration = await connect(0);
    await waitFor(async () => (await backfillOf(integration.id)).status === 'succeeded', 60_000, 100);
    const windowEnd = new Date((await backfillOf(integration.id)).window.to);
    // PagHiper gives creation times to the second, so a charge made within the window end's second reads as made
    // before it: it is news all the same.
    const madeMeanwhile = await createPaghiperCharge(sandboxUrl, { apiKey: integration.apiKey, orderId: 'made-while-backfilling', priceCents: 1_990 });

    // The same backfill read again from its start, now that the charge exists: as a busy worker would have read it.
    await ponte.database.db.update(backfills).set({ status: 'pending', cursor: null }).where(eq(backfills.integrationId, integration.id));
    await runBackfill(ponte.sync.engine, integration.id);
    expect((await backfillOf(integration.id)).status).toBe('succeeded');
    await ponte.eventsReadable();
    const created = (await ponte.events.list(ponte.database.db, { integrationId: integration.id, type: 'payment.created', limit: 500 })).data;
    expect(created.find((event) => event.subject?.id === madeMeanwhile)).toMatchObject({ origin: 'live' });
    const before = created.filter((event) => Date.parse((event.data.payment as { createdAt: string }).createdAt) < windowEnd.getTime() - 1_000);
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before.map((event) => event.origin))).toEqual(new Set(['history']));
  });

  it('tells of a charge paid after its window ended as news, though the charge itself is history', async () => {
    const integration = await connect(0);
    await waitFor(async () => (await backfillOf(integration.id)).status === 'succeeded', 60_000, 100);
    // A charge made before the store connected and not yet paid, the backfill has not read: paid while it runs.
    const [old] = await ponte.database.db
      .select({ externalId: records.externalId })
      .from(records)
      .where(and(eq(records.integrationId, integration.id), eq(records.model, 'payment'), eq(records.status, 'pending')))
      .limit(1);
    expect(old, 'a pending charge of the window').toBeDefined();
    expect((await control('POST', `/transactions/${old!.externalId}/status`, { status: 'paid' })).transaction.status).toBe('paid');
    await ponte.database.db.delete(records).where(and(eq(records.integrationId, integration.id), eq(records.externalId, old!.externalId)));

    await ponte.database.db.update(backfills).set({ status: 'pending', cursor: null }).where(eq(backfills.integrationId, integration.id));
    await runBackfill(ponte.sync.engine, integration.id);
    await ponte.eventsReadable();
    const eventsOf = async (type: string) => (await ponte.events.list(ponte.database.db, { integrationId: integration.id, type, limit: 500 })).data.filter((event) => event.subject?.id === old!.externalId);
    expect((await eventsOf('payment.paid')).map((event) => event.origin)).toEqual(['live']);
    expect((await eventsOf('payment.created')).map((event) => event.origin)).toEqual(['history', 'history']);
  });

  it('tries a step that met one transient 500 again within seconds', async () => {
    // The first request (the credential check) passes; the second, the backfill's first list, answers 500.
    await control('POST', '/faults/next', { faults: [{ kind: 'latency', ms: 0 }, { kind: 'status', status: 500 }] });
    await control('DELETE', '/requests');
    const integration = await connect(1);

    // The bound is below the queue's first retry of a failed job (15–30 s): only a retry in place meets it.
    let failed: LoggedRequest | undefined;
    let retried: LoggedRequest | undefined;
    await waitFor(async () => {
      const { log } = (await control('GET', '/requests')) as { log: LoggedRequest[] };
      const index = log.findIndex((request) => request.status === 500);
      failed = log[index];
      retried = index >= 0 ? log.slice(index + 1).find((request) => request.path === failed!.path) : undefined;
      return retried !== undefined;
    }, 12_000, 50);
    expect(failed!.path).toBe('/transaction/list/');
    expect(retried!.status).toBe(201);
    expect(Date.parse(retried!.at) - Date.parse(failed!.at)).toBeLessThan(5_000);
    await waitFor(async () => (await backfillOf(integration.id)).status === 'succeeded', 60_000, 250);
  });
});
