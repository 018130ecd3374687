import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  ponte = await startTestPonte();
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

describe('accounts and people', () => {
  it('lets an admin create and list accounts and users', async () => {
    const created = await call('POST', '/v1/accounts', admin, { name: 'Transportes Rápidos' });
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toMatch(/^acc_/);
    const user = await call('POST', '/v1/users', admin, { email: 'joao@rapidos.example', name: 'João', role: 'customer', accountId: created.json().id });
    expect(user.statusCode).toBe(201);
    expect(user.json()).not.toHaveProperty('passwordHash');
    const again = await call('POST', '/v1/users', admin, { email: 'JOAO@rapidos.example', name: 'João 2', role: 'agent' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'email_taken', field: 'body.email' });
    const accounts = await call('GET', '/v1/accounts', admin);
    expect(accounts.json().data.map((a: { name: string }) => a.name)).toContain('Transportes Rápidos');
  });

  it('starts an account with its contact, language and default notification rules, and changes them', async () => {
    const created = (await call('POST', '/v1/accounts', admin, { name: 'Frota Contato', contactEmail: 'frota@contato.example', contactName: 'Ana' })).json();
    expect(created).toMatchObject({ contactEmail: 'frota@contato.example', contactName: 'Ana', locale: 'pt-BR' });
    // What the contact must act on reaches them without anyone adding a rule: reconnects and failing syncs, in both environments.
    const rules = await ponte.notifications.listRules(cliActor, { accountId: created.id });
    expect(rules.map((rule) => `${rule.eventType} ${rule.environment} ${rule.emailTo?.join()}`).sort()).toEqual([
      'integration.reconnect_required production frota@contato.example',
      'integration.reconnect_required sandbox frota@contato.example',
      'integration.sync_failed production frota@contato.example',
      'integration.sync_failed sandbox frota@contato.example',
    ]);
    expect((await ponte.notifications.listRules(cliActor, { accountId: (await call('POST', '/v1/accounts', admin, { name: 'Sem Contato' })).json().id })).length).toBe(0);

    const changed = await call('PATCH', `/v1/accounts/${created.id}`, admin, { locale: 'en', contactEmail: null });
    expect(changed.json()).toMatchObject({ locale: 'en', contactEmail: null, contactName: 'Ana', name: 'Frota Contato' });
    expect((await call('PATCH', `/v1/accounts/${created.id}`, admin, {})).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await call('PATCH', `/v1/accounts/${created.id}`, admin, { locale: 'fr' })).json()).toMatchObject({ status: 400, field: 'body.locale' });
    const customer = await ponte.accounts.createUser(cliActor, { email: 'ana@contato.example', name: 'Ana', role: 'customer', accountId: created.id });
    const token = await ponte.tokenFor(customer.id);
    expect((await call('PATCH', `/v1/accounts/${created.id}`, token, { locale: 'pt-BR' })).statusCode).toBe(403);
    expect((await call('GET', `/v1/accounts/${created.id}`, admin)).json().locale).toBe('en');
  });

  it('refuses a customer without an account and an account that does not exist', async () => {
    const missing = await call('POST', '/v1/users', admin, { email: 'x@y.example', name: 'X', role: 'customer' });
    expect(missing.json()).toMatchObject({ code: 'account_not_found', field: 'body.accountId' });
    const unknown = await call('POST', '/v1/users', admin, { email: 'x@y.example', name: 'X', role: 'customer', accountId: 'acc_nope' });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows a customer its own account only, and 404 (never 403) for another', async () => {
    const mine = await ponte.accounts.createAccount(cliActor, { name: 'Minha Frota' });
    const theirs = await ponte.accounts.createAccount(cliActor, { name: 'Outra Frota' });
    const customer = await ponte.accounts.createUser(cliActor, { email: 'cliente@minha.example', name: 'Cliente', role: 'customer', accountId: mine.id });
    await ponte.accounts.createUser(cliActor, { email: 'alguem@outra.example', name: 'Alguém', role: 'customer', accountId: theirs.id });
    const token = await ponte.tokenFor(customer.id);

    const list = await call('GET', '/v1/accounts', token);
    expect(list.json().data).toEqual([expect.objectContaining({ id: mine.id })]);
    expect((await call('GET', `/v1/accounts/${mine.id}`, token)).statusCode).toBe(200);

    const other = await call('GET', `/v1/accounts/${theirs.id}`, token);
    const nonexistent = await call('GET', '/v1/accounts/acc_doesnotexist', token);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('account_not_found');
    // The same answer as for an id that does not exist, so ids cannot be probed.
    expect({ ...other.json(), requestId: null, instance: null }).toEqual({ ...nonexistent.json(), requestId: null, instance: null });

    const users = await call('GET', '/v1/users', token);
    expect(users.json().data.map((u: { email: string }) => u.email)).toEqual(['cliente@minha.example']);
  });

  it('keeps admin actions from agents and customers', async () => {
    const agent = await ponte.accounts.createUser(cliActor, { email: 'agente@ponte.example', name: 'Agente', role: 'agent' });
    const token = await ponte.tokenFor(agent.id);
    const denied = await call('POST', '/v1/accounts', token, { name: 'Nope' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    expect((await call('GET', '/v1/api-requests', token)).statusCode).toBe(403);
    expect((await call('GET', '/v1/audit-log', token)).statusCode).toBe(403);
  });

  it('records admin actions in the audit log', async () => {
    const created = await call('POST', '/v1/accounts', admin, { name: 'Auditada' });
    const log = await call('GET', `/v1/audit-log?targetId=${created.json().id}`, admin);
    expect(log.json().data).toEqual([
      expect.objectContaining({ action: 'account.created', targetType: 'account', targetId: created.json().id, actor: expect.stringMatching(/^key_/) }),
    ]);
  });
});
