import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { createPaghiperCharge } from '../support/paghiper-charges.ts';
import { waitFor } from '../support/wait.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let mailbox: LocalMailbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let admin: string;
let sandboxUrl: string;
/** The integration of the paid-charge test, whose backfill has finished: the bad-callback test targets it. */
let settled: { id: string; callbackUrl: string };

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  receiver = await startWebhookReceiver();
  ponte = await startTestPonte({ sandboxes: true, smtpUrl: mailbox.url });
  await ponte.listen();
  admin = await ponte.adminToken();
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
});
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
  await receiver?.close();
});

const api = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });

const sandbox = async (path: string, body: object = {}) => {
  const response = await fetch(`${sandboxUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
};

/** A new sandbox merchant connected to the account as a PagHiper integration. */
async function connectStore(accountId: string, retroactiveMonths: number) {
  const credentials = await sandbox('/_control/credentials');
  const response = await api('POST', '/v1/integrations', {
    accountId,
    connector: 'paghiper',
    environment: 'sandbox',
    config: { retroactiveMonths },
    credentials: { apiKey: credentials.apiKey, token: credentials.token },
  });
  return { credentials, integration: response.json() };
}

const createCharge = (apiKey: string, orderId: string, priceCents: number, notificationUrl?: string) =>
  createPaghiperCharge(sandboxUrl, { apiKey, orderId, priceCents, notificationUrl });

async function eventsOf(integrationId: string, type?: string) {
  await ponte.eventsReadable();
  const page = await api('GET', `/v1/events?integrationId=${integrationId}&limit=500${type ? `&type=${type}` : ''}`);
  if (page.statusCode !== 200) throw new Error(page.body);
  return page.json().data as { id: string; type: string; origin: 'live' | 'history'; subject: { id: string } | null }[];
}

describe('a PagHiper integration in the sandbox environment', { timeout: 120_000 }, () => {
  it('refuses credentials the provider refuses, storing nothing', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Recusada' });
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
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Limites' });
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

  it('becomes active, and a charge paid in the sandbox yields exactly one payment.paid, e-mailed and posted once', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Boa' });
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
    // A finished backfill counts as a successful sync, without waiting for the first scheduled poll.
    await waitFor(async () => (await api('GET', `/v1/integrations/${integration.id}`)).json().sync.lastStatus === 'succeeded');

    // Without rules, nobody would hear of it: the checklist says so.
    const before = (await api('GET', `/v1/integrations/${integration.id}/checklist`)).json();
    expect(before.items.find((item: { key: string }) => item.key === 'notification_rules')).toMatchObject({ status: 'yellow' });
    const mailRule = await api('POST', '/v1/notification-rules', { accountId: account.id, environment: 'sandbox', eventType: 'payment.paid', channel: 'email', emailTo: ['financeiro@lojaboa.example'] });
    expect(mailRule.statusCode).toBe(201);
    const hookRule = await api('POST', '/v1/notification-rules', { accountId: account.id, environment: 'sandbox', integrationId: integration.id, eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url });
    expect(hookRule.statusCode).toBe(201);

    const transactionId = await createCharge(String(credentials.apiKey), 'pedido-42', 2500, integration.callbackUrl);
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
    expect(byKey).toEqual({ credentials_verified: 'green', recent_sync: 'green', callback: 'green', notification_rules: 'green', first_data: 'green', onboarding_complete: 'green' });
    expect(checklist.status).toBe('green');

    // The one payment.paid reaches its people once: an e-mail in Portuguese and a signed webhook.
    const mail = await mailbox.waitFor((message) => message.subject.includes('pedido-42'), 30_000);
    expect(mail.subject).toBe('[Homologação] Pagamento confirmado — R$\u00a025,00 (pedido-42)');
    expect(mail.to).toEqual(['financeiro@lojaboa.example']);
    // The sandbox's own history may pay other charges meanwhile: ours is the one that counts.
    const ours = () => receiver.received.filter((delivery) => JSON.parse(delivery.body).data.subject?.id === transactionId);
    await waitFor(async () => ours().length > 0, 30_000);
    const delivery = ours()[0]!;
    expect(new Webhook(hookRule.json().signingSecret).verify(delivery.body, delivery.headers as Record<string, string>)).toMatchObject({
      type: 'payment.paid',
      data: { integrationId: integration.id, subject: { model: 'payment', id: transactionId }, payment: { status: 'paid', amountCents: 2500 } },
    });
    const paidEventId = paidEvents[0]!.id;
    await waitFor(async () => {
      const sent = (await api('GET', `/v1/notifications?accountId=${account.id}&status=sent`)).json().data as { eventId: string }[];
      return sent.filter((item) => item.eventId === paidEventId).length === 2;
    });
    expect(mailbox.messages().filter((message) => message.subject.includes('pedido-42'))).toHaveLength(1);
    expect(ours()).toHaveLength(1);
  });

  it('sees a charge paid without a callback by polling', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Sem Callback' });
    const { credentials, integration } = await connectStore(account.id, 0);
    const transactionId = await createCharge(String(credentials.apiKey), 'pedido-sem-callback', 1500);
    await sandbox(`/_control/transactions/${transactionId}/status`, { status: 'paid' });
    await api('POST', `/v1/integrations/${integration.id}/sync`);
    await waitFor(async () => (await eventsOf(integration.id, 'payment.paid')).some((event) => event.subject?.id === transactionId), 60_000);
    const events = (await eventsOf(integration.id)).filter((event) => event.subject?.id === transactionId).map((event) => event.type);
    // First seen already paid: created and paid, once each.
    expect(events.sort()).toEqual(['payment.created', 'payment.paid']);
  });

  it('tells no one of the past its backfill finds, and tells of what happens after', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Com Histórico' });
    // The rules come first, as when a store is set up: a month of history must not become a month of e-mails.
    for (const eventType of ['payment.created', 'payment.paid']) {
      expect((await api('POST', '/v1/notification-rules', { accountId: account.id, environment: 'sandbox', eventType, channel: 'email', emailTo: ['historico@loja.example'] })).statusCode).toBe(201);
    }
    const { credentials, integration } = await connectStore(account.id, 1);
    await waitFor(async () => (await api('GET', `/v1/integrations/${integration.id}`)).json().backfill?.status === 'succeeded', 60_000);
    const history = (await eventsOf(integration.id)).filter((event) => event.origin === 'history');
    expect(history.length).toBeGreaterThan(10);

    const transactionId = await createCharge(String(credentials.apiKey), 'pedido-novo', 3000, integration.callbackUrl);
    await sandbox(`/_control/transactions/${transactionId}/status`, { status: 'paid' });
    // The dispatcher reads the log in order: once the new charge's e-mail is out, the history has been read. Its
    // created and paid come together, so the happy path leaves only "paid" to send.
    await waitFor(async () => mailbox.messages().some((mail) => mail.subject.includes('pedido-novo')), 30_000);
    const live = new Set((await eventsOf(integration.id)).filter((event) => event.origin === 'live').map((event) => event.id));
    const all = (await api('GET', `/v1/notifications?accountId=${account.id}`)).json().data as { eventId: string; eventType: string }[];
    expect(all.map((notification) => notification.eventType).sort()).toEqual(['payment.created', 'payment.paid']);
    expect(all.every((notification) => live.has(notification.eventId))).toBe(true);
    expect(mailbox.messages().filter((mail) => mail.to.includes('historico@loja.example') && !mail.subject.includes('pedido-novo'))).toEqual([]);
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
