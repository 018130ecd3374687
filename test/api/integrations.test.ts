import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  ponte = await startTestPonte({ sandboxes: true, workers: false });
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token = admin, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function sandboxCredentials(key: 'paghiper' | 'ticket-log') {
  const origin = new URL(ponte.sandboxes[key]!.baseUrl).origin;
  return (await (await fetch(`${origin}/_control/credentials`, { method: 'POST' })).json()) as Record<string, string | number>;
}

describe('the integrations API', { timeout: 120_000 }, () => {
  it('pauses, resumes, changes config within bounds and cancels, destroying the credentials', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Ciclo' });
    const credentials = await sandboxCredentials('paghiper');
    const created = await call('POST', '/v1/integrations', admin, { accountId: account.id, connector: 'paghiper', environment: 'sandbox', credentials: { apiKey: credentials.apiKey, token: credentials.token } });
    const id = created.json().id as string;
    expect(created.json().sync).toMatchObject({ enabled: true, intervalMinutes: 5 });

    expect((await call('POST', `/v1/integrations/${id}/pause`)).json()).toMatchObject({ state: 'paused', sync: { enabled: false } });
    expect((await call('POST', `/v1/integrations/${id}/pause`)).json()).toMatchObject({ code: 'integration_state_conflict', status: 409 });
    expect((await call('POST', `/v1/integrations/${id}/sync`)).statusCode).toBe(409);
    expect((await call('POST', `/v1/integrations/${id}/resume`)).json()).toMatchObject({ state: 'active', sync: { enabled: true } });

    const tooFast = await call('PATCH', `/v1/integrations/${id}`, admin, { config: { syncIntervalMinutes: 1 } });
    expect(tooFast.json()).toMatchObject({ code: 'validation_failed', field: 'body.config.syncIntervalMinutes' });
    const changed = await call('PATCH', `/v1/integrations/${id}`, admin, { config: { syncIntervalMinutes: 30 } });
    expect(changed.json()).toMatchObject({ config: { syncIntervalMinutes: 30 }, sync: { intervalMinutes: 30 } });

    const credentialId = (await ponte.integrations.get(cliActor, id)).credentialId;
    expect((await call('DELETE', `/v1/integrations/${id}`)).statusCode).toBe(204);
    expect((await call('GET', `/v1/integrations/${id}`)).statusCode).toBe(404);
    const left = await ponte.database.pool.query('select count(*)::int as n from credentials where id = $1', [credentialId]);
    expect(left.rows[0].n).toBe(0);
    await ponte.eventsReadable();
    const types = (await call('GET', `/v1/events?integrationId=${id}`)).json().data.map((event: { type: string }) => event.type);
    expect(types).toEqual(expect.arrayContaining(['integration.activated', 'integration.paused', 'integration.resumed', 'integration.cancelled']));
  });

  it('waits for Ticket Log’s approval, and takes a rejection with its reason', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota Aprovação', contactEmail: 'frota@aprovacao.example' });
    const credentials = await sandboxCredentials('ticket-log');
    const missing = await call('POST', '/v1/integrations', admin, { accountId: account.id, connector: 'ticket-log', environment: 'sandbox', config: {} });
    expect(missing.json()).toMatchObject({ code: 'validation_failed', field: 'body.config.clientCode' });
    const created = await call('POST', '/v1/integrations', admin, {
      accountId: account.id,
      connector: 'ticket-log',
      environment: 'sandbox',
      config: { clientCode: credentials.codigoCliente, retroactiveMonths: 0 },
      credentials: { username: credentials.username, password: credentials.password },
    });
    expect(created.json()).toMatchObject({ state: 'pending_provider_approval', sync: null, callbackUrl: null });
    const rejected = await call('POST', `/v1/integrations/${created.json().id}/reject`, admin, { reason: 'CNPJ divergente' });
    expect(rejected.json()).toMatchObject({ state: 'needs_revision', stateReason: 'CNPJ divergente' });
    const checklist = (await call('GET', `/v1/integrations/${created.json().id}/checklist`)).json();
    expect(checklist.status).toBe('red');
    expect(checklist.items.find((item: { key: string }) => item.key === 'onboarding_complete')).toMatchObject({ status: 'red', reason: 'Onboarding is at needs_revision: CNPJ divergente' });
  });

  it('exchanges a Maxi Frota key at once, keeps the tokens sealed, and refuses a key older than 12 hours', async () => {
    const origin = new URL(ponte.sandboxes['maxi-frota']!.baseUrl).origin;
    const post = async (path: string, body: object = {}) =>
      (await (await fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, string>;
    const { clientId } = await post('/_control/credentials');
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota Chave' });
    const stale = await post('/_control/authorization-keys', { clientId, generatedAt: new Date(Date.now() - 13 * 3_600_000).toISOString() });
    const refused = await call('POST', '/v1/integrations', admin, { accountId: account.id, connector: 'maxi-frota', environment: 'sandbox', credentials: { authorizationKey: stale.chaveAutorizacao } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('12');

    const fresh = await post('/_control/authorization-keys', { clientId });
    const created = await call('POST', '/v1/integrations', admin, {
      accountId: account.id,
      connector: 'maxi-frota',
      environment: 'sandbox',
      config: { retroactiveMonths: 0 },
      credentials: { authorizationKey: fresh.chaveAutorizacao },
    });
    expect(created.json()).toMatchObject({ state: 'active', credential: { expiresAt: expect.any(String) } });
    const row = await ponte.integrations.get(cliActor, created.json().id);
    const secret = await ponte.vault.reveal(row.credentialId!);
    expect(JSON.parse(secret.__tokens!)).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    // The single-use key is spent: polling works from the stored tokens alone.
    expect((await ponte.sync.engine.poll(row.id)).status).toBe('succeeded');
  });

  it('pages the list by id', async () => {
    const all = (await call('GET', '/v1/integrations?limit=500')).json().data as { id: string }[];
    expect(all.length).toBeGreaterThan(1);
    const first = (await call('GET', '/v1/integrations?limit=1')).json().data as { id: string }[];
    const rest = (await call('GET', `/v1/integrations?limit=500&after=${first[0]!.id}`)).json().data as { id: string }[];
    expect([...first, ...rest].map((row) => row.id)).toEqual(all.map((row) => row.id));
  });

  it('shows a customer its own integrations only: another account’s answer 404', async () => {
    const mine = await ponte.accounts.createAccount(cliActor, { name: 'Minha' });
    const theirs = await ponte.accounts.createAccount(cliActor, { name: 'Deles' });
    const customer = await ponte.accounts.createUser(cliActor, { email: 'dono@minha.example', name: 'Dono', role: 'customer', accountId: mine.id });
    const credentials = await sandboxCredentials('paghiper');
    const other = await call('POST', '/v1/integrations', admin, { accountId: theirs.id, connector: 'paghiper', environment: 'sandbox', credentials: { apiKey: credentials.apiKey, token: credentials.token } });
    const token = await ponte.tokenFor(customer.id);
    expect((await call('GET', `/v1/integrations/${other.json().id}`, token)).statusCode).toBe(404);
    expect((await call('GET', `/v1/integrations/${other.json().id}/records`, token)).statusCode).toBe(404);
    // Acting on it says no more than reading it: not found, rather than forbidden (which would confirm it exists).
    expect((await call('POST', `/v1/integrations/${other.json().id}/approve`, token, {})).statusCode).toBe(404);
    expect((await call('GET', '/v1/integrations', token)).json().data).toEqual([]);
    const forbidden = await call('POST', '/v1/integrations', token, { accountId: theirs.id, connector: 'paghiper', environment: 'sandbox', credentials: { apiKey: credentials.apiKey, token: credentials.token } });
    expect(forbidden.json()).toMatchObject({ status: 404, code: 'account_not_found', field: 'body.accountId' });
    await ponte.eventsReadable();
    const events = (await call('GET', `/v1/events?accountId=${theirs.id}`, token)).json().data;
    expect(events).toEqual([]);
  });
});

describe('production base URLs from configuration', { timeout: 120_000 }, () => {
  it('send a production integration’s calls to the configured host', async () => {
    const sandbox = await buildPaghiperSandbox({ seed: 3 });
    const address = await sandbox.listen({ host: '127.0.0.1', port: 0 });
    const production = await startTestPonte({ workers: false, env: { PONTE_PROVIDER_BASE_URLS: JSON.stringify({ paghiper: { boleto: address, pix: address } }) } });
    try {
      const credentials = (await (await fetch(`${address}/_control/credentials`, { method: 'POST' })).json()) as { apiKey: string; token: string };
      const account = await production.accounts.createAccount(cliActor, { name: 'Loja Produção' });
      const response = await production.app.inject({
        method: 'POST',
        url: '/v1/integrations',
        headers: { authorization: `Bearer ${await production.adminToken()}` },
        payload: { accountId: account.id, connector: 'paghiper', environment: 'production', credentials: { apiKey: credentials.apiKey, token: credentials.token } },
      });
      expect(response.json(), response.body).toMatchObject({ state: 'active', environment: 'production' });
    } finally {
      await production.dispose();
      await sandbox.close();
    }
  });
});
