import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Finding } from '../../src/platform/findings.ts';
import { startOperatorApi, type OperatorApi } from '../support/operator-api.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// A Tuesday, 10:00 in São Paulo: business hours.
const TUESDAY_MORNING = '2026-11-24T13:00:00.000Z';
const clock = new ManualClock(TUESDAY_MORNING);
let ponte: TestPonte;
let operator: OperatorApi;
let creditoId: string;
let agentToken: string;
let agentId: string;
let customer: { accountId: string; userId: string; email: string; token: string };

/** New tokens for the customer and the agent, after the clock moved past their 12 hours. */
async function freshTokens(): Promise<void> {
  agentToken = await ponte.tokenFor(agentId);
  customer.token = await ponte.tokenFor(customer.userId);
}

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string | null, payload?: object, requestId?: string) =>
  ponte.app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(requestId ? { 'x-request-id': requestId } : {}) },
    ...(payload ? { payload } : {}),
  });

async function newKey(environment: 'sandbox' | 'production', users: string[]) {
  return ponte.apiAccess.keys.create(cliActor, { name: `chave ${environment}`, environment, users });
}

/** The customer reports a failed call by its request id only; the ticket as the agent sees it. */
async function reportByRequestId(requestId: string) {
  const opened = await call('POST', '/v1/support/tickets', customer.token, { subject: 'Erro na API', description: `Falhou, request id ${requestId}`, requestId });
  expect(opened.statusCode).toBe(201);
  return (await call('GET', `/v1/support/tickets/${opened.json().id}`, agentToken)).json();
}

const findingOf = (ticket: { diagnostics: { findings: Finding[] } | null }, check: string) => ticket.diagnostics?.findings.find((item) => item.check === check);

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false, clock });
  const agent = await ponte.accounts.createUser(cliActor, { email: 'agente@ponte.example', name: 'Ana Agente', role: 'agent' });
  agentId = agent.id;
  agentToken = await ponte.tokenFor(agent.id);
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Crédito Parceiro Ltda' });
  const user = await ponte.accounts.createUser(cliActor, { email: 'dev@parceiro.example', name: 'Dev Parceiro', role: 'customer', accountId: account.id });
  customer = { accountId: account.id, userId: user.id, email: user.email, token: await ponte.tokenFor(user.id) };

  // The operator's own credit API, fronted by Ponte: its description, catalog and nightly window, and its gateway.
  const ponteUrl = await ponte.listen();
  const credito = await ponte.partnerApis.register(cliActor, { name: 'Crédito', slug: 'credito' });
  creditoId = credito.id;
  await ponte.partnerApis.importDocument(cliActor, credito.id, OPERATOR_DOCUMENT);
  await ponte.partnerApis.setCatalog(cliActor, credito.id, [
    { product: 'proposals', name: { 'pt-BR': 'Propostas', en: 'Proposals' }, operationIds: ['createProposalV2'], versions: ['v2'], offeredThroughApi: true },
  ]);
  await ponte.partnerApis.setMaintenanceWindows(cliActor, credito.id, [
    { name: 'Fechamento noturno', cron: '0 2 * * *', durationMinutes: 60, timezone: 'America/Sao_Paulo', advice: { 'pt-BR': 'Reenvie depois das 03:00.', en: 'Resend after 03:00.' } },
  ]);
  const gateway = await ponte.apiAccess.keys.create(cliActor, { name: 'gateway crédito', environment: 'sandbox', purpose: 'gateway', partnerApiId: credito.id });
  operator = await startOperatorApi({ ponteUrl, gateway, environment: 'sandbox', clock });
});
afterAll(async () => {
  await operator?.close();
  await ponte?.dispose();
});

