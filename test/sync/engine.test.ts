import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRecords, SyncEngine } from '../../src/modules/sync/index.ts';
import { saoPauloDate } from '../../src/platform/calendar/sao-paulo.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let sandboxUrl: string;
const admin = { role: 'admin' as const, userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' as const };

beforeAll(async () => {
  // No workers: the test drives the engine itself.
  ponte = await startTestPonte({ sandboxes: true, workers: false });
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
});
afterAll(async () => ponte?.dispose());

const control = (method: string, path: string, body?: object) =>
  fetch(`${sandboxUrl}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body: JSON.stringify(body) } : {}) }).then(
    (response) => response.json() as Promise<Record<string, unknown>>,
  );

async function paghiperIntegration(): Promise<string> {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random()}` });
  const credentials = await control('POST', '/_control/credentials');
  const row = await ponte.onboarding.request(admin, {
    accountId: account.id,
    connector: 'paghiper',
    environment: 'sandbox',
    config: { retroactiveMonths: 0 },
    credentials: { apiKey: String(credentials.apiKey), token: String(credentials.token) },
  });
  return row.id;
}

describe('the sync engine', { timeout: 120_000 }, () => {
  it('never runs two syncs of one integration at once, whichever worker asks', async () => {
    const id = await paghiperIntegration();
    // A second worker: another engine over the same database, as another process would have.
    const { engine } = ponte.sync;
    const other = new SyncEngine(engine.database, engine.runtime, engine.source, engine.events, engine.clock, engine.logger, engine.settings);
    await control('PUT', '/_control/faults', { latencyMs: 30 });
    try {
      const ends = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? engine : other).poll(id)));
      expect(ends.filter((end) => end.status === 'succeeded').length).toBeGreaterThanOrEqual(1);
      expect(ends.every((end) => end.status === 'succeeded' || end.status === 'skipped')).toBe(true);
    } finally {
      await control('DELETE', '/_control/faults');
    }
    const runs = await ponte.database.pool.query<{ started_at: Date; finished_at: Date }>(
      "select started_at, finished_at from sync_runs where integration_id = $1 and kind = 'poll' order by started_at",
      [id],
    );
    for (let i = 1; i < runs.rows.length; i++) {
      expect(runs.rows[i]!.started_at.getTime()).toBeGreaterThanOrEqual(runs.rows[i - 1]!.finished_at.getTime());
    }
  });

  it('queues a poll for each due integration once, and moves it to its next run', async () => {
    const id = await paghiperIntegration();
    await ponte.database.pool.query("update sync_schedules set next_sync_at = now() - interval '1 minute' where integration_id = $1", [id]);
    expect(await ponte.sync.tick()).toBeGreaterThanOrEqual(1);
    const jobs = async () =>
      (await ponte.database.pool.query("select count(*)::int as n from pgboss.job where name = 'sync.poll' and data->>'integrationId' = $1 and state = 'created'", [id])).rows[0].n;
    expect(await jobs()).toBe(1);
    const schedule = await ponte.sync.schedule(id);
    expect(schedule!.nextSyncAt.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    await ponte.sync.tick();
    await ponte.sync.syncNow(id);
    expect(await jobs()).toBe(1);
  });

  it('slows down under a storm of 429s instead of failing', async () => {
    const id = await paghiperIntegration();
    await control('PUT', '/_control/faults', { rateLimitedRate: 1, retryAfterSeconds: 120 });
    try {
      for (let i = 0; i < 3; i++) {
        const end = await ponte.sync.engine.poll(id);
        expect(end).toEqual({ status: 'deferred', retryAfterSeconds: 120, more: false });
      }
    } finally {
      await control('DELETE', '/_control/faults');
    }
    const schedule = await ponte.sync.schedule(id);
    expect(schedule!.lastStatus).toBe('deferred');
    expect(schedule!.nextSyncAt.getTime()).toBeGreaterThan(Date.now() + 100_000);
    const integration = await ponte.integrations.get(admin, id);
    expect(integration.state).toBe('active');
    await ponte.eventsReadable();
    const failures = await ponte.events.list(ponte.database.db, { integrationId: id, type: 'integration.sync_failed', limit: 10 });
    expect(failures.data).toEqual([]);
    expect((await ponte.sync.engine.poll(id)).status).toBe('succeeded');
  });

  it('tells of a pending payment past its due date once, and a later poll of it changes nothing', async () => {
    const id = await paghiperIntegration();
    const integration = await ponte.integrations.get(admin, id);
    const payment = {
      provider: 'paghiper' as const,
      externalId: 'OVERDUE000000001',
      method: 'boleto' as const,
      orderId: 'pedido-atrasado',
      status: 'pending',
      amountCents: 1000,
      paidAmountCents: null,
      feeCents: null,
      currency: 'BRL' as const,
      dueDate: '2020-01-10',
      createdAt: '2020-01-07T10:00:00-03:00',
      paidAt: null,
      payer: { name: 'Cliente', email: 'cliente@example.com', document: '11144477735', phone: null },
      boletoUrl: null,
      digitableLine: null,
      pixCode: null,
      pixUrl: null,
    };
    const apply = () =>
      ponte.database.transaction(async ({ db }) => {
        const { counts, events } = await applyRecords(db, integration, [{ model: 'payment', externalId: payment.externalId, data: payment }], ponte.clock.now());
        await ponte.events.append(db, events);
        return counts;
      });
    await apply();
    expect(await ponte.sync.detectOverdue()).toBeGreaterThanOrEqual(1);
    expect(await ponte.sync.detectOverdue()).toBe(0);
    expect(await apply()).toMatchObject({ unchanged: 1, updated: 0 });
    await ponte.eventsReadable();
    const overdue = await ponte.events.list(ponte.database.db, { integrationId: id, type: 'payment.overdue', limit: 10 });
    expect(overdue.data.map((event) => event.subject)).toEqual([{ model: 'payment', id: payment.externalId }]);
    // Already past due when first seen: the provider's past, which no notification rule is told of.
    expect(overdue.data[0]!.origin).toBe('history');

    // Seen while still pending, due since: news.
    const threeDaysAgo = new Date(ponte.clock.now().getTime() - 3 * 86_400_000);
    const watched = { ...payment, externalId: 'OVERDUE000000002', dueDate: saoPauloDate(new Date(threeDaysAgo.getTime() + 86_400_000)) };
    await ponte.database.transaction(async ({ db }) => {
      const { events } = await applyRecords(db, integration, [{ model: 'payment', externalId: watched.externalId, data: watched }], threeDaysAgo);
      await ponte.events.append(db, events);
    });
    expect(await ponte.sync.detectOverdue()).toBe(1);
    await ponte.eventsReadable();
    const later = await ponte.events.list(ponte.database.db, { integrationId: id, type: 'payment.overdue', cursor: overdue.nextCursor, limit: 10 });
    expect(later.data.map((event) => [event.subject?.id, event.origin])).toEqual([['OVERDUE000000002', 'live']]);
  });

  it('moves an integration whose credentials stop working to reconnect_required, once', async () => {
    const id = await paghiperIntegration();
    await control('POST', '/_control/faults/next', { faults: [{ kind: 'status', status: 401, body: { transaction_list_request: { result: 'reject', response_message: 'token ou apiKey inválidos' } } }] });
    const end = await ponte.sync.engine.poll(id);
    expect(end.status).toBe('reconnect_required');
    expect((await ponte.integrations.get(admin, id)).state).toBe('reconnect_required');
    expect((await ponte.sync.engine.poll(id)).status).toBe('skipped');
    await ponte.eventsReadable();
    const events = await ponte.events.list(ponte.database.db, { integrationId: id, type: 'integration.reconnect_required', limit: 10 });
    expect(events.data).toHaveLength(1);
  });
});
