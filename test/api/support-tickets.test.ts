import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { suggestCategory } from '../../src/modules/tickets/support-category.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let agentToken: string;
let customer: { token: string; accountId: string; keySecret: string; email: string };
let otherCustomer: { token: string; accountId: string; keySecret: string };

/** A customer of a new account with a production key of its own (and a sandbox token to call with). */
async function newCustomer(name: string, email: string) {
  const account = await ponte.accounts.createAccount(cliActor, { name });
  const user = await ponte.accounts.createUser(cliActor, { email, name, role: 'customer', accountId: account.id });
  const key = await ponte.apiAccess.keys.create(cliActor, { name: `${name} produção`, environment: 'production', users: [user.id] });
  return { token: await ponte.tokenFor(user.id), accountId: account.id, keySecret: key.key, email };
}

/** A token request with a production key asking for sandbox, made for real: Ponte refuses it and logs it under our request id. */
async function failedCall(keySecret: string, requestId: string): Promise<void> {
  const response = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', headers: { 'x-request-id': requestId }, payload: { apiKey: keySecret, environment: 'sandbox' } });
  expect(response.statusCode).toBe(403);
  expect(response.json().code).toBe('api_key_wrong_environment');
  expect(response.headers['x-request-id']).toBe(requestId);
}

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

const ticketCount = async () => (await ponte.database.pool.query('select count(*)::int as n from tickets')).rows[0].n as number;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  const agent = await ponte.accounts.createUser(cliActor, { email: 'agente@ponte.example', name: 'Ana Agente', role: 'agent' });
  agentToken = await ponte.tokenFor(agent.id);
  customer = await newCustomer('Transportes Rio Claro', 'dev@rioclaro.example');
  otherCustomer = await newCustomer('Frota Vizinha', 'dev@vizinha.example');
});
afterAll(async () => ponte?.dispose());