const OPERATOR_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Crédito', version: '2.0.0' },
  paths: {
    '/v2/proposals': {
      post: {
        operationId: 'createProposalV2',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['cpf', 'amount', 'installments'],
                properties: { cpf: { type: 'string', pattern: '^\\d{11}$' }, amount: { type: 'number', exclusiveMinimum: 0 }, installments: { type: 'integer', minimum: 1, maximum: 96 } },
              },
            },
          },
        },
        responses: { '201': { description: 'Proposal received' } },
      },
    },
    '/v1/contracts/{id}': {
      get: { operationId: 'getContractV1', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'The contract' } } },
    },
  },
};

/** A partner's call to the operator's API with a token of that API's key, logged by its gateway and sent to Ponte. */
async function callOperator(method: 'GET' | 'POST', path: string, requestId: string, body?: object): Promise<Response> {
  const key = await ponte.apiAccess.keys.create(cliActor, { name: 'crédito sandbox', environment: 'sandbox', users: [customer.userId], partnerApiId: creditoId });
  const token = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
  const response = await fetch(`${operator.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  await operator.flush();
  return response;
}

describe('a failed call reported by its request id only', () => {
  it('with a key of the other environment: invalid_api_key, the seven items, a finding naming the mismatch, a pt-BR answer linking to the environments guide', async () => {
    const key = await newKey('sandbox', [customer.userId]);
    const failed = await call('POST', '/v1/auth/token', null, { apiKey: key.key, environment: 'production' }, 'diag-ambiente-1');
    expect(failed.json().code).toBe('api_key_wrong_environment');

    const ticket = await reportByRequestId('diag-ambiente-1');
    expect(ticket.category).toBe('invalid_api_key');
    expect(ticket.evidence.missing).toEqual([]);
    const evidence = Object.fromEntries(ticket.evidence.items.map((item: { item: string; value: unknown }) => [item.item, item.value]));
    expect(evidence).toMatchObject({
      apiKey: expect.stringMatching(/^pk_sandbox_.{4}…$/),
      user: expect.stringContaining(customer.email),
      environment: 'production',
      endpoint: 'POST /v1/auth/token',
      payload: { body: { apiKey: '[REDACTED]', environment: 'production' } },
      occurredAt: TUESDAY_MORNING,
      errorMessage: expect.stringContaining('api_key_wrong_environment'),
    });

    const mismatch = findingOf(ticket, 'key_environment')!;
    expect(mismatch).toMatchObject({ outcome: 'fail', data: { keyEnvironment: 'sandbox', requestEnvironment: 'production' }, guide: 'environments#key-environment' });
    expect(mismatch.summary['pt-BR']).toMatch(/homologação \(sandbox\).*produção/);
    expect(findingOf(ticket, 'key_exists')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'key_active')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'user_linked_to_key')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'business_hours')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'neighbourhood')?.outcome).toBe('pass');

    const answer = ticket.standardAnswer;
    expect(answer.team).toBe('support');
    expect(answer.body).toContain(mismatch.summary['pt-BR']);
    const link = answer.links.find((item: { url: string }) => item.url.includes('/docs/guides/environments') && item.url.endsWith('#key-environment'));
    expect(link).toBeDefined();
    const guide = await ponte.app.inject({ method: 'GET', url: new URL(link.url).pathname + new URL(link.url).search });
    expect(guide.statusCode).toBe(200);
    expect(guide.body).toContain('id="key-environment"');
    expect(JSON.stringify(ticket)).not.toContain(key.key);
    // The answer is the agent's draft: the customer does not see it before it is sent.
    expect((await call('GET', `/v1/support/tickets/${ticket.id}`, customer.token)).json().standardAnswer).toBeNull();
  });

  it('the same problem for other partners within the hour: the neighbourhood finding points at an incident', async () => {
    const otherAccount = await ponte.accounts.createAccount(cliActor, { name: 'Outro Parceiro' });
    const otherUser = await ponte.accounts.createUser(cliActor, { email: 'dev@outro.example', name: 'Outro', role: 'customer', accountId: otherAccount.id });
    const theirs = await newKey('sandbox', [otherUser.id]);
    clock.advance(60_000);
    expect((await call('POST', '/v1/auth/token', null, { apiKey: theirs.key, environment: 'production' })).statusCode).toBe(403);
    clock.advance(60_000);
    const ours = await newKey('sandbox', [customer.userId]);
    expect((await call('POST', '/v1/auth/token', null, { apiKey: ours.key, environment: 'production' }, 'diag-vizinhanca-1')).statusCode).toBe(403);
    const ticket = await reportByRequestId('diag-vizinhanca-1');
    expect(findingOf(ticket, 'neighbourhood')).toMatchObject({ outcome: 'fail', data: { problemCode: 'api_key_wrong_environment', otherApiKeys: expect.any(Number) } });
    expect(findingOf(ticket, 'neighbourhood')!.data.otherApiKeys).toBeGreaterThanOrEqual(1);
  });

  it('with a revoked key: the key is found revoked since before the call', async () => {
    const key = await newKey('sandbox', [customer.userId]);
    const token = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
    clock.advance(60_000);
    await ponte.apiAccess.keys.revoke(cliActor, key.id);
    clock.advance(60_000);
    expect((await call('GET', '/v1/accounts', token, undefined, 'diag-revogada-1')).json().code).toBe('api_key_revoked');
    const ticket = await reportByRequestId('diag-revogada-1');
    expect(ticket.category).toBe('invalid_api_key');
    expect(findingOf(ticket, 'key_active')).toMatchObject({ outcome: 'fail', data: { status: 'revoked', revokedAt: expect.any(String) } });
    expect(findingOf(ticket, 'token')?.outcome).toBe('pass');
  });

  it('with a token at 12 hours and one second: expired at the call, then renewed, as a second run shows', async () => {
    const key = await newKey('sandbox', [customer.userId]);
    const token = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
    clock.advance(12 * 3600_000 + 1000);
    expect((await call('GET', '/v1/accounts', token, undefined, 'diag-token-1')).json().code).toBe('token_expired');
    await freshTokens();
    const ticket = await reportByRequestId('diag-token-1');
    expect(ticket.category).toBe('access_token');
    expect(findingOf(ticket, 'token')).toMatchObject({ outcome: 'fail', data: { ageAtRequestSeconds: 12 * 3600 + 1, expiredAtRequest: true, newerTokenIssuedAt: null }, guide: 'authentication#token-renewal' });

    await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key });
    const again = await call('POST', `/v1/support/tickets/${ticket.id}/diagnostics`, agentToken, {});
    expect(again.statusCode).toBe(200);
    expect(findingOf(again.json(), 'token')?.data.newerTokenIssuedAt).toEqual(expect.any(String));
    expect(again.json().timeline.filter((event: { type: string }) => event.type === 'diagnostics_ran')).toHaveLength(2);
  });

  it('with a user not linked to the key: the finding names the key’s users', async () => {
    const colleague = await ponte.accounts.createUser(cliActor, { email: 'colega@parceiro.example', name: 'Colega', role: 'customer', accountId: customer.accountId });
    const key = await newKey('sandbox', [colleague.id]);
    expect((await call('POST', '/v1/auth/token', null, { apiKey: key.key, user: customer.email }, 'diag-usuario-1')).json().code).toBe('user_not_linked_to_key');
    const ticket = await reportByRequestId('diag-usuario-1');
    expect(ticket.category).toBe('key_user_confusion');
    expect(findingOf(ticket, 'user_linked_to_key')).toMatchObject({ outcome: 'fail', data: { user: customer.email, linkedUsers: ['colega@parceiro.example'] } });
  });

  it('never tells about a user of another account that the call named', async () => {
    const elsewhere = await ponte.accounts.createAccount(cliActor, { name: 'Conta Alheia' });
    const stranger = await ponte.accounts.createUser(cliActor, { email: 'segredo@alheia.example', name: 'Alheio', role: 'customer', accountId: elsewhere.id });
    await ponte.accounts.setBlocked(cliActor, stranger.id, true);
    const key = await newKey('sandbox', [customer.userId]);
    expect((await call('POST', '/v1/auth/token', null, { apiKey: key.key, user: stranger.email }, 'diag-alheio-1')).json().code).toBe('user_not_linked_to_key');
    const ticket = await reportByRequestId('diag-alheio-1');
    expect(findingOf(ticket, 'user_exists')).toMatchObject({ outcome: 'fail', data: { user: stranger.email } });
    expect(findingOf(ticket, 'user_active')?.outcome).toBe('unknown');
    const seen = JSON.stringify(ticket.diagnostics);
    expect(seen).not.toContain(stranger.id);
    expect(seen).not.toMatch(/bloquead|blocked since/);
  });

  it('a call through a console login: the partner is not its own neighbour', async () => {
    const person = await ponte.accounts.createUser(cliActor, { email: 'console@parceiro.example', name: 'Console', role: 'customer', accountId: customer.accountId, password: 'senha-de-teste-123' });
    const token = (await ponte.apiAccess.tokens.exchangePassword(person.email, 'senha-de-teste-123', 'sandbox')).accessToken;
    expect((await call('GET', '/v1/support/tickets/tkt_inexistente', token, undefined, 'diag-console-1')).statusCode).toBe(404);
    const ticket = await reportByRequestId('diag-console-1');
    expect(findingOf(ticket, 'neighbourhood')).toMatchObject({ outcome: 'pass', data: { otherRequests: 0, otherUsers: 0 } });
  });

  it('with a blocked user: the user is found blocked', async () => {
    const blocked = await ponte.accounts.createUser(cliActor, { email: 'bloqueado@parceiro.example', name: 'Bloqueado', role: 'customer', accountId: customer.accountId });
    const key = await newKey('sandbox', [blocked.id]);
    const token = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
    expect((await call('PATCH', `/v1/users/${blocked.id}`, customer.token, { blocked: true })).statusCode).toBe(403);
    await ponte.accounts.setBlocked(cliActor, blocked.id, true);
    expect((await call('GET', '/v1/accounts', token, undefined, 'diag-bloqueado-1')).json().code).toBe('user_blocked');
    const ticket = await reportByRequestId('diag-bloqueado-1');
    expect(findingOf(ticket, 'user_active')).toMatchObject({ outcome: 'fail', data: { user: 'bloqueado@parceiro.example', blockedAt: expect.any(String) } });
  });

  it('with an invalid payload: the syntax finding names the field at fault, against Ponte’s own OpenAPI description', async () => {
    expect((await call('POST', '/v1/support/tickets', customer.token, { description: 'sem assunto' }, 'diag-sintaxe-1')).statusCode).toBe(400);
    const ticket = await reportByRequestId('diag-sintaxe-1');
    const syntax = findingOf(ticket, 'syntax')!;
    expect(syntax.outcome).toBe('fail');
    expect(JSON.stringify(syntax.data)).toContain('body.subject');
  });

  it('out of business hours: the time finding says so', async () => {
    clock.set('2026-11-28T06:10:00.000Z'); // Saturday, 03:10 in São Paulo
    await freshTokens();
    const key = await newKey('production', [customer.userId]);
    expect((await call('POST', '/v1/auth/token', null, { apiKey: key.key, environment: 'sandbox' }, 'diag-madrugada-1')).statusCode).toBe(403);
    const ticket = await reportByRequestId('diag-madrugada-1');
    expect(findingOf(ticket, 'business_hours')).toMatchObject({ outcome: 'fail', data: { inBusinessHours: false } });
    clock.set(TUESDAY_MORNING);
  });
});

describe('the escalation gate', () => {
  it('refuses without evidence and diagnostics, listing what is missing; accepts once a failed call is cited, carrying the findings', async () => {
    const opened = await call('POST', '/v1/support/tickets', customer.token, { subject: 'Erro 500 de madrugada', description: 'Nossa rotina falha de madrugada com erro 500' });
    const url = `/v1/support/tickets/${opened.json().id}`;
    await call('PATCH', url, agentToken, { stage: 'initial_analysis' });
    const refused = await call('POST', `${url}/escalate`, agentToken, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'support_evidence_missing', missing: ['apiKey', 'user', 'environment', 'endpoint', 'payload', 'occurredAt', 'errorMessage', 'diagnostics'] });
    expect((await call('GET', url, agentToken)).json()).toMatchObject({ stage: 'initial_analysis', team: 'support' });
    const notCited = await call('POST', `${url}/diagnostics`, agentToken, {});
    expect(notCited.json()).toMatchObject({ code: 'support_request_not_cited', field: 'body.requestId' });

    const key = await newKey('production', [customer.userId]);
    await call('POST', '/v1/auth/token', null, { apiKey: key.key, environment: 'sandbox' }, 'diag-escalada-1');
    const cited = await call('POST', `${url}/diagnostics`, agentToken, { requestId: 'diag-escalada-1' });
    expect(cited.json().evidence.missing).toEqual([]);
    const escalated = await call('POST', `${url}/escalate`, agentToken, { reason: 'Ambiente trocado' });
    expect(escalated.statusCode).toBe(200);
    const note = escalated.json().messages.find((message: { visibility: string }) => message.visibility === 'internal');
    expect(note.body).toMatch(/\| key_environment \| FALHA \|/);
  });
});

describe('a failed call to the operator’s API, logged in batches by its gateway, diagnosed like Ponte’s own', () => {
  it('a v1 call to an operation only in v2: the version finding says where it exists, with the seven items filled', async () => {
    expect((await callOperator('POST', '/v1/proposals', 'op-versao-1', { cpf: '12345678901', amount: 1000, installments: 12 })).status).toBe(404);
    const ticket = await reportByRequestId('op-versao-1');
    expect(ticket.evidence.missing).toEqual([]);
    expect(findingOf(ticket, 'version')).toMatchObject({ outcome: 'fail', data: { calledVersion: 'v1', availableVersions: ['v2'] }, guide: 'versions#products' });
    expect(findingOf(ticket, 'key_exists')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'user_linked_to_key')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'token')?.outcome).toBe('pass');
    expect(findingOf(ticket, 'key_environment')?.outcome).toBe('pass');
  });

  it('an invalid payload: the syntax finding names the field, from the operator’s OpenAPI document', async () => {
    expect((await callOperator('POST', '/v2/proposals', 'op-sintaxe-1', { cpf: '123', amount: 1000, installments: 12 })).status).toBe(422);
    const ticket = await reportByRequestId('op-sintaxe-1');
    const syntax = findingOf(ticket, 'syntax')!;
    expect(syntax.outcome).toBe('fail');
    expect(JSON.stringify(syntax.data)).toContain('body.cpf');
    expect(findingOf(ticket, 'version')?.outcome).toBe('pass');
  });

  it('a call inside the API’s nightly window: the finding names the window and says when to reprocess', async () => {
    clock.set('2026-11-25T05:30:00.000Z'); // Wednesday, 02:30 in São Paulo
    await freshTokens();
    expect((await callOperator('GET', '/v1/contracts/ctr_9999', 'op-janela-1')).status).toBe(404);
    const ticket = await reportByRequestId('op-janela-1');
    expect(findingOf(ticket, 'maintenance_window')).toMatchObject({ outcome: 'fail', data: { window: 'Fechamento noturno' }, guide: 'off-hours#maintenance-windows' });
    expect(findingOf(ticket, 'business_hours')?.outcome).toBe('fail');
    clock.set(TUESDAY_MORNING);
    await freshTokens();
  });
});
