import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseVariants } from '../../src/connectors/reclame-aqui/sandbox/response-variants.ts';
import type { HugmeTicket } from '../../src/connectors/reclame-aqui/sandbox/ticket-schema.ts';
import { closeHugmeSandboxes, startHugmeSandbox } from '../support/hugme-sandbox.ts';

/*
 * The HugMe client against the other shapes an independent HugMe could answer in where providers.md documents no
 * body or marks it [S]/[U]: each variant is served by the sandbox over real HTTP (`/_control/variants`).
 */

// A relaxed rate limit: these tests are about shapes, not pacing.
const start = (variants: Partial<ResponseVariants>) => startHugmeSandbox({ rateLimitPerMinute: 10_000, variants });
afterEach(closeHugmeSandboxes);

describe('HugMe sandbox: /_control/variants', () => {
  it('answers the organization and the token in the shapes asked for, and returns to its own on DELETE', async () => {
    const s = await start({});
    const credentials = await s.newClient();
    expect(await s.control('PUT', '/_control/variants', { organization: 'paged', token: 'text_expiry' })).toMatchObject({ organization: 'paged', token: 'text_expiry', writes: 'envelope' });
    const basic = Buffer.from(`${credentials.client_id}:${credentials.client_secret}`).toString('base64');
    const tokenResponse = await fetch(`${s.root}/api/auth/oauth/token?grant_type=client_credentials`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
    const token = (await tokenResponse.json()) as { access_token: string; expires_in: unknown };
    expect(token.expires_in).toBe('300');
    const organization = async () => (await fetch(`${s.root}/api/companies/v1/companies/organization`, { headers: { authorization: `Bearer ${token.access_token}` } })).json();
    const company = expect.objectContaining({ id: credentials.company.id, name: credentials.company.name });
    expect(await organization()).toEqual({ data: [company], meta: { page: { number: 1, size: 1 }, total: 1 } });
    expect((await fetch(`${s.root}/_control/variants`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"organization":"cursor"}' })).status).toBe(400);
    expect(await s.control('DELETE', '/_control/variants')).toMatchObject({ organization: 'array', token: 'plain' });
    expect(await organization()).toEqual([company]);
  });
});

describe('Reclame Aqui client: the organization in any plausible shape', () => {
  for (const organization of ['array', 'data', 'paged'] as const) {
    it(`verifies good credentials and checks the company when the organization answers ${organization}`, async () => {
      const s = await start({ organization });
      const credentials = await s.newClient();
      expect(await s.client.verifyCredentials(s.context(credentials))).toEqual({ ok: true });
      expect(await s.client.verifyCredentials(s.context(credentials, { companyId: credentials.company.id }))).toEqual({ ok: true });
      expect(await s.client.verifyCredentials(s.context(credentials, { companyId: 999_999_999 }))).toMatchObject({ ok: false, reason: 'company_not_found' });
      expect(await s.client.verifyCredentials(s.context({ ...credentials, client_secret: 'not-the-secret' }))).toMatchObject({
        ok: false,
        reason: 'invalid_credentials',
      });

      const pages = await s.client.runAction!(s.context(credentials), 'find_company_pages', {});
      expect(pages.companies).toEqual([expect.objectContaining({ id: credentials.company.id, name: credentials.company.name })]);
    });
  }

  it('accepts good credentials when the organization call is not served, by reading one ticket instead', async () => {
    const s = await start({});
    const credentials = await s.newClient();
    // The token call passes; the organization answers 404, as an implementation without that route would.
    await s.control('POST', '/_control/faults/next', { faults: [{ kind: 'latency', ms: 0 }, { kind: 'status', status: 404, body: { message: 'Not Found' } }] });
    expect(await s.client.verifyCredentials(s.context(credentials))).toEqual({ ok: true });
    expect(s.served.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
      'POST /api/auth/oauth/token 200',
      'GET /api/companies/v1/companies/organization 404',
      'GET /api/ticket/v1/tickets 200',
    ]);
  });
});

describe('Reclame Aqui client: the token answer in any plausible shape', () => {
  it('takes a token wrapped in data, an expiry sent as text, and no expiry at all (assumed 300 s)', async () => {
    for (const token of ['data', 'text_expiry', 'no_expiry'] as const) {
      const s = await start({ token });
      const ctx = s.context(await s.newClient());
      expect(await s.client.verifyCredentials(ctx)).toEqual({ ok: true });
      expect(ctx.saved).toHaveLength(1);
      expect(Date.parse(ctx.saved[0]!.expiresAt) - s.clock.now().getTime()).toBe(300_000);
    }
  });

  it("reads OAuth2's 400 invalid_client as refused credentials, with the provider's words", async () => {
    const s = await start({ tokenRefusal: 'oauth' });
    const credentials = await s.newClient();
    expect(await s.client.verifyCredentials(s.context({ ...credentials, client_secret: 'not-the-secret' }))).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      providerMessage: 'Credenciais do cliente inválidas',
    });
    expect(s.served.at(-1)).toMatchObject({ path: '/api/auth/oauth/token', status: 400 });
  });
});

describe('Reclame Aqui client: writes and pages in other shapes', () => {
  for (const writes of ['empty', 'text'] as const) {
    it(`takes a write answered 200 with ${writes === 'empty' ? 'no body' : 'plain text'} as done`, async () => {
      const s = await start({ writes });
      const credentials = await s.newClient();
      const complaint = await s.control<HugmeTicket>('POST', '/_control/complaints', { client_id: credentials.client_id });
      const ticketId = String(complaint.id);
      expect(await s.client.runAction!(s.context(credentials), 'public_answer', { ticketId, message: 'Resolvido.' })).toEqual({ ticketId });
      const stored = await s.control<HugmeTicket>('GET', `/_control/complaints/${ticketId}`);
      expect(stored.interactions.some((i) => i.ticket_interaction_type_id === 2 && i.message === 'Resolvido.')).toBe(true);
    });
  }

  it('reads every ticket when the provider cuts pages below 50', async () => {
    const s = await start({ pageSizeCap: 20 });
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const ids: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await s.client.fetchChanges(ctx, { model: 'complaint', cursor });
      ids.push(...page.records.map((record) => record.externalId));
      if (page.done) break;
      cursor = page.nextCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(credentials.tickets);
    expect(ids.length).toBeGreaterThan(100);
    expect(s.served.filter((call) => call.path === '/api/ticket/v1/tickets').length).toBe(Math.floor(ids.length / 20) + 1);
  });
});
