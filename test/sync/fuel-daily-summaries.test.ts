import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTicketLogSandbox, TICKET_LOG_PREFIX } from '../../src/connectors/ticket-log/sandbox/app.ts';
import { addDays, instantOf, saoPauloDate } from '../../src/platform/calendar/sao-paulo.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

/*
 * The fuel cards' daily summary per vehicle, through a real Ponte and the Ticket Log sandbox over HTTP, on a clock the
 * test moves: the sync's daily job appends one `fuel_transaction.daily_summary` per vehicle that bought fuel on the
 * day the digest closes (07:00 tells of the day before), once; the catalog's entry, turned on with one call, e-mails
 * each summary to the account's contact.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Today in São Paulo, 10:00: a day of the sandbox's and Ponte's shared clock.
const day = saoPauloDate(new Date());
const clock = new ManualClock(instantOf(`${day}T10:00:00`));
let sandbox: FastifyInstance;
let sandboxUrl: string;
let ponte: TestPonte;
let mailbox: LocalMailbox;
let admin: string;

beforeAll(async () => {
  // Only the sales the test adds: no generated history, none per day.
  sandbox = await buildTicketLogSandbox({ seed: 11, now: () => clock.now(), transactionsPerDay: 0, historyDays: 0 });
  sandboxUrl = await sandbox.listen({ host: '127.0.0.1', port: 0 });
  mailbox = await startLocalMailbox();
  // No background workers: the test runs the daily job, the polls and the notification worker itself, at the clock's time.
  ponte = await startTestPonte({ clock, workers: false, sandboxUrls: { 'ticket-log': `${sandboxUrl}${TICKET_LOG_PREFIX}` }, smtpUrl: mailbox.url });
}, 60_000);
afterAll(async () => {
  await ponte?.dispose();
  await sandbox?.close();
  await mailbox?.close();
});

const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const response = await ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Json, text: response.body };
};

async function control(path: string, body?: object): Promise<Json> {
  const response = await fetch(`${sandboxUrl}${path}`, { method: 'POST', ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as Json;
}

/** Moves the shared clock to a São Paulo local time; tokens last 12 hours of it, so a fresh one. */
async function at(localDateTime: string): Promise<void> {
  clock.set(instantOf(localDateTime));
  admin = await ponte.adminToken();
}

const sale = (dataTransacao: string, placa: string, litros: number, valorTransacao: number, status: 'approved' | 'pending' | 'canceled' = 'approved') => ({ dataTransacao, placa, litros, valorTransacao, status });

const summaries = async (integrationId: string) => {
  await ponte.eventsReadable();
  const page = await api('GET', `/v1/events?integrationId=${integrationId}&type=fuel_transaction.daily_summary&limit=100`);
  expect(page.status, page.text).toBe(200);
  return page.body.data as Json[];
};

