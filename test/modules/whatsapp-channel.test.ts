import { createHmac, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappChannel, type NotificationChannel, type WhatsappTarget } from '../../src/modules/notifications/index.ts';
import type { RenderedWhatsapp } from '../../src/modules/notifications/message.ts';
import { DeliveryError, type Delivery } from '../../src/modules/notifications/delivery.ts';
import { notificationOptOuts, notifications, whatsappEarlyStatuses, whatsappSenders } from '../../src/modules/notifications/schema.ts';
import { applyEarlyStatuses } from '../../src/modules/notifications/whatsapp-webhook.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { newId } from '../../src/platform/ids.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PHONE_NUMBER_ID = '109876543210001';
const WABA_ID = '209876543210001';
const ACCESS_TOKEN = 'EAAsandbox0000whatsapp0000token';
const appSecret = `app-secret-${randomBytes(12).toString('hex')}`;
const verifyToken = `verify-${randomBytes(12).toString('hex')}`;

let ponte: TestPonte;
let admin: string;
let address: string;
let graph: string;
let accountId: string;
let senderId: string;
const logLines: string[] = [];

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  ponte = await startTestPonte({ sandboxes: true, workers: false, logger: pino({ level: 'debug' }, logs) });
  address = await ponte.listen();
  graph = ponte.sandboxes['whatsapp-cloud']!.baseUrl;
  admin = await ponte.adminToken();
  accountId = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Zap' })).id;
  const response = await api('PUT', `/v1/accounts/${accountId}/whatsapp-senders/sandbox`, { phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID, accessToken: ACCESS_TOKEN, appSecret, verifyToken });
  expect(response.statusCode, response.body).toBe(200);
  senderId = response.json().id;
  // Meta's subscription check goes first (the sandbox refuses a URL that does not echo the challenge).
  const webhook = await control('PUT', '/_control/webhook', { url: `${address}/v1/whatsapp/webhooks/${senderId}`, appSecret, verifyToken });
  expect(webhook.status, JSON.stringify(webhook.body)).toBe(200);
}, 60_000);
afterAll(async () => {
  await ponte?.dispose();
});

