import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

/**
 * The "done when", end to end over real HTTP and SMTP: a store connects PagHiper in the sandbox environment,
 * sets up its WhatsApp sender, turns the boleto catalog on with one call, and a charge made with a payer e-mail and
 * phone, then paid, reaches the buyer as "created" and "paid" by e-mail and WhatsApp, with the store's templates
 * filled; WhatsApp's statuses come back signed and the report counts what the send queue holds.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PHONE_NUMBER_ID = '109876543210001';
const WABA_ID = '209876543210001';
const ACCESS_TOKEN = 'EAAsandbox0000whatsapp0000token';
const appSecret = `app-secret-${randomBytes(12).toString('hex')}`;
const verifyToken = `verify-${randomBytes(12).toString('hex')}`;

let ponte: TestPonte;
let mailbox: LocalMailbox;
let admin: string;
let address: string;

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  ponte = await startTestPonte({ sandboxes: true, smtpUrl: mailbox.url });
  address = await ponte.listen();
  admin = await ponte.adminToken();
}, 120_000);
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
});

const api = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
  const response = await ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Json, text: response.body };
};

async function sandbox(key: 'paghiper' | 'whatsapp-cloud', method: 'GET' | 'POST' | 'PUT', path: string, body?: object): Promise<Json> {
  const response = await fetch(`${ponte.sandboxes[key]!.baseUrl}${path}`, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  return (await response.json()) as Json;
}

describe('buyer notifications of a PagHiper store, by e-mail and WhatsApp', { timeout: 180_000 }, () => {
  it('tells the buyer "created" and "paid" with the store’s templates, takes WhatsApp’s statuses back, and reports them', async () => {
    const account = await api('POST', '/v1/accounts', { name: 'Loja da Ana', contactEmail: 'ana@lojadaana.example' });
    expect(account.status, account.text).toBe(201);
    const accountId = account.body.id as string;
    // Whatever the hour the suite runs at: quiet hours are tested on their own, with a clock.
    expect((await api('PUT', `/v1/accounts/${accountId}/notification-settings`, { quietHours: null })).status).toBe(200);

    const sender = await api('PUT', `/v1/accounts/${accountId}/whatsapp-senders/sandbox`, { phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID, accessToken: ACCESS_TOKEN, appSecret, verifyToken });
    expect(sender.status, sender.text).toBe(200);
    const webhook = await sandbox('whatsapp-cloud', 'PUT', '/_control/webhook', { url: `${address}/v1/whatsapp/webhooks/${sender.body.id}`, appSecret, verifyToken, autoStatuses: ['delivered', 'read'] });
    expect(webhook.webhook, JSON.stringify(webhook)).toBeTruthy();

    const credentials = await sandbox('paghiper', 'POST', '/_control/credentials');
    const integration = await api('POST', '/v1/integrations', { accountId, connector: 'paghiper', environment: 'sandbox', config: { retroactiveMonths: 0 }, credentials: { apiKey: credentials.apiKey, token: credentials.token } });
    expect(integration.status, integration.text).toBe(201);
    const integrationId = integration.body.id as string;

    const catalog = await api('GET', '/v1/connectors/paghiper/notifications');
    const boletoEntries = (catalog.body.entries as { key: string }[]).map((entry) => entry.key).filter((key) => key.startsWith('boleto.'));
    const activation = await api('POST', '/v1/connectors/paghiper/notifications/activate', { accountId, environment: 'sandbox', integrationId, entries: boletoEntries });
    expect(activation.status, activation.text).toBe(201);
    // Every boleto entry by e-mail and WhatsApp, each with the store's own editable template.
    expect(activation.body.rules).toHaveLength(boletoEntries.length * 2);
    expect(activation.body.templates).toHaveLength(boletoEntries.length * 2);
    // Turning it on again changes nothing.
    const again = await api('POST', '/v1/connectors/paghiper/notifications/activate', { accountId, environment: 'sandbox', integrationId, entries: boletoEntries });
    expect(again.body.rules).toHaveLength(0);
    expect(again.body.skipped.every((item: { reason: string }) => item.reason === 'already on')).toBe(true);

    // The store words its own "created" e-mail.
    const createdTemplate = (activation.body.templates as { id: string; channel: string; catalogEntry: string }[]).find((template) => template.catalogEntry === 'paghiper:boleto.created' && template.channel === 'email')!;
    const edited = await api('PATCH', `/v1/notification-templates/${createdTemplate.id}`, { subject: 'Loja da Ana: seu boleto de {{ amount }} vence em {{ due_date }}' });
    expect(edited.status, edited.text).toBe(200);

    // The store's system makes a charge with the buyer's e-mail and phone, through Ponte.
    const charge = await api('POST', `/v1/integrations/${integrationId}/actions/create_charge`, {
      method: 'boleto',
      orderId: 'pedido-2026-0042',
      payer: { name: 'Maria Oliveira', email: 'maria.oliveira@example.com', document: '11144477735', phone: '(11) 98765-4321' },
      items: [{ id: 'kit-1', description: 'Kit de cuidados', quantity: 1, priceCents: 4990 }],
      daysDueDate: 3,
      notificationUrl: integration.body.callbackUrl,
    });
    expect(charge.status, charge.text).toBe(200);
    const transactionId = (charge.body.result ?? charge.body).externalId as string;
    await api('POST', `/v1/integrations/${integrationId}/sync`);

    const created = await mailbox.waitFor((mail) => mail.to.includes('maria.oliveira@example.com') && mail.subject.includes('Loja da Ana'), 60_000);
    expect(created.subject).toMatch(/^\[Homologação\] Loja da Ana: seu boleto de R\$\s4(9,90) vence em \d\d\/\d\d\/\d{4}$/);
    expect(created.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const messagesTo = async () => ((await sandbox('whatsapp-cloud', 'GET', '/_control/messages?to=5511987654321')).messages ?? []) as Json[];
    await waitFor(async () => (await messagesTo()).some((message) => JSON.stringify(message).includes('boleto_criado')), 60_000);
    const whatsappCreated = (await messagesTo()).find((message) => JSON.stringify(message).includes('boleto_criado'))!;
    expect(JSON.stringify(whatsappCreated)).toContain('Maria');
    expect(JSON.stringify(whatsappCreated)).toContain('Loja da Ana');

    // Paid in the sandbox: PagHiper calls Ponte back, and the buyer hears of it on both channels.
    expect(await sandbox('paghiper', 'POST', `/_control/transactions/${transactionId}/status`, { status: 'paid' })).toMatchObject({ changed: true });
    const paid = await mailbox.waitFor((mail) => mail.to.includes('maria.oliveira@example.com') && mail.subject.includes('pedido-2026-0042'), 60_000).catch(async (error: unknown) => {
      const events = await api('GET', `/v1/events?integrationId=${integrationId}&limit=500`);
      console.log(JSON.stringify((events.body.data as Json[]).filter((event) => event.subject?.id === transactionId).map((event) => [event.type, event.origin, event.data?.payment?.status])));
      console.log(JSON.stringify((await api('GET', `/v1/notifications?accountId=${accountId}&limit=500`)).body.data.map((item: Json) => [item.catalogEntry, item.channel, item.status, item.lastError, item.skipReason])));
      throw error;
    });
    expect(paid.subject).toBe('[Homologação] Pagamento confirmado: pedido pedido-2026-0042');
    await waitFor(async () => (await messagesTo()).some((message) => JSON.stringify(message).includes('pagamento_confirmado')), 60_000);

    // The sandbox reports delivered then read back to Ponte's signed webhook: the send queue follows. (The sandbox's
    // other merchants' buyers are paid meanwhile and hear of it too: only Maria's messages are ours to count.)
    const queue = async () => (await api('GET', `/v1/notifications?accountId=${accountId}&limit=500`)).body.data as Json[];
    const maria = async () => (await queue()).filter((item) => item.recipient === 'maria.oliveira@example.com' || item.recipient === '+5511987654321');
    await waitFor(async () => (await maria()).filter((item) => item.channel === 'whatsapp' && item.status === 'read').length === 2, 60_000);
    const hers = await maria();
    expect(hers.filter((item) => item.status === 'sent').map((item) => `${item.channel} ${item.catalogEntry}`).sort()).toEqual(['email paghiper:boleto.created', 'email paghiper:boleto.paid']);
    expect(hers.filter((item) => item.status === 'read').map((item) => item.catalogEntry).sort()).toEqual(['paghiper:boleto.created', 'paghiper:boleto.paid']);
    // Paid before its due date: the reminders planned for it are canceled, never sent.
    expect(hers.filter((item) => item.status === 'canceled').map((item) => `${item.channel} ${item.catalogEntry}`).sort()).toEqual([
      'email paghiper:boleto.due_soon',
      'email paghiper:boleto.due_today',
      'whatsapp paghiper:boleto.due_soon',
      'whatsapp paghiper:boleto.due_today',
    ]);
    expect(hers.filter((item) => item.status === 'scheduled')).toEqual([]);
    expect(hers.find((item) => item.channel === 'whatsapp')).toMatchObject({ providerMessageId: expect.stringMatching(/^wamid\./), readAt: expect.any(String) });

    // The report counts what the queue holds.
    const report = await api('GET', `/v1/notification-reports?accountId=${accountId}`);
    expect(report.status, report.text).toBe(200);
    const all = await queue();
    const byStatus = report.body.notifications.byStatus as Record<string, number>;
    const counted = all.reduce<Record<string, number>>((counts, item) => ({ ...counts, [item.status]: (counts[item.status] ?? 0) + 1 }), {});
    for (const [status, count] of Object.entries(counted)) expect(byStatus[status], status).toBe(count);
    expect(report.body.whatsapp.read).toBe(all.filter((item) => item.channel === 'whatsapp' && item.status === 'read').length);
  });
});
