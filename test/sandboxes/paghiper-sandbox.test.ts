import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaghiperSandbox, type PaghiperSandboxOptions } from '../../src/connectors/paghiper/sandbox/app.ts';

/** 12:00 in São Paulo; every date the sandbox writes derives from this clock, never from the wall clock. */
const NOW = new Date('2026-03-10T15:00:00.000Z');
const CPF = '52998224725'; // made up, with valid check digits
const STATUSES = ['processing', 'reserved', 'paid', 'completed', 'refunded', 'canceled', 'pending'] as const;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Sandbox {
  app: FastifyInstance;
  url: string;
}

async function startSandbox(options: PaghiperSandboxOptions): Promise<Sandbox> {
  const app = await buildPaghiperSandbox(options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

async function call(base: string, path: string, body?: unknown, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json;charset=UTF-8', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    ...init,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : null) as Json };
}

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server standing in for the merchant's notification_url; `script` holds the next statuses to answer. */
async function startReceiver() {
  const received: Received[] = [];
  const script: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.statusCode = script.shift() ?? 200;
      response.end('OK');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return { url, received, script, close, at: (path: string) => received.filter((r) => r.path === path) };
}

const boletoBody = (apiKey: string, extra: Json = {}): Json => ({
  apiKey,
  order_id: 'PED-1001',
  payer_email: 'cliente@example.com.br',
  payer_name: 'Cliente de Teste',
  payer_cpf_cnpj: CPF,
  payer_city: 'São Paulo',
  payer_state: 'SP',
  days_due_date: '3',
  type_bank_slip: 'boletoA4',
  discount_cents: 100,
  shipping_price_cents: 500,
  items: [
    { item_id: '1', description: 'Mensalidade', quantity: 1, price_cents: 10000 },
    { item_id: '2', description: 'Adicional', quantity: 2, price_cents: 1250 },
  ],
  ...extra,
});

describe('PagHiper sandbox', () => {
  let sandbox: Sandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const post = (path: string, body?: unknown, init?: RequestInit) => call(sandbox.url, path, body, init);
  const control = (path: string, body: unknown = {}) => call(sandbox.url, `/_control${path}`, body);
  const read = async (path: string) => (await (await fetch(`${sandbox.url}/_control${path}`)).json()) as Json;
  const merchant = async (): Promise<{ apiKey: string; token: string }> => (await control('/credentials')).json as never;
  const createBoleto = async (apiKey: string, extra: Json = {}) =>
    (await post('/transaction/create/', boletoBody(apiKey, extra))).json.create_request as Json;
  const createPix = async (creds: { apiKey: string; token: string }, extra: Json = {}) =>
    (await post('/invoice/create/', { ...boletoBody(creds.apiKey, extra), token: creds.token })).json.pix_create_request as Json;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 7, now: () => NOW, chargesPerDay: 2, historyDays: 120, notificationRetryDelayMs: 1 });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await sandbox.app.close();
    await receiver.close();
  });

  it('creates a boleto with only the apiKey: 201, http_code "201", São Paulo time and a FEBRABAN slip', async () => {
    const creds = await merchant();
    const created = await post('/transaction/create/', boletoBody(creds.apiKey));
    expect(created.status).toBe(201);
    const body = created.json.create_request;
    expect(body).toMatchObject({
      result: 'success',
      response_message: 'transacao criada',
      created_date: '2026-03-10 12:00:00',
      due_date: '2026-03-13',
      value_cents: 12900, // 10000 + 2 × 1250 + 500 shipping − 100 discount
      status: 'pending',
      order_id: 'PED-1001',
      http_code: '201',
    });
    expect(body.transaction_id).toMatch(/^[A-Z0-9]{16}$/);
    expect(body.bank_slip.digitable_line).toMatch(/^\d{5}\.\d{5} \d{5}\.\d{6} \d{5}\.\d{6} \d \d{4}0000012900$/);
    expect(body.bank_slip.bar_code_number_to_image).toMatch(/^\d{44}$/);
    expect(body.bank_slip.url_slip_pdf).toBe(`${body.bank_slip.url_slip}/pdf`);

    const status = await post('/transaction/status/', { ...creds, transaction_id: body.transaction_id });
    expect(status.status).toBe(201);
    expect(status.json.status_request).toMatchObject({
      result: 'success',
      response_message: 'transacao encontrada',
      status: 'pending',
      status_date: '2026-03-10 12:00:00',
      due_date: '2026-03-13',
      value_cents: 12900,
      bank_slip: body.bank_slip,
      http_code: '201',
    });
  });

  it('creates a PIX charge with pix_code and due_datetime, invisible to the boleto API', async () => {
    const creds = await merchant();
    const body = await createPix(creds, { minutes_due_date: 30, days_due_date: undefined });
    expect(body).toMatchObject({ result: 'success', status: 'pending', value_cents: 12900, due_date: '2026-03-10', http_code: '201' });
    expect(Object.keys(body.pix_code).sort()).toEqual(['bacen_url', 'emv', 'pix_url', 'qrcode_base64', 'qrcode_image_url']);
    expect(body.pix_code.emv).toMatch(/^000201.*5406129\.005802BR.*6304[0-9A-F]{4}$/);
    expect(Buffer.from(body.pix_code.bacen_url.split('/qr/')[1], 'base64').toString()).toBe(body.pix_code.emv);
    expect(Buffer.from(body.pix_code.qrcode_base64, 'base64').subarray(1, 4).toString()).toBe('PNG');

    const status = await post('/invoice/status/', { ...creds, transaction_id: body.transaction_id });
    expect(status.json.status_request).toMatchObject({ status: 'pending', due_datetime: '2026-03-10 12:30:00', pix_code: body.pix_code });
    const onBoletoApi = await post('/transaction/status/', { ...creds, transaction_id: body.transaction_id });
    expect(onBoletoApi.json.status_request.response_message).toBe('transaction_id não informada ou inválida');
  });

  it('rejects invalid create bodies with HTTP 200 and a message naming the field', async () => {
    const creds = await merchant();
    const cases: [Json, string][] = [
      [{ order_id: undefined }, 'order_id não informado'],
      [{ payer_email: undefined }, 'payer_email não informado'],
      [{ payer_cpf_cnpj: '12345678900' }, 'payer_cpf_cnpj inválido'],
      [{ days_due_date: undefined }, 'days_due_date não informado'],
      [{ items: [] }, 'items não informado'],
      [{ items: [{ item_id: '1', description: 'x', quantity: 1, price_cents: 10.5 }] }, 'items[1]: price_cents inválido'],
      [{ items: [{ item_id: '1', description: 'x', quantity: 1, price_cents: 299 }], shipping_price_cents: 0, discount_cents: 0 }, 'O valor total do boleto deve ser de no mínimo R$ 3,00'],
    ];
    for (const [change, message] of cases) {
      const response = await post('/transaction/create/', boletoBody(creds.apiKey, change));
      expect(response.status, message).toBe(200);
      expect(response.json.create_request).toMatchObject({ result: 'reject', response_message: message });
    }
    const pixWithoutItems = await post('/invoice/create/', boletoBody(creds.apiKey, { items: [] }));
    expect(pixWithoutItems.json.pix_create_request).toMatchObject({ result: 'reject', response_message: 'items não informado' });
  });

  it('answers 401 "token ou apiKey inválidos" for a wrong token or apiKey', async () => {
    const creds = await merchant();
    const { transaction_id } = await createBoleto(creds.apiKey);
    for (const auth of [{ ...creds, token: 'WRONG' }, { apiKey: 'apk_doesnotexist', token: creds.token }]) {
      const response = await post('/transaction/status/', { ...auth, transaction_id });
      expect(response.status).toBe(401);
      expect(response.json.status_request).toMatchObject({ result: 'reject', response_message: 'token ou apiKey inválidos' });
    }
  });

  it('answers 405 for GET, a non-JSON content type and invalid JSON, never Fastify errors', async () => {
    const creds = await merchant();
    const get = await post('/transaction/status/', undefined, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.json.status_request).toEqual({ result: 'reject', response_message: 'Request method must be POST', http_code: '405' });
    const form = await post('/transaction/create/', undefined, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ apiKey: creds.apiKey }).toString(),
    });
    expect(form.status).toBe(405);
    expect(form.json.create_request.response_message).toBe('Content type must be: application/json');
    const text = await post('/invoice/list/', undefined, { headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.json.transaction_list_request.response_message).toBe('Content type must be: application/json');
    const broken = await post('/invoice/status/', undefined, { headers: { 'content-type': 'application/json' }, body: '{"apiKey":' });
    expect(broken.status).toBe(405);
    expect(broken.json.status_request.response_message).toBe('Received content contained invalid JSON');
  });

  it('rejects a missing apiKey, token or transaction_id with HTTP 200', async () => {
    const creds = await merchant();
    const other = await merchant();
    const foreign = await createBoleto(other.apiKey);
    const cases: [Json, string][] = [
      [{ token: creds.token, transaction_id: foreign.transaction_id }, 'apiKey não informada'],
      [{ apiKey: creds.apiKey, transaction_id: foreign.transaction_id }, 'token não informado'],
      [{ ...creds }, 'transaction_id não informada ou inválida'],
      [{ ...creds, transaction_id: 'NOSUCHCHARGE0000' }, 'transaction_id não informada ou inválida'],
      [{ ...creds, transaction_id: foreign.transaction_id }, 'transaction_id não informada ou inválida'],
    ];
    for (const [body, message] of cases) {
      const response = await post('/transaction/status/', body);
      expect(response.status, message).toBe(200);
      expect(response.json.status_request).toMatchObject({ result: 'reject', response_message: message });
    }
  });

  it('reaches every status through control, visible in status with paid_date and value_cents_paid when paid', async () => {
    const creds = await merchant();
    const { transaction_id } = await createBoleto(creds.apiKey);
    for (const status of STATUSES) {
      const changed = await control(`/transactions/${transaction_id}/status`, { status });
      expect(changed.status).toBe(200);
      expect(changed.json).toMatchObject({ changed: true, delivery: null, transaction: { status } });
      expect(changed.json.notification_id).toMatch(/^[A-Z0-9]{64}$/);
      const seen = (await post('/transaction/status/', { ...creds, transaction_id })).json.status_request;
      expect(seen.status).toBe(status);
      if (status === 'paid') expect(seen).toMatchObject({ paid_date: '2026-03-10 12:00:00', value_cents_paid: 12900 });
      if (status === 'pending') expect(seen.paid_date).toBeUndefined();
    }
    const stored = await read(`/transactions/${transaction_id}`);
    expect(stored.transaction).toMatchObject({ kind: 'boleto', status: 'pending', order_id: 'PED-1001' });
    expect(stored.transaction.notifications).toHaveLength(STATUSES.length);
    expect((await control(`/transactions/${transaction_id}/status`, { status: 'approved' })).status).toBe(400);
    expect((await control('/transactions/NOSUCHCHARGE0000/status', { status: 'paid' })).status).toBe(404);
  });

  it('cancels only pending charges, with the boleto and PIX messages', async () => {
    const creds = await merchant();
    const boleto = await createBoleto(creds.apiKey);
    const cancel = (path: string, transaction_id: string, status: string | null = 'canceled') =>
      post(path, { ...creds, transaction_id, status }).then((r) => ({ status: r.status, ...r.json.cancellation_request }));
    expect(await cancel('/transaction/cancel/', boleto.transaction_id, null)).toMatchObject({ result: 'reject' });
    expect(await cancel('/transaction/cancel/', boleto.transaction_id)).toMatchObject({
      status: 201,
      result: 'success',
      response_message: `O Boleto ${boleto.transaction_id} foi Cancelado com Sucesso`,
    });
    expect((await post('/transaction/status/', { ...creds, transaction_id: boleto.transaction_id })).json.status_request.status).toBe('canceled');
    expect(await cancel('/transaction/cancel/', boleto.transaction_id)).toMatchObject({
      status: 200,
      result: 'reject',
      response_message: 'status atual do pedido é canceled',
    });
    const paid = await createBoleto(creds.apiKey);
    await control(`/transactions/${paid.transaction_id}/status`, { status: 'paid' });
    expect(await cancel('/transaction/cancel/', paid.transaction_id)).toMatchObject({
      result: 'reject',
      response_message: 'status atual do pedido diferente de pending',
    });
    const pix = await createPix(creds);
    expect(await cancel('/invoice/cancel/', pix.transaction_id)).toMatchObject({ result: 'success', response_message: 'O Pix foi cancelado com Sucesso' });
  });

  it('pages the list to the last page and returns every generated charge exactly once, in a stable order', async () => {
    const creds = await merchant();
    const ids: string[] = [];
    const statuses = new Set<string>();
    for (const path of ['/transaction/list/', '/invoice/list/']) {
      let page = 1;
      let previous = '';
      for (;;) {
        const query = { ...creds, initial_date: '2025-01-01', final_date: '2026-03-10', filter_date: 'create_date', limit: 17, page };
        const body = (await post(path, query)).json.transaction_list_request;
        expect(body).toMatchObject({ result: 'success', current_page: page });
        for (const row of body.transaction_list) {
          expect(row.create_date >= previous).toBe(true);
          previous = row.create_date;
          ids.push(row.transaction_id);
          statuses.add(row.status);
          expect(path === '/transaction/list/' ? row.bank_slip : row.pix_code).toBeDefined();
        }
        if (body.current_page >= body.total_page) break;
        page += 1;
      }
    }
    expect(ids).toHaveLength(2 * 120); // chargesPerDay × historyDays
    expect(new Set(ids).size).toBe(ids.length);
    expect([...statuses]).toEqual(expect.arrayContaining(['pending', 'paid', 'completed', 'canceled']));

    const recent = (await post('/transaction/list/', { ...creds, limit: 100 })).json.transaction_list_request;
    expect(recent.transaction_list.length).toBeLessThanOrEqual(100);
    expect(recent.transaction_list.every((row: Json) => row.create_date >= '2025-12-11')).toBe(true);
    const noFilter = await post('/transaction/list/', { ...creds, initial_date: '2026-01-01', final_date: '2026-03-10' });
    expect(noFilter.json.transaction_list_request).toMatchObject({ result: 'reject', response_message: 'filter_date não informado' });
    const paid = (await post('/invoice/list/', { ...creds, initial_date: '2026-03-01', final_date: '2026-03-10', filter_date: 'paid_date', limit: 100 })).json;
    for (const row of paid.transaction_list_request.transaction_list) expect(row.paid_date >= '2026-03-01').toBe(true);
  });

  it('posts the form-urlencoded callback on a status change and confirms it at the notification endpoint', async () => {
    const creds = await merchant();
    const created = await createBoleto(creds.apiKey, { notification_url: `${receiver.url}/hooks/boleto` });
    const changed = await control(`/transactions/${created.transaction_id}/status`, { status: 'paid' });
    expect(changed.json.delivery).toMatchObject({ outcome: 'delivered', attempts: [{ status: 200 }] });

    const [callback] = receiver.at('/hooks/boleto');
    expect(callback).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const form = Object.fromEntries(new URLSearchParams(callback!.body));
    expect(form).toEqual({
      apiKey: creds.apiKey,
      transaction_id: created.transaction_id,
      notification_id: changed.json.notification_id,
      notification_date: '2026-03-10 12:00:00',
      source_api: 'https://api.paghiper.com',
    });
    expect(form.notification_id).toMatch(/^[A-Z0-9]{64}$/);

    const confirmed = await post('/transaction/notification/', { ...creds, transaction_id: form.transaction_id, notification_id: form.notification_id });
    expect(confirmed.status).toBe(201);
    expect(confirmed.json.status_request).toMatchObject({
      result: 'success',
      response_message: 'notification_id encontrada',
      status: 'paid',
      paid_date: '2026-03-10 12:00:00',
      value_cents: '12900',
      value_cents_paid: '12900',
      value_fee_cents: '279',
      discount_cents: '100',
      shipping_price_cents: '500',
      num_cart_items: '2',
      payer_cpf_cnpj: CPF,
      http_code: '201',
    });
    expect(confirmed.json.status_request.items[1]).toEqual({ item_id: '2', description: 'Adicional', quantity: '2', price_cents: '1250' });
    const unknown = await post('/transaction/notification/', { ...creds, transaction_id: form.transaction_id, notification_id: 'X'.repeat(64) });
    expect(unknown.status).toBe(200);
    expect(unknown.json.status_request).toMatchObject({ result: 'reject', response_message: 'notification_id não encontrada' });
  });

  it('sends PIX callbacks from pix.paghiper.com, also when the merchant cancels through the API', async () => {
    const creds = await merchant();
    const pix = await createPix(creds, { notification_url: `${receiver.url}/hooks/pix` });
    await post('/invoice/cancel/', { ...creds, transaction_id: pix.transaction_id, status: 'canceled' });
    await control('/notifications/wait');
    const [callback] = receiver.at('/hooks/pix');
    const form = Object.fromEntries(new URLSearchParams(callback!.body));
    expect(form).toMatchObject({ transaction_id: pix.transaction_id, source_api: 'https://pix.paghiper.com' });
    const confirmed = await post('/invoice/notification/', { ...creds, transaction_id: pix.transaction_id, notification_id: form.notification_id });
    expect(confirmed.json.status_request).toMatchObject({ status: 'canceled', value_cents: '12900' });
    expect(confirmed.json.status_request.pix_code.emv).toBe(pix.pix_code.emv);
  });

  it('retries a failed callback a bounded number of times and records every attempt', async () => {
    const creds = await merchant();
    const flaky = await createBoleto(creds.apiKey, { notification_url: `${receiver.url}/hooks/flaky` });
    receiver.script.push(500);
    const recovered = await control(`/transactions/${flaky.transaction_id}/status`, { status: 'paid' });
    expect(recovered.json.delivery).toMatchObject({ outcome: 'delivered', attempts: [{ status: 500 }, { status: 200 }] });
    expect(receiver.at('/hooks/flaky')).toHaveLength(2);

    const down = await createBoleto(creds.apiKey, { notification_url: `${receiver.url}/hooks/down` });
    receiver.script.push(503, 503, 503);
    const failed = await control(`/transactions/${down.transaction_id}/status`, { status: 'paid' });
    expect(failed.json.delivery).toMatchObject({ outcome: 'failed', attempts: [{ status: 503 }, { status: 503 }, { status: 503 }] });

    const closed = await startReceiver();
    await closed.close();
    const unreachable = await createBoleto(creds.apiKey, { notification_url: `${closed.url}/hooks` });
    const refused = await control(`/transactions/${unreachable.transaction_id}/status`, { status: 'paid' });
    expect(refused.json.delivery.outcome).toBe('failed');
    expect(refused.json.delivery.attempts[0]).toMatchObject({ status: null, error: expect.any(String) });

    const listed = await read(`/notifications?transaction_id=${flaky.transaction_id}`);
    expect(listed.deliveries).toEqual([recovered.json.delivery]);
    expect(listed.deliveries[0]).toMatchObject({ url: `${receiver.url}/hooks/flaky`, body: expect.stringContaining('source_api=') });
  });

  it('plays scripted faults from /_control/faults/next: 500, then 429 with Retry-After, then an expired token', async () => {
    const creds = await merchant();
    const { transaction_id } = await createBoleto(creds.apiKey);
    const scripted = await control('/faults/next', {
      faults: [{ kind: 'status', status: 500 }, { kind: 'rate_limited', retryAfterSeconds: 7 }, { kind: 'expired_token' }],
    });
    expect(scripted.status).toBe(200);
    const statusCall = () => post('/transaction/status/', { ...creds, transaction_id });
    expect((await statusCall()).status).toBe(500);
    const limited = await statusCall();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    const expired = await statusCall();
    expect(expired.status).toBe(401);
    expect(expired.json.status_request.response_message).toBe('token ou apiKey inválidos');
    expect((await statusCall()).status).toBe(201);
  });

  it('generates the same history and ids for the same seed, and different ones for another seed', async () => {
    const snapshot = async (seed: number) => {
      const other = await startSandbox({ seed, now: () => NOW, chargesPerDay: 3, historyDays: 20 });
      try {
        const creds = (await call(other.url, '/_control/credentials', {})).json as { apiKey: string; token: string };
        const list = async (path: string) =>
          (await call(other.url, path, { ...creds, initial_date: '2026-02-01', final_date: '2026-03-10', filter_date: 'create_date', limit: 100 }))
            .json.transaction_list_request.transaction_list as Json[];
        const history = { boletos: await list('/transaction/list/'), pix: await list('/invoice/list/') };
        const created = (await call(other.url, '/transaction/create/', boletoBody(creds.apiKey))).json.create_request;
        return { creds, ...history, created };
      } finally {
        await other.app.close();
      }
    };
    const first = await snapshot(42);
    const second = await snapshot(42);
    expect(first.boletos.length + first.pix.length).toBe(60);
    expect(second).toEqual(first);
    const third = await snapshot(43);
    expect(third.creds.apiKey).not.toBe(first.creds.apiKey);
    expect(third.boletos.map((row) => row.transaction_id)).not.toEqual(first.boletos.map((row) => row.transaction_id));
  });
});
