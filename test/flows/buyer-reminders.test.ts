import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/modules/events/index.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

/**
 * The reminder story on an injected clock, with the WhatsApp sandbox over HTTP: a boleto due in 3 days with
 * the boleto catalog on by WhatsApp. The buyer gets "created" at once and "due in 2 days" at its planned 09:00; a
 * failure WhatsApp reports afterwards is retried on the schedule; paid the day before its due date, the buyer gets
 * "paid" and neither "due today" nor "overdue"; a buyer who answered SAIR gets nothing more.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const appSecret = `app-secret-${randomBytes(12).toString('hex')}`;
const verifyToken = `verify-${randomBytes(12).toString('hex')}`;
// Monday 16 November 2026, 09:00 in São Paulo.
const clock = new ManualClock('2026-11-16T12:00:00.000Z');

let ponte: TestPonte;
let admin: string;
let accountId: string;
let integrationId: string;

beforeAll(async () => {
  ponte = await startTestPonte({ clock, workers: false, sandboxes: true });
  const address = await ponte.listen();
  admin = await ponte.adminToken();
  accountId = (await api('POST', '/v1/accounts', { name: 'Loja da Bia' })).body.id;
  const sender = await api('PUT', `/v1/accounts/${accountId}/whatsapp-senders/sandbox`, { phoneNumberId: '109876543210001', businessAccountId: '209876543210001', accessToken: 'EAAsandbox0000whatsapp0000token', appSecret, verifyToken });
  expect(sender.status, JSON.stringify(sender.body)).toBe(200);
  await graph('PUT', '/_control/webhook', { url: `${address}/v1/whatsapp/webhooks/${sender.body.id}`, appSecret, verifyToken });
  const credentials = (await (await fetch(`${ponte.sandboxes.paghiper!.baseUrl}/_control/credentials`, { method: 'POST' })).json()) as Json;
  const integration = await api('POST', '/v1/integrations', { accountId, connector: 'paghiper', environment: 'sandbox', config: { retroactiveMonths: 0 }, credentials: { apiKey: credentials.apiKey, token: credentials.token } });
  expect(integration.status, JSON.stringify(integration.body)).toBe(201);
  integrationId = integration.body.id;
  const activation = await api('POST', '/v1/connectors/paghiper/notifications/activate', { accountId, environment: 'sandbox', integrationId, channels: ['whatsapp'] });
  expect(activation.status, JSON.stringify(activation.body)).toBe(201);
}, 120_000);
afterAll(async () => {
  await ponte?.dispose();
});

async function api(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const response = await ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Json };
}

async function graph(method: 'GET' | 'POST' | 'PUT', path: string, body?: object): Promise<Json> {
  const response = await fetch(`${ponte.sandboxes['whatsapp-cloud']!.baseUrl}${path}`, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  return (await response.json()) as Json;
}

async function at(instant: string): Promise<void> {
  clock.set(instant);
  admin = await ponte.adminToken();
}

async function paymentEvent(type: string, externalId: string, status: string, phone: string) {
  const payment = {
    provider: 'paghiper',
    externalId,
    method: 'boleto',
    orderId: `pedido-${externalId}`,
    status,
    amountCents: 12990,
    paidAmountCents: status === 'paid' ? 12990 : null,
    feeCents: null,
    currency: 'BRL',
    dueDate: '2026-11-19',
    createdAt: '2026-11-16T09:00:00-03:00',
    paidAt: status === 'paid' ? clock.now().toISOString() : null,
    payer: { name: 'Beatriz Souza', email: null, document: '11144477735', phone },
    boletoUrl: `https://www.paghiper.com/checkout/boleto/${externalId}`,
    digitableLine: '34191.76304 00000.000000 00000.000000 1 00000000012990',
    pixCode: null,
    pixUrl: null,
  };
  const event: NewEvent = { accountId, integrationId, environment: 'sandbox', type, subjectModel: 'payment', subjectId: externalId, data: { payment }, origin: 'live' };
  await ponte.events.append(ponte.database.db, [event]);
  await ponte.notificationWorker.drain();
}

const messagesTo = async (digits: string) => ((await graph('GET', `/_control/messages?to=${digits}`)).messages ?? []) as { id: string; template: { name: string; parameters: { body: string[] } } }[];
const templatesTo = async (digits: string) => (await messagesTo(digits)).map((message) => message.template.name);
const queue = async () => (await api('GET', `/v1/notifications?accountId=${accountId}&limit=500`)).body.data as Json[];

describe('a boleto’s WhatsApp reminders on the clock', { timeout: 120_000 }, () => {
  it('sends created at once and due-in-2-days at 09:00, retries a reported failure, and after payment neither due today nor overdue', async () => {
    await paymentEvent('payment.created', 'REMIND1', 'pending', '+55 11 98888-0001');
    expect(await templatesTo('5511988880001')).toEqual(['boleto_criado']);
    const planned = (await queue()).filter((item) => item.status === 'scheduled').map((item) => [item.catalogEntry, item.scheduledAt]);
    expect(planned.sort()).toEqual([
      ['paghiper:boleto.due_soon', '2026-11-17T12:00:00.000Z'],
      ['paghiper:boleto.due_today', '2026-11-19T12:00:00.000Z'],
    ]);

    // A minute early: nothing. At 09:00 two days before: the reminder, with the buyer's name and the amount.
    await at('2026-11-17T11:59:00.000Z');
    await ponte.notificationWorker.drain();
    expect(await templatesTo('5511988880001')).toEqual(['boleto_criado']);
    await at('2026-11-17T12:00:00.000Z');
    await ponte.notificationWorker.drain();
    const reminders = (await messagesTo('5511988880001')).filter((message) => message.template.name === 'boleto_vencendo');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.template.parameters.body).toEqual(['Beatriz Souza', 'R$\u00a0129,90']);

    // WhatsApp reports it failed for a temporary reason: the attempt is retried on the schedule, and goes again.
    await graph('POST', '/_control/statuses', { statuses: [{ messageId: reminders[0]!.id, status: 'failed', errors: [{ code: 131000 }] }] });
    await waitFor(async () => (await queue()).some((item) => item.catalogEntry === 'paghiper:boleto.due_soon' && item.status === 'scheduled' && item.lastError?.includes('131000')));
    await at('2026-11-17T12:10:00.000Z');
    await ponte.notificationWorker.drain();
    expect((await messagesTo('5511988880001')).filter((message) => message.template.name === 'boleto_vencendo')).toHaveLength(2);
    expect((await queue()).find((item) => item.catalogEntry === 'paghiper:boleto.due_soon')).toMatchObject({ status: 'sent', attempts: 2 });

    // Paid the day before its due date: "paid" at once; "due today" canceled; nothing more after the due date.
    await at('2026-11-18T15:00:00.000Z');
    await paymentEvent('payment.paid', 'REMIND1', 'paid', '+55 11 98888-0001');
    await at('2026-11-20T12:00:00.000Z');
    await ponte.notificationWorker.drain();
    expect(await templatesTo('5511988880001')).toEqual(['boleto_criado', 'boleto_vencendo', 'boleto_vencendo', 'pagamento_confirmado']);
    expect((await queue()).find((item) => item.catalogEntry === 'paghiper:boleto.due_today')).toMatchObject({ status: 'canceled' });
  });

  it('holds a message due in quiet hours until 08:00, and sends nothing more to a buyer who answered SAIR', async () => {
    // 23:30 in São Paulo: "created" waits for 08:00.
    await at('2026-11-21T02:30:00.000Z');
    await paymentEvent('payment.created', 'NIGHT1', 'pending', '(21) 97777-0002');
    expect(await templatesTo('5521977770002')).toEqual([]);
    expect((await queue()).find((item) => item.recipient === '+5521977770002' && item.catalogEntry === 'paghiper:boleto.created')).toMatchObject({ status: 'scheduled', scheduledAt: '2026-11-21T11:00:00.000Z' });
    await at('2026-11-21T11:00:00.000Z');
    await ponte.notificationWorker.drain();
    expect(await templatesTo('5521977770002')).toEqual(['boleto_criado']);

    await graph('POST', '/_control/replies', { from: '5521977770002', text: 'Sair' });
    await waitFor(async () => (await api('GET', `/v1/notification-opt-outs?accountId=${accountId}`)).body.data.length === 1);
    await paymentEvent('payment.paid', 'NIGHT1', 'paid', '(21) 97777-0002');
    expect(await templatesTo('5521977770002')).toEqual(['boleto_criado']);
    expect((await queue()).find((item) => item.recipient === '+5521977770002' && item.catalogEntry === 'paghiper:boleto.paid')).toMatchObject({ status: 'skipped', skipReason: 'opted_out' });
  });
});
