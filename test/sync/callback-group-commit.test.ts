import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { createPaghiperCharge } from '../support/paghiper-charges.ts';
import { waitFor } from '../support/wait.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let sandboxUrl: string;
let integration: { id: string; callbackUrl: string };
let apiKey: string;

const sandbox = async (path: string, body: object = {}) => {
  const response = await fetch(`${sandboxUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
};

beforeAll(async () => {
  ponte = await startTestPonte({ sandboxes: true });
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
  const admin = await ponte.adminToken();
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Muitos Callbacks' });
  const credentials = await sandbox('/_control/credentials');
  apiKey = String(credentials.apiKey);
  const created = await ponte.app.inject({
    method: 'POST',
    url: '/v1/integrations',
    headers: { authorization: `Bearer ${admin}` },
    payload: { accountId: account.id, connector: 'paghiper', environment: 'sandbox', config: { retroactiveMonths: 0 }, credentials: { apiKey, token: credentials.token } },
  });
  expect(created.statusCode).toBe(201);
  integration = created.json();
}, 120_000);
afterAll(async () => {
  await ponte?.dispose();
});

const path = () => new URL(integration.callbackUrl).pathname;
const notification = (transactionId: string, notificationId: string) =>
  `apiKey=${apiKey}&transaction_id=${transactionId}&notification_id=${notificationId}&notification_date=2026-03-02+09%3A04%3A55`;
const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
  ponte.app.inject({ method: 'POST', url: path(), payload: body, headers: { 'content-type': contentType } });

const query = async <Row>(text: string, values: unknown[] = []) => (await ponte.database.pool.query(text, values)).rows as Row[];
const callbackJobsOf = (deliveryIds: string[]) =>
  query<{ delivery_id: string; state: string; retry_count: number }>(
    "select data->>'deliveryId' as delivery_id, state, retry_count from pgboss.job where name = 'sync.callback' and data->>'deliveryId' = any($1::text[])",
    [deliveryIds],
  );

describe('provider callbacks stored in groups', { timeout: 120_000 }, () => {
  it('stores many concurrent callbacks in fewer transactions than callbacks, each with its job, each processed once', async () => {
    // Genuine notifications: charges paid in the sandbox, each with the notification PagHiper issued for it.
    const genuine: { transactionId: string; notificationId: string }[] = [];
    for (let index = 0; index < 12; index++) {
      const transactionId = await createPaghiperCharge(sandboxUrl, { apiKey, orderId: `grupo-${index}`, priceCents: 1000 + index });
      const change = await sandbox(`/_control/transactions/${transactionId}/status`, { status: 'paid' });
      genuine.push({ transactionId, notificationId: String(change.notification_id) });
    }
    // And notifications PagHiper never issued: stored too, then rejected by their job.
    const forged = Array.from({ length: 48 }, (_, index) => ({ transactionId: genuine[index % genuine.length]!.transactionId, notificationId: `FORGED${index}` }));
    const all = [...genuine, ...forged];

    const statsBefore = ponte.sync.callbacks.storeStats;
    const answers = await Promise.all(all.map(({ transactionId, notificationId }) => post(notification(transactionId, notificationId))));
    expect(answers.map((answer) => answer.statusCode)).toEqual(all.map(() => 200));
    expect(answers.every((answer) => answer.json().duplicate === false)).toBe(true);
    const statsAfter = ponte.sync.callbacks.storeStats;
    expect(statsAfter.items - statsBefore.items).toBe(all.length);
    // The point of the group commit: fewer transactions than callbacks.
    expect(statsAfter.batches - statsBefore.batches).toBeLessThan(all.length);

    // Every answered callback was stored, with exactly one job.
    const stored = await query<{ id: string }>('select id from callback_deliveries where integration_id = $1', [integration.id]);
    expect(stored).toHaveLength(all.length);
    const ids = stored.map((row) => row.id);
    const jobs = await callbackJobsOf(ids);
    expect(jobs.map((job) => job.delivery_id).sort()).toEqual([...ids].sort());

    // Each processed once: every job completed at its first attempt, every delivery settled.
    await waitFor(async () => (await callbackJobsOf(ids)).every((job) => job.state === 'completed'), 90_000, 200);
    expect((await callbackJobsOf(ids)).every((job) => job.retry_count === 0)).toBe(true);
    const settled = await query<{ status: string }>('select status from callback_deliveries where id = any($1::text[])', [ids]);
    const statuses = settled.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {});
    expect(statuses).toEqual({ processed: genuine.length, rejected: forged.length });
    const runs = await query<{ n: number }>("select count(*)::int as n from sync_runs where integration_id = $1 and kind = 'callback'", [integration.id]);
    expect(runs[0]!.n).toBe(genuine.length);
    const paid = await query<{ external_id: string }>("select external_id from records where integration_id = $1 and model = 'payment' and status = 'paid'", [integration.id]);
    expect(paid.map((row) => row.external_id)).toEqual(expect.arrayContaining(genuine.map((item) => item.transactionId)));
  });

  it('answers a body sent twice in one batch as one delivery and one duplicate', async () => {
    const body = notification('SAMEBODY0000001', 'SAMEBODY');
    const answers = await Promise.all([post(body), post(body), post(body)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.json().duplicate).sort()).toEqual([false, true, true]);
    expect((await post(body)).json()).toEqual({ received: true, duplicate: true });
  });

  it('stores each field as sent, whatever characters it holds, in a batch of several', async () => {
    const contentTypes = ['text/plain; charset="a,b{c}\\d"', "application/json; x='NULL'", 'application/x-www-form-urlencoded; q="\\"}{,"', 'text/plain; x=a\0b'];
    const answers = await Promise.all(contentTypes.map((contentType, index) => post(`campo=${index}&x="{},\\`, contentType)));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
    const rows = await query<{ content_type: string }>("select content_type from callback_deliveries where integration_id = $1 and content_type <> 'application/x-www-form-urlencoded'", [integration.id]);
    // A NUL, which PostgreSQL cannot store in text, arrives as U+FFFD as everywhere else.
    expect(rows.map((row) => row.content_type).sort()).toEqual(contentTypes.map((contentType) => contentType.replace('\0', '\uFFFD')).sort());
  });

  it('answers an error to every caller of a batch whose transaction fails, and stores nothing of it', async () => {
    // The jobs' insert fails after the deliveries' insert went through in the same transaction.
    await ponte.database.pool.query(`
      create or replace function test_refuse_callback_jobs() returns trigger language plpgsql as $$
      begin raise exception 'callback jobs refused by the test'; end $$`);
    await ponte.database.pool.query(`
      create trigger test_refuse_callback_jobs before insert on pgboss.job
      for each row when (new.name = 'sync.callback') execute function test_refuse_callback_jobs()`);
    const bodies = Array.from({ length: 20 }, (_, index) => notification('REFUSED00000001', `REFUSED${index}`));
    const countOf = async () => (await query<{ n: number }>('select count(*)::int as n from callback_deliveries where integration_id = $1', [integration.id]))[0]!.n;
    const before = await countOf();
    const statsBefore = ponte.sync.callbacks.storeStats;
    try {
      const answers = await Promise.all(bodies.map((body) => post(body)));
      expect(answers.map((answer) => answer.statusCode)).toEqual(bodies.map(() => 500));
      // They failed as a batch of several (then one by one, each failing again): the batch's failure reached all.
      expect(ponte.sync.callbacks.storeStats.splitBatches - statsBefore.splitBatches).toBeGreaterThanOrEqual(1);
      expect(ponte.sync.callbacks.storeStats.batches).toBe(statsBefore.batches);
      expect(answers.every((answer) => answer.json().code === 'internal_error')).toBe(true);
      expect(await countOf()).toBe(before);
    } finally {
      await ponte.database.pool.query('drop trigger test_refuse_callback_jobs on pgboss.job');
      await ponte.database.pool.query('drop function test_refuse_callback_jobs()');
    }
    // Nothing was kept half-way: the same bodies sent again are new deliveries, each with its job.
    const again = await Promise.all(bodies.map((body) => post(body)));
    expect(again.map((answer) => answer.json())).toEqual(bodies.map(() => ({ received: true, duplicate: false })));
    expect(await countOf()).toBe(before + bodies.length);
  });

  it('fails only the bad callback of a batch: the others are stored', async () => {
    await ponte.database.pool.query("alter table callback_deliveries add constraint test_no_poison check (content_type <> 'application/x-poison')");
    const bodies = Array.from({ length: 20 }, (_, index) => notification('POISON00000001', `POISON${index}`));
    try {
      const answers = await Promise.all(bodies.map((body, index) => post(body, index === 7 ? 'application/x-poison' : 'application/x-www-form-urlencoded')));
      expect(answers.map((answer) => answer.statusCode)).toEqual(bodies.map((_, index) => (index === 7 ? 500 : 200)));
    } finally {
      await ponte.database.pool.query('alter table callback_deliveries drop constraint test_no_poison');
    }
    const poisoned = await query<{ n: number }>("select count(*)::int as n from callback_deliveries where content_type = 'application/x-poison'");
    expect(poisoned[0]!.n).toBe(0);
    // The poisoned one was not stored: sent again, it is new.
    expect((await post(bodies[7]!)).json()).toEqual({ received: true, duplicate: false });
  });

  it('still refuses a wrong token and an unknown integration, also once the integration is remembered', async () => {
    expect((await post('a=1')).statusCode).toBe(200);
    const wrongToken = await ponte.app.inject({ method: 'POST', url: `/hooks/${integration.id}/${'x'.repeat(43)}`, payload: 'a=2', headers: { 'content-type': 'text/plain' } });
    expect(wrongToken.statusCode).toBe(404);
    const unknown = await ponte.app.inject({ method: 'POST', url: `/hooks/int_nope/${path().split('/').pop()}`, payload: 'a=3', headers: { 'content-type': 'text/plain' } });
    expect(unknown.statusCode).toBe(404);
    expect((await post('   ')).statusCode).toBe(400);
  });
});
