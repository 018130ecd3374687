import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { WhatsappCloudClient, WhatsappCloudError, type WhatsappErrorReason } from '../../src/connectors/whatsapp-cloud/client.ts';
import { buildWhatsappCloudSandbox } from '../../src/connectors/whatsapp-cloud/sandbox/app.ts';
import { parseWebhookPayload, verifyWebhookSignature, webhookChallenge } from '../../src/connectors/whatsapp-cloud/webhook.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

const APP_SECRET = 'made-up-app-secret';
const BUYER = '+5511987654321';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((item) => item.close()));
});

async function start() {
  const app: FastifyInstance = await buildWhatsappCloudSandbox({ seed: 5 });
  opened.push(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}/_control${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  };
  const number = await control<{ phoneNumberId: string; accessToken: string }>('POST', '/credentials');
  const client = (accessToken = number.accessToken) => new WhatsappCloudClient({ baseUrl: url, phoneNumberId: number.phoneNumberId, accessToken, apiVersion: 'v21.0' });
  return { url, control, number, client };
}

async function refusal(promise: Promise<unknown>): Promise<WhatsappCloudError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WhatsappCloudError);
  return error as WhatsappCloudError;
}

const vencendo = { to: BUYER, template: 'boleto_vencendo', language: 'pt_BR', parameters: { body: ['Maria', 'R$ 49,90'] } };

