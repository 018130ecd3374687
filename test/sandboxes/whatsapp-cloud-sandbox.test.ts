import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWhatsappCloudSandbox } from '../../src/connectors/whatsapp-cloud/sandbox/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { waitFor } from '../support/wait.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

const NOW = '2026-11-29T15:00:00.000Z';
const APP_SECRET = 'made-up-app-secret';
const BUYER = '5511987654321';

interface GraphError {
  error: { message: string; type: string; code: number; error_subcode?: number; error_data?: { messaging_product: string; details: string }; fbtrace_id: string };
}
interface Accepted {
  messaging_product: string;
  contacts: { input: string; wa_id: string }[];
  messages: { id: string; message_status?: string }[];
}
interface Number {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  accessToken: string;
}
interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((item) => item.close()));
});

async function start() {
  const clock = new ManualClock(NOW);
  const app: FastifyInstance = await buildWhatsappCloudSandbox({ seed: 3, now: () => clock.now() });
  opened.push(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as T };
  };
  const number = (await call<Number>('POST', '/_control/credentials')).body;
  const send = <T = Accepted>(body: unknown, options: { token?: string; phoneNumberId?: string } = {}) =>
    call<T>('POST', `/v21.0/${options.phoneNumberId ?? number.phoneNumberId}/messages`, body, { authorization: `Bearer ${options.token ?? number.accessToken}` });
  return { url, clock, call, number, send };
}

const template = (name: string, body: string[], language = 'pt_BR', to = BUYER) => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  type: 'template',
  template: { name, language: { code: language, policy: 'deterministic' }, components: [{ type: 'body', parameters: body.map((text) => ({ type: 'text', text })) }] },
});

function expectEnvelope(reply: Reply<GraphError>, status: number, code: number) {
  expect(reply.status).toBe(status);
  expect(reply.body.error).toMatchObject({ type: 'OAuthException', code, message: expect.stringContaining('') });
  expect(reply.body.error.fbtrace_id).toMatch(/^A\w+/);
}

