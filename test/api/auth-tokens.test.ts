import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

const clock = new ManualClock('2026-03-10T12:00:00.000Z');
let ponte: TestPonte;

beforeAll(async () => {
  ponte = await startTestPonte({ clock });
});
afterAll(async () => ponte?.dispose());

async function createKey(environment: 'sandbox' | 'production', users: string[] = []) {
  return ponte.apiAccess.keys.create(cliActor, { name: `partner-${environment}`, environment, users });
}

async function requestToken(body: Record<string, unknown>) {
  return ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: body });
}

async function getAccounts(authorization?: string) {
  return ponte.app.inject({ method: 'GET', url: '/v1/accounts', headers: authorization ? { authorization } : {} });
}

describe('POST /v1/auth/token', () => {
  it('exchanges a key for a token valid exactly 12 hours', async () => {
    const key = await createKey('sandbox');
    expect(key.key).toMatch(/^pk_sandbox_[A-Za-z0-9_-]{43}$/);
    const response = await requestToken({ apiKey: key.key });
    expect(response.statusCode).toBe(200);
    const token = response.json();
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 43200, environment: 'sandbox', api_key_id: key.id, user_id: null });
    expect(token.expires_at).toBe('2026-03-11T00:00:00.000Z');

    const bearer = `Bearer ${token.access_token}`;
    expect((await getAccounts(bearer)).statusCode).toBe(200);
    clock.advance(12 * 3600 * 1000 - 1);
    expect((await getAccounts(bearer)).statusCode).toBe(200);
    clock.advance(1);
    const expired = await getAccounts(bearer);
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(expired.json()).toMatchObject({ code: 'token_expired', status: 401, field: 'header.authorization' });
  });

  it('refuses an unknown key', async () => {
    const response = await requestToken({ apiKey: 'pk_sandbox_' + 'x'.repeat(43) });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'api_key_unknown', field: 'body.apiKey' });
    const garbage = await requestToken({ apiKey: 'not-a-key' });
    expect(garbage.json().code).toBe('api_key_unknown');
  });

  it('refuses a revoked key, and the tokens it already issued', async () => {
    const key = await createKey('production');
    const token = (await requestToken({ apiKey: key.key })).json().access_token;
    await ponte.apiAccess.keys.revoke(cliActor, key.id);
    expect((await requestToken({ apiKey: key.key })).json()).toMatchObject({ code: 'api_key_revoked', status: 401 });
    expect((await getAccounts(`Bearer ${token}`)).json().code).toBe('api_key_revoked');
  });

  it('refuses a key of the other environment', async () => {
    const key = await createKey('sandbox');
    const response = await requestToken({ apiKey: key.key, environment: 'production' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'api_key_wrong_environment', field: 'body.environment' });
  });

  it('needs a linked user when the key has several, and refuses one not linked', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota Azul' });
    const ana = await ponte.accounts.createUser(cliActor, { email: 'ana@frota.example', name: 'Ana', role: 'customer', accountId: account.id });
    const bia = await ponte.accounts.createUser(cliActor, { email: 'bia@frota.example', name: 'Bia', role: 'customer', accountId: account.id });
    const carla = await ponte.accounts.createUser(cliActor, { email: 'carla@frota.example', name: 'Carla', role: 'agent' });
    const key = await createKey('sandbox', [ana.id, bia.id]);

    expect((await requestToken({ apiKey: key.key })).json()).toMatchObject({ code: 'user_required', field: 'body.user' });
    const notLinked = await requestToken({ apiKey: key.key, user: carla.email });
    expect(notLinked.statusCode).toBe(403);
    expect(notLinked.json()).toMatchObject({ code: 'user_not_linked_to_key', field: 'body.user' });

    const ok = await requestToken({ apiKey: key.key, user: 'BIA@frota.example' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user_id).toBe(bia.id);
    const me = await ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${ok.json().access_token}` } });
    expect(me.json()).toMatchObject({ role: 'customer', userId: bia.id, accountId: account.id, environment: 'sandbox' });
  });

  it('names malformed, unknown and missing tokens apart', async () => {
    expect((await getAccounts()).json()).toMatchObject({ code: 'unauthenticated', status: 401 });
    expect((await getAccounts('Bearer nonsense')).json()).toMatchObject({ code: 'token_malformed', status: 401 });
    expect((await getAccounts('Basic dXNlcjpwYXNz')).json().code).toBe('token_malformed');
    expect((await getAccounts(`Bearer pat_${'A'.repeat(43)}`)).json()).toMatchObject({ code: 'token_invalid', status: 401 });
  });

  it('rejects unknown fields and wrong types naming the field', async () => {
    const unknown = await requestToken({ apiKey: 'x', scope: 'all' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'validation_failed', field: 'body.scope' });
    const wrongType = await requestToken({ apiKey: 42 });
    expect(wrongType.json()).toMatchObject({ code: 'validation_failed', field: 'body.apiKey' });
  });

  it('logs in people with a password', async () => {
    await ponte.accounts.createUser(cliActor, { email: 'ops@ponte.example', name: 'Ops', role: 'admin', password: 'correct horse battery' });
    const bad = await ponte.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'ops@ponte.example', password: 'wrong password' } });
    expect(bad.json()).toMatchObject({ code: 'invalid_credentials', status: 401 });
    const good = await ponte.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'ops@ponte.example', password: 'correct horse battery' } });
    expect(good.statusCode).toBe(200);
    expect(good.json().expires_in).toBe(43200);
  });
});
