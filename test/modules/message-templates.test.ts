import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTORS } from '../../src/connectors/catalog.ts';
import type { Payment } from '../../src/connectors/sdk/records.ts';
import type { Event } from '../../src/modules/events/index.ts';
import { MessageTemplates, sampleEvent, templateScope, type RenderedEmail, type RenderedWhatsapp } from '../../src/modules/notifications/index.ts';
import { DeliveryError } from '../../src/modules/notifications/delivery.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const api = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = admin) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function newAccount(name = `Loja ${Math.random().toString(36).slice(2, 8)}`) {
  const account = await ponte.accounts.createAccount(cliActor, { name });
  const customer = await ponte.accounts.createUser(cliActor, { email: `c${Math.random()}@loja.example`, name: 'Cliente', role: 'customer', accountId: account.id });
  return { accountId: account.id, customerToken: await ponte.tokenFor(customer.id) };
}

const emailTemplate = (accountId: string, overrides: object = {}) => ({
  accountId,
  name: 'Boleto gerado',
  channel: 'email',
  catalogEntry: 'paghiper:boleto.created',
  subject: 'Seu boleto de {{ amount }} na {{ store.name }}',
  body: 'Olá, {{ payer.name }}!\n\nSeu boleto vence em {{ due_date }}.\n\nBoleto: {{ boleto_url }}',
  ...overrides,
});

const payment = (overrides: Partial<Payment> = {}): Payment => ({
  provider: 'paghiper',
  externalId: 'HF97T5SH2ZQNLF6Z',
  method: 'boleto',
  orderId: 'PED-1001',
  status: 'pending',
  amountCents: 123_456,
  paidAmountCents: null,
  feeCents: null,
  currency: 'BRL',
  dueDate: '2026-11-23',
  createdAt: '2026-11-20T10:00:00-03:00',
  paidAt: null,
  payer: { name: 'Ana <script>alert("x")</script> & Cia', email: 'ana@example.com', document: null, phone: null },
  boletoUrl: 'https://www.paghiper.com/checkout/boleto/HF97T5SH2ZQNLF6Z?a=1&b=2',
  digitableLine: null,
  pixCode: null,
  pixUrl: null,
  ...overrides,
});

async function appendPaymentEvent(accountId: string, type: string, data: Payment): Promise<string> {
  await ponte.events.append(ponte.database.db, [{ accountId, environment: 'production', type, subjectModel: 'payment', subjectId: data.externalId, data: { payment: data } }]);
  await ponte.eventsReadable();
  const page = await ponte.events.list(ponte.database.db, { accountId, type, limit: 10 });
  return page.data.at(-1)!.id;
}

const count = async (accountId: string) => ((await api('GET', `/v1/notification-templates?accountId=${accountId}`)).json().data as unknown[]).length;

