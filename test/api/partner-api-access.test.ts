import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startOperatorApi, type OperatorApi } from '../support/operator-api.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

const clock = new ManualClock('2026-03-10T12:00:00.000Z');
let ponte: TestPonte;
let ponteUrl: string;
let credito: { id: string; slug: string };
let fgts: { id: string; slug: string };
let gateway: { id: string; key: string };
let operator: OperatorApi;
let marina: { id: string; email: string };

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

beforeAll(async () => {
  ponte = await startTestPonte({ clock, workers: false });
  ponteUrl = await ponte.listen();
  credito = await ponte.partnerApis.register(cliActor, { name: 'Crédito', slug: 'credito' });
  fgts = await ponte.partnerApis.register(cliActor, { name: 'FGTS', slug: 'fgts' });
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Rio Claro' });
  marina = await ponte.accounts.createUser(cliActor, { email: 'marina@rioclaro.example', name: 'Marina', role: 'customer', accountId: account.id });
  gateway = await ponte.apiAccess.keys.create(cliActor, { name: 'gateway crédito', environment: 'sandbox', purpose: 'gateway', partnerApiId: credito.id });
  operator = await startOperatorApi({ ponteUrl, gateway, environment: 'sandbox', clock });
});
afterAll(async () => {
  await operator?.close();
  await ponte?.dispose();
});

const adminHeaders = async () => ({ authorization: `Bearer ${await ponte.adminToken()}` });

/** A key of a partner API created over HTTP, as an admin would. */
async function partnerKey(partnerApiId: string, environment: 'sandbox' | 'production' = 'sandbox') {
  const response = await ponte.app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: await adminHeaders(),
    payload: { name: 'Rio Claro crédito', environment, users: [marina.email], partnerApiId },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; key: string; partnerApiId: string };
}

async function exchange(apiKey: string, environment?: 'sandbox' | 'production') {
  return ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey, ...(environment ? { environment } : {}) } });
}

async function tokenOf(partnerApiId: string) {
  const key = await partnerKey(partnerApiId);
  const token = (await exchange(key.key)).json() as { access_token: string; expires_in: number };
  return { key, token: token.access_token, expiresIn: token.expires_in };
}

async function introspect(token: string, authorization = basic(gateway.id, gateway.key)) {
  return ponte.app.inject({
    method: 'POST',
    url: '/v1/auth/introspect',
    headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
  });
}

async function postBatch(requests: unknown[], authorization = basic(gateway.id, gateway.key)) {
  return ponte.app.inject({ method: 'POST', url: '/v1/api-requests/batch', headers: { authorization }, payload: { requests } });
}

const row = (overrides: Record<string, unknown> = {}) => ({
  at: clock.now().toISOString(),
  requestId: `req-${Math.random().toString(36).slice(2)}`,
  method: 'GET',
  route: '/v1/contracts/:id',
  path: '/v1/contracts/ctr_1001',
  status: 200,
  latencyMs: 12,
  ...overrides,
});

