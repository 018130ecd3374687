import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

/*
 * POST /v1/integrations/{id}/actions/{action} against the PagHiper and HugMe sandboxes over real HTTP: what the
 * provider receives, what it refuses, and what never reaches it.
 */

let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  ponte = await startTestPonte({ sandboxes: true, workers: false });
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const call = (method: 'GET' | 'POST', url: string, token = admin, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
const runAction = (integrationId: string, action: string, payload: object, token = admin) => call('POST', `/v1/integrations/${integrationId}/actions/${action}`, token, payload);

/** The sandbox's own control API (the origin: HugMe's base URL ends in /api). */
async function control<T = Record<string, unknown>>(key: 'paghiper' | 'reclame-aqui', method: string, path: string, body?: object): Promise<T> {
  const origin = new URL(ponte.sandboxes[key]!.baseUrl).origin;
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

const paghiperRequests = async () => (await control<{ total: number }>('paghiper', 'GET', '/_control/requests')).total;

async function paghiperIntegration(accountId: string): Promise<string> {
  const { apiKey, token } = await control<{ apiKey: string; token: string }>('paghiper', 'POST', '/_control/credentials', {});
  const created = await call('POST', '/v1/integrations', admin, { accountId, connector: 'paghiper', environment: 'sandbox', config: { retroactiveMonths: 0 }, credentials: { apiKey, token } });
  expect(created.json()).toMatchObject({ state: 'active' });
  return created.json().id as string;
}

async function hugmeIntegration(accountId: string) {
  const client = await control<{ client_id: string; client_secret: string; company: { id: number } }>('reclame-aqui', 'POST', '/_control/credentials', { history_days: 1 });
  const created = await call('POST', '/v1/integrations', admin, {
    accountId,
    connector: 'reclame-aqui',
    environment: 'sandbox',
    config: { companyEmail: 'sac@loja.example', retroactiveMonths: 0, companyId: client.company.id },
    credentials: { clientId: client.client_id, clientSecret: client.client_secret },
  });
  expect(created.json()).toMatchObject({ state: 'active' });
  const complaint = await control<{ id: number }>('reclame-aqui', 'POST', '/_control/complaints', { client_id: client.client_id, complaint_title: 'Cobrança em dobro' });
  return { id: created.json().id as string, ticketId: String(complaint.id) };
}

const charge = (priceCents: number) => ({
  method: 'boleto',
  orderId: `pedido-${priceCents}-${Date.now()}`,
  payer: { name: 'Maria da Silva', email: 'maria@exemplo.com.br', document: '11144477735' },
  items: [{ id: 'plano', description: 'Plano mensal', quantity: 1, priceCents }],
  daysDueDate: 3,
});

const auditOf = async (integrationId: string) =>
  (await ponte.database.pool.query(`select details from audit_log where target_id = $1 and action = 'integration.action_run' order by at`, [integrationId])).rows.map(
    (row: { details: Record<string, unknown> }) => row.details,
  );

describe('connector actions through the API', { timeout: 120_000 }, () => {
  it('creates a PagHiper charge, reads its status back, and audits both without their input', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Ações' });
    const id = await paghiperIntegration(account.id);

    const created = await runAction(id, 'create_charge', charge(15_990));
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ action: 'create_charge', result: { externalId: expect.any(String), status: 'pending', digitableLine: expect.any(String) } });
    const transactionId = created.json().result.externalId as string;
    // The sandbox holds the charge as it was sent.
    const stored = await control<{ transaction: Record<string, unknown> }>('paghiper', 'GET', `/_control/transactions/${transactionId}`);
    expect(stored.transaction).toMatchObject({ kind: 'boleto', payer: { name: 'Maria da Silva', email: 'maria@exemplo.com.br', cpfCnpj: '11144477735' } });

    await control('paghiper', 'POST', `/_control/transactions/${transactionId}/status`, { status: 'paid' });
    const status = await runAction(id, 'charge_status', { transactionId, method: 'boleto' });
    expect(status.json()).toMatchObject({ action: 'charge_status', result: { externalId: transactionId, status: 'paid' } });

    const audit = await auditOf(id);
    expect(audit).toEqual([
      { connector: 'paghiper', action: 'create_charge', outcome: 'succeeded', externalId: transactionId },
      { connector: 'paghiper', action: 'charge_status', outcome: 'succeeded', externalId: transactionId },
    ]);
    expect(JSON.stringify(audit)).not.toContain('11144477735');
  });

  it('sends a HugMe public answer to the complaint', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Reclamada' });
    const { id, ticketId } = await hugmeIntegration(account.id);
    const message = 'Olá! O estorno foi feito hoje e aparece na sua fatura em até 2 dias úteis.';

    const answered = await runAction(id, 'public_answer', { ticketId, message });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ action: 'public_answer', result: { ticketId, interactionId: expect.any(String) } });
    const ticket = await control<{ interactions: { message: string; privacy: boolean }[] }>('reclame-aqui', 'GET', `/_control/complaints/${ticketId}`);
    expect(ticket.interactions.at(-1)).toMatchObject({ message, privacy: false });
    expect(JSON.stringify(await auditOf(id))).not.toContain(message);
  });

  it('refuses input failing the action’s schema, naming the field, and sends nothing', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Validada' });
    const id = await paghiperIntegration(account.id);
    const before = await paghiperRequests();

    const badDocument = await runAction(id, 'create_charge', { ...charge(15_990), payer: { name: 'Maria', email: 'maria@exemplo.com.br', document: '123' } });
    expect(badDocument.statusCode).toBe(400);
    expect(badDocument.json()).toMatchObject({ code: 'validation_failed', field: 'body.payer.document' });
    const extra = await runAction(id, 'charge_status', { transactionId: 'A'.repeat(16), method: 'boleto', token: 'x' });
    expect(extra.json()).toMatchObject({ code: 'validation_failed', field: 'body.token' });
    const unknown = await runAction(id, 'refund_charge', {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'action_not_found', actions: ['cancel_charge', 'create_charge', 'charge_status'] });
    expect(unknown.json().detail).toContain('refund_charge');

    expect(await paghiperRequests()).toBe(before);
    expect(await auditOf(id)).toEqual([]);
  });

  it('lets a customer run actions on its own account’s integrations only, and only on active ones', async () => {
    const mine = await ponte.accounts.createAccount(cliActor, { name: 'Minha Loja' });
    const theirs = await ponte.accounts.createAccount(cliActor, { name: 'Loja Deles' });
    const customer = await ponte.accounts.createUser(cliActor, { email: 'dona@minhaloja.example', name: 'Dona', role: 'customer', accountId: mine.id });
    const token = await ponte.tokenFor(customer.id);
    const own = await paghiperIntegration(mine.id);
    const other = await paghiperIntegration(theirs.id);
    const before = await paghiperRequests();

    expect((await runAction(other, 'create_charge', charge(15_990), token)).json()).toMatchObject({ status: 404, code: 'integration_not_found' });
    expect(await paghiperRequests()).toBe(before);
    expect((await runAction(own, 'create_charge', charge(15_990), token)).statusCode).toBe(200);

    expect((await call('POST', `/v1/integrations/${own}/pause`)).json()).toMatchObject({ state: 'paused' });
    const paused = await runAction(own, 'create_charge', charge(15_990), token);
    expect(paused.json()).toMatchObject({ status: 409, code: 'integration_state_conflict', state: 'paused', allowedStates: ['active'] });
    expect(await paghiperRequests()).toBe(before + 1);
  });

  it('answers a provider’s refusal with its own words (422), an unreadable answer with 502, and a 429 with its Retry-After', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Recusada' });
    const id = await paghiperIntegration(account.id);

    const tooSmall = await runAction(id, 'create_charge', charge(100));
    expect(tooSmall.statusCode).toBe(422);
    expect(tooSmall.json()).toMatchObject({ code: 'provider_refused_action', providerMessage: expect.stringContaining('mínimo R$ 3,00') });
    expect(tooSmall.json().detail).toContain('mínimo R$ 3,00');

    const { id: hugme, ticketId } = await hugmeIntegration(account.id);
    // HugMe asks for an evaluation only after the company's answer.
    const early = await runAction(hugme, 'request_evaluation', { ticketId });
    expect(early.json()).toMatchObject({ status: 422, code: 'provider_refused_action', providerMessage: expect.stringContaining('resposta da empresa') });

    await control('paghiper', 'POST', '/_control/faults/next', { faults: [{ kind: 'malformed' }] });
    const garbled = await runAction(id, 'charge_status', { transactionId: 'A'.repeat(16), method: 'boleto' });
    expect(garbled.json()).toMatchObject({ status: 502, code: 'provider_unavailable' });

    await control('paghiper', 'POST', '/_control/faults/next', { faults: [{ kind: 'rate_limited', retryAfterSeconds: 30 }] });
    const slowDown = await runAction(id, 'charge_status', { transactionId: 'A'.repeat(16), method: 'boleto' });
    expect(slowDown.json()).toMatchObject({ status: 429, code: 'provider_rate_limited', retryAfterSeconds: 30 });
    expect(slowDown.headers['retry-after']).toBe('30');

    expect((await auditOf(id)).map((entry) => entry.outcome)).toEqual(['refused', 'failed', 'failed']);
  });

  it('documents the body as one of the connectors’ action inputs', async () => {
    const document = (await ponte.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const body = document.paths['/v1/integrations/{integrationId}/actions/{action}'].post.requestBody.content['application/json'].schema;
    expect(body.anyOf.map((schema: { title: string }) => schema.title)).toEqual(expect.arrayContaining(['paghiper.create_charge', 'reclame-aqui.public_answer', 'reclame-aqui.request_moderation']));
  });
});