describe('message templates', () => {
  it('are created, listed, read, changed and deleted by staff', async () => {
    const { accountId } = await newAccount();
    const created = await api('POST', '/v1/notification-templates', emailTemplate(accountId));
    expect(created.statusCode, created.body).toBe(201);
    const template = created.json();
    expect(template).toMatchObject({ id: expect.stringMatching(/^ntpl_/), accountId, channel: 'email', locale: 'pt-BR', catalogEntry: 'paghiper:boleto.created', connector: 'paghiper', whatsappParameters: null });
    const whatsapp = await api('POST', '/v1/notification-templates', {
      accountId,
      name: 'Lembrete',
      channel: 'whatsapp',
      connector: 'paghiper',
      whatsappTemplateName: 'boleto_vencendo',
      whatsappParameters: ['{{ payer.name }}', '{{ amount }}'],
    });
    expect(whatsapp.statusCode, whatsapp.body).toBe(201);
    expect(whatsapp.json()).toMatchObject({ catalogEntry: null, connector: 'paghiper', whatsappLanguage: 'pt_BR', subject: null });

    expect((await api('GET', `/v1/notification-templates?accountId=${accountId}`)).json().data).toHaveLength(2);
    expect((await api('GET', `/v1/notification-templates?accountId=${accountId}&channel=whatsapp`)).json().data.map((t: { id: string }) => t.id)).toEqual([whatsapp.json().id]);
    expect((await api('GET', `/v1/notification-templates?accountId=${accountId}&catalogEntry=paghiper:boleto.created`)).json().data.map((t: { id: string }) => t.id)).toEqual([template.id]);
    expect((await api('GET', `/v1/notification-templates/${template.id}`)).json()).toEqual(template);

    const changed = await api('PATCH', `/v1/notification-templates/${template.id}`, { subject: 'Boleto {{ order_id }}: {{ amount }}', locale: 'en' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ subject: 'Boleto {{ order_id }}: {{ amount }}', locale: 'en', body: template.body });

    expect((await api('DELETE', `/v1/notification-templates/${template.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/v1/notification-templates/${template.id}`)).json()).toMatchObject({ code: 'notification_template_not_found' });
    expect(await count(accountId)).toBe(1);
  });

  it('refuse an unknown variable, naming the field, the line and the variable; nothing is saved', async () => {
    const { accountId } = await newAccount();
    const refused = await api('POST', '/v1/notification-templates', emailTemplate(accountId, { body: 'Olá, {{ payer.name }}!\n\nSeu código: {{ codigo_secreto }}' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'notification_template_invalid', field: 'body.body', detail: 'body: line 3, column 16: unknown variable {{codigo_secreto}}' });
    expect(await count(accountId)).toBe(0);
  });

  it('refuse a variable PagHiper does not provide, with the reason', async () => {
    const { accountId } = await newAccount();
    const refused = await api('POST', '/v1/notification-templates', emailTemplate(accountId, { subject: 'Seu pedido foi enviado: {{ tracking_code }}' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ field: 'body.subject' });
    expect(refused.json().detail).toContain('PagHiper does not provide tracking_code: it has no tracking variables');
    const complaint = await api('POST', '/v1/notification-templates', emailTemplate(accountId, { body: '{{ complaint.title }}' }));
    expect(complaint.json().detail).toContain('PagHiper does not provide complaint.title: it has no complaint variables');
    expect(await count(accountId)).toBe(0);
  });

  it('refuse a Liquid syntax error, a WhatsApp parameter count that differs from the approved template’s, and a tag that reads files', async () => {
    const { accountId } = await newAccount();
    const syntax = await api('POST', '/v1/notification-templates', emailTemplate(accountId, { body: 'Olá!\n{% if payer.name %}{{ payer.name }}' }));
    expect(syntax.statusCode).toBe(422);
    expect(syntax.json()).toMatchObject({ code: 'notification_template_invalid', field: 'body.body' });
    expect(syntax.json().detail).toMatch(/^body: line 2, column 1: tag \{% if payer.name %\} not closed/);

    const include = await api('POST', '/v1/notification-templates', emailTemplate(accountId, { body: '{% include "/etc/passwd" %}' }));
    expect(include.json()).toMatchObject({ code: 'notification_template_invalid', field: 'body.body' });
    expect(include.json().detail).toContain('the tag "include" is not allowed');

    const whatsapp = { accountId, name: 'Boleto', channel: 'whatsapp', catalogEntry: 'paghiper:boleto.created', whatsappTemplateName: 'boleto_criado' };
    const short = await api('POST', '/v1/notification-templates', { ...whatsapp, whatsappParameters: ['{{ payer.name }}', '{{ amount }}', '{{ due_date }}'] });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ field: 'body.whatsappParameters', detail: 'whatsappParameters: the approved template boleto_criado (pt_BR) takes 4 body parameters; 3 given' });
    const unknown = await api('POST', '/v1/notification-templates', { ...whatsapp, whatsappParameters: ['{{ payer.name }}', '{{ valor }}', '{{ store.name }}', '{{ due_date }}'] });
    expect(unknown.json()).toMatchObject({ field: 'body.whatsappParameters.1', detail: 'whatsappParameters.1: line 1, column 4: unknown variable {{valor}}' });
    const mixed = await api('POST', '/v1/notification-templates', { ...whatsapp, subject: 'Oi', whatsappParameters: [] });
    expect(mixed.json()).toMatchObject({ code: 'validation_failed', field: 'body.subject' });
    expect(await count(accountId)).toBe(0);

    // A PATCH is checked as a creation is, and leaves the template as it was.
    const created = (await api('POST', '/v1/notification-templates', emailTemplate(accountId))).json();
    const patched = await api('PATCH', `/v1/notification-templates/${created.id}`, { body: '{{ tracking_url }}' });
    expect(patched.json()).toMatchObject({ code: 'notification_template_invalid', field: 'body.body' });
    expect((await api('GET', `/v1/notification-templates/${created.id}`)).json().body).toBe(created.body);
  });

  it('preview with a sample record: R$ 1.234,56, 23/11/2026, the store’s name; WhatsApp with the text the buyer reads', async () => {
    const { accountId } = await newAccount('Loja Bella Casa');
    const created = (await api('POST', '/v1/notification-templates', emailTemplate(accountId))).json();
    const preview = await api('POST', `/v1/notification-templates/${created.id}/preview`, { sample: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ sample: true, eventType: 'payment.created' });
    const email = preview.json().message as RenderedEmail;
    expect(email.subject).toBe('Seu boleto de R$\u00a01.234,56 na Loja Bella Casa');
    expect(email.text).toContain('Seu boleto vence em 23/11/2026.');
    expect(email.text).toContain('Olá, Maria Aparecida Souza!');
    expect(email.html).toContain('<a href="https://www.paghiper.com/checkout/boleto/AB12CD34EF56GH78">');

    const whatsapp = (
      await api('POST', '/v1/notification-templates', {
        accountId,
        name: 'PIX',
        channel: 'whatsapp',
        catalogEntry: 'paghiper:pix.created',
        whatsappTemplateName: 'pix_criado',
        whatsappParameters: ['{{ payer.name }}', '{{ amount }}', '{{ pix_code }}'],
      })
    ).json();
    const shown = (await api('POST', `/v1/notification-templates/${whatsapp.id}/preview`, { sample: true })).json().message as RenderedWhatsapp & { text: string };
    expect(shown.parameters.slice(0, 2)).toEqual(['Maria Aparecida Souza', 'R$\u00a01.234,56']);
    expect(shown.parameters[2]).toMatch(/^00020101/);
    expect(shown.text).toMatch(/^Olá Maria Aparecida Souza, seu PIX de R\$\u00a01\.234,56: copie e cole o código 00020101.*\n\nPara não receber mais mensagens, responda SAIR\.$/s);
  });

  it('preview with a real event of the account, escaping what the record says in the HTML part', async () => {
    const { accountId } = await newAccount('Loja Teste');
    const created = (await api('POST', '/v1/notification-templates', emailTemplate(accountId))).json();
    const eventId = await appendPaymentEvent(accountId, 'payment.created', payment());
    const preview = await api('POST', `/v1/notification-templates/${created.id}/preview`, { recordEventId: eventId });
    expect(preview.statusCode, preview.body).toBe(200);
    const email = preview.json().message as RenderedEmail;
    expect(preview.json()).toMatchObject({ sample: false, eventId });
    expect(email.text).toContain('Olá, Ana <script>alert("x")</script> & Cia!');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Ana &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Cia!');
    expect(email.html).toContain('<a href="https://www.paghiper.com/checkout/boleto/HF97T5SH2ZQNLF6Z?a=1&#38;b=2">');

    // Another account's event is not found; an event of another connector's records does not fill this template.
    const other = await newAccount();
    const theirs = await appendPaymentEvent(other.accountId, 'payment.created', payment());
    expect((await api('POST', `/v1/notification-templates/${created.id}/preview`, { recordEventId: theirs })).json()).toMatchObject({ code: 'not_found', field: 'body.recordEventId' });
    await ponte.events.append(ponte.database.db, [{ accountId, environment: 'production', type: 'complaint.created', data: { complaint: { title: 'x' } } }]);
    await ponte.eventsReadable();
    const complaintId = (await ponte.events.list(ponte.database.db, { accountId, type: 'complaint.created', limit: 1 })).data[0]!.id;
    expect((await api('POST', `/v1/notification-templates/${created.id}/preview`, { recordEventId: complaintId })).json()).toMatchObject({ code: 'notification_template_invalid', field: 'body.recordEventId' });
  });

  it('are hidden from a customer of another account (404); a customer reads its own but may not change them (403)', async () => {
    const mine = await newAccount();
    const theirs = await newAccount();
    const id = (await api('POST', '/v1/notification-templates', emailTemplate(theirs.accountId))).json().id as string;
    const own = (await api('POST', '/v1/notification-templates', emailTemplate(mine.accountId))).json().id as string;
    for (const [method, url, body] of [
      ['GET', `/v1/notification-templates/${id}`],
      ['PATCH', `/v1/notification-templates/${id}`, { name: 'x' }],
      ['DELETE', `/v1/notification-templates/${id}`],
      ['POST', `/v1/notification-templates/${id}/preview`, { sample: true }],
    ] as const) {
      expect((await api(method, url, body, mine.customerToken)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await api('POST', '/v1/notification-templates', emailTemplate(theirs.accountId), mine.customerToken)).json()).toMatchObject({ code: 'account_not_found', field: 'body.accountId' });
    const listed = (await api('GET', `/v1/notification-templates?accountId=${theirs.accountId}`, undefined, mine.customerToken)).json().data as { id: string }[];
    expect(listed.map((template) => template.id)).toEqual([own]);
    expect((await api('GET', `/v1/notification-templates/${own}`, undefined, mine.customerToken)).statusCode).toBe(200);
    expect((await api('POST', `/v1/notification-templates/${own}/preview`, { sample: true }, mine.customerToken)).statusCode).toBe(200);
    expect((await api('PATCH', `/v1/notification-templates/${own}`, { name: 'x' }, mine.customerToken)).statusCode).toBe(403);
    expect((await api('POST', '/v1/notification-templates', emailTemplate(mine.accountId), mine.customerToken)).statusCode).toBe(403);
  });
});

describe('rendering a notification', () => {
  const event = (accountId: string, type: string, data: Payment, environment: 'sandbox' | 'production' = 'production'): Event => ({
    id: 'evt_render',
    type,
    accountId,
    integrationId: 'int_render',
    environment,
    subject: { model: 'payment', id: data.externalId },
    data: { payment: data },
    origin: 'live',
    occurredAt: '2026-11-20T13:00:00.000Z',
  });

  it('uses the account’s template, then the catalog entry’s built-in one, then the standard e-mail; WhatsApp without a template is a permanent failure', async () => {
    const { accountId } = await newAccount('Loja Render');
    const templateId = (await api('POST', '/v1/notification-templates', emailTemplate(accountId, { subject: 'Meu modelo: {{ amount }}' }))).json().id as string;
    const created = event(accountId, 'payment.created', payment({ payer: { name: 'Rita', email: null, document: null, phone: null } }));
    const base = { accountId, catalogEntry: 'paghiper:boleto.created', channel: 'email' as const, locale: 'pt-BR' as const, event: created };

    const own = (await ponte.messageTemplates.render({ ...base, templateId, unsubscribeUrl: 'https://ponte.example.com/u/abc' })) as RenderedEmail;
    expect(own).toMatchObject({ kind: 'email', subject: 'Meu modelo: R$\u00a01.234,56' });
    expect(own.text).toMatch(/Para não receber mais estes e-mails: https:\/\/ponte\.example\.com\/u\/abc\n$/);
    expect(own.html).toContain('<a href="https://ponte.example.com/u/abc">');

    await api('DELETE', `/v1/notification-templates/${templateId}`);
    const builtIn = (await ponte.messageTemplates.render({ ...base, templateId })) as RenderedEmail;
    expect(builtIn.subject).toBe('Seu boleto de R$\u00a01.234,56 na Loja Render');
    expect(builtIn.text).toContain('Olá, Rita!');
    expect(builtIn.text).not.toContain('Linha digitável');
    const english = (await ponte.messageTemplates.render({ ...base, templateId: null, locale: 'en', event: { ...created, environment: 'sandbox' } })) as RenderedEmail;
    expect(english.subject).toBe('[Sandbox] Your boleto of R$1,234.56 at Loja Render');
    expect(english.text).toContain('is due on 11/23/2026');

    const whatsapp = await ponte.messageTemplates.render({ ...base, templateId: null, channel: 'whatsapp' });
    expect(whatsapp).toEqual({ kind: 'whatsapp', templateName: 'boleto_criado', language: 'pt_BR', parameters: ['Rita', 'R$\u00a01.234,56', 'Loja Render', '23/11/2026'] });

    const standard = (await ponte.messageTemplates.render({ ...base, templateId: null, catalogEntry: null })) as RenderedEmail;
    expect(standard.subject).toBe('Nova cobrança — R$\u00a01.234,56 (PED-1001)');
    const none = ponte.messageTemplates.render({ ...base, templateId: null, catalogEntry: null, channel: 'whatsapp' });
    await expect(none).rejects.toBeInstanceOf(DeliveryError);
    await expect(none).rejects.toMatchObject({ permanent: true, message: expect.stringContaining('No WhatsApp template applies') });
    const staffOnly = ponte.messageTemplates.render({ ...base, templateId: null, catalogEntry: 'ticket-log:fuel_transaction.created', channel: 'whatsapp' });
    await expect(staffOnly).rejects.toMatchObject({ permanent: true });
  });

  it('renders every catalog entry’s built-in templates from its sample record, in both languages, with no placeholder left', async () => {
    const { accountId } = await newAccount('Loja Catálogo');
    for (const manifest of Object.values(CONNECTORS)) {
      for (const entry of manifest.notifications) {
        const sample = { ...sampleEvent(manifest.key, entry.key)!, accountId };
        for (const locale of ['pt-BR', 'en'] as const) {
          const email = (await ponte.messageTemplates.render({ accountId, templateId: null, catalogEntry: `${manifest.key}:${entry.key}`, channel: 'email', locale, event: sample })) as RenderedEmail;
          expect(email.subject, `${manifest.key}:${entry.key}`).not.toMatch(/\{\{|undefined|null|NaN|\[object/);
          expect(email.text, `${manifest.key}:${entry.key}`).not.toMatch(/\{\{|\{%|undefined|null|NaN|\[object/);
        }
        if (entry.defaultTemplates.whatsapp) {
          const whatsapp = (await ponte.messageTemplates.render({ accountId, templateId: null, catalogEntry: `${manifest.key}:${entry.key}`, channel: 'whatsapp', locale: 'pt-BR', event: sample })) as RenderedWhatsapp;
          expect(whatsapp.parameters.every((parameter) => parameter !== '' && parameter !== '—'), `${manifest.key}:${entry.key}`).toBe(true);
        }
      }
    }
  });

  it('fills only the connector’s variables: what the record lacks is empty, and the values follow the locale', () => {
    const sample = sampleEvent('paghiper', 'boleto.paid')!;
    const scope = templateScope(sample, { storeName: 'Loja', locale: 'pt-BR', connector: 'paghiper' }) as Record<string, unknown>;
    expect(scope).toMatchObject({ amount: 'R$\u00a01.234,56', paid_amount: 'R$\u00a01.234,56', due_date: '23/11/2026', paid_at: '22/11/2026, 14:05', status: 'Pago', store: { name: 'Loja' }, pix_code: '' });
    expect(scope).not.toHaveProperty('complaint');
    expect(scope).not.toHaveProperty('tracking_code');
    const en = templateScope(sample, { storeName: 'Loja', locale: 'en', connector: 'paghiper' });
    expect(en).toMatchObject({ amount: 'R$1,234.56', due_date: '11/23/2026', status: 'Paid' });
    const fuel = templateScope(sampleEvent('ticket-log', 'fuel_transaction.created')!, { storeName: 'Frota', locale: 'pt-BR', connector: 'ticket-log' });
    expect(fuel).toMatchObject({ vehicle: { plate: 'RIO2A18' }, fuel: { type: 'Diesel S10', liters: '152,37' }, amount: 'R$\u00a0912,70', station: { city: 'Campinas/SP' }, summary: { date: '' } });
  });

  it('checks a WhatsApp template against the account’s sender when one is given: unknown there, or another parameter count', async () => {
    const { accountId } = await newAccount();
    const asked: string[] = [];
    const templates = new MessageTemplates({
      database: ponte.database,
      clock: ponte.clock,
      audit: ponte.audit,
      accounts: ponte.accounts,
      events: ponte.events,
      whatsappTemplates: {
        parameterCount: async (account, name, language) => {
          asked.push(`${account}/${name}/${language}`);
          return name === 'cobranca_loja' ? 2 : null;
        },
      },
    });
    const input = { accountId, name: 'Cobrança', channel: 'whatsapp' as const, connector: 'paghiper', whatsappLanguage: 'pt_BR' };
    await expect(templates.create(cliActor, { ...input, whatsappTemplateName: 'nao_aprovado', whatsappParameters: [] })).rejects.toMatchObject({
      extensions: { field: 'body.whatsappTemplateName' },
      message: "whatsappTemplateName: the template nao_aprovado (pt_BR) is not approved for the account's WhatsApp number",
    });
    await expect(templates.create(cliActor, { ...input, whatsappTemplateName: 'cobranca_loja', whatsappParameters: ['{{ payer.name }}'] })).rejects.toMatchObject({ extensions: { field: 'body.whatsappParameters' } });
    const saved = await templates.create(cliActor, { ...input, whatsappTemplateName: 'cobranca_loja', whatsappParameters: ['{{ payer.name }}', '{{ amount }}'] });
    expect(asked).toEqual([`${accountId}/nao_aprovado/pt_BR`, `${accountId}/cobranca_loja/pt_BR`, `${accountId}/cobranca_loja/pt_BR`]);
    // A rename does not ask Meta again.
    await templates.update(cliActor, saved.id, { name: 'Cobrança da loja' });
    expect(asked).toHaveLength(3);
  });
});
