import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';

let app: FastifyInstance;
let base: string;

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
  redirect: 'manual' as const,
});
const output = (html: string, id: string) => new RegExp(`<output id="${id}">([^<]+)</output>`).exec(html)?.[1];

describe("PagHiper sandbox's test panel", () => {
  beforeAll(async () => {
    app = await buildPaghiperSandbox({ seed: 3, chargesPerDay: 2, historyDays: 3 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('makes a test store whose apiKey and token the provider API accepts, and pays one of its charges', async () => {
    const home = await fetch(`${base}/painel`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Criar loja de teste');

    const created = await fetch(`${base}/painel/lojas`, form({}));
    expect(created.status).toBe(303);
    const storePage = await (await fetch(`${base}${created.headers.get('location')}`)).text();
    const apiKey = output(storePage, 'api-key');
    const token = output(storePage, 'token');
    expect(apiKey).toMatch(/^apk_/);
    expect(token).toBeTruthy();

    // The credentials are real to the provider API: a status call with them answers its success envelope.
    const pending = /<tr data-transaction="([^"]+)">(?:(?!<\/tr>).)*Aguardando pagamento/s.exec(storePage)?.[1];
    expect(pending).toBeTruthy();
    // The store's notification URL, set in the panel, receives the real callback of the payment.
    const callbacks: string[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => (callbacks.push(body), response.end('OK')));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const notificationUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    expect((await fetch(`${base}/painel/lojas/${apiKey}/notificacao`, form({ notification_url: 'not a url' }))).status).toBe(400);
    expect((await fetch(`${base}/painel/lojas/${apiKey}/notificacao`, form({ notification_url: notificationUrl }))).status).toBe(303);
    const paid = await fetch(`${base}/painel/lojas/${apiKey}/cobrancas/${pending}`, form({ status: 'paid' }));
    expect(paid.status).toBe(303);
    receiver.close();
    expect(callbacks).toHaveLength(1);
    expect(new URLSearchParams(callbacks[0]).get('transaction_id')).toBe(pending);
    const status = await fetch(`${base}/transaction/status/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ apiKey, token, transaction_id: pending }),
    });
    const body = (await status.json()) as { status_request: { result: string; status: string } };
    // A PIX charge is unknown to the boleto API: ask the one that knows it.
    if (body.status_request.result !== 'success') {
      const pix = await fetch(`${base}/invoice/status/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ apiKey, token, transaction_id: pending }),
      });
      expect(((await pix.json()) as { status_request: { status: string } }).status_request.status).toBe('paid');
    } else {
      expect(body.status_request.status).toBe('paid');
    }
  });

  it("refuses another store's charge and an unknown status without changing anything", async () => {
    const first = await fetch(`${base}/painel/lojas`, form({}));
    const page = await (await fetch(`${base}${first.headers.get('location')}`)).text();
    const charge = /<tr data-transaction="([^"]+)">(?:(?!<\/tr>).)*Aguardando pagamento/s.exec(page)?.[1];
    expect(charge).toBeTruthy();
    expect((await fetch(`${base}/painel/lojas/apk_someone_else/cobrancas/${charge}`, form({ status: 'paid' }))).status).toBe(400);
    const apiKey = output(page, 'api-key')!;
    expect((await fetch(`${base}/painel/lojas/${apiKey}/cobrancas/${charge}`, form({ status: 'refunded' }))).status).toBe(400);
    const after = await (await fetch(`${base}/painel/lojas/${apiKey}`)).text();
    expect(after).toMatch(new RegExp(`<tr data-transaction="${charge}">(?:(?!</tr>).)*Aguardando pagamento`, 's'));
  });
});
