import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHugmeSandbox } from '../../src/connectors/reclame-aqui/sandbox/app.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

/*
 * Onboarding a Reclame Aqui integration through Ponte's API against a HugMe whose organization call answers in
 * each plausible shape (providers.md documents no body for it): good credentials must never be refused.
 */

let sandbox: FastifyInstance;
let sandboxRoot: string;
let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  sandbox = await buildHugmeSandbox({ historyDays: 2 });
  sandboxRoot = await sandbox.listen({ host: '127.0.0.1', port: 0 });
  ponte = await startTestPonte({ workers: false, sandboxUrls: { 'reclame-aqui': `${sandboxRoot}/api` } });
  admin = await ponte.adminToken();
});
afterAll(async () => {
  await ponte?.dispose();
  await sandbox?.close();
});

async function control<T>(method: string, path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`${sandboxRoot}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

async function connect(credentials: { clientId: string; clientSecret: string }, config: Record<string, unknown> = {}) {
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Reclamada' });
  const response = await ponte.app.inject({
    method: 'POST',
    url: '/v1/integrations',
    headers: { authorization: `Bearer ${admin}` },
    payload: { accountId: account.id, connector: 'reclame-aqui', environment: 'sandbox', config: { companyEmail: 'sac@loja.example', retroactiveMonths: 0, ...config }, credentials },
  });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

describe('Reclame Aqui onboarding', { timeout: 60_000 }, () => {
  for (const organization of ['data', 'paged', 'array'] as const) {
    it(`activates good credentials when HugMe's organization answers ${organization}`, async () => {
      await control('PUT', '/_control/variants', { organization });
      const client = await control<{ client_id: string; client_secret: string; company: { id: number } }>('POST', '/_control/credentials');
      const credentials = { clientId: client.client_id, clientSecret: client.client_secret };

      const created = await connect(credentials, { companyId: client.company.id });
      expect(created).toMatchObject({ status: 201, body: { state: 'active', connector: 'reclame-aqui' } });

      const otherCompany = await connect(credentials, { companyId: 999_999_999 });
      expect(otherCompany).toMatchObject({ status: 422, body: { code: 'provider_refused_credentials' } });
      const refused = await connect({ ...credentials, clientSecret: 'not-the-secret' });
      expect(refused).toMatchObject({ status: 422, body: { code: 'provider_refused_credentials', detail: 'Credenciais do cliente inválidas' } });
    });
  }
});