describe('daily summaries of fuel purchases per vehicle', { timeout: 120_000 }, () => {
  it('appends one summary per vehicle for the day the digest closes, once, and e-mails it to the account’s contact', async () => {
    admin = await ponte.adminToken();
    const credentials = await control('/_control/credentials');
    const account = await api('POST', '/v1/accounts', { name: 'Transportes Rio Claro', contactEmail: 'frota@rioclaro.example' });
    expect(account.status, account.text).toBe(201);
    const accountId = account.body.id as string;
    const integration = await api('POST', '/v1/integrations', {
      accountId,
      connector: 'ticket-log',
      environment: 'sandbox',
      config: { clientCode: credentials.codigoCliente, retroactiveMonths: 1 },
      credentials: { username: credentials.username, password: credentials.password },
    });
    expect(integration.status, integration.text).toBe(201);
    const integrationId = integration.body.id as string;
    expect((await api('POST', `/v1/integrations/${integrationId}/approve`, {})).body.state).toBe('active');

    const yesterday = addDays(day, -1);
    await control('/_control/transactions', {
      codigoCliente: credentials.codigoCliente,
      transactions: [
        // Before Ponte knew the integration: never summarised.
        sale(`${yesterday}T15:00:00`, 'OLD1A23', 40, 240),
        sale(`${day}T06:10:00`, 'RIO2A18', 152.37, 912.7),
        sale(`${day}T08:45:00`, 'RIO2A18', 100.5, 601.99),
        // Canceled: not spent.
        sale(`${day}T09:00:00`, 'RIO2A18', 80, 479.2, 'canceled'),
        sale(`${day}T09:30:00`, 'ABC1D23', 45.25, 271.05),
      ],
    });
    // The sync reads yesterday and today; the hourly job first marks where the integration's summaries start.
    expect(await ponte.sync.engine.poll(integrationId)).toMatchObject({ status: 'succeeded' });
    expect(await ponte.sync.summariseDays()).toBe(0);

    // The contact is told of each vehicle's day: the catalog's entry turned on in one call.
    const activation = await api('POST', '/v1/connectors/ticket-log/notifications/activate', { accountId, environment: 'sandbox', integrationId, entries: ['daily_summary'] });
    expect(activation.status, activation.text).toBe(201);
    expect(activation.body.skipped).toEqual([]);
    expect(activation.body.rules).toEqual([expect.objectContaining({ eventType: 'fuel_transaction.daily_summary', channel: 'email', recipient: 'account_contact', catalogEntry: 'ticket-log:daily_summary' })]);

    // In the evening and at night more fuel, some of it after midnight, which is the next day's.
    await at(`${day}T22:00:00`);
    await control('/_control/transactions', { codigoCliente: credentials.codigoCliente, transactions: [sale(`${day}T21:15:00`, 'ABC1D23', 30, 180.3)] });
    expect(await ponte.sync.summariseDays()).toBe(0);
    await at(`${addDays(day, 1)}T06:30:00`);
    await control('/_control/transactions', { codigoCliente: credentials.codigoCliente, transactions: [sale(`${addDays(day, 1)}T05:50:00`, 'RIO2A18', 60, 359.4)] });
    expect(await ponte.sync.engine.poll(integrationId)).toMatchObject({ status: 'succeeded' });
    // Not yet 07:00: the day is not closed.
    expect(await ponte.sync.summariseDays()).toBe(0);

    await at(`${addDays(day, 1)}T07:00:00`);
    expect(await ponte.sync.summariseDays()).toBe(2);
    // Again, as a retried or second job would: nothing new.
    expect(await ponte.sync.summariseDays()).toBe(0);
    await at(`${addDays(day, 1)}T08:00:00`);
    expect(await ponte.sync.summariseDays()).toBe(0);

    const events = await summaries(integrationId);
    expect(events.map((event) => ({ subject: event.subject, origin: event.origin, summary: event.data.summary })).sort((a, b) => a.summary.vehiclePlate.localeCompare(b.summary.vehiclePlate))).toEqual([
      { subject: { model: 'fuel_transaction_summary', id: `ABC1D23:${day}` }, origin: 'live', summary: { date: day, vehiclePlate: 'ABC1D23', transactions: 2, liters: 75.25, totalAmount: 451.35 } },
      { subject: { model: 'fuel_transaction_summary', id: `RIO2A18:${day}` }, origin: 'live', summary: { date: day, vehiclePlate: 'RIO2A18', transactions: 2, liters: 252.87, totalAmount: 1514.69 } },
    ]);

    await ponte.notificationWorker.drain();
    const [year, month, date] = day.split('-');
    const local = `${date}/${month}/${year}`;
    const rio = await mailbox.waitFor((mail) => mail.to.includes('frota@rioclaro.example') && mail.subject.includes('RIO2A18'));
    expect(rio.subject).toMatch(new RegExp(`^\\[Homologação\\] Resumo de ${local}: RIO2A18 — R\\$\\s1\\.514,69$`));
    expect(rio.text).toContain('Abastecimentos: 2');
    expect(rio.text).toContain('Litros: 252,87 L');
    const abc = await mailbox.waitFor((mail) => mail.to.includes('frota@rioclaro.example') && mail.subject.includes('ABC1D23'));
    expect(abc.subject).toMatch(/R\$\s451,35$/);
    expect(mailbox.messages().filter((mail) => mail.to.includes('frota@rioclaro.example'))).toHaveLength(2);

    // The next morning tells of the day after, which had one purchase.
    await at(`${addDays(day, 2)}T07:00:00`);
    expect(await ponte.sync.engine.poll(integrationId)).toMatchObject({ status: 'succeeded' });
    expect(await ponte.sync.summariseDays()).toBe(1);
    const next = (await summaries(integrationId)).find((event) => event.data.summary.date === addDays(day, 1));
    expect(next?.data.summary).toEqual({ date: addDays(day, 1), vehiclePlate: 'RIO2A18', transactions: 1, liters: 60, totalAmount: 359.4 });

    // Paused while a day closes: that day is done without a summary, and stays so once resumed.
    await control('/_control/transactions', { codigoCliente: credentials.codigoCliente, transactions: [sale(`${addDays(day, 2)}T06:00:00`, 'ABC1D23', 20, 120)] });
    expect(await ponte.sync.engine.poll(integrationId)).toMatchObject({ status: 'succeeded' });
    expect((await api('POST', `/v1/integrations/${integrationId}/pause`, {})).body.state).toBe('paused');
    await at(`${addDays(day, 3)}T07:00:00`);
    expect(await ponte.sync.summariseDays()).toBe(0);
    expect((await api('POST', `/v1/integrations/${integrationId}/resume`, {})).body.state).toBe('active');
    expect(await ponte.sync.summariseDays()).toBe(0);
    expect((await summaries(integrationId)).map((event) => event.data.summary.date).sort()).toEqual([day, day, addDays(day, 1)]);
  });

  it('refuses a rule that follows the daily summary entry with another event type', async () => {
    admin = await ponte.adminToken();
    const account = await api('POST', '/v1/accounts', { name: 'Frota Errada', contactEmail: 'frota@errada.example' });
    const rule = await api('POST', '/v1/notification-rules', { accountId: account.body.id, environment: 'sandbox', eventType: 'fuel_transaction.created', channel: 'email', recipient: 'account_contact', catalogEntry: 'ticket-log:daily_summary' });
    expect(rule.status, rule.text).toBe(400);
    expect(rule.body).toMatchObject({ field: 'body.eventType' });
    expect(rule.body.detail).toContain('fuel_transaction.daily_summary');
    const right = await api('POST', '/v1/notification-rules', { accountId: account.body.id, environment: 'sandbox', eventType: 'fuel_transaction.daily_summary', channel: 'email', recipient: 'account_contact', catalogEntry: 'ticket-log:daily_summary' });
    expect(right.status, right.text).toBe(201);
  });
});