describe('keys and tokens of a partner API', () => {
  it('refuses an unknown partner API by its field', async () => {
    const response = await ponte.app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: await adminHeaders(),
      payload: { name: 'x', environment: 'sandbox', partnerApiId: 'papi_nao_existe' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'partner_api_not_found', field: 'body.partnerApiId' });
    const gatewayWithoutApi = await ponte.app.inject({ method: 'POST', url: '/v1/api-keys', headers: await adminHeaders(), payload: { name: 'x', environment: 'sandbox', purpose: 'gateway' } });
    expect(gatewayWithoutApi.json()).toMatchObject({ code: 'gateway_key_needs_partner_api', field: 'body.partnerApiId' });
  });

  it('issues a 12-hour token for the partner API that Ponte’s own routes refuse, and logs the refusal with the token', async () => {
    const { key, token, expiresIn } = await tokenOf(credito.id);
    expect(key.partnerApiId).toBe(credito.id);
    expect(expiresIn).toBe(43200);
    const refused = await ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'partner-token-on-ponte' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'token_for_partner_api', field: 'header.authorization' });
    expect(refused.json().detail).toContain('credito');

    const facts = await ponte.apiAccess.tokens.latestIssued({ apiKeyId: key.id, userId: marina.id });
    expect(facts).toMatchObject({ apiKeyId: key.id, userId: marina.id, environment: 'sandbox', partnerApiId: credito.id });
    expect(facts!.expiresAt.getTime() - facts!.issuedAt.getTime()).toBe(12 * 3600 * 1000);
    expect(await ponte.apiAccess.tokens.describe(facts!.id)).toEqual(facts);
    expect(await ponte.apiAccess.tokens.describe('tok_nao_existe')).toBeNull();
    const [logged] = await ponte.apiAccess.requestLog.findByRequestId('partner-token-on-ponte', { partnerApiId: null });
    expect(logged).toMatchObject({ tokenId: facts!.id, apiKeyId: key.id, userId: marina.id, environment: 'sandbox', partnerApiId: null, problemCode: 'token_for_partner_api' });
    expect(logged!.apiKey).toMatchObject({ id: key.id, status: 'active', revokedAt: null, partnerApiId: credito.id });
  });

  it('never exchanges a gateway key for a token, nor lets a gateway key act as a bearer', async () => {
    expect((await exchange(gateway.key)).json()).toMatchObject({ code: 'api_key_unknown', field: 'body.apiKey' });
    const asBearer = await ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${gateway.key}` } });
    expect(asBearer.statusCode).toBe(401);
    expect((await ponte.apiAccess.keys.findById(gateway.id))?.purpose).toBe('gateway');
    expect(await ponte.apiAccess.keys.findById('key_nao_existe')).toBeNull();
  });
});

describe('POST /v1/auth/introspect', () => {
  it('answers an active token of the gateway’s API with whose it is, form-encoded or JSON', async () => {
    const { key, token } = await tokenOf(credito.id);
    const response = await introspect(token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const facts = await ponte.apiAccess.tokens.latestIssued({ apiKeyId: key.id, userId: marina.id });
    expect(response.json()).toEqual({
      active: true,
      token_type: 'Bearer',
      client_id: key.id,
      sub: marina.id,
      username: marina.email,
      iat: Math.floor(facts!.issuedAt.getTime() / 1000),
      exp: Math.floor(facts!.expiresAt.getTime() / 1000),
      jti: facts!.id,
      aud: 'credito',
      environment: 'sandbox',
    });
    const asJson = await ponte.app.inject({ method: 'POST', url: '/v1/auth/introspect', headers: { authorization: basic(gateway.id, gateway.key) }, payload: { token } });
    expect(asJson.json()).toMatchObject({ active: true, jti: facts!.id });
  });

  it('answers just inactive at 12 hours and one second, for a revoked key, and for another API’s or Ponte’s own token', async () => {
    const expiring = await tokenOf(credito.id);
    const revoked = await tokenOf(credito.id);
    const other = await tokenOf(fgts.id);
    const own = await ponte.tokenFor(marina.id);
    await ponte.apiAccess.keys.revoke(cliActor, revoked.key.id);
    for (const token of [revoked.token, other.token, own, 'pat_' + 'x'.repeat(43), 'nonsense']) {
      expect((await introspect(token)).json()).toEqual({ active: false });
    }
    clock.advance(12 * 3600 * 1000);
    expect((await introspect(expiring.token)).json()).toEqual({ active: false });
    clock.advance(-1000);
    expect((await introspect(expiring.token)).json()).toMatchObject({ active: true });
    clock.advance(1000);
    clock.advance(1000);
    expect((await introspect(expiring.token)).json()).toEqual({ active: false });
  });

  it('refuses a wrong or missing gateway credential with 401 and a Basic challenge', async () => {
    const { token } = await tokenOf(credito.id);
    const other = await ponte.apiAccess.keys.create(cliActor, { name: 'access key', environment: 'sandbox', partnerApiId: credito.id });
    for (const authorization of [basic(gateway.id, 'pk_sandbox_' + 'x'.repeat(43)), basic('key_outro', gateway.key), basic(other.id, other.key), 'Basic !!!', '']) {
      const response = await introspect(token, authorization);
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Basic realm="ponte-gateway"/);
      expect(response.json()).toMatchObject({ code: 'gateway_unauthenticated', field: 'header.authorization' });
    }
    expect((await postBatch([], basic(gateway.id, 'wrong'))).statusCode).toBe(401);
  });
});

describe('a partner API gateway’s request log', () => {
  it('stores what the operator API logged, redacted, readable like Ponte’s own', async () => {
    const { key, token } = await tokenOf(credito.id);
    const ok = await fetch(`${operator.baseUrl}/v1/contracts/ctr_1001`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    const failed = await fetch(`${operator.baseUrl}/v2/proposals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': 'proposta-invalida-1' },
      body: JSON.stringify({ cpf: '12345678901', amount: -10, installments: 12, senha: 'segredo-do-parceiro', note: `minha chave ${key.key}` }),
    });
    expect(failed.status).toBe(422);
    await operator.flush();

    const [logged] = await ponte.apiAccess.requestLog.findByRequestId('proposta-invalida-1', { partnerApiId: credito.id });
    const facts = await ponte.apiAccess.tokens.latestIssued({ apiKeyId: key.id, userId: marina.id });
    expect(logged).toMatchObject({
      apiKeyId: key.id,
      tokenId: facts!.id,
      userId: marina.id,
      environment: 'sandbox',
      partnerApiId: credito.id,
      method: 'POST',
      route: '/v2/proposals',
      status: 422,
      problemCode: 'proposal_invalid',
      errorMessage: 'amount must be a positive number',
    });
    expect(logged!.apiKey).toMatchObject({ id: key.id, partnerApiId: credito.id, userIds: [marina.id] });
    const payload = JSON.stringify(logged!.payload);
    expect(payload).toContain('[REDACTED]');
    expect(payload).not.toContain('segredo-do-parceiro');
    expect(payload).not.toContain(key.key);
    // Ponte's own rows are not the partner API's.
    expect(await ponte.apiAccess.requestLog.findByRequestId('proposta-invalida-1', { partnerApiId: null })).toEqual([]);

    const listed = await ponte.app.inject({ method: 'GET', url: `/v1/api-requests?partnerApiId=${credito.id}&requestId=proposta-invalida-1`, headers: await adminHeaders() });
    expect(listed.json().data).toEqual([expect.objectContaining({ requestId: 'proposta-invalida-1', partnerApiId: credito.id, tokenId: facts!.id })]);
  });

  it('stores a batch sent twice once', async () => {
    const rows = [row(), row({ status: 404, problemCode: 'contract_not_found', errorMessage: 'No contract ctr_9' })];
    expect((await postBatch(rows)).json()).toEqual({ received: 2, stored: 2 });
    expect((await postBatch(rows)).json()).toEqual({ received: 2, stored: 0 });
    expect(await ponte.apiAccess.requestLog.findByRequestId(rows[1]!.requestId)).toHaveLength(1);
  });

  it('keeps a big payload and a long error message bounded, secrets redacted first', async () => {
    const big = row({ status: 422, errorMessage: `token pat_${'s'.repeat(43)} ${'x'.repeat(5000)}`, payload: { body: { password: 'hunter2', notes: 'y'.repeat(30_000) } } });
    expect((await postBatch([big])).json()).toEqual({ received: 1, stored: 1 });
    const [logged] = await ponte.apiAccess.requestLog.findByRequestId(big.requestId, { partnerApiId: credito.id });
    expect(logged!.errorMessage).toHaveLength(1000);
    expect(logged!.errorMessage).toMatch(/^token \[REDACTED\] x/);
    expect(logged!.payload).toMatchObject({ truncated: true, preview: expect.stringContaining('"password":"[REDACTED]"') });
    expect(JSON.stringify(logged!.payload)).not.toContain('hunter2');
  });

  it('refuses a whole batch for one bad row, naming its field, and stores nothing', async () => {
    const good = row();
    const invalid = await postBatch([good, row({ status: 'teapot' })]);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'validation_failed', field: 'body.requests.1.status' });

    const other = await tokenOf(fgts.id);
    const foreignKey = await postBatch([good, good, row({ apiKeyId: other.key.id })]);
    expect(foreignKey.statusCode).toBe(422);
    expect(foreignKey.json()).toMatchObject({ code: 'request_log_row_refused', field: 'body.requests.2.apiKeyId' });
    const otherToken = await ponte.apiAccess.tokens.latestIssued({ apiKeyId: other.key.id, userId: marina.id });
    const foreignToken = await postBatch([row({ tokenId: otherToken!.id })]);
    expect(foreignToken.json()).toMatchObject({ code: 'request_log_row_refused', field: 'body.requests.0.tokenId' });
    expect(await ponte.apiAccess.requestLog.findByRequestId(good.requestId)).toEqual([]);
  });
});