const hmac = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('WhatsApp Cloud API sandbox', () => {
  it('accepts a registered template with the right parameters and records it', async () => {
    const { send, call, number } = await start();
    const sent = await send(template('boleto_vencendo', ['Maria', 'R$ 49,90']));
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: BUYER, wa_id: BUYER }],
      messages: [{ id: expect.stringMatching(/^wamid\./), message_status: 'accepted' }],
    });
    await send(template('boleto_vencendo', ['João', 'R$ 10,00'], 'pt_BR', '5521912345678'));
    const recorded = await call<{ messages: { id: string; to: string; phoneNumberId: string; template: unknown; acceptedAt: string }[] }>('GET', `/_control/messages?to=%2B${BUYER}`);
    expect(recorded.body.messages).toEqual([
      expect.objectContaining({
        id: sent.body.messages[0]!.id,
        to: BUYER,
        phoneNumberId: number.phoneNumberId,
        acceptedAt: NOW,
        template: { name: 'boleto_vencendo', language: 'pt_BR', parameters: { header: [], body: ['Maria', 'R$ 49,90'] } },
      }),
    ]);
    expect((await call<{ messages: unknown[] }>('GET', '/_control/messages')).body.messages).toHaveLength(2);
  });

  it('refuses a wrong token (401, 190), another business number (100/33) and a bad recipient, with Graph envelope', async () => {
    const { send, call } = await start();
    const wrong = await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90']), { token: 'EAAnot-a-real-token' });
    expectEnvelope(wrong, 401, 190);
    const other = await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90']), { phoneNumberId: '109876543210001' });
    expectEnvelope(other, 400, 100);
    expect(other.body.error.error_subcode).toBe(33);
    const plus = await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90'], 'pt_BR', '+5511987654321'));
    expectEnvelope(plus, 400, 100);
    expect(plus.body.error.error_data?.details).toMatch(/^to:/);
    // An unknown path or version is Graph's "unsupported request", not Fastify's 404 body.
    expectEnvelope(await call<GraphError>('GET', `/v21.0/${BUYER}`), 400, 100);
    expectEnvelope(await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90']), { phoneNumberId: 'x/../y' }), 400, 100);
    expect((await call<{ messages: unknown[] }>('GET', '/_control/messages')).body.messages).toEqual([]);
  });

  it('refuses an unknown template or language (132001) and a parameter count mismatch (132000) with their details', async () => {
    const { send, call } = await start();
    const unknown = await send<GraphError>(template('nao_existe', ['Maria']));
    expectEnvelope(unknown, 404, 132001);
    expect(unknown.body.error.error_data).toEqual({ messaging_product: 'whatsapp', details: 'template name (nao_existe) does not exist in pt_BR' });
    expectEnvelope(await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90'], 'en_US')), 404, 132001);
    const mismatch = await send<GraphError>(template('boleto_vencendo', ['Maria']));
    expectEnvelope(mismatch, 400, 132000);
    expect(mismatch.body.error.error_data?.details).toBe('body: number of localizable_params (1) does not match the expected number of params (2)');
    // A template registered through the control API is enforced the same way.
    const registered = await call('POST', '/_control/templates', { name: 'pix_expirando', language: 'en_US', parameters: { body: 1 } });
    expect(registered.status).toBe(201);
    expect((await send(template('pix_expirando', ['Mary'], 'en_US'))).status).toBe(200);
    expectEnvelope(await send<GraphError>(template('pix_expirando', [], 'en_US')), 400, 132000);
    expectEnvelope(await send<GraphError>({ messaging_product: 'whatsapp', to: BUYER, type: 'template', template: { language: { code: 'pt_BR' } } }), 400, 131008);
  });

  it('answers scripted Graph errors to the next sends, then accepts again', async () => {
    const { send, call } = await start();
    await call('POST', '/_control/errors/next', { code: 130429, count: 2, retryAfterSeconds: 7 });
    await call('POST', '/_control/errors/next', { code: 131026, details: 'Recipient is not a valid WhatsApp user' });
    for (let i = 0; i < 2; i++) {
      const throttled = await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90']));
      expectEnvelope(throttled, 429, 130429);
      expect(throttled.headers.get('retry-after')).toBe('7');
    }
    const undeliverable = await send<GraphError>(template('boleto_vencendo', ['Maria', 'R$ 49,90']));
    expectEnvelope(undeliverable, 400, 131026);
    expect(undeliverable.body.error.error_data?.details).toBe('Recipient is not a valid WhatsApp user');
    expect((await send(template('boleto_vencendo', ['Maria', 'R$ 49,90']))).status).toBe(200);
    expect((await call<{ messages: unknown[] }>('GET', '/_control/messages')).body.messages).toHaveLength(1);
  });

  it('refuses free text outside the 24-hour window (131047) and accepts it after the buyer writes', async () => {
    const { send, call, number, clock } = await start();
    const receiver = await startWebhookReceiver();
    opened.push(receiver);
    const text = { messaging_product: 'whatsapp', to: BUYER, type: 'text', text: { body: 'Olá!' } };
    expectEnvelope(await send<GraphError>(text), 400, 131047);
    await call('PUT', '/_control/webhook', { url: receiver.url, appSecret: APP_SECRET });
    // A message to another business number opens no window with this one.
    await call('POST', '/_control/replies', { from: BUYER, text: 'Oi' });
    expectEnvelope(await send<GraphError>(text), 400, 131047);
    await call('POST', '/_control/replies', { from: BUYER, text: 'Oi', phoneNumberId: number.phoneNumberId });
    expect((await send(text)).status).toBe(200);
    clock.advance(24 * 3_600_000);
    expectEnvelope(await send<GraphError>(text), 400, 131047);
  });

  it('sends signed statuses (out of order, repeated) and replies to the webhook in the real payload shape', async () => {
    const { send, call, number } = await start();
    const receiver = await startWebhookReceiver();
    opened.push(receiver);
    expect((await call('POST', '/_control/replies', { from: BUYER, text: 'SAIR' })).status).toBe(409);
    expect((await call('PUT', '/_control/webhook', { url: receiver.url, appSecret: APP_SECRET })).status).toBe(200);
    const messageId = (await send(template('boleto_vencendo', ['Maria', 'R$ 49,90']))).body.messages[0]!.id;
    const emitted = await call<{ deliveries: { status: number }[] }>('POST', '/_control/statuses', {
      statuses: [
        { messageId, status: 'delivered' },
        { messageId, status: 'sent' },
        { messageId, status: 'delivered' },
        { messageId, status: 'failed', errors: [{ code: 131026 }] },
      ],
    });
    expect(emitted.body.deliveries.map((delivery) => delivery.status)).toEqual([204, 204, 204, 204]);
    const replied = await call<{ messageId: string }>('POST', '/_control/replies', { from: BUYER, text: 'SAIR', name: 'Maria', contextMessageId: messageId });
    await receiver.waitForCount(5);
    for (const delivery of receiver.received) {
      expect(delivery.headers['content-type']).toBe('application/json');
      expect(delivery.headers['x-hub-signature-256']).toBe(hmac(delivery.body, APP_SECRET));
      expect(delivery.headers['x-hub-signature-256']).not.toBe(hmac(delivery.body, 'another-secret'));
    }
    const bodies = receiver.received.map((delivery) => JSON.parse(delivery.body));
    expect(bodies[0]).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: number.wabaId,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: number.displayPhoneNumber, phone_number_id: number.phoneNumberId },
                statuses: [
                  expect.objectContaining({ id: messageId, status: 'delivered', timestamp: String(Date.parse(NOW) / 1000), recipient_id: BUYER }),
                ],
              },
            },
          ],
        },
      ],
    });
    expect(bodies.slice(0, 4).map((body) => body.entry[0].changes[0].value.statuses[0].status)).toEqual(['delivered', 'sent', 'delivered', 'failed']);
    expect(bodies[3].entry[0].changes[0].value.statuses[0].errors).toEqual([
      { code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Message undeliverable' } },
    ]);
    expect(bodies[4].entry[0].changes[0].value).toMatchObject({
      contacts: [{ profile: { name: 'Maria' }, wa_id: BUYER }],
      messages: [{ from: BUYER, id: replied.body.messageId, type: 'text', text: { body: 'SAIR' }, context: { id: messageId } }],
    });
  });

  it('sends sent and delivered on its own after each accepted message when asked', async () => {
    const { send, call } = await start();
    const receiver = await startWebhookReceiver();
    opened.push(receiver);
    await call('PUT', '/_control/webhook', { url: receiver.url, appSecret: APP_SECRET, autoStatuses: ['sent', 'delivered'] });
    const messageId = (await send(template('boleto_vencendo', ['Maria', 'R$ 49,90']))).body.messages[0]!.id;
    await receiver.waitForCount(2);
    const statuses = receiver.received.map((delivery) => JSON.parse(delivery.body).entry[0].changes[0].value.statuses[0]);
    expect(statuses.map((status: { id: string; status: string }) => [status.id, status.status])).toEqual([
      [messageId, 'sent'],
      [messageId, 'delivered'],
    ]);
    await waitFor(async () => (await call<{ messages: { statuses: unknown[] }[] }>('GET', '/_control/messages')).body.messages[0]!.statuses.length === 2);
    // The control API never shows the app secret back.
    expect(JSON.stringify((await call('GET', '/_control/webhook')).body)).not.toContain(APP_SECRET);
  });

  it("does Meta's subscription check when a verify token is given", async () => {
    const { call } = await start();
    const receiver = await startWebhookReceiver();
    opened.push(receiver);
    // The receiver answers 204 without echoing hub.challenge: refused.
    const refused = await call<{ error: string }>('PUT', '/_control/webhook', { url: receiver.url, appSecret: APP_SECRET, verifyToken: 'made-up-verify' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('verification_failed');
  });

  it('answers Graph’s reads of a number and of its templates with the number’s own token', async () => {
    const { call, number } = await start();
    const bearer = { authorization: `Bearer ${number.accessToken}` };
    const self = await call<Record<string, unknown>>('GET', `/v21.0/${number.phoneNumberId}`, undefined, bearer);
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ id: number.phoneNumberId, display_phone_number: number.displayPhoneNumber });
    // The default number exists but is not this token's; a wrong token is 190.
    expectEnvelope(await call<GraphError>('GET', '/v21.0/109876543210001', undefined, bearer), 400, 100);
    expectEnvelope(await call<GraphError>('GET', `/v21.0/${number.phoneNumberId}`, undefined, { authorization: 'Bearer EAAnot-a-real-token' }), 401, 190);

    await call('POST', '/_control/templates', { name: 'pedido_enviado', language: 'pt_BR', parameters: { body: 2 }, body: 'Olá {{1}}, seu pedido {{2}} saiu para entrega.' });
    const listed = await call<{ data: { name: string; language: string; status: string; components: { type: string; text: string }[] }[] }>(
      'GET',
      `/v21.0/${number.wabaId}/message_templates?name=pedido_enviado`,
      undefined,
      bearer,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ name: 'pedido_enviado', language: 'pt_BR', status: 'APPROVED', components: [{ type: 'BODY', text: 'Olá {{1}}, seu pedido {{2}} saiu para entrega.' }] })]);
    expect((await call<{ data: unknown[] }>('GET', `/v21.0/${number.wabaId}/message_templates?name=nao_existe`, undefined, bearer)).body.data).toEqual([]);
    expectEnvelope(await call<GraphError>('GET', '/v21.0/209876543210001/message_templates', undefined, bearer), 400, 100);
  });
});
