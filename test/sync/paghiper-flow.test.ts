import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

let ponte: TestPonte;
let admin: string;
let sandboxUrl: string;
/** The integration of the paid-charge test, whose backfill has finished: the bad-callback test targets it. */
let settled: { id: string; callbackUrl: string };

beforeAll(async () => {
  ponte = await startTestPonte({ sandboxes: true });
  await ponte.listen();
  admin = await ponte.adminToken();
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
});
afterAll(async () => ponte?.dispose());

const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });

const sandbox = async (path: string, body: object = {}) => {
  const response = await fetch(`${sandboxUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
};

async function eventsOf(integrationId: string, type?: string) {
  const page = await api('GET', `/v1/events?integrationId=${integrationId}&limit=500${type ? `&type=${type}` : ''}`);
  if (page.statusCode !== 200) throw new Error(page.body);
  return page.json().data as { type: string; subject: { id: string } | null }[];
}

describe('a PagHiper integration in the sandbox environment', { timeout: 120_000 }, () => {
  it('refuses credentials the provider refuses, storing nothing', async () => {
    const account = await ponte.accounts.createAccount('cli', { name: 'Loja Recusada' });
    const response = await api('POST', '/v1/integrations', {
      accountId: account.id,
      connector: 'paghiper',
      environment: 'sandbox',
      credentials: { apiKey: 'apk_nobody', token: 'wrong' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'provider_refused_credentials', field: 'body.credentials' });
    expect(response.body).not.toContain('wrong');
    expect((await api('GET', `/v1/integrations?accountId=${account.id}`)).json().data).toEqual([]);
  });

  it('refuses config outside its bounds, naming the field and the bound', async () => {
    const account = await ponte.accounts.createAccount('cli', { name: 'Loja Limites' });
    const response = await api('POST', '/v1/integrations', {
      accountId: account.id,
      connector: 'paghiper',
      environment: 'sandbox',
      config: { syncIntervalMinutes: 2000 },
      credentials: { apiKey: 'apk_x', token: 'y' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'body.config.syncIntervalMinutes' });
    expect(response.json().detail).toContain('at most 1440');
    const unknown = await api('POST', '/v1/integrations', { accountId: account.id, connector: 'stripe', environment: 'sandbox' });
    expect(unknown.json()).toMatchObject({ code: 'validation_failed', field: 'body.connector' });
  });

  it('becomes active, and a charge paid in the sandbox yields exactly one payment.paid', async () => {
    const account = await ponte.accounts.createAccount('cli', { name: 'Loja Boa' });
    const credentials = await sandbox('/_control/credentials');
    const created = await api('POST', '/v1/integrations', {
      accountId: account.id,
      connector: 'paghiper',
      environment: 'sandbox',
      config: { retroactiveMonths: 0 },
      credentials: { apiKey: credentials.apiKey, token: credentials.token },
    });
    expect(created.statusCode).toBe(201);
    const integration = created.json();
    settled = integration;
    expect(integration).toMatchObject({ state: 'active', connector: 'paghiper', credential: { maskedFingerprint: expect.stringMatching(/^••••/) } });
    expect(JSON.stringify(integration)).not.toContain(String(credentials.token));
    expect(integration.callbackUrl).toMatch(new RegExp(`/hooks/${integration.id}/[A-Za-z0-9_-]{43}$`));
    expect((await eventsOf(integration.id, 'integration.activated')).length).toBe(1);

    // The backfill of today runs on activation.
    await waitFor(async () => (await api('GET', `/v1/integrations/${integration.id}`)).json().backfill?.status === 'succeeded', 60_000).catch(async (e) => {
      console.log(JSON.stringify((await api('GET', `/v1/integrations/${integration.id}`)).json(), null, 1));
      console.log(JSON.stringify((await api('GET', `/v1/integrations/${integration.id}/sync-runs`)).json(), null, 1));
      throw e;
    });

    const charge = await sandbox('/transaction/create/', {
      apiKey: credentials.apiKey,
      order_id: 'pedido-42',
      payer_email: 'cliente@example.com',
      payer_name: 'Cliente Exemplo',
      payer_cpf_cnpj: '11144477735',
      days_due_date: 3,
      notification_url: integration.callbackUrl,
      items: [{ item_id: '1', description: 'Plano', quantity: 1, price_cents: 2500 }],
    });
    const transactionId = (charge.create_request as { transaction_id: string }).transaction_id;
    await api('POST', `/v1/integrations/${integration.id}/sync`);
    await waitFor(async () => (await eventsOf(integration.id, 'payment.created')).some((event) => event.subject?.id === transactionId), 60_000);

    const paid = await sandbox(`/_control/transactions/${transactionId}/status`, { status: 'paid' });
    expect(paid).toMatchObject({ changed: true });
    const paidOf = async () => (await eventsOf(integration.id, 'payment.paid')).filter((event) => event.subject?.id === transactionId);
    await waitFor(async () => (await paidOf()).length > 0, 60_000);

    // A poll sees the same paid charge: nothing new.
    await api('POST', `/v1/integrations/${integration.id}/sync`);
    await waitFor(async () => {
      const runs = (await api('GET', `/v1/integrations/${integration.id}/sync-runs`)).json().data as { kind: string; status: string; startedAt: string }[];
      return runs.filter((run) => run.kind === 'poll' && run.status === 'succeeded').length >= 2;
    }, 60_000);
    const paidEvents = await paidOf();
    expect(paidEvents).toHaveLength(1);
    expect(paidEvents[0]!.subject).toEqual({ model: 'payment', id: transactionId });

    const records = (await api('GET', `/v1/integrations/${integration.id}/records?model=payment`)).json().data as { externalId: string; status: string; data: { paidAmountCents: number } }[];
    const record = records.find((r) => r.externalId === transactionId)!;
    expect(record.status).toBe('paid');
    expect(record.data.paidAmountCents).toBe(2500);

    const checklist = (await api('GET', `/v1/integrations/${integration.id}/checklist`)).json();
    const byKey = Object.fromEntries(checklist.items.map((item: { key: string; status: string }) => [item.key, item.status]));
    expect(byKey).toMatchObject({ credentials_verified: 'green', recent_sync: 'green', callback: 'green', first_data: 'green', onboarding_complete: 'green' });
  });

  it('sees a charge paid without a callback by polling', async () => {
    const account = await ponte.accounts.createAccount('cli', { name: 'Loja Sem Callback' });
    const credentials = await sandbox('/_control/credentials');
    const integration = (
      await api('POST', '/v1/integrations', {
        accountId: account.id,
        connector: 'paghiper',
        environment: 'sandbox',
        config: { retroactiveMonths: 0 },
        credentials: { apiKey: credentials.apiKey, token: credentials.token },
      })
    ).json();
    const charge = await sandbox('/transaction/create/', {
      apiKey: credentials.apiKey,
      order_id: 'pedido-sem-callback',
      payer_email: 'cliente@example.com',
      payer_name: 'Cliente Exemplo',
      payer_cpf_cnpj: '11144477735',
      days_due_date: 3,
      items: [{ item_id: '1', description: 'Plano', quantity: 1, price_cents: 1500 }],
    });
    const transactionId = (charge.create_request as { transaction_id: string }).transaction_id;
    await sandbox(`/_control/transactions/${transactionId}/status`, { status: 'paid' });
    await api('POST', `/v1/integrations/${integration.id}/sync`);
    await waitFor(async () => (await eventsOf(integration.id, 'payment.paid')).some((event) => event.subject?.id === transactionId), 60_000);
    const events = (await eventsOf(integration.id)).filter((event) => event.subject?.id === transactionId).map((event) => event.type);
    // First seen already paid: created and paid, once each.
    expect(events.sort()).toEqual(['payment.created', 'payment.paid']);
  });

  it('changes nothing for a bad callback: unknown integration, wrong token, garbage, replay', async () => {
    const post = (path: string, body: string) =>
      ponte.app.inject({ method: 'POST', url: path, payload: body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect((await post('/hooks/int_nope/abc', 'a=1')).statusCode).toBe(404);
    const integration = settled;
    const countsOf = async () =>
      (
        await ponte.database.pool.query(
          'select (select count(*) from records where integration_id = $1)::int as records, (select count(*) from events where integration_id = $1)::int as events',
          [integration!.id],
        )
      ).rows[0];
    const before = await countsOf();
    expect((await post(`/hooks/${integration!.id}/${'x'.repeat(43)}`, 'a=1')).statusCode).toBe(404);
    const path = new URL(integration!.callbackUrl).pathname;
    const garbage = await post(path, 'this is not a notification');
    expect(garbage.statusCode).toBe(200);
    const replay = await post(path, 'this is not a notification');
    expect(replay.json()).toEqual({ received: true, duplicate: true });
    await waitFor(async () => {
      const rows = await ponte.database.pool.query("select count(*)::int as n from callback_deliveries where status = 'received'");
      return rows.rows[0].n === 0;
    }, 30_000);
    expect(await countsOf()).toEqual(before);
  });
});