describe('Ponte’s own request log, for diagnostics', () => {
  it('logs the environment asked for on a key of the other environment', async () => {
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'sandbox key', environment: 'sandbox', users: [marina.id] });
    const response = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', headers: { 'x-request-id': 'wrong-environment-1' }, payload: { apiKey: key.key, environment: 'production' } });
    expect(response.json().code).toBe('api_key_wrong_environment');
    const [logged] = await ponte.apiAccess.requestLog.findByRequestId('wrong-environment-1');
    expect(logged).toMatchObject({ apiKeyId: key.id, userId: marina.id, environment: 'production', problemCode: 'api_key_wrong_environment', partnerApiId: null });
    expect(logged!.errorMessage).toContain('This is a sandbox key');
    expect(logged!.apiKey).toMatchObject({ environment: 'sandbox' });
  });

  it('logs an expired token’s id, key, user and environment, and a successful call’s token', async () => {
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'production key', environment: 'production', users: [marina.id] });
    const token = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
    const facts = await ponte.apiAccess.tokens.latestIssued({ apiKeyId: key.id, userId: marina.id });
    await ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'fresh-token-1' } });
    clock.advance(12 * 3600 * 1000 + 1000);
    const expired = await ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'expired-token-1' } });
    expect(expired.json().code).toBe('token_expired');
    const [fresh] = await ponte.apiAccess.requestLog.findByRequestId('fresh-token-1');
    expect(fresh).toMatchObject({ status: 200, tokenId: facts!.id, apiKeyId: key.id, errorMessage: null });
    const [logged] = await ponte.apiAccess.requestLog.findByRequestId('expired-token-1');
    expect(logged).toMatchObject({ status: 401, tokenId: facts!.id, apiKeyId: key.id, userId: marina.id, environment: 'production', problemCode: 'token_expired' });
    expect(logged!.errorMessage).toMatch(/^The token expired at /);
  });

  it('counts the same problem for other keys and users in a period', async () => {
    const from = clock.now();
    const keys = await Promise.all([0, 1, 2].map((index) => ponte.apiAccess.keys.create(cliActor, { name: `neighbour ${index}`, environment: 'sandbox', users: [marina.id] })));
    for (const key of [keys[0]!, keys[0]!, keys[1]!, keys[2]!]) {
      await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key, environment: 'production' } });
    }
    clock.advance(1000);
    const query = { problemCode: 'api_key_wrong_environment', partnerApiId: null, from, to: clock.now() };
    expect(await ponte.apiAccess.requestLog.othersWithProblem({ ...query, excludeApiKeyId: keys[0]!.id })).toEqual({ requests: 2, apiKeys: 2, users: 1 });
    expect(await ponte.apiAccess.requestLog.othersWithProblem({ ...query, excludeApiKeyId: null })).toEqual({ requests: 4, apiKeys: 3, users: 1 });
    // The partner asking is not its own neighbour, through any of its keys.
    expect(await ponte.apiAccess.requestLog.othersWithProblem({ ...query, excludeApiKeyId: keys[0]!.id, excludeUserId: marina.id })).toEqual({ requests: 0, apiKeys: 0, users: 0 });
    expect(await ponte.apiAccess.requestLog.othersWithProblem({ ...query, partnerApiId: credito.id, excludeApiKeyId: null })).toEqual({ requests: 0, apiKeys: 0, users: 0 });
  });
});