describe('WhatsApp Cloud API client', () => {
  it('sends a template with its parameters, as digits, and returns the wamid and wa_id', async () => {
    const { client, control } = await start();
    const sent = await client().sendTemplate(vencendo);
    expect(sent).toEqual({ messageId: expect.stringMatching(/^wamid\./), waId: '5511987654321' });
    const { messages } = await control<{ messages: { id: string; to: string; template: unknown }[] }>('GET', '/messages');
    expect(messages).toEqual([
      expect.objectContaining({ id: sent.messageId, to: '5511987654321', template: { name: 'boleto_vencendo', language: 'pt_BR', parameters: { header: [], body: ['Maria', 'R$ 49,90'] } } }),
    ]);
  });

  it('maps each Graph error to a reason, and only throttling and temporary failures to a retry', async () => {
    const { client, control } = await start();
    const cases: [number, WhatsappErrorReason, boolean][] = [
      [130429, 'throttled', true],
      [131056, 'throttled', true],
      [80007, 'throttled', true],
      [131000, 'temporary', true],
      [131016, 'temporary', true],
      [100, 'invalid_parameter', false],
      [131009, 'invalid_parameter', false],
      [131026, 'recipient', false],
      [131047, 're_engagement', false],
    ];
    for (const [code, reason, retryable] of cases) {
      await control('POST', '/errors/next', { code, details: `scripted ${code}` });
      const error = await refusal(client().sendTemplate(vencendo));
      expect({ code: error.graph.code, reason: error.reason, retryable: error.retryable, details: error.graph.details }).toEqual({ code, reason, retryable, details: `scripted ${code}` });
      expect(error.graph.message).toMatch(new RegExp(`^\\(#${code}\\)`));
      expect(error.graph.fbtraceId).toBeTruthy();
    }
    // The sandbox's own checks, not scripted: the real codes come through.
    const unknown = await refusal(client().sendTemplate({ ...vencendo, template: 'nao_existe' }));
    expect([unknown.graph.code, unknown.reason, unknown.retryable]).toEqual([132001, 'template', false]);
    const mismatch = await refusal(client().sendTemplate({ ...vencendo, parameters: { body: ['Maria'] } }));
    expect([mismatch.graph.code, mismatch.reason, mismatch.retryable, mismatch.graph.details]).toEqual([
      132000,
      'invalid_parameter',
      false,
      'body: number of localizable_params (1) does not match the expected number of params (2)',
    ]);
    const outsideWindow = await refusal(client().sendText({ to: BUYER, body: 'Olá' }));
    expect([outsideWindow.graph.code, outsideWindow.reason]).toEqual([131047, 're_engagement']);
  });

  it('reports a refused token as credentials, never with the token in the error', async () => {
    const { client } = await start();
    const token = 'EAAmade-up-wrong-token-123456';
    const error = await refusal(client(token).sendTemplate(vencendo));
    expect([error.graph.code, error.graph.status, error.reason, error.kind, error.retryable]).toEqual([190, 401, 'credentials', 'auth', false]);
    expect(error).toBeInstanceOf(ProviderError);
    expect(JSON.stringify({ message: error.message, graph: error.graph, details: error.details })).not.toContain(token);
  });

  it('keeps Retry-After, and reads a 429 without Graph envelope as throttled', async () => {
    const { client, control } = await start();
    await control('POST', '/errors/next', { code: 130429, retryAfterSeconds: 30 });
    const throttled = await refusal(client().sendTemplate(vencendo));
    expect([throttled.reason, throttled.graph.retryAfterSeconds, throttled.details.retryAfterSeconds]).toEqual(['throttled', 30, 30]);
    await control('POST', '/faults/next', [{ kind: 'rate_limited', retryAfterSeconds: 2 }, { kind: 'status', status: 503 }]);
    const proxy = await refusal(client().sendTemplate(vencendo));
    expect([proxy.reason, proxy.graph.code, proxy.retryable]).toEqual(['throttled', undefined, true]);
    const outage = await refusal(client().sendTemplate(vencendo));
    expect([outage.reason, outage.kind, outage.retryable]).toEqual(['temporary', 'unavailable', true]);
  });

  it('refuses a recipient that is not an E.164 number before calling', async () => {
    const { client, control } = await start();
    const error = await refusal(client().sendTemplate({ ...vencendo, to: '11 98765-4321' }));
    expect([error.reason, error.retryable]).toEqual(['invalid_parameter', false]);
    expect((await control<{ messages: unknown[] }>('GET', '/messages')).messages).toEqual([]);
  });

  it("verifies and parses the sandbox's signed status and reply webhooks, and refuses a tampered body", async () => {
    const { client, control, number } = await start();
    const receiver = await startWebhookReceiver();
    opened.push(receiver);
    await control('PUT', '/webhook', { url: receiver.url, appSecret: APP_SECRET });
    const { messageId } = await client().sendTemplate(vencendo);
    await control('POST', '/statuses', { statuses: [{ messageId, status: 'read' }, { messageId, status: 'failed', errors: [{ code: 131026, details: 'Recipient is not on WhatsApp' }] }] });
    await control('POST', '/replies', { from: '5511987654321', text: 'SAIR', name: 'Maria', contextMessageId: messageId, phoneNumberId: number.phoneNumberId });
    await receiver.waitForCount(3);
    const [read, failed, reply] = receiver.received.map((delivery) => {
      const header = delivery.headers['x-hub-signature-256'] as string;
      expect(verifyWebhookSignature(delivery.body, header, APP_SECRET)).toBe(true);
      expect(verifyWebhookSignature(Buffer.from(delivery.body), header, APP_SECRET)).toBe(true);
      expect(verifyWebhookSignature(delivery.body, header, 'another-secret')).toBe(false);
      expect(verifyWebhookSignature(delivery.body.replace('5511987654321', '5511987654322'), header, APP_SECRET)).toBe(false);
      expect(verifyWebhookSignature(delivery.body, undefined, APP_SECRET)).toBe(false);
      return parseWebhookPayload(JSON.parse(delivery.body));
    });
    expect(read).toEqual({ statuses: [{ messageId, status: 'read', timestamp: expect.any(Date), recipient: '5511987654321', phoneNumberId: number.phoneNumberId }], replies: [] });
    expect(failed!.statuses[0]).toMatchObject({ messageId, status: 'failed', errors: [{ code: 131026, title: 'Message undeliverable', details: 'Recipient is not on WhatsApp', reason: 'recipient' }] });
    expect(reply).toEqual({
      statuses: [],
      replies: [
        {
          messageId: expect.stringMatching(/^wamid\./),
          from: '5511987654321',
          text: 'SAIR',
          type: 'text',
          timestamp: expect.any(Date),
          name: 'Maria',
          phoneNumberId: number.phoneNumberId,
          contextMessageId: messageId,
        },
      ],
    });
    expect(() => parseWebhookPayload({ object: 'page', entry: [] })).toThrow(ProviderError);
  });

  it("answers Meta's subscription check only for the right verify token", () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'made-up-verify', 'hub.challenge': '1158201444' };
    expect(webhookChallenge(query, 'made-up-verify')).toBe('1158201444');
    expect(webhookChallenge(query, 'other')).toBeNull();
    expect(webhookChallenge({ ...query, 'hub.mode': 'unsubscribe' }, 'made-up-verify')).toBeNull();
  });
});