const api = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, token = admin) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function control(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${graph}${path}`, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  return { status: response.status, body: (await response.json()) as Json };
}

function delivery(account = accountId): Delivery {
  return {
    notificationId: newId('notification'),
    locale: 'pt-BR',
    event: { id: newId('event'), type: 'payment.overdue', accountId: account, integrationId: null, environment: 'sandbox', subject: null, data: {}, origin: 'live', occurredAt: new Date().toISOString() },
  };
}

const channel = (): NotificationChannel<WhatsappTarget, RenderedWhatsapp> => whatsappChannel(ponte.whatsappSenders);

async function send(phone: string): Promise<string> {
  const sent = await channel().send(delivery(), { phone }, { kind: 'whatsapp', templateName: 'boleto_vencido', language: 'pt_BR', parameters: ['Maria', 'R$ 49,90', '02/03/2026'] });
  return sent.providerMessageId!;
}

/** A notification the worker would have sent: status sent, the wamid Graph gave. */
async function sentRow(wamid: string, phone: string, attempts = 1) {
  const now = new Date();
  const id = newId('notification');
  await ponte.database.db.insert(notifications).values({
    id,
    accountId,
    environment: 'sandbox',
    ruleId: 'nrl_test',
    eventId: newId('event'),
    eventType: 'payment.overdue',
    event: {},
    channel: 'whatsapp',
    recipient: phone,
    providerMessageId: wamid,
    priority: 0,
    status: 'sent',
    scheduledAt: now,
    attempts,
    sentAt: now,
    idempotencyKey: id,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

async function row(id: string) {
  const [found] = await ponte.database.db.select().from(notifications).where(eq(notifications.id, id));
  return found!;
}

const statuses = (items: { messageId: string; status: string; errors?: object[] }[]) => control('POST', '/_control/statuses', { statuses: items });

function sign(body: string, secret = appSecret) {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

describe('WhatsApp senders', () => {
  it('seals the token, app secret and verify token in one credential, and never shows them', async () => {
    const list = await api('GET', `/v1/accounts/${accountId}/whatsapp-senders`);
    expect(list.statusCode).toBe(200);
    expect(list.json().data).toEqual([expect.objectContaining({ id: senderId, environment: 'sandbox', phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID, webhookUrl: `${address}/v1/whatsapp/webhooks/${senderId}` })]);
    for (const secret of [ACCESS_TOKEN, appSecret, verifyToken]) expect(list.body).not.toContain(secret);

    const [stored] = await ponte.database.db.select().from(whatsappSenders).where(eq(whatsappSenders.id, senderId));
    const credential = await ponte.database.pool.query(`select * from credentials where id = $1`, [stored!.credentialId]);
    expect(credential.rows[0].kind).toBe('whatsapp:sender');
    const everything = JSON.stringify([stored, credential.rows, (await ponte.database.pool.query('select * from audit_log')).rows, (await ponte.database.pool.query('select * from api_requests')).rows]);
    for (const secret of [ACCESS_TOKEN, appSecret, verifyToken]) expect(everything).not.toContain(secret);
    expect(logLines.join('')).not.toContain(appSecret);
    expect(logLines.join('')).not.toContain(verifyToken);
  });

  it('replaces the secrets of the same sender, and removes it with its credential', async () => {
    const other = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Troca' })).id;
    const body = { phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID, accessToken: 'EAAfirst0000000000', appSecret: 'first-secret-000', verifyToken: 'first-verify-000' };
    const first = await api('PUT', `/v1/accounts/${other}/whatsapp-senders/production`, body);
    expect(first.statusCode).toBe(200);
    const [before] = await ponte.database.db.select().from(whatsappSenders).where(eq(whatsappSenders.id, first.json().id));
    const sealedBefore = (await ponte.database.pool.query('select ciphertext from credentials where id = $1', [before!.credentialId])).rows[0].ciphertext;
    const second = await api('PUT', `/v1/accounts/${other}/whatsapp-senders/production`, { ...body, accessToken: 'EAAsecond000000000' });
    expect(second.json().id).toBe(first.json().id);
    expect(second.body).not.toContain('EAAsecond');
    const sealedAfter = (await ponte.database.pool.query('select ciphertext from credentials where id = $1', [before!.credentialId])).rows[0].ciphertext;
    expect(sealedAfter).not.toBe(sealedBefore);
    expect((await ponte.vault.reveal(before!.credentialId)).accessToken).toBe('EAAsecond000000000');

    expect((await api('DELETE', `/v1/accounts/${other}/whatsapp-senders/production`)).statusCode).toBe(204);
    expect((await ponte.database.pool.query('select id from credentials where id = $1', [before!.credentialId])).rows).toEqual([]);
    expect((await api('GET', `/v1/accounts/${other}/whatsapp-senders`)).json().data).toEqual([]);
    const again = await api('DELETE', `/v1/accounts/${other}/whatsapp-senders/production`);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('whatsapp_sender_not_found');
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const other = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Erro' })).id;
    const response = await api('PUT', `/v1/accounts/${other}/whatsapp-senders/sandbox`, { phoneNumberId: 'abc', businessAccountId: WABA_ID, accessToken: 'EAAxxxxxxxxx', appSecret: 'xxxxxxxxxx', verifyToken: 'xxxxxxxxxx' });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('body.phoneNumberId');
    expect((await api('GET', `/v1/accounts/${other}/whatsapp-senders`)).json().data).toEqual([]);
  });

  it('checks the number and token against Graph', async () => {
    const ok = await api('POST', `/v1/accounts/${accountId}/whatsapp-senders/sandbox/check`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, displayPhoneNumber: '5511900000001' });

    const other = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Token' })).id;
    await api('PUT', `/v1/accounts/${other}/whatsapp-senders/sandbox`, { phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID, accessToken: 'EAAwrong000000000', appSecret: 'xxxxxxxxxx', verifyToken: 'xxxxxxxxxx' });
    const refused = await api('POST', `/v1/accounts/${other}/whatsapp-senders/sandbox/check`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('whatsapp_sender_check_failed');
    expect(refused.json().detail).toContain('190');
    expect(refused.body).not.toContain('EAAwrong');
  });

  it('counts a template’s body parameters from Graph’s template list', async () => {
    expect(await ponte.whatsappSenders.templateParameterCount(accountId, 'boleto_vencido', 'pt_BR')).toBe(3);
    expect(await ponte.whatsappSenders.templateParameterCount(accountId, 'boleto_criado', 'pt_BR')).toBe(4);
    expect(await ponte.whatsappSenders.templateParameterCount(accountId, 'hello_world', 'en_US')).toBe(0);
    expect(await ponte.whatsappSenders.templateParameterCount(accountId, 'boleto_vencido', 'en_US')).toBeNull();
    expect(await ponte.whatsappSenders.templateParameterCount(accountId, 'nao_existe', 'pt_BR')).toBeNull();
    const bare = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Sem Numero' })).id;
    expect(await ponte.whatsappSenders.templateParameterCount(bare, 'boleto_vencido', 'pt_BR')).toBeUndefined();
  });
});

describe('WhatsApp channel', () => {
  it('sends a template to the sandbox and returns its wamid', async () => {
    const wamid = await send('+5511987650001');
    expect(wamid).toMatch(/^wamid\./);
    const recorded = await control('GET', '/_control/messages?to=5511987650001');
    expect(recorded.body.messages).toEqual([expect.objectContaining({ id: wamid, to: '5511987650001', template: { name: 'boleto_vencido', language: 'pt_BR', parameters: { header: [], body: ['Maria', 'R$ 49,90', '02/03/2026'] } } })]);
  });

  it('fails for good on a parameter count Graph refuses, with its code', async () => {
    const error = await channel()
      .send(delivery(), { phone: '+5511987650002' }, { kind: 'whatsapp', templateName: 'boleto_vencido', language: 'pt_BR', parameters: ['Maria'] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(true);
    expect((error as DeliveryError).message).toContain('132000');
    expect((error as DeliveryError).message).not.toContain(ACCESS_TOKEN);
  });

  it('retries what Graph says is temporary', async () => {
    await control('POST', '/_control/errors/next', { code: 131000 });
    const error = await send('+5511987650003').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(false);
    expect((error as DeliveryError).message).toContain('131000');
  });

  it('fails for good, naming where to configure one, when the account has no sender', async () => {
    const bare = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Sem Zap' })).id;
    const error = await channel()
      .send(delivery(bare), { phone: '+5511987650004' }, { kind: 'whatsapp', templateName: 'boleto_vencido', language: 'pt_BR', parameters: ['a', 'b', 'c'] })
      .catch((caught: unknown) => caught);
    expect((error as DeliveryError).permanent).toBe(true);
    expect((error as DeliveryError).message).toContain('the account has no WhatsApp sender for sandbox: configure one at PUT /v1/accounts/{accountId}/whatsapp-senders/{environment}');
  });
});

describe('the status and reply webhook', () => {
  it('answers Meta’s subscription check only with the sender’s verify token', async () => {
    const ok = await fetch(`${address}/v1/whatsapp/webhooks/${senderId}?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${address}/v1/whatsapp/webhooks/${senderId}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444`);
    expect(wrong.status).toBe(403);
    const unknown = await fetch(`${address}/v1/whatsapp/webhooks/wsnd_nobody?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1`);
    expect(unknown.status).toBe(403);
  });

  it('moves a notification to delivered then read, never back', async () => {
    const wamid = await send('+5511987650010');
    const id = await sentRow(wamid, '+5511987650010');
    await statuses([{ messageId: wamid, status: 'sent' }, { messageId: wamid, status: 'delivered' }]);
    await waitFor(async () => (await row(id)).status === 'delivered');
    expect((await row(id)).deliveredAt).not.toBeNull();
    await statuses([{ messageId: wamid, status: 'read' }]);
    await waitFor(async () => (await row(id)).status === 'read');
    const read = await row(id);
    expect(read.readAt).not.toBeNull();
    // A late delivered and a repeated read change nothing.
    const answered = await statuses([{ messageId: wamid, status: 'delivered' }, { messageId: wamid, status: 'read' }, { messageId: wamid, status: 'sent' }]);
    expect(answered.body.deliveries.map((delivery: { status: number }) => delivery.status)).toEqual([200, 200, 200]);
    expect(await row(id)).toEqual(read);
  });

  it('keeps statuses that come before the send is recorded, and applies them once it is', async () => {
    const wamid = await send('+5511987650013');
    // Meta answered delivered before the worker stored the wamid: nothing to move yet, and nothing lost.
    await statuses([{ messageId: wamid, status: 'delivered' }]);
    await waitFor(async () => (await ponte.database.db.select().from(whatsappEarlyStatuses).where(eq(whatsappEarlyStatuses.providerMessageId, wamid))).length === 1);
    const id = await sentRow(wamid, '+5511987650013');
    await applyEarlyStatuses(ponte.database.db, { accountId, environment: 'sandbox', providerMessageId: wamid }, new Date(), ponte.logger);
    expect((await row(id)).status).toBe('delivered');
    expect(await ponte.database.db.select().from(whatsappEarlyStatuses).where(eq(whatsappEarlyStatuses.providerMessageId, wamid))).toEqual([]);
    // Once recorded, statuses apply at once again.
    await statuses([{ messageId: wamid, status: 'read' }]);
    await waitFor(async () => (await row(id)).status === 'read');
  });

  it('takes read before delivered: read, with the delivery time filled in', async () => {
    const wamid = await send('+5511987650011');
    const id = await sentRow(wamid, '+5511987650011');
    await statuses([{ messageId: wamid, status: 'read' }, { messageId: wamid, status: 'delivered' }]);
    await waitFor(async () => (await row(id)).status === 'read');
    const found = await row(id);
    expect(found.status).toBe('read');
    expect(found.deliveredAt).not.toBeNull();
    expect(found.readAt).not.toBeNull();
  });

  it('reschedules a message WhatsApp reports failed for a temporary reason, attempts kept', async () => {
    const wamid = await send('+5511987650012');
    const id = await sentRow(wamid, '+5511987650012', 2);
    const before = new Date();
    await statuses([{ messageId: wamid, status: 'failed', errors: [{ code: 131000 }] }]);
    await waitFor(async () => (await row(id)).status === 'scheduled');
    const found = await row(id);
    expect(found.attempts).toBe(2);
    expect(found.scheduledAt.getTime()).toBeGreaterThan(before.getTime() + 299_000);
    expect(found.lastError).toContain('131000');
  });

  it('fails for good an undeliverable message', async () => {
    const wamid = await send('+5511987650013');
    const id = await sentRow(wamid, '+5511987650013');
    await statuses([{ messageId: wamid, status: 'failed' }]);
    await waitFor(async () => (await row(id)).status === 'failed');
    expect((await row(id)).lastError).toContain('131026 Message undeliverable');
  });

  it('refuses a delivery whose signature does not verify, and changes nothing', async () => {
    const wamid = await send('+5511987650014');
    const id = await sentRow(wamid, '+5511987650014');
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: WABA_ID, changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: PHONE_NUMBER_ID }, statuses: [{ id: wamid, status: 'read', timestamp: '1772452800', recipient_id: '5511987650014' }] } }] }],
    });
    for (const signature of [sign(body, 'not-the-secret'), undefined, sign(`${body} `)]) {
      const response = await fetch(`${address}/v1/whatsapp/webhooks/${senderId}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, body });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await response.json()) as Json).code).toBe('whatsapp_signature_invalid');
    }
    expect((await row(id)).status).toBe('sent');
    // The same bytes, rightly signed, do change it.
    const signed = await fetch(`${address}/v1/whatsapp/webhooks/${senderId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }, body });
    expect(signed.status).toBe(200);
    expect((await row(id)).status).toBe('read');
  });

  it('opts out a buyer who answered SAIR, and only then', async () => {
    await control('POST', '/_control/replies', { from: '5511987650020', text: 'Obrigado!' });
    expect(await ponte.optOuts.isOptedOut(ponte.database.db, { accountId, channel: 'whatsapp', address: '+5511987650020' })).toBe(false);

    const reply = await control('POST', '/_control/replies', { from: '5511987650020', text: '  Sair. ' });
    expect(reply.body.deliveries[0].status).toBe(200);
    const [optOut] = await ponte.database.db
      .select()
      .from(notificationOptOuts)
      .where(and(eq(notificationOptOuts.accountId, accountId), eq(notificationOptOuts.address, '+5511987650020')));
    expect(optOut).toMatchObject({ channel: 'whatsapp', source: 'whatsapp_reply' });
    expect(await ponte.optOuts.isOptedOut(ponte.database.db, { accountId, channel: 'whatsapp', address: '+5511987650020' })).toBe(true);
    // Again: still one.
    await control('POST', '/_control/replies', { from: '5511987650020', text: 'DESCADASTRAR' });
    const count = await ponte.database.db.select({ n: sql<number>`count(*)::int` }).from(notificationOptOuts).where(eq(notificationOptOuts.address, '+5511987650020'));
    expect(count[0]!.n).toBe(1);
    expect(logLines.join('')).not.toContain('Obrigado');
  });

  it('stores the number as sent to when WhatsApp reports the 8-digit form of a Brazilian mobile', async () => {
    const wamid = await send('+5511987650030');
    await sentRow(wamid, '+5511987650030');
    await control('POST', '/_control/replies', { from: '551187650030', text: 'pArAr' });
    const rows = await ponte.database.db.select().from(notificationOptOuts).where(eq(notificationOptOuts.accountId, accountId));
    expect(rows.map((optOut) => optOut.address)).toContain('+5511987650030');
    expect(rows.map((optOut) => optOut.address)).not.toContain('+551187650030');
  });
});

describe('opt-outs through the API', () => {
  it('lists, records (idempotently) and removes with an audit entry', async () => {
    const created = await api('POST', '/v1/notification-opt-outs', { accountId, channel: 'email', address: 'Comprador@Example.com' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ address: 'comprador@example.com', source: 'api' });
    const again = await api('POST', '/v1/notification-opt-outs', { accountId, channel: 'email', address: 'comprador@example.com' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(created.json().id);
    const list = await api('GET', `/v1/notification-opt-outs?accountId=${accountId}&channel=email`);
    expect(list.json().data.map((optOut: { id: string }) => optOut.id)).toEqual([created.json().id]);
    const bad = await api('POST', '/v1/notification-opt-outs', { accountId, channel: 'whatsapp', address: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('body.address');

    expect((await api('DELETE', `/v1/notification-opt-outs/${created.json().id}`)).statusCode).toBe(204);
    expect(await ponte.optOuts.isOptedOut(ponte.database.db, { accountId, channel: 'email', address: 'comprador@example.com' })).toBe(false);
    const audit = await ponte.database.pool.query(`select action from audit_log where target_id = $1 order by at`, [created.json().id]);
    expect(audit.rows.map((entry: { action: string }) => entry.action)).toEqual(['notification_opt_out.created', 'notification_opt_out.deleted']);
    expect((await api('DELETE', `/v1/notification-opt-outs/${created.json().id}`)).json().code).toBe('notification_opt_out_not_found');
  });
});
