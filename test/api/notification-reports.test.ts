import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/modules/events/index.ts';
import { notifications } from '../../src/modules/notifications/schema.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { newId } from '../../src/platform/ids.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

let ponte: TestPonte;
let mailbox: LocalMailbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
// 09/03 23:00 in São Paulo: the first events fall on the 9th there, on the 10th in UTC.
const clock = new ManualClock('2026-03-10T02:00:00.000Z');

let accountId: string;
let otherAccountId: string;
let integrationId: string;
let otherIntegrationId: string;

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  receiver = await startWebhookReceiver();
  ponte = await startTestPonte({ clock, workers: false, smtpUrl: mailbox.url });
  accountId = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Relatórios' })).id;
  otherAccountId = (await ponte.accounts.createAccount(cliActor, { name: 'Outra Loja' })).id;
  const integration = (account: string) =>
    ponte.database.transaction(({ db }) => ponte.integrations.insert(db, cliActor, { accountId: account, connector: 'paghiper', environment: 'sandbox', state: 'requested', config: {} }));
  integrationId = (await integration(accountId)).id;
  otherIntegrationId = (await integration(otherAccountId)).id;
  await seed();
});
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
  await receiver?.close();
});

const api = async (url: string, token?: string) => ponte.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token ?? (await ponte.adminToken())}` } });

async function rule(body: Record<string, unknown>): Promise<string> {
  const response = await ponte.app.inject({ method: 'POST', url: '/v1/notification-rules', headers: { authorization: `Bearer ${await ponte.adminToken()}` }, payload: { environment: 'sandbox', accountId, ...body } });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id;
}

async function paymentEvent(account: string, type: string, externalId: string, integration: string): Promise<void> {
  const event: NewEvent = { accountId: account, integrationId: integration, environment: 'sandbox', type, subjectModel: 'payment', subjectId: externalId, data: { payment: { provider: 'paghiper', externalId, status: 'pending', amountCents: 5000, currency: 'BRL', payer: { name: 'Maria', email: 'maria@example.com' } } } };
  await ponte.events.append(ponte.database.db, [event]);
}

/** A notification as the WhatsApp channel and the recipient checks leave it (their code is not part of this test). */
async function insertNotification(values: { status: (typeof notifications.$inferInsert)['status']; channel: 'whatsapp' | 'email'; catalogEntry?: string; skipReason?: 'no_address' | 'opted_out' | 'recipient_cap'; account?: string }) {
  const now = clock.now();
  const id = newId('notification');
  await ponte.database.db.insert(notifications).values({
    id,
    accountId: values.account ?? accountId,
    environment: 'sandbox',
    ruleId: 'nrl_whatsapp',
    integrationId,
    eventId: `evt_${id}`,
    eventType: 'payment.created',
    event: { occurredAt: now.toISOString() },
    channel: values.channel,
    catalogEntry: values.catalogEntry ?? null,
    skipReason: values.skipReason ?? null,
    priority: 0,
    status: values.status,
    scheduledAt: now,
    sentAt: ['sent', 'delivered', 'read'].includes(values.status) ? now : null,
    idempotencyKey: id,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The account's month: payment events through real rules and the worker (e-mail through SMTP, webhooks to a real
 * receiver; each sent 10, 20, 30 and 40 s after its event), a refused e-mail, a reminder an hour late, WhatsApp sends
 * in every state, skips, sync runs, and another account's noise.
 */
async function seed(): Promise<void> {
  await rule({ eventType: 'payment.created', channel: 'webhook', webhookUrl: receiver.url, integrationId });
  await rule({ eventType: 'payment.paid', channel: 'email', emailTo: ['financeiro@loja.example'] });
  await rule({ eventType: 'payment.overdue', channel: 'email', emailTo: ['cobranca@loja.example'], delaySeconds: 3600 });

  // 23:00 on the 9th in São Paulo.
  await paymentEvent(accountId, 'payment.created', 'P1', integrationId);
  clock.advance(10_000);
  await ponte.notificationWorker.drain();
  clock.set('2026-03-10T12:00:00.000Z');
  await paymentEvent(accountId, 'payment.created', 'P2', integrationId);
  clock.advance(20_000);
  await ponte.notificationWorker.drain();
  await paymentEvent(accountId, 'payment.paid', 'P2', integrationId);
  clock.advance(30_000);
  await ponte.notificationWorker.drain();
  await paymentEvent(accountId, 'payment.paid', 'P3', integrationId);
  clock.advance(40_000);
  await ponte.notificationWorker.drain();
  mailbox.refuseNext(550, 'mailbox unavailable');
  await paymentEvent(accountId, 'payment.paid', 'P4', integrationId);
  await ponte.notificationWorker.drain();
  // Sent an hour after its event, as the rule says: not latency.
  await paymentEvent(accountId, 'payment.overdue', 'P5', integrationId);
  clock.advance(3_600_000);
  await ponte.notificationWorker.drain();
  // A backfill's past: recorded, never charted nor notified.
  await ponte.events.append(ponte.database.db, [{ accountId, integrationId, environment: 'sandbox', type: 'payment.created', data: {}, origin: 'history' }]);

  for (const status of ['sent', 'delivered', 'delivered', 'read', 'read', 'read', 'failed'] as const) await insertNotification({ status, channel: 'whatsapp', catalogEntry: 'paghiper:boleto.created' });
  await insertNotification({ status: 'skipped', channel: 'whatsapp', catalogEntry: 'paghiper:boleto.created', skipReason: 'opted_out' });
  await insertNotification({ status: 'skipped', channel: 'whatsapp', catalogEntry: 'paghiper:boleto.created', skipReason: 'opted_out' });
  await insertNotification({ status: 'skipped', channel: 'email', catalogEntry: '=HYPERLINK("http://evil.example","ver")', skipReason: 'no_address' });
  await insertNotification({ status: 'sent', channel: 'email', catalogEntry: 'loja:pedido, "especial"' });

  const run = (integration: string, status: string, startedAt: string) =>
    ponte.database.pool.query('insert into sync_runs (id, integration_id, kind, status, started_at, finished_at) values ($1, $2, $3, $4, $5, $5)', [newId('syncRun'), integration, 'poll', status, startedAt]);
  for (const status of ['succeeded', 'succeeded', 'succeeded', 'failed', 'deferred']) await run(integrationId, status, '2026-03-10T12:00:00.000Z');
  // Before the range.
  await run(integrationId, 'failed', '2026-01-01T12:00:00.000Z');
  await run(otherIntegrationId, 'failed', '2026-03-10T12:00:00.000Z');

  // Another account's event and notification: in no report of this account.
  await paymentEvent(otherAccountId, 'payment.created', 'X1', otherIntegrationId);
  await insertNotification({ status: 'read', channel: 'whatsapp', account: otherAccountId });
}

const RANGE = 'from=2026-03-01&to=2026-04-01';

describe('notification reports', { timeout: 60_000 }, () => {
  it('counts each section as the send queue, events and sync runs have them', async () => {
    const response = await api(`/v1/notification-reports?accountId=${accountId}&${RANGE}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.range).toEqual({ from: '2026-03-01T03:00:00.000Z', to: '2026-04-01T03:00:00.000Z', timeZone: 'America/Sao_Paulo' });
    expect(report.eventsByTypeAndDay).toEqual([
      // The integration's own event, when it was created.
      { day: '2026-03-09', type: 'integration.requested', count: 1 },
      { day: '2026-03-09', type: 'payment.created', count: 1 },
      { day: '2026-03-10', type: 'payment.created', count: 1 },
      { day: '2026-03-10', type: 'payment.overdue', count: 1 },
      { day: '2026-03-10', type: 'payment.paid', count: 3 },
    ]);
    expect(report.notifications.byStatus).toEqual({ scheduled: 0, sending: 0, sent: 7, delivered: 2, read: 3, failed: 2, canceled: 0, skipped: 3 });
    expect(report.notifications.byChannel).toEqual([
      { channel: 'email', status: 'sent', count: 4 },
      { channel: 'email', status: 'failed', count: 1 },
      { channel: 'email', status: 'skipped', count: 1 },
      { channel: 'webhook', status: 'sent', count: 2 },
      { channel: 'whatsapp', status: 'sent', count: 1 },
      { channel: 'whatsapp', status: 'delivered', count: 2 },
      { channel: 'whatsapp', status: 'read', count: 3 },
      { channel: 'whatsapp', status: 'failed', count: 1 },
      { channel: 'whatsapp', status: 'skipped', count: 2 },
    ]);
    expect(report.notifications.byCatalogEntry).toEqual(
      expect.arrayContaining([
        { catalogEntry: null, status: 'sent', count: 5 },
        { catalogEntry: null, status: 'failed', count: 1 },
        { catalogEntry: 'paghiper:boleto.created', status: 'read', count: 3 },
        { catalogEntry: 'paghiper:boleto.created', status: 'skipped', count: 2 },
        { catalogEntry: 'loja:pedido, "especial"', status: 'sent', count: 1 },
      ]),
    );
    // 10, 20, 30 and 40 s after their events (the hour-late reminder and the WhatsApp rows sent at once do not count:
    // the inserted rows have no rule that sends at once).
    expect(report.latency).toEqual({ eventToSentP50Seconds: 25, eventToSentP95Seconds: 38.5, samples: 4 });
    expect(report.whatsapp).toEqual({ sent: 6, delivered: 5, read: 3, failed: 1, deliveryRate: 0.7143, readRate: 0.4286 });
    expect(report.skipped).toEqual([
      { reason: 'no_address', count: 1 },
      { reason: 'invalid_address', count: 0 },
      { reason: 'opted_out', count: 2 },
      { reason: 'recipient_cap', count: 0 },
    ]);
    expect(report.syncSuccess).toEqual([{ integrationId, runs: 4, succeeded: 3, failed: 1, rate: 0.75 }]);
  });

  it('counts what the send queue lists for the account, status by status and channel by channel', async () => {
    const report = (await api(`/v1/notification-reports?accountId=${accountId}&${RANGE}`)).json();
    const listed = (await api(`/v1/notifications?accountId=${accountId}&limit=500`)).json().data as { status: string; channel: string }[];
    const tally = (key: (row: { status: string; channel: string }) => string) => listed.reduce<Record<string, number>>((counts, row) => ({ ...counts, [key(row)]: (counts[key(row)] ?? 0) + 1 }), {});
    expect(Object.fromEntries(Object.entries(report.notifications.byStatus).filter(([, count]) => count !== 0))).toEqual(tally((row) => row.status));
    expect(Object.fromEntries(report.notifications.byChannel.map((row: { channel: string; status: string; count: number }) => [`${row.channel}/${row.status}`, row.count]))).toEqual(
      tally((row) => `${row.channel}/${row.status}`),
    );
    // The ones sent by the worker are in the queue as sent.
    expect(receiver.received).toHaveLength(2);
    expect(mailbox.messages().length).toBeGreaterThanOrEqual(3);
  });

  it('narrows to one integration, and to a range by the account’s days', async () => {
    const byIntegration = (await api(`/v1/notification-reports?integrationId=${integrationId}&${RANGE}`)).json();
    expect(byIntegration.syncSuccess).toEqual([{ integrationId, runs: 4, succeeded: 3, failed: 1, rate: 0.75 }]);
    expect(byIntegration.notifications.byStatus.read).toBe(3);
    const ninth = (await api(`/v1/notification-reports?accountId=${accountId}&from=2026-03-09&to=2026-03-10`)).json();
    expect(ninth.range).toMatchObject({ from: '2026-03-09T03:00:00.000Z', to: '2026-03-10T03:00:00.000Z' });
    expect(ninth.eventsByTypeAndDay).toEqual([
      { day: '2026-03-09', type: 'integration.requested', count: 1 },
      { day: '2026-03-09', type: 'payment.created', count: 1 },
    ]);
    // Its notification was made when the worker read the event, 10 s later: still the 9th in São Paulo.
    expect(ninth.notifications.byStatus.sent).toBe(1);
    expect(ninth.syncSuccess).toEqual([{ integrationId, runs: 0, succeeded: 0, failed: 0, rate: null }]);
    expect(ninth.whatsapp).toMatchObject({ sent: 0, deliveryRate: null, readRate: null });
    // The default: the last 30 days up to now (exclusive: a second later, what was made at the last step is in).
    expect((await api(`/v1/notification-reports?accountId=${accountId}`)).json().notifications.byStatus.read).toBe(0);
    clock.advance(1_000);
    const recent = (await api(`/v1/notification-reports?accountId=${accountId}`)).json();
    expect(recent.range).toMatchObject({ to: clock.now().toISOString(), from: new Date(clock.now().getTime() - 30 * 86_400_000).toISOString() });
    expect(recent.notifications.byStatus.read).toBe(3);
  });

  it('answers CSV a spreadsheet pivots, with every cell escaped and no formula', async () => {
    const response = await api(`/v1/notification-reports?accountId=${accountId}&${RANGE}&format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="notificacoes-${accountId}-2026-03-01-2026-04-01.csv"`);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('section,day,type,channel,status,catalog_entry,reason,integration_id,metric,value');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain('events,2026-03-09,payment.created,,,,,,count,1');
    expect(lines).toContain('notifications_by_status,,,,read,,,,count,3');
    expect(lines).toContain('notifications_by_channel,,,whatsapp,delivered,,,,count,2');
    expect(lines).toContain('latency,,,,,,,,event_to_sent_p95_seconds,38.5');
    expect(lines).toContain('whatsapp,,,whatsapp,,,,,delivery_rate,0.7143');
    expect(lines).toContain('skipped,,,,,,opted_out,,count,2');
    expect(lines).toContain(`sync_success,,,,,,,${integrationId},rate,0.75`);
    expect(lines).toContain('notifications_by_catalog_entry,,,,sent,"loja:pedido, ""especial""",,,count,1');
    expect(lines).toContain(`notifications_by_catalog_entry,,,,skipped,"'=HYPERLINK(""http://evil.example"",""ver"")",,,count,1`);
    expect(lines.every((line) => line === '' || !/(^|,)[=+\-@]/.test(line))).toBe(true);
    expect(lines.slice(1, -1).every((line) => line.match(/("(?:[^"]|"")*"|[^,"]*)(,|$)/g)!.length - 1 === 10)).toBe(true);
  });

  it('refuses bad ranges naming the field, and stores nothing', async () => {
    const cases: [string, number, string, string][] = [
      ['from=2026-03-10&to=2026-03-01', 422, 'query.to', 'notification_report_range_invalid'],
      ['from=2026-03-10&to=2026-03-10', 422, 'query.to', 'notification_report_range_invalid'],
      ['from=2025-01-01&to=2026-03-01', 422, 'query.from', 'notification_report_range_invalid'],
      ['from=2026-04-01', 422, 'query.to', 'notification_report_range_invalid'],
      ['from=yesterday', 400, 'query.from', 'validation_failed'],
      ['to=2026-02-30T25:00:00Z', 400, 'query.to', 'validation_failed'],
      ['format=xlsx', 400, 'query.format', 'validation_failed'],
    ];
    for (const [query, status, field, code] of cases) {
      const response = await api(`/v1/notification-reports?accountId=${accountId}&${query}`);
      expect(response.statusCode, query).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem.code, query).toBe(code);
      expect(problem.field ?? problem.errors?.[0]?.field, query).toBe(field);
    }
    // 366 days is the most.
    expect((await api(`/v1/notification-reports?accountId=${accountId}&from=2025-03-09T12:00:00Z&to=2026-03-10T12:00:00Z`)).statusCode).toBe(200);
    expect((await api(`/v1/notification-reports?integrationId=${otherIntegrationId}&accountId=${accountId}`)).json()).toMatchObject({ field: 'query.integrationId' });
  });

  it('shows customers their own account only', async () => {
    const customer = await ponte.accounts.createUser(cliActor, { email: `c${Math.random()}@loja.example`, name: 'Cliente', role: 'customer', accountId });
    const token = await ponte.tokenFor(customer.id);
    const own = await api(`/v1/notification-reports?${RANGE}`, token);
    expect(own.statusCode).toBe(200);
    expect(own.json().notifications.byStatus.read).toBe(3);
    expect(own.json().syncSuccess.map((row: { integrationId: string }) => row.integrationId)).toEqual([integrationId]);
    const other = await api(`/v1/notification-reports?accountId=${otherAccountId}&${RANGE}`, token);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('account_not_found');
    const otherIntegration = await api(`/v1/notification-reports?integrationId=${otherIntegrationId}&${RANGE}`, token);
    expect(otherIntegration.statusCode).toBe(404);
    expect(otherIntegration.json().code).toBe('integration_not_found');
    const csv = await api(`/v1/notification-reports?${RANGE}&format=csv`, token);
    expect(csv.body).not.toContain(otherIntegrationId);

    // Staff see every account at once without accountId.
    const all = (await api(`/v1/notification-reports?${RANGE}`)).json();
    expect(all.notifications.byStatus.read).toBeGreaterThanOrEqual(4);
    expect(all.syncSuccess.map((row: { integrationId: string }) => row.integrationId)).toEqual(expect.arrayContaining([integrationId, otherIntegrationId]));
  });
});
