import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/modules/events/index.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let mailbox: LocalMailbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let admin: string;
// Starts at the real time: webhook receivers check that a signature's timestamp is recent.
const clock = new ManualClock(new Date());

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  receiver = await startWebhookReceiver();
  // No background workers: each test turns the worker's crank itself, with a clock it moves. One send at a time
  // shows the order of the queue.
  ponte = await startTestPonte({ clock, workers: false, smtpUrl: mailbox.url, notifications: { concurrency: 1 } });
});
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
  await receiver?.close();
});
beforeEach(async () => {
  // Tests move the clock by hours and days: a token of the current time for each.
  admin = await ponte.adminToken();
  mailbox.clear();
  receiver.received.length = 0;
});

const api = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = admin) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function newAccount(): Promise<string> {
  return (await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random().toString(36).slice(2, 8)}` })).id;
}

async function rule(body: Record<string, unknown>): Promise<{ id: string; signingSecret: string | null }> {
  const response = await api('POST', '/v1/notification-rules', { environment: 'sandbox', ...body });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

const payment = (externalId: string, status: string) => ({
  provider: 'paghiper',
  externalId,
  method: 'boleto',
  orderId: `pedido-${externalId}`,
  status,
  amountCents: 123456,
  paidAmountCents: status === 'paid' ? 123456 : null,
  feeCents: null,
  currency: 'BRL',
  dueDate: '2026-11-19',
  createdAt: '2026-11-10T09:00:00-03:00',
  paidAt: status === 'paid' ? '2026-11-20T12:30:00-03:00' : null,
  payer: { name: 'Maria da Silva', email: 'maria@example.com', document: '11144477735' },
});

async function paymentEvent(accountId: string, type: string, externalId: string, status: string, origin: 'live' | 'history' = 'live'): Promise<void> {
  const event: NewEvent = { accountId, integrationId: 'int_test', environment: 'sandbox', type, subjectModel: 'payment', subjectId: externalId, data: { payment: payment(externalId, status) }, origin };
  await ponte.events.append(ponte.database.db, [event]);
}

/** Whether one of the delivery's signatures is this secret's (checked without Standard Webhooks' clock window). */
function signedBy(delivery: { headers: Record<string, unknown>; body: string }, secret: string): boolean {
  const expected = new Webhook(secret).sign(String(delivery.headers['webhook-id']), new Date(Number(delivery.headers['webhook-timestamp']) * 1000), delivery.body);
  return String(delivery.headers['webhook-signature']).split(' ').includes(expected);
}

async function queueOf(accountId: string) {
  const response = await api('GET', `/v1/notifications?accountId=${accountId}`);
  return response.json().data as { id: string; eventType: string; status: string; attempts: number; lastError: string | null; scheduledAt: string; canceledReason: string | null; channel: string }[];
}

describe('notification rules and the send queue', { timeout: 60_000 }, () => {
  it('e-mails a paid charge in pt-BR through SMTP and posts it as a signed Standard Webhook, once each', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['Financeiro@Loja.example'] });
    await rule({ accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['finance@store.example'], locale: 'en' });
    const hook = await rule({ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url });
    expect(hook.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);

    await paymentEvent(accountId, 'payment.paid', 'TX1', 'paid');
    await ponte.notificationWorker.drain();
    // Read again from the start of the log: nothing is made twice.
    await ponte.database.db.execute(sql`update notification_dispatch set cursor = null`);
    await ponte.notificationWorker.drain();

    const portuguese = await mailbox.waitFor((mail) => mail.to.includes('financeiro@loja.example'));
    expect(portuguese.subject).toBe('[Homologação] Pagamento confirmado — R$\u00a01.234,56 (pedido-TX1)');
    expect(portuguese.text).toContain('O pagamento de R$\u00a01.234,56 foi confirmado em 20/11/2026, 12:30.');
    expect(portuguese.text).toContain('Vencimento: 19/11/2026');
    expect(portuguese.headers['x-ponte-event']).toBe('payment.paid');
    const english = await mailbox.waitFor((mail) => mail.to.includes('finance@store.example'));
    expect(english.subject).toBe('[Sandbox] Payment confirmed — R$1,234.56 (pedido-TX1)');
    expect(mailbox.messages()).toHaveLength(2);

    expect(receiver.received).toHaveLength(1);
    const delivery = receiver.received[0]!;
    const verified = new Webhook(hook.signingSecret!).verify(delivery.body, delivery.headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({ type: 'payment.paid', data: { accountId, subject: { model: 'payment', id: 'TX1' }, payment: { status: 'paid', amountCents: 123456 } } });
    expect(() => new Webhook(`whsec_${Buffer.alloc(24).toString('base64')}`).verify(delivery.body, delivery.headers as Record<string, string>)).toThrow();

    const queue = await queueOf(accountId);
    expect(queue).toHaveLength(3);
    expect(queue.every((item) => item.status === 'sent' && item.attempts === 1)).toBe(true);
    expect(delivery.headers['webhook-id']).toBe(queue.find((item) => item.channel === 'webhook')!.id);
    const metrics = (await ponte.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/ponte_notification_deliveries_total\{channel="email",outcome="sent"\} [2-9]/);
  });

  it('keeps the webhook signing secret sealed: not in the rule’s table, nor in any answer after its creation', async () => {
    const accountId = await newAccount();
    const hook = await rule({ accountId, eventType: 'payment.created', channel: 'webhook', webhookUrl: receiver.url });
    const secretPart = hook.signingSecret!.slice('whsec_'.length);
    const everything = await ponte.database.pool.query(`select (r.*)::text as row from notification_rules r union all select (c.*)::text from credentials c`);
    for (const { row } of everything.rows as { row: string }[]) expect(row).not.toContain(secretPart);
    expect((await api('GET', `/v1/notification-rules/${hook.id}`)).body).not.toContain(secretPart);
    expect((await api('GET', `/v1/notification-rules?accountId=${accountId}`)).body).not.toContain(secretPart);
  });

  it('retries a failing endpoint on a growing schedule, and gives up at once on 410 Gone', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.created', channel: 'webhook', webhookUrl: receiver.url });
    receiver.answerNext(500, 503);
    await paymentEvent(accountId, 'payment.created', 'TX2', 'pending');
    await ponte.notificationWorker.drain();
    let [item] = await queueOf(accountId);
    expect(item).toMatchObject({ status: 'scheduled', attempts: 1, lastError: 'The endpoint answered HTTP 500' });
    const firstRetry = Date.parse(item!.scheduledAt) - clock.now().getTime();
    expect(firstRetry).toBeGreaterThanOrEqual(5_000);
    expect(firstRetry).toBeLessThanOrEqual(5_500);

    // Not due yet: nothing goes.
    await ponte.notificationWorker.drain();
    expect(receiver.received).toHaveLength(1);
    clock.advance(6_000);
    await ponte.notificationWorker.drain();
    [item] = await queueOf(accountId);
    expect(item).toMatchObject({ status: 'scheduled', attempts: 2, lastError: 'The endpoint answered HTTP 503' });
    expect(Date.parse(item!.scheduledAt) - clock.now().getTime()).toBeGreaterThanOrEqual(300_000);
    clock.advance(331_000);
    await ponte.notificationWorker.drain();
    [item] = await queueOf(accountId);
    expect(item).toMatchObject({ status: 'sent', attempts: 3 });
    expect(new Set(receiver.received.map((delivery) => delivery.headers['webhook-id']))).toEqual(new Set([item!.id]));

    receiver.answerNext(410);
    await paymentEvent(accountId, 'payment.created', 'TX3', 'pending');
    await ponte.notificationWorker.drain();
    const gone = (await queueOf(accountId)).find((entry) => entry.status !== 'sent');
    expect(gone).toMatchObject({ status: 'failed', attempts: 1, lastError: 'The endpoint answered HTTP 410' });
  });

  it('fails a refused e-mail for good, and an agent’s retry sends it again', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.overdue', channel: 'email', emailTo: ['ninguem@loja.example'] });
    mailbox.refuseNext(550, 'mailbox unavailable');
    await paymentEvent(accountId, 'payment.overdue', 'TX4', 'pending');
    await ponte.notificationWorker.drain();
    const [failed] = await queueOf(accountId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.lastError).toContain('550');

    const retried = await api('POST', `/v1/notifications/${failed!.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'scheduled', attempts: 0 });
    await ponte.notificationWorker.drain();
    expect((await mailbox.waitFor((mail) => mail.to.includes('ninguem@loja.example'))).subject).toContain('Cobrança vencida');
    expect((await queueOf(accountId))[0]).toMatchObject({ status: 'sent', attempts: 1 });

    // A sent one cannot be retried or canceled.
    const again = await api('POST', `/v1/notifications/${failed!.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'notification_state_conflict' });
    const audit = (await api('GET', `/v1/audit-log?targetId=${failed!.id}`)).json().data as { action: string }[];
    expect(audit.map((entry) => entry.action)).toContain('notification.retried');
  });

  it('follows the happy path: paid cancels the overdue reminder still waiting, and goes first', async () => {
    const accountId = await newAccount();
    // A reminder a day after the charge falls overdue, and word of the payment at once.
    await rule({ accountId, eventType: 'payment.overdue', channel: 'webhook', webhookUrl: receiver.url, delaySeconds: 86_400 });
    await rule({ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url });
    await paymentEvent(accountId, 'payment.overdue', 'TX5', 'pending');
    await paymentEvent(accountId, 'payment.overdue', 'TX6', 'pending');
    await ponte.notificationWorker.drain();
    expect(receiver.received).toHaveLength(0);
    expect((await queueOf(accountId)).map((item) => item.status)).toEqual(['scheduled', 'scheduled']);

    clock.advance(3_600_000);
    await paymentEvent(accountId, 'payment.paid', 'TX5', 'paid');
    await ponte.notificationWorker.drain();
    const queue = await queueOf(accountId);
    const reminder5 = queue.find((item) => item.eventType === 'payment.overdue' && item.status === 'canceled');
    expect(reminder5?.canceledReason).toMatch(/^Superseded by payment\.paid \(evt_/);
    expect(queue.filter((item) => item.status === 'scheduled')).toHaveLength(1);
    expect(receiver.received.map((delivery) => JSON.parse(delivery.body).type)).toEqual(['payment.paid']);

    // When both are due at once, the later step goes first.
    clock.advance(86_400_000);
    await paymentEvent(accountId, 'payment.paid', 'TX7', 'paid');
    receiver.received.length = 0;
    await ponte.notificationWorker.drain();
    expect(receiver.received.map((delivery) => JSON.parse(delivery.body).type)).toEqual(['payment.paid', 'payment.overdue']);
  });

  it('lets an agent cancel a waiting notification, and a disabled or deleted rule sends nothing more', async () => {
    const accountId = await newAccount();
    const reminder = await rule({ accountId, eventType: 'payment.overdue', channel: 'email', emailTo: ['a@loja.example'], delaySeconds: 3_600 });
    await paymentEvent(accountId, 'payment.overdue', 'TX8', 'pending');
    await paymentEvent(accountId, 'payment.overdue', 'TX9', 'pending');
    await ponte.notificationWorker.drain();
    const [first, second] = await queueOf(accountId);
    const canceled = await api('POST', `/v1/notifications/${first!.id}/cancel`);
    expect(canceled.json()).toMatchObject({ status: 'canceled', canceledReason: expect.stringMatching(/^Canceled by /) });

    expect((await api('PATCH', `/v1/notification-rules/${reminder.id}`, { enabled: false })).json()).toMatchObject({ enabled: false });
    expect((await api('GET', `/v1/notifications/${second!.id}`)).json()).toMatchObject({ status: 'canceled', canceledReason: 'The rule was disabled' });
    await paymentEvent(accountId, 'payment.overdue', 'TX10', 'pending');
    clock.advance(7_200_000);
    await ponte.notificationWorker.drain();
    expect(await queueOf(accountId)).toHaveLength(2);
    expect(mailbox.messages()).toHaveLength(0);

    expect((await api('DELETE', `/v1/notification-rules/${reminder.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/v1/notification-rules/${reminder.id}`)).statusCode).toBe(404);
  });

  it('sends again, with the same webhook-id, what a worker that died was sending', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.canceled', channel: 'webhook', webhookUrl: receiver.url });
    await paymentEvent(accountId, 'payment.canceled', 'TX12', 'canceled');
    await ponte.notificationWorker.drain();
    const [sent] = await queueOf(accountId);
    // As if the worker had taken it again and died before it could record the outcome.
    await ponte.database.db.execute(sql`update notifications set status = 'sending', lease_until = ${clock.now()}::timestamptz + interval '2 minutes' where id = ${sent!.id}`);
    await ponte.notificationWorker.drain();
    expect(receiver.received).toHaveLength(1);
    clock.advance(121_000);
    await ponte.notificationWorker.drain();
    expect(receiver.received.map((delivery) => delivery.headers['webhook-id'])).toEqual([sent!.id, sent!.id]);
    expect((await queueOf(accountId))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('rotates a webhook secret: both sign during the grace period, then only the new one', async () => {
    const accountId = await newAccount();
    const hook = await rule({ accountId, eventType: 'payment.created', channel: 'webhook', webhookUrl: receiver.url });
    const rotated = await api('POST', `/v1/notification-rules/${hook.id}/rotate-secret`, { graceSeconds: 3_600 });
    expect(rotated.statusCode).toBe(200);
    const { signingSecret, previousSecretValidUntil } = rotated.json();
    expect(signingSecret).toMatch(/^whsec_/);
    expect(signingSecret).not.toBe(hook.signingSecret);
    expect(Date.parse(previousSecretValidUntil) - clock.now().getTime()).toBe(3_600_000);
    expect((await api('GET', `/v1/notification-rules/${hook.id}`)).body).not.toContain(signingSecret.slice(6));

    await paymentEvent(accountId, 'payment.created', 'TX13', 'pending');
    await ponte.notificationWorker.drain();
    expect(signedBy(receiver.received[0]!, signingSecret)).toBe(true);
    expect(signedBy(receiver.received[0]!, hook.signingSecret!)).toBe(true);

    clock.advance(3_601_000);
    await paymentEvent(accountId, 'payment.created', 'TX14', 'pending');
    await ponte.notificationWorker.drain();
    expect(signedBy(receiver.received[1]!, signingSecret)).toBe(true);
    expect(signedBy(receiver.received[1]!, hook.signingSecret!)).toBe(false);

    const mailRule = await rule({ accountId, eventType: 'payment.created', channel: 'email', emailTo: ['a@loja.example'] });
    const refused = await api('POST', `/v1/notification-rules/${mailRule.id}/rotate-secret`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'notification_rule_conflict' });
  });

  it('sends a test message to a rule’s recipients on demand, outside the send queue', async () => {
    const accountId = await newAccount();
    const mailRule = await rule({ accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['teste@loja.example'] });
    expect((await api('POST', `/v1/notification-rules/${mailRule.id}/test`)).json()).toEqual({ delivered: true, error: null });
    expect((await mailbox.waitFor((mail) => mail.to.includes('teste@loja.example'))).subject).toBe('[Homologação] Teste de notificação da Ponte');

    const hook = await rule({ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url });
    receiver.answerNext(500);
    expect((await api('POST', `/v1/notification-rules/${hook.id}/test`)).json()).toEqual({ delivered: false, error: 'The endpoint answered HTTP 500' });
    expect((await api('POST', `/v1/notification-rules/${hook.id}/test`)).json()).toEqual({ delivered: true, error: null });
    const delivery = receiver.received[1]!;
    expect(JSON.parse(delivery.body)).toMatchObject({ type: 'ponte.test', data: { ruleId: hook.id, eventType: 'payment.paid' } });
    expect(signedBy(delivery, hook.signingSecret!)).toBe(true);
    expect(await queueOf(accountId)).toEqual([]);
  });

  it('tells no one of the provider’s past that a backfill finds', async () => {
    const accountId = await newAccount();
    await rule({ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url });
    await paymentEvent(accountId, 'payment.paid', 'TX15', 'paid', 'history');
    await paymentEvent(accountId, 'payment.paid', 'TX16', 'paid');
    await ponte.notificationWorker.drain();
    expect((await queueOf(accountId)).map((item) => item.eventType)).toEqual(['payment.paid']);
    expect(receiver.received.map((delivery) => JSON.parse(delivery.body).data.subject.id)).toEqual(['TX16']);
  });

  it('says nothing of events that happened before the rule existed', async () => {
    const accountId = await newAccount();
    await paymentEvent(accountId, 'payment.paid', 'TX11', 'paid');
    clock.advance(1_000);
    await rule({ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url });
    await ponte.notificationWorker.drain();
    expect(await queueOf(accountId)).toHaveLength(0);
  });

  it('refuses bad rules naming the field, and lets only admins write them', async () => {
    const accountId = await newAccount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ accountId, eventType: 'payment.teleported', channel: 'email', emailTo: ['a@b.example'] }, 'body.eventType', 'payment.paid'],
      [{ accountId, eventType: 'payment.paid', channel: 'email' }, 'body.emailTo', 'required'],
      [{ accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['not-an-address'] }, 'body.emailTo.0', ''],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', emailTo: ['a@b.example'] }, 'body.emailTo', 'webhookUrl'],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: 'ftp://x.example/hook' }, 'body.webhookUrl', ''],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: 'http://x.example/hook', environment: 'production' }, 'body.webhookUrl', 'https'],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: 'https://127.0.0.1/hook', environment: 'production' }, 'body.webhookUrl', 'public'],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: 'https://localhost:8443/hook', environment: 'production' }, 'body.webhookUrl', 'public'],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: 'https://[::1]/hook', environment: 'production' }, 'body.webhookUrl', 'public'],
      [{ accountId, eventType: 'payment.paid', channel: 'webhook', webhookUrl: 'https://169.254.169.254/latest', environment: 'production' }, 'body.webhookUrl', 'public'],
      [{ accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['a@b.example'], delaySeconds: -1 }, 'body.delaySeconds', ''],
      [{ accountId: 'acc_nobody', eventType: 'payment.paid', channel: 'email', emailTo: ['a@b.example'] }, 'body.accountId', ''],
      [{ accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['a@b.example'], integrationId: 'int_nobody' }, 'body.integrationId', ''],
    ];
    for (const [body, field, detail] of cases) {
      const response = await api('POST', '/v1/notification-rules', { environment: 'sandbox', ...body });
      expect(response.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem.field ?? problem.errors?.[0]?.field, JSON.stringify(problem)).toBe(field);
      expect(problem.detail ?? '').toContain(detail);
    }
    expect((await api('GET', `/v1/notification-rules?accountId=${accountId}`)).json().data).toEqual([]);

    const customer = await ponte.accounts.createUser(cliActor, { email: `c${Math.random()}@loja.example`, name: 'Cliente', role: 'customer', accountId });
    const token = await ponte.tokenFor(customer.id);
    const refused = await api('POST', '/v1/notification-rules', { accountId, eventType: 'payment.paid', channel: 'email', emailTo: ['a@b.example'] }, token);
    expect(refused.statusCode).toBe(403);
    // Customers read their own account's rules and queue, and nobody else's.
    const other = await newAccount();
    await rule({ accountId: other, eventType: 'payment.paid', channel: 'email', emailTo: ['x@y.example'] });
    expect((await api('GET', `/v1/notification-rules?accountId=${other}`, undefined, token)).json().data).toEqual([]);
  });
});
