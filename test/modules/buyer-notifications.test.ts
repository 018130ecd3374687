import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/modules/events/index.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let mailbox: LocalMailbox;
let admin: string;
// Monday 16 November 2026, 09:00 in São Paulo (UTC−3).
const clock = new ManualClock('2026-11-16T12:00:00.000Z');

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  ponte = await startTestPonte({ clock, workers: false, smtpUrl: mailbox.url, notifications: { concurrency: 1 } });
});
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
});
beforeEach(async () => {
  clock.set('2026-11-16T12:00:00.000Z');
  admin = await ponte.adminToken();
  mailbox.clear();
});

const api = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });

/** Moves the clock, with a token of the new time (tokens last 12 hours). */
async function at(instant: string): Promise<void> {
  clock.set(instant);
  admin = await ponte.adminToken();
}

const newAccount = async () => (await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random().toString(36).slice(2, 8)}`, contactEmail: 'dono@loja.example' })).id;

async function rule(body: Record<string, unknown>): Promise<{ id: string }> {
  const response = await api('POST', '/v1/notification-rules', { environment: 'sandbox', ...body });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

interface Payer {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

const payment = (externalId: string, status: string, dueDate: string, payer: Payer) => ({
  provider: 'paghiper',
  externalId,
  method: 'boleto',
  orderId: `pedido-${externalId}`,
  status,
  amountCents: 4990,
  paidAmountCents: status === 'paid' ? 4990 : null,
  feeCents: null,
  currency: 'BRL',
  dueDate,
  createdAt: '2026-11-16T09:00:00-03:00',
  paidAt: null,
  payer: { name: 'Maria da Silva', email: 'maria@example.com', document: '11144477735', phone: null, ...payer },
  boletoUrl: `https://www.paghiper.com/checkout/boleto/${externalId}`,
  digitableLine: '34191.76304 00000.000000 00000.000000 1 00000000004990',
  pixCode: null,
  pixUrl: null,
});

async function paymentEvent(accountId: string, type: string, externalId: string, status: string, options: { dueDate?: string; payer?: Payer } = {}) {
  const event: NewEvent = {
    accountId,
    integrationId: 'int_buyers',
    environment: 'sandbox',
    type,
    subjectModel: 'payment',
    subjectId: externalId,
    data: { payment: payment(externalId, status, options.dueDate ?? '2026-11-19', options.payer ?? {}) },
    origin: 'live',
  };
  await ponte.events.append(ponte.database.db, [event]);
}

interface Queued {
  id: string;
  eventType: string;
  status: string;
  recipient: string | null;
  skipReason: string | null;
  lastError: string | null;
  scheduledAt: string;
  canceledReason: string | null;
}