describe('support intake', () => {
  it('fills all seven mandatory items from the request log of a failed call cited by its request id', async () => {
    await failedCall(customer.keySecret, 'rioclaro-falha-1');
    const response = await call('POST', '/v1/support/tickets', customer.token, { subject: `Não consigo pegar token com ${customer.keySecret}`, description: 'Dá 403 no POST /v1/auth/token', requestId: 'rioclaro-falha-1' });
    expect(response.statusCode).toBe(201);
    const ticket = response.json();
    expect(ticket).toMatchObject({ kind: 'support', accountId: customer.accountId, category: 'invalid_api_key', stage: 'received', team: 'support', priority: 'normal' });
    expect(ticket.evidence.missing).toEqual([]);
    const value = (item: string) => ticket.evidence.items.find((entry: { item: string }) => entry.item === item);
    expect(value('apiKey')).toMatchObject({ value: expect.stringMatching(/^pk_production_.{4}…$/), source: 'request_log' });
    expect(value('user').value).toContain(customer.email);
    // The environment the call was for (sandbox, asked in the body), not the production key's: the mismatch shows.
    expect(value('environment').value).toBe('sandbox');
    expect(value('endpoint').value).toBe('POST /v1/auth/token');
    expect(value('payload').value).toMatchObject({ body: { apiKey: '[REDACTED]', environment: 'sandbox' } });
    expect(Date.parse(value('occurredAt').value)).not.toBeNaN();
    expect(value('errorMessage').value).toContain('api_key_wrong_environment');
    expect(value('status').value).toBe(403);
    expect(JSON.stringify(ticket)).not.toContain(customer.keySecret);
  });

  it('answers 404 for another account’s request id, and opens no ticket', async () => {
    await failedCall(otherCustomer.keySecret, 'vizinha-falha-1');
    const before = await ticketCount();
    const response = await call('POST', '/v1/support/tickets', customer.token, { subject: 'Erro', description: 'Veja o request id', requestId: 'vizinha-falha-1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'support_request_not_found', field: 'body.requestId' });
    expect(await ticketCount()).toBe(before);
  });

  it('refuses a category outside the list, naming the field', async () => {
    const response = await call('POST', '/v1/support/tickets', customer.token, { subject: 'Dúvida', description: 'Qual a URL?', category: 'whatever' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'body.category' });
  });
});

describe('the escalation gate and the stages', () => {
  it('refuses escalation while evidence is missing, with the list; accepts it once complete, handing the ticket to engineering', async () => {
    const opened = await call('POST', '/v1/support/tickets', customer.token, { subject: 'Erro de madrugada', description: 'Nossa rotina falha de madrugada com erro 500' });
    expect(opened.statusCode).toBe(201);
    const ticket = opened.json();
    expect(ticket.category).toBe('off_hours_error');
    expect(ticket.evidence.missing).toEqual(['apiKey', 'user', 'environment', 'endpoint', 'payload', 'occurredAt', 'errorMessage', 'diagnostics']);
    const url = `/v1/support/tickets/${ticket.id}`;

    expect((await call('POST', `${url}/escalate`, customer.token, {})).statusCode).toBe(403);
    expect((await call('PATCH', url, agentToken, { stage: 'initial_analysis' })).statusCode).toBe(200);
    const refused = await call('POST', `${url}/escalate`, agentToken, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'support_evidence_missing', missing: ['apiKey', 'user', 'environment', 'endpoint', 'payload', 'occurredAt', 'errorMessage', 'diagnostics'] });

    const partial = await call('POST', `${url}/evidence`, agentToken, { apiKey: customer.keySecret, user: customer.email, environment: 'production', endpoint: 'GET /v1/integrations' });
    expect(partial.json().evidence.missing).toEqual(['payload', 'occurredAt', 'errorMessage', 'diagnostics']);
    expect(JSON.stringify(partial.json())).not.toContain(customer.keySecret);
    const stillRefused = await call('POST', `${url}/escalate`, agentToken, {});
    expect(stillRefused.json().missing).toEqual(['payload', 'occurredAt', 'errorMessage', 'diagnostics']);
    expect((await call('GET', url, agentToken)).json()).toMatchObject({ stage: 'initial_analysis', team: 'support' });

    await call('POST', `${url}/evidence`, agentToken, { payload: { query: { limit: 50 } }, occurredAt: '2026-03-02T06:12:00.000Z', errorMessage: 'HTTP 500 sem corpo' });
    // Every item is there, but no diagnostics ran: the agent-entered evidence names no logged call to check.
    expect((await call('POST', `${url}/escalate`, agentToken, {})).json().missing).toEqual(['diagnostics']);
    await failedCall(customer.keySecret, 'rioclaro-madrugada-1');
    expect((await call('POST', `${url}/diagnostics`, agentToken, { requestId: 'rioclaro-madrugada-1' })).json().evidence.missing).toEqual([]);
    const escalated = await call('POST', `${url}/escalate`, agentToken, { reason: 'Erro recorrente às 3h' });
    expect(escalated.statusCode).toBe(200);
    const detail = escalated.json();
    expect(detail).toMatchObject({ stage: 'escalated', team: 'engineering' });
    const note = detail.messages.find((message: { visibility: string }) => message.visibility === 'internal');
    expect(note.body).toContain('| Endpoint | `POST /v1/auth/token` | log de requisições |');
    expect(note.body).toContain('| key_environment | FALHA |');
    expect(detail.timeline.map((event: { type: string }) => event.type)).toEqual(expect.arrayContaining(['evidence_added', 'stage_changed', 'team_changed']));
    // The customer sees the ticket but not the internal summary.
    const seen = (await call('GET', url, customer.token)).json();
    expect(seen.messages.some((message: { visibility: string }) => message.visibility === 'internal')).toBe(false);
  });

  it('refuses an illegal stage move with 409 naming the current and allowed stages, and changes nothing', async () => {
    const ticket = (await call('POST', '/v1/support/tickets', customer.token, { subject: 'Dúvida', description: 'Onde fica a documentação?' })).json();
    expect(ticket.category).toBe('api_question');
    const url = `/v1/support/tickets/${ticket.id}`;
    const refused = await call('PATCH', url, agentToken, { stage: 'closed', priority: 'high' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'support_stage_conflict', stage: 'received', allowedStages: ['initial_analysis'], requestedStage: 'closed' });
    expect((await call('GET', url, agentToken)).json()).toMatchObject({ stage: 'received', priority: 'normal' });
    const badCategory = await call('PATCH', url, agentToken, { category: 'nope' });
    expect(badCategory.json()).toMatchObject({ code: 'validation_failed', field: 'body.category' });
  });

  it('refuses to resolve or close a support ticket by its status, bypassing the stages, and changes nothing', async () => {
    const ticket = (await call('POST', '/v1/support/tickets', customer.token, { subject: 'Dúvida', description: 'Como renovo o token?' })).json();
    const refused = await call('PATCH', `/v1/tickets/${ticket.id}`, agentToken, { status: 'closed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'support_stage_conflict', field: 'body.status', stage: 'received' });
    expect((await call('GET', `/v1/support/tickets/${ticket.id}`, agentToken)).json()).toMatchObject({ status: 'open', stage: 'received' });
  });

  it('closes only with a solution and a final category, each change on the timeline', async () => {
    const ticket = (await call('POST', '/v1/support/tickets', customer.token, { subject: 'Token', description: 'Meu token expirou' })).json();
    expect(ticket.category).toBe('access_token');
    const url = `/v1/support/tickets/${ticket.id}`;
    await call('PATCH', url, agentToken, { stage: 'initial_analysis', priority: 'high', team: 'commercial', category: 'api_question' });
    await call('PATCH', url, agentToken, { stage: 'resolved' });
    const incomplete = await call('PATCH', url, agentToken, { stage: 'closed', solution: 'Renovar o token a cada 12 horas' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({ code: 'support_closing_incomplete', field: 'body.finalCategory' });
    expect((await call('GET', url, agentToken)).json().solution).toBeNull();
    const closed = await call('PATCH', url, agentToken, { stage: 'closed', solution: 'Renovar o token a cada 12 horas', finalCategory: 'access_token', confirmedByRequester: true });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ stage: 'closed', status: 'closed', finalCategory: 'access_token', confirmedByRequester: true });
    const types = closed.json().timeline.map((event: { type: string }) => event.type);
    expect(types).toEqual(expect.arrayContaining(['priority_changed', 'team_changed', 'category_changed', 'closing_details_changed', 'stage_changed']));
  });
});

describe('suggestCategory', () => {
  it('reads the problem code first, then a server error, then the words', () => {
    expect(suggestCategory({ problemCode: 'api_key_revoked', text: 'token' })).toBe('invalid_api_key');
    expect(suggestCategory({ problemCode: 'token_expired', text: '' })).toBe('access_token');
    expect(suggestCategory({ problemCode: 'user_not_linked_to_key', text: '' })).toBe('key_user_confusion');
    expect(suggestCategory({ problemCode: 'internal_error', status: 500, text: 'chave' })).toBe('unexplained_error');
    expect(suggestCategory({ text: 'Quero solicitar uma chave de produção' })).toBe('key_request');
    expect(suggestCategory({ text: 'A chave de homologação não funciona' })).toBe('invalid_api_key');
    expect(suggestCategory({ text: 'O produto consórcio só existe na V2?' })).toBe('product_question');
    expect(suggestCategory({ text: 'Fails overnight' })).toBe('off_hours_error');
    expect(suggestCategory({ text: 'Qual o usuário desta chave?' })).toBe('key_user_confusion');
    expect(suggestCategory({ text: 'Como listo integrações?' })).toBe('api_question');
  });
});
