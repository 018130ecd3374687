import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaghiperClient, paghiperClient, type PaghiperConfig, type PaghiperCredentials } from '../../src/connectors/paghiper/client.ts';
import { paghiperDateTime, toPayment } from '../../src/connectors/paghiper/mapping.ts';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';
import type { ChangesPage, ConnectorContext, FetchRequest } from '../../src/connectors/sdk/client.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import type { Payment } from '../../src/connectors/sdk/records.ts';

/** 12:00 in São Paulo; the sandbox and the client share this clock, never the wall clock. */
const NOW = new Date('2026-03-10T15:00:00.000Z');
const DAY_MS = 86_400_000;
const STATUSES = ['processing', 'reserved', 'paid', 'completed', 'refunded', 'canceled', 'pending'] as const;
const CPF = '52998224725';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Context = ConnectorContext<PaghiperCredentials, PaghiperConfig>;

let app: FastifyInstance;
let base: string;
let credentials: PaghiperCredentials;
let generated: number;
const received: { contentType: string; body: string }[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ contentType: String(request.headers['content-type']), body: Buffer.concat(chunks).toString() });
    response.end('OK');
  });
});

function context(overrides: Partial<Context> = {}): Context {
  return {
    credentials,
    config: { syncIntervalMinutes: 5, retroactiveMonths: 12, paymentMethods: ['boleto', 'pix'] },
    baseUrls: { boleto: base, pix: base },
    now: () => NOW,
    tokens: null,
    saveTokens: async () => undefined,
    ...overrides,
  };
}

async function control(path: string, body?: unknown, method = 'POST'): Promise<Json> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as Json;
}

/** A fresh pending charge made through the sandbox's own create endpoint (no notification_url). */
async function createCharge(method: 'boleto' | 'pix', orderId: string): Promise<string> {
  const response = await fetch(`${base}${method === 'boleto' ? '/transaction' : '/invoice'}/create/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...credentials,
      order_id: orderId,
      payer_email: 'ana@example.com.br',
      payer_name: 'Ana Silva',
      payer_cpf_cnpj: CPF,
      days_due_date: 3,
      items: [{ item_id: '1', description: 'Plano', quantity: 1, price_cents: 1500 }],
    }),
  });
  const json = (await response.json()) as Json;
  return (json.create_request ?? json.pix_create_request).transaction_id as string;
}

async function drain(ctx: Context, request: Omit<FetchRequest, 'cursor'>, cursor: string | null = null) {
  const pages: ChangesPage[] = [];
  let page: ChangesPage;
  do {
    page = await paghiperClient.fetchChanges(ctx, { ...request, cursor: pages.at(-1)?.nextCursor ?? cursor });
    pages.push(page);
  } while (!page.done && pages.length < 100);
  return { pages, payments: pages.flatMap((p) => p.records.map((r) => r.data as Payment)) };
}

async function thrown(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const decode = (cursor: string | null) => JSON.parse(Buffer.from(cursor ?? '', 'base64url').toString()) as Json;
const fullWindow = { from: new Date(NOW.getTime() - 130 * DAY_MS), to: NOW };

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  app = await buildPaghiperSandbox({ seed: 7, now: () => NOW, chargesPerDay: 5, historyDays: 120 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const merchant = await control('/_control/credentials', { notification_url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` });
  credentials = { apiKey: merchant.apiKey as string, token: merchant.token as string };
  generated = merchant.generated_charges as number;
});