const queueOf = async (accountId: string) => {
  const response = await api('GET', `/v1/notifications?accountId=${accountId}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json().data as Queued[];
};

describe('notifications to the people a record concerns', { timeout: 60_000 }, () => {
  it('e-mails the payer named in the record, and skips with a visible reason a record without a usable address', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.created', channel: 'email', recipient: 'record' });
    await paymentEvent(accountId, 'payment.created', 'BUYER1', 'pending', { payer: { email: ' Maria@Example.com ' } });
    await paymentEvent(accountId, 'payment.created', 'BUYER2', 'pending', { payer: { email: null } });
    await paymentEvent(accountId, 'payment.created', 'BUYER3', 'pending', { payer: { email: 'not an address' } });
    await ponte.notificationWorker.drain();

    const mail = await mailbox.waitFor((message) => message.to.includes('maria@example.com'));
    expect(mail.subject).toContain('Nova cobrança');
    expect(mailbox.messages()).toHaveLength(1);
    const queue = await queueOf(accountId);
    expect(queue.find((item) => item.status === 'sent')).toMatchObject({ recipient: 'maria@example.com', skipReason: null });
    const skipped = queue.filter((item) => item.status === 'skipped');
    expect(skipped.map((item) => item.skipReason).sort()).toEqual(['invalid_address', 'no_address']);
    expect(skipped.find((item) => item.skipReason === 'no_address')!.lastError).toContain('payment.payer.email');
    // The reason names the field, never the bad address itself.
    expect(JSON.stringify(skipped)).not.toContain('not an address');
  });

  it('gives a buyer’s e-mail a one-click unsubscribe (RFC 8058); once used, the buyer gets nothing more', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.created', channel: 'email', recipient: 'record' });
    await rule({ accountId, eventType: 'payment.created', channel: 'email', emailTo: ['financeiro@loja.example'] });
    await paymentEvent(accountId, 'payment.created', 'OPT1', 'pending');
    await ponte.notificationWorker.drain();
    const mail = await mailbox.waitFor((message) => message.to.includes('maria@example.com'));
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const link = /<(https?:\/\/[^>]+)>/.exec(String(mail.headers['list-unsubscribe']))![1]!;
    expect(link).not.toContain('maria');
    // Staff on a fixed list change the rule instead: no unsubscribe header for them.
    const staff = await mailbox.waitFor((message) => message.to.includes('financeiro@loja.example'));
    expect(staff.headers['list-unsubscribe']).toBeUndefined();

    const unsubscribe = await ponte.app.inject({ method: 'POST', url: new URL(link).pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(unsubscribe.statusCode).toBe(200);
    mailbox.clear();
    await paymentEvent(accountId, 'payment.created', 'OPT2', 'pending');
    await ponte.notificationWorker.drain();
    const queue = await queueOf(accountId);
    expect(queue.filter((item) => item.status === 'skipped').map((item) => item.skipReason)).toEqual(['opted_out']);
    expect(mailbox.messages().map((message) => message.to)).toEqual([['financeiro@loja.example']]);
  });

  it('plans a reminder two days before the due date at 09:00, re-plans it when the due date moves, and the payment cancels it', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.due_date', channel: 'email', recipient: 'record', timing: { daysFromDueDate: -2, at: '09:00' } });
    await paymentEvent(accountId, 'payment.created', 'DUE1', 'pending', { dueDate: '2026-11-20' });
    await ponte.notificationWorker.drain();
    let [reminder] = await queueOf(accountId);
    expect(reminder).toMatchObject({ eventType: 'payment.due_date', status: 'scheduled', scheduledAt: '2026-11-18T12:00:00.000Z', recipient: 'maria@example.com' });

    // The store moved the due date: the same reminder moves with it, nothing is added.
    await paymentEvent(accountId, 'payment.updated', 'DUE1', 'pending', { dueDate: '2026-11-21' });
    await ponte.notificationWorker.drain();
    const queue = await queueOf(accountId);
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ id: reminder!.id, status: 'scheduled', scheduledAt: '2026-11-19T12:00:00.000Z' });

    // Moved to tomorrow, "in two days" no longer applies: canceled; moved out again, it comes back.
    await paymentEvent(accountId, 'payment.updated', 'DUE1', 'pending', { dueDate: '2026-11-17' });
    await ponte.notificationWorker.drain();
    expect((await queueOf(accountId))[0]).toMatchObject({ id: reminder!.id, status: 'canceled', canceledReason: expect.stringContaining('due date changed') });
    await paymentEvent(accountId, 'payment.updated', 'DUE1', 'pending', { dueDate: '2026-11-21' });
    await ponte.notificationWorker.drain();
    expect((await queueOf(accountId))[0]).toMatchObject({ id: reminder!.id, status: 'scheduled', scheduledAt: '2026-11-19T12:00:00.000Z', canceledReason: null });

    // Paid the day before the reminder: it is canceled, never sent.
    await at('2026-11-18T15:00:00.000Z');
    await paymentEvent(accountId, 'payment.paid', 'DUE1', 'paid', { dueDate: '2026-11-21' });
    await at('2026-11-19T12:00:01.000Z');
    await ponte.notificationWorker.drain();
    [reminder] = await queueOf(accountId);
    expect(reminder).toMatchObject({ status: 'canceled' });
    expect(reminder!.canceledReason).toContain('payment.paid');
    expect(mailbox.messages()).toHaveLength(0);

    // A charge made due tomorrow gets no "due in two days".
    await paymentEvent(accountId, 'payment.created', 'DUE2', 'pending', { dueDate: '2026-11-20' });
    await ponte.notificationWorker.drain();
    expect(await queueOf(accountId)).toHaveLength(1);
  });

  it('holds a reminder that falls in quiet hours until they end, never drops it, and keeps to the daily cap', async () => {
    const accountId = await newAccount();
    const settings = await api('PUT', `/v1/accounts/${accountId}/notification-settings`, { quietChannels: ['email', 'whatsapp'], dailyCaps: { email: 1 } });
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toMatchObject({ quietHours: { start: '21:00', end: '08:00' }, timeZone: 'America/Sao_Paulo', dailyCaps: { email: 1, whatsapp: 3 } });
    await rule({ accountId, eventType: 'payment.due_date', channel: 'email', recipient: 'record', timing: { daysFromDueDate: -1, at: '23:00' } });
    await paymentEvent(accountId, 'payment.created', 'QUIET1', 'pending', { dueDate: '2026-11-19' });
    await ponte.notificationWorker.drain();
    // 23:00 on the 18th in São Paulo is inside 21:00–08:00: planned for 08:00 on the 19th.
    expect((await queueOf(accountId))[0]).toMatchObject({ status: 'scheduled', scheduledAt: '2026-11-19T11:00:00.000Z' });

    // A retry or a late worker inside quiet hours puts it back to their end, with its attempt given back.
    await ponte.database.db.execute(`update notifications set scheduled_at = '2026-11-19T02:00:00Z' where account_id = '${accountId}'`);
    await at('2026-11-19T02:30:00.000Z');
    await ponte.notificationWorker.drain();
    expect(mailbox.messages()).toHaveLength(0);
    expect((await queueOf(accountId))[0]).toMatchObject({ status: 'scheduled', scheduledAt: '2026-11-19T11:00:00.000Z' });

    await at('2026-11-19T11:00:00.000Z');
    await ponte.notificationWorker.drain();
    await mailbox.waitFor((message) => message.to.includes('maria@example.com'));

    // The same buyer again that day: over the account's cap of one e-mail a day, skipped with that reason.
    await rule({ accountId, eventType: 'payment.created', channel: 'email', recipient: 'record' });
    await paymentEvent(accountId, 'payment.created', 'QUIET2', 'pending', { dueDate: '2026-11-30' });
    await ponte.notificationWorker.drain();
    const capped = (await queueOf(accountId)).find((item) => item.eventType === 'payment.created');
    expect(capped).toMatchObject({ status: 'skipped', skipReason: 'recipient_cap' });
    expect(mailbox.messages()).toHaveLength(1);
  });

  it('turns a connector’s catalog on once when two admins ask at the same moment: one rule and one template per entry and channel', async () => {
    const accountId = await newAccount();
    const activate = () => api('POST', '/v1/connectors/paghiper/notifications/activate', { accountId, environment: 'sandbox' });
    const answers = await Promise.all([activate(), activate()]);
    expect(answers.map((answer) => answer.statusCode), answers.map((answer) => answer.body).join('\n')).toEqual([201, 201]);
    const [first, second] = answers.map((answer) => answer.json() as { rules: { catalogEntry: string; channel: string }[]; templates: unknown[]; skipped: { reason: string }[] });
    // One of them turned everything on; the other found it on.
    const [winner, loser] = first!.rules.length > 0 ? [first!, second!] : [second!, first!];
    expect(winner.rules.length).toBeGreaterThan(10);
    expect(loser.rules).toEqual([]);
    expect(loser.templates).toEqual([]);
    expect(loser.skipped.filter((item) => item.reason === 'already on')).toHaveLength(winner.rules.length);

    const rules = (await api('GET', `/v1/notification-rules?accountId=${accountId}`)).json().data as { catalogEntry: string; channel: string }[];
    expect(rules).toHaveLength(winner.rules.length);
    expect(new Set(rules.map((rule) => `${rule.catalogEntry}|${rule.channel}`)).size).toBe(rules.length);
    const templates = (await api('GET', `/v1/notification-templates?accountId=${accountId}`)).json().data as unknown[];
    expect(templates).toHaveLength(winner.templates.length);
  });

  it('refuses rules the record cannot serve, naming the field, and saves nothing', async () => {
    const accountId = await newAccount();
    const cases: [Record<string, unknown>, string][] = [
      [{ eventType: 'payment.created', channel: 'whatsapp', phoneTo: ['+55 11 98765-4321', '12345'] }, 'phoneTo.1'],
      [{ eventType: 'fuel_transaction.created', channel: 'email', recipient: 'record' }, 'recipient'],
      [{ eventType: 'payment.created', channel: 'whatsapp', recipient: 'account_contact' }, 'recipient'],
      [{ eventType: 'payment.created', channel: 'webhook', recipient: 'record', webhookUrl: 'https://erp.example/hook' }, 'recipient'],
      [{ eventType: 'payment.created', channel: 'email', recipient: 'record', timing: { daysFromDueDate: -2, at: '09:00' } }, 'timing'],
      [{ eventType: 'payment.due_date', channel: 'email', recipient: 'record' }, 'timing'],
      [{ eventType: 'payment.due_date', channel: 'email', recipient: 'record', timing: { daysFromDueDate: -2, at: '25:00' } }, 'body.timing.at'],
      [{ eventType: 'payment.created', channel: 'email', recipient: 'record', emailTo: ['x@example.com'] }, 'emailTo'],
    ];
    for (const [body, field] of cases) {
      const response = await api('POST', '/v1/notification-rules', { environment: 'sandbox', accountId, ...body });
      expect(response.statusCode, `${JSON.stringify(body)} ${response.body}`).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.json())).toContain(field);
    }
    expect((await api('GET', `/v1/notification-rules?accountId=${accountId}`)).json().data).toHaveLength(0);

    // A test send of a rule to each record's person has nobody to go to: it says so, and sends nothing.
    const toBuyers = await rule({ accountId, eventType: 'payment.created', channel: 'email', recipient: 'record' });
    const tested = await api('POST', `/v1/notification-rules/${toBuyers.id}/test`);
    expect(tested.json()).toMatchObject({ delivered: false, error: expect.stringContaining('preview its template') });
    expect(mailbox.messages()).toHaveLength(0);

    const fixed = await rule({ accountId, eventType: 'payment.created', channel: 'whatsapp', phoneTo: ['(11) 98765-4321'] });
    expect((await api('GET', `/v1/notification-rules/${fixed.id}`)).json()).toMatchObject({ recipient: 'fixed', phoneTo: ['+5511987654321'] });
  });
});
