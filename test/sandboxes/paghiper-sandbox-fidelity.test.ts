// The PagHiper sandbox must be no kinder than PagHiper: what the provider refuses, the sandbox refuses the same way,
// and what the provider accepts (a create with the apiKey alone), the sandbox accepts.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';

const NOW = new Date('2026-03-10T15:00:00.000Z');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await buildPaghiperSandbox({ seed: 11, now: () => NOW, chargesPerDay: 2, historyDays: 10 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => app?.close());

async function post(path: string, body: unknown, method = 'POST') {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json;charset=UTF-8', accept: 'application/json' },
    ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), json: (await response.json()) as Json };
}

const merchant = async () => (await post('/_control/credentials', {})).json as { apiKey: string; token: string };

const charge = (apiKey: string, extra: Json = {}): Json => ({
  apiKey,
  order_id: 'PED-2001',
  payer_email: 'cliente@example.com.br',
  payer_name: 'Cliente de Teste',
  payer_cpf_cnpj: '52998224725', // made up, with valid check digits
  days_due_date: 2,
  items: [{ item_id: '1', description: 'Mensalidade', quantity: 1, price_cents: 5000 }],
  ...extra,
});

describe('PagHiper sandbox fidelity', () => {
  it('creates boleto and PIX charges with the apiKey alone, as PagHiper does (the token is not checked on create)', async () => {
    const { apiKey } = await merchant();
    const pix = await post('/invoice/create/', charge(apiKey));
    expect(pix.status).toBe(201);
    expect(pix.json.pix_create_request).toMatchObject({ result: 'success', http_code: '201', pix_code: { emv: expect.any(String) } });
    const boleto = await post('/transaction/create/', charge(apiKey));
    expect(boleto.json.create_request).toMatchObject({ result: 'success', bank_slip: { digitable_line: expect.any(String) } });
    // Sending a token is harmless, even a stale one: create authenticates by the apiKey.
    const staleToken = await post('/invoice/create/', charge(apiKey, { token: 'an-old-token' }));
    expect(staleToken.json.pix_create_request).toMatchObject({ result: 'success' });

    const unknownKey = await post('/invoice/create/', charge('apk_nobodyhasthiskey'));
    expect(unknownKey.status).toBe(401);
    expect(unknownKey.json.pix_create_request).toMatchObject({ result: 'reject', response_message: 'token ou apiKey inválidos' });
    const noKey = await post('/invoice/create/', charge(''));
    expect(noKey.status).toBe(200);
    expect(noKey.json.pix_create_request).toMatchObject({ result: 'reject', response_message: 'apiKey não informada' });
  });

  it('refuses a list limit above 100 with the list envelope, HTTP 200, result reject', async () => {
    const creds = await merchant();
    const query = { ...creds, filter_date: 'create_date', initial_date: '2026-03-01', final_date: '2026-03-10', page: 1 };
    for (const path of ['/transaction/list/', '/invoice/list/']) {
      const refused = await post(path, { ...query, limit: 101 });
      expect(refused.status, path).toBe(200);
      expect(refused.json).toEqual({
        transaction_list_request: { result: 'reject', response_message: 'limit deve ser no máximo 100', http_code: '200' },
      });
      const largest = await post(path, { ...query, limit: 100 });
      expect(largest.status).toBe(201);
      expect(largest.json.transaction_list_request).toMatchObject({ result: 'success', current_page: 1 });
    }
    const asText = await post('/transaction/list/', { ...query, limit: '500' });
    expect(asText.json.transaction_list_request).toMatchObject({ result: 'reject', response_message: 'limit deve ser no máximo 100' });
  });

  it("answers an unknown path, or a known one without its trailing slash, with PagHiper's reject envelope and 404", async () => {
    const creds = await merchant();
    const cases: [string, string, string][] = [
      ['POST', '/transaction/list', 'transaction_list_request'],
      ['POST', '/invoice/create', 'pix_create_request'],
      ['POST', '/transaction/status', 'status_request'],
      ['POST', '/transaction/refund/', 'status_request'],
      ['GET', '/nothing/here', 'status_request'],
    ];
    for (const [method, path, envelope] of cases) {
      const response = await post(path, { ...creds, limit: 10 }, method);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.contentType).toMatch(/^application\/json/);
      expect(response.json, `${method} ${path}`).toEqual({
        [envelope]: { result: 'reject', response_message: `Endpoint não encontrado: ${path}`, http_code: '404' },
      });
    }
  });

  it('counts the provider requests it answers, by path, for tests and benchmarks', async () => {
    const reset = await fetch(`${url}/_control/requests`, { method: 'DELETE' });
    expect(reset.status).toBe(200);
    const creds = await merchant();
    await post('/transaction/list/', { ...creds, limit: 5 });
    await post('/transaction/list/', { ...creds, limit: 5, page: 2 });
    await post('/invoice/status/', { ...creds, transaction_id: 'NOSUCHCHARGE0000' });
    await post('/transaction/list', { ...creds });
    const counted = (await (await fetch(`${url}/_control/requests`)).json()) as Json;
    expect(counted).toMatchObject({
      total: 4,
      byPath: { '/transaction/list/': 2, '/invoice/status/': 1, '/transaction/list': 1 },
    });
    expect(counted.log).toHaveLength(4);
    expect(counted.log[0]).toMatchObject({ method: 'POST', path: '/transaction/list/', status: 201, at: expect.any(String) });
    expect(counted.log[3]).toMatchObject({ path: '/transaction/list', status: 404 });
  });

  it("makes a merchant with a history of its own volume when asked, the sandbox's otherwise", async () => {
    expect((await post('/_control/credentials', {})).json.generated_charges).toBe(2 * 10);
    const busy = await post('/_control/credentials', { charges_per_day: 7, history_days: 3 });
    expect(busy.status).toBe(201);
    expect(busy.json.generated_charges).toBe(21);
    expect((await post('/_control/credentials', { charges_per_day: -1 })).status).toBe(400);
  });
});