afterAll(async () => {
  // The 'timeout' fault holds its request open for a minute; drop it rather than wait for it.
  app.server.closeAllConnections();
  await app.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe('verifyCredentials', () => {
  it('accepts the sandbox merchant', async () => {
    expect(await paghiperClient.verifyCredentials(context())).toEqual({ ok: true });
  });

  it('refuses a wrong token or an unknown apiKey without echoing them', async () => {
    const wrongToken = await paghiperClient.verifyCredentials(context({ credentials: { ...credentials, token: 'not-the-token' } }));
    expect(wrongToken).toEqual({ ok: false, reason: 'invalid_credentials', providerMessage: 'token ou apiKey inválidos' });
    const unknown = { apiKey: 'apk_unknownunknownunknown', token: 'secret-token-123' };
    const error = await thrown(paghiperClient.fetchChanges(context({ credentials: unknown }), { model: 'payment', cursor: null }));
    expect(error.kind).toBe('auth');
    expect(error.retryable).toBe(false);
    expect(JSON.stringify({ message: error.message, ...error.details })).not.toMatch(/secret-token-123|apk_unknown/);
  });
});

describe('fetchChanges', () => {
  it('backfills a window page by page, every charge exactly once', async () => {
    const { pages, payments } = await drain(context(), { model: 'payment', window: fullWindow });
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.every((page) => page.records.length <= 100)).toBe(true);
    expect(pages.at(-1)).toMatchObject({ done: true, nextCursor: null });
    expect(pages.slice(0, -1).every((page) => !page.done && page.nextCursor)).toBe(true);
    const ids = payments.map((payment) => payment.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(generated);
    expect(new Set(payments.map((payment) => payment.method))).toEqual(new Set(['boleto', 'pix']));
    for (const payment of payments) {
      expect(payment.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-03:00$/);
      expect(Number.isInteger(payment.amountCents)).toBe(true);
      if (payment.paidAt) expect(payment.paidAt).toMatch(/-03:00$/);
    }
  });

  it('backfills only the enabled methods', async () => {
    const { payments } = await drain(context({ config: { ...context().config, paymentMethods: ['pix'] } }), { model: 'payment', window: fullWindow });
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.every((payment) => payment.method === 'pix')).toBe(true);
  });

  it('polls from yesterday, then re-reads the last day and picks up new charges', async () => {
    const first = await drain(context(), { model: 'payment' });
    const last = first.pages.at(-1) as ChangesPage;
    expect(last.done).toBe(true);
    expect(decode(last.nextCursor)).toMatchObject({ mode: 'poll', since: '2026-03-10', until: null, page: 1 });
    expect(first.payments.every((p) => p.createdAt >= '2026-03-09' || (p.paidAt ?? '') >= '2026-03-09')).toBe(true);
    expect(first.payments.length).toBeGreaterThan(0);

    const id = await createCharge('pix', 'poll-new-1');
    const second = await drain(context(), { model: 'payment' }, last.nextCursor);
    expect(second.payments.filter((p) => p.externalId === id)).toHaveLength(1);
    expect(second.payments.find((p) => p.externalId === id)).toMatchObject({ method: 'pix', status: 'pending', orderId: 'poll-new-1', amountCents: 1500 });
  });

  it('keeps every status value as PagHiper sends it', async () => {
    const id = await createCharge('boleto', 'status-walk');
    for (const status of STATUSES) {
      await control(`/_control/transactions/${id}/status`, { status });
      const { payments } = await drain(context({ config: { ...context().config, paymentMethods: ['boleto'] } }), {
        model: 'payment',
        window: { from: NOW, to: NOW },
      });
      const payment = payments.find((p) => p.externalId === id);
      expect(payment?.status).toBe(status);
      expect(payment?.paidAt === null).toBe(!['paid', 'completed', 'refunded'].includes(status));
    }
  });

  it('refuses a cursor it did not write', async () => {
    await expect(paghiperClient.fetchChanges(context(), { model: 'payment', cursor: 'not-a-cursor' })).rejects.toThrow(/Invalid PagHiper cursor/);
  });
});

describe('mapping', () => {
  it('turns numbers sent as strings into numbers and local dates into ISO with the São Paulo offset', () => {
    const payment = toPayment(
      {
        transaction_id: 'BPV661O7AVLORCN5',
        order_id: 42,
        created_date: '2026-03-09 21:21:02',
        paid_date: '2026-03-10 08:00:00',
        status: 'paid',
        value_cents: '17012',
        value_cents_paid: '17012',
        value_fee_cents: '279',
        due_date: '2026-03-12',
        payer_cpf_cnpj: 52998224725,
      },
      'boleto',
    );
    expect(payment).toMatchObject({ orderId: '42', amountCents: 17012, paidAmountCents: 17012, feeCents: 279, dueDate: '2026-03-12' });
    expect(payment.createdAt).toBe('2026-03-09T21:21:02-03:00');
    expect(payment.paidAt).toBe('2026-03-10T08:00:00-03:00');
    expect(payment.payer).toEqual({ name: null, email: null, document: '52998224725', phone: null });
    expect(toPayment({ transaction_id: 'X', create_date: '2026-01-01 00:00:00', status: 'pending', value_cents: 300 }, 'pix').createdAt).toBe('2026-01-01T00:00:00-03:00');
    expect(paghiperDateTime('')).toBeNull();
    expect(() => toPayment({ transaction_id: 'X', create_date: '2026-01-01', status: 'pending', value_cents: '12,5' }, 'pix')).toThrow(ProviderError);
  });
});

describe('handleCallback', () => {
  it.each(['boleto', 'pix'] as const)('confirms a %s payment notification and returns the paid Payment', async (method) => {
    const history = await drain(context({ config: { ...context().config, paymentMethods: [method] } }), { model: 'payment', window: { from: NOW, to: NOW } });
    const pending = history.payments.find((p) => p.status === 'pending' && /^\d{8}-\d{5}$/.test(p.orderId));
    expect(pending).toBeDefined();
    const changed = await control(`/_control/transactions/${pending?.externalId}/status`, { status: 'paid' });
    expect(changed.delivery.outcome).toBe('delivered');
    const delivery = received.find((r) => r.body.includes(changed.notification_id as string));
    expect(delivery?.contentType).toBe('application/x-www-form-urlencoded');
    const result = await paghiperClient.handleCallback!(context(), delivery as { contentType: string; body: string });
    expect(result.deliveryId).toBe(changed.notification_id);
    expect(result.records).toHaveLength(1);
    const payment = result.records[0]?.data as Payment;
    expect(payment).toMatchObject({ externalId: pending?.externalId, method, status: 'paid', amountCents: pending?.amountCents, paidAmountCents: pending?.amountCents });
    expect(typeof payment.feeCents).toBe('number');
    expect(payment.paidAt).toMatch(/^2026-03-10T12:00:00-03:00$/);
  });

  it('refuses an unknown notification_id and a callback for another apiKey', async () => {
    const id = await createCharge('boleto', 'forged');
    const forged = new URLSearchParams({ apiKey: credentials.apiKey, transaction_id: id, notification_id: 'f'.repeat(64), notification_date: '2026-03-10 12:00:00', source_api: 'https://api.paghiper.com', idPlataforma: 'forged' });
    const unknown = await thrown(paghiperClient.handleCallback!(context(), { contentType: 'application/x-www-form-urlencoded', body: forged.toString() }));
    expect(unknown).toMatchObject({ kind: 'rejected', details: { providerMessage: 'notification_id não encontrada' } });

    forged.set('apiKey', 'apk_someoneelse');
    const other = await thrown(paghiperClient.handleCallback!(context(), { contentType: 'application/x-www-form-urlencoded', body: forged.toString() }));
    expect(other.kind).toBe('rejected');
    expect(other.message).not.toContain(credentials.apiKey);

    const missing = await thrown(paghiperClient.handleCallback!(context(), { contentType: 'application/x-www-form-urlencoded', body: `apiKey=${credentials.apiKey}` }));
    expect(missing.kind).toBe('rejected');
  });
});

describe('runAction cancel_charge', () => {
  it('cancels a pending charge, then rejects a second cancel with PagHiper\'s message', async () => {
    const id = await createCharge('pix', 'to-cancel');
    expect(await paghiperClient.runAction!(context(), 'cancel_charge', { transactionId: id, method: 'pix' })).toMatchObject({
      transactionId: id,
      status: 'canceled',
      providerMessage: 'O Pix foi cancelado com Sucesso',
    });
    const again = await thrown(paghiperClient.runAction!(context(), 'cancel_charge', { transactionId: id, method: 'pix' }));
    expect(again).toMatchObject({ kind: 'rejected', details: { providerMessage: 'status atual do pedido é canceled' } });
    await expect(paghiperClient.runAction!(context(), 'cancel_charge', { transactionId: 'short', method: 'pix' })).rejects.toThrow(TypeError);
  });
});

describe('runAction create_charge and charge_status', () => {
  const payer = { name: 'Ana Silva', email: 'ana@example.com.br', document: CPF };
  const items = [
    { id: 'plano', description: 'Plano mensal', quantity: 2, priceCents: 1250 },
    { id: 'taxa', description: 'Taxa de adesão', quantity: 1, priceCents: 500 },
  ];

  it('creates a boleto with the wire fields, returns the Payment and the bank slip, and reads it back', async () => {
    const notificationUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const created = await paghiperClient.runAction!(context(), 'create_charge', { method: 'boleto', orderId: 'action-boleto-1', payer, items, daysDueDate: 3, notificationUrl });
    expect(created).toMatchObject({
      provider: 'paghiper',
      method: 'boleto',
      orderId: 'action-boleto-1',
      status: 'pending',
      amountCents: 3000,
      currency: 'BRL',
      dueDate: '2026-03-13',
      createdAt: '2026-03-10T12:00:00-03:00',
      paidAt: null,
      payer: { name: 'Ana Silva', email: 'ana@example.com.br', document: CPF },
      digitableLine: expect.stringMatching(/^\d{5}\.\d{5} /),
      bankSlipUrl: expect.stringMatching(/^https:\/\//),
      bankSlipPdfUrl: expect.stringMatching(/^https:\/\//),
      barCode: expect.stringMatching(/^\d{44}$/),
      providerMessage: 'transacao criada',
    });
    expect(created).not.toHaveProperty('pixEmv');
    const id = created.externalId as string;
    expect(id).toHaveLength(16);

    const stored = (await control(`/_control/transactions/${id}`, undefined, 'GET')).transaction as Json;
    expect(stored).toMatchObject({
      kind: 'boleto',
      api_key: credentials.apiKey,
      order_id: 'action-boleto-1',
      value_cents: 3000,
      status: 'pending',
      notification_url: notificationUrl,
      payer: { name: 'Ana Silva', email: 'ana@example.com.br', cpfCnpj: CPF },
      items: [
        { itemId: 'plano', description: 'Plano mensal', quantity: 2, priceCents: 1250 },
        { itemId: 'taxa', description: 'Taxa de adesão', quantity: 1, priceCents: 500 },
      ],
    });
    expect(stored.bank_slip.url_slip).toBe(created.bankSlipUrl);

    const status = await paghiperClient.runAction!(context(), 'charge_status', { transactionId: id, method: 'boleto' });
    expect(status).toMatchObject({ externalId: id, method: 'boleto', orderId: 'action-boleto-1', status: 'pending', amountCents: 3000, dueDate: '2026-03-13', paidAt: null });
  });

  it('creates a PIX with minutesDueDate, returns its pix code, and follows it to paid with charge_status', async () => {
    const created = await paghiperClient.runAction!(context(), 'create_charge', { method: 'pix', orderId: 'action-pix-1', payer, items: items.slice(0, 1), minutesDueDate: 30 });
    expect(created).toMatchObject({
      method: 'pix',
      orderId: 'action-pix-1',
      status: 'pending',
      amountCents: 2500,
      pixEmv: expect.stringMatching(/^000201/),
      pixQrCodeImageUrl: expect.stringMatching(/^https:\/\//),
      pixUrl: expect.any(String),
      pixDueDateTime: '2026-03-10 12:30:00',
    });
    expect(created).not.toHaveProperty('bankSlipUrl');
    const id = created.externalId as string;

    const stored = (await control(`/_control/transactions/${id}`, undefined, 'GET')).transaction as Json;
    expect(stored).toMatchObject({ kind: 'pix', order_id: 'action-pix-1', value_cents: 2500, due_datetime: '2026-03-10 12:30:00', notification_url: null });
    expect(stored.pix_code.emv).toBe(created.pixEmv);

    expect(await paghiperClient.runAction!(context(), 'charge_status', { transactionId: id, method: 'pix' })).toMatchObject({ externalId: id, method: 'pix', status: 'pending', amountCents: 2500 });
    await control(`/_control/transactions/${id}/status`, { status: 'paid' });
    expect(await paghiperClient.runAction!(context(), 'charge_status', { transactionId: id, method: 'pix' })).toMatchObject({
      externalId: id,
      status: 'paid',
      paidAmountCents: 2500,
      paidAt: '2026-03-10T12:00:00-03:00',
    });
  });

  it("keeps PagHiper's message when it rejects a charge, and refuses input the manifest does not allow", async () => {
    const cheap = await thrown(
      paghiperClient.runAction!(context(), 'create_charge', { method: 'boleto', orderId: 'too-cheap', payer, items: [{ id: '1', description: 'Bala', quantity: 1, priceCents: 250 }], daysDueDate: 2 }),
    );
    expect(cheap).toMatchObject({ kind: 'rejected', details: { providerMessage: 'O valor total do boleto deve ser de no mínimo R$ 3,00' } });
    expect(cheap.message).not.toContain(credentials.token);

    const cheapPix = await thrown(
      paghiperClient.runAction!(context(), 'create_charge', { method: 'pix', orderId: 'too-cheap-pix', payer, items: [{ id: '1', description: 'Bala', quantity: 2, priceCents: 100 }], daysDueDate: 1 }),
    );
    expect(cheapPix.details.providerMessage).toBe('O valor total do PIX deve ser de no mínimo R$ 3,00');

    const badCpf = await thrown(
      paghiperClient.runAction!(context(), 'create_charge', { method: 'boleto', orderId: 'bad-cpf', payer: { ...payer, document: '12345678900' }, items, daysDueDate: 2 }),
    );
    expect(badCpf).toMatchObject({ kind: 'rejected', details: { providerMessage: 'payer_cpf_cnpj inválido' } });

    const unknown = await thrown(paghiperClient.runAction!(context(), 'charge_status', { transactionId: 'ZZZZZZZZZZZZZZZZ', method: 'boleto' }));
    expect(unknown.kind).toBe('rejected');

    const invalid = [
      { method: 'boleto', orderId: 'no-due', payer, items },
      { method: 'boleto', orderId: 'minutes', payer, items, daysDueDate: 1, minutesDueDate: 30 },
      { method: 'pix', orderId: 'formatted-cpf', payer: { ...payer, document: '529.982.247-25' }, items, minutesDueDate: 30 },
      { method: 'pix', orderId: 'no-items', payer, items: [], minutesDueDate: 30 },
      { method: 'pix', orderId: 'extra', payer, items, minutesDueDate: 30, discountCents: 10 },
    ];
    for (const input of invalid) await expect(paghiperClient.runAction!(context(), 'create_charge', input)).rejects.toThrow(TypeError);
    await expect(paghiperClient.runAction!(context(), 'charge_status', { transactionId: 'short', method: 'pix' })).rejects.toThrow(TypeError);
    await expect(paghiperClient.runAction!(context(), 'refund_charge', {})).rejects.toThrow(/no action refund_charge/);
  });
});

describe('provider faults', () => {
  const poll = (client = paghiperClient) => client.fetchChanges(context(), { model: 'payment', cursor: null });

  it('maps 500, 429, malformed bodies and expired tokens', async () => {
    await control('/_control/faults/next', [{ kind: 'status', status: 500 }]);
    const unavailable = await thrown(poll());
    expect(unavailable).toMatchObject({ kind: 'unavailable', retryable: true });

    await control('/_control/faults/next', [{ kind: 'rate_limited', retryAfterSeconds: 7 }]);
    expect(await thrown(poll())).toMatchObject({ kind: 'rate_limited', retryable: true, details: { retryAfterSeconds: 7 } });

    await control('/_control/faults/next', [{ kind: 'malformed' }]);
    expect(await thrown(poll())).toMatchObject({ kind: 'bad_response', retryable: false });

    await control('/_control/faults/next', [{ kind: 'expired_token' }]);
    expect(await thrown(paghiperClient.runAction!(context(), 'cancel_charge', { transactionId: 'AAAAAAAAAAAAAAAA', method: 'boleto' }))).toMatchObject({ kind: 'auth' });
  });

  it('times out on a provider that never answers', async () => {
    await control('/_control/faults/next', [{ kind: 'timeout' }]);
    expect(await thrown(poll(createPaghiperClient({ timeoutMs: 300 })))).toMatchObject({ kind: 'timeout', retryable: true });
    expect(await paghiperClient.verifyCredentials(context())).toEqual({ ok: true });
  });
});
