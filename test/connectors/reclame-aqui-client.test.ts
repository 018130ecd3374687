import { afterEach, describe, expect, it } from 'vitest';
import { reclameAquiClient, type Config, type Credentials } from '../../src/connectors/reclame-aqui/client.ts';
import type { HugmeSandboxOptions } from '../../src/connectors/reclame-aqui/sandbox/app.ts';
import { OTHER_COMPANIES } from '../../src/connectors/reclame-aqui/sandbox/names.ts';
import type { HugmeTicket } from '../../src/connectors/reclame-aqui/sandbox/ticket-schema.ts';
import type { ChangesPage, ConnectorContext, FetchRequest } from '../../src/connectors/sdk/client.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import type { Complaint } from '../../src/connectors/sdk/records.ts';
import { closeHugmeSandboxes, startHugmeSandbox, type HugmeSandboxCredentials } from '../support/hugme-sandbox.ts';

afterEach(closeHugmeSandboxes);

/** The shared HugMe sandbox set-up, with helpers for complaints, faults and draining a cursor. */
async function start(options: HugmeSandboxOptions = {}) {
  const s = await startHugmeSandbox(options);
  const { client, control } = s;
  const ticket = (id: string | number) => control<HugmeTicket>('GET', `/_control/complaints/${id}`);
  const newComplaint = (credentials: HugmeSandboxCredentials, body: Record<string, unknown> = {}) =>
    control<HugmeTicket>('POST', '/_control/complaints', { client_id: credentials.client_id, ...body });
  const fault = (faults: unknown[]) => control('POST', '/_control/faults/next', { faults });

  /** Follows the cursor until the provider has nothing more; returns the records and the cursor to poll from next. */
  const drain = async (ctx: ConnectorContext<Credentials, Config>, cursor: string | null, window?: FetchRequest['window']) => {
    const pages: ChangesPage[] = [];
    for (;;) {
      const page = await client.fetchChanges(ctx, { model: 'complaint', cursor, window });
      pages.push(page);
      if (page.done) return { pages, records: pages.flatMap((p) => p.records), cursor: page.nextCursor };
      cursor = page.nextCursor;
    }
  };
  return { ...s, ticket, newComplaint, fault, drain };
}

/** A call with a bearer token outside the client (for the count); it counts towards the sandbox's rate limit. */
async function countTickets(root: string, credentials: HugmeSandboxCredentials): Promise<number> {
  const basic = Buffer.from(`${credentials.client_id}:${credentials.client_secret}`).toString('base64');
  const tokenResponse = await fetch(`${root}/api/auth/oauth/token?grant_type=client_credentials`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${root}/api/ticket/v1/tickets/count`, { headers: { authorization: `Bearer ${access_token}` } });
  return ((await response.json()) as { data: number }).data;
}

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('Reclame Aqui client: credentials and tokens', () => {
  it('verifies good credentials and reports refused ones with HugMe message', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const good = s.context(credentials);
    expect(await s.client.verifyCredentials(good)).toEqual({ ok: true });
    expect(good.saved).toHaveLength(1);
    expect(Date.parse(good.saved[0]!.expiresAt)).toBe(s.clock.now().getTime() + 300_000);

    const bad = s.context({ ...credentials, client_secret: 'not-the-secret' });
    expect(await s.client.verifyCredentials(bad)).toEqual({ ok: false, reason: 'invalid_credentials', providerMessage: 'Credenciais do cliente inválidas' });
    expect(bad.saved).toHaveLength(0);

    expect(await s.client.verifyCredentials(s.context(credentials, { companyId: credentials.company.id }))).toEqual({ ok: true });
    expect(await s.client.verifyCredentials(s.context(credentials, { companyId: 999_999_999 }))).toMatchObject({ ok: false, reason: 'company_not_found' });
  });

  it('reuses a live token, renews it before expiry, and renews once on a 401 for a token the provider expired', async () => {
    const s = await start();
    const ctx = s.context(await s.newClient());
    await s.client.verifyCredentials(ctx);
    await s.client.verifyCredentials(ctx);
    expect(ctx.saved).toHaveLength(1);

    s.clock.advance(250_000); // 50 s left: inside the 60 s renewal margin
    await s.client.verifyCredentials(ctx);
    expect(ctx.saved).toHaveLength(2);
    expect(ctx.saved[1]!.accessToken).not.toBe(ctx.saved[0]!.accessToken);

    s.clock.advance(301_000); // past tokenTtlSeconds
    await s.client.verifyCredentials(ctx);
    expect(ctx.saved).toHaveLength(3);

    await s.control('POST', '/_control/tokens/expire', {});
    const before = s.served.length;
    expect(await s.client.verifyCredentials(ctx)).toEqual({ ok: true });
    expect(ctx.saved).toHaveLength(4);
    expect(s.served.slice(before).map((call) => call.status)).toEqual([401, 200, 200]);
  });

  it('gives up with an auth error when a renewed token is refused too', async () => {
    const s = await start();
    const ctx = s.context(await s.newClient());
    await s.client.verifyCredentials(ctx);
    await s.fault([{ kind: 'expired_token' }, { kind: 'latency', ms: 0 }, { kind: 'expired_token' }]);
    const error = await providerError(s.client.fetchChanges(ctx, { model: 'complaint', cursor: null }));
    expect(error.kind).toBe('auth');
    expect(error.details.providerMessage).toBe('Token de acesso expirado');
  });
});

describe('Reclame Aqui client: rate limit', () => {
  it('without a call gate to make it wait, hands a 429 to the caller at once, with its Retry-After', async () => {
    const s = await start();
    const ctx = s.context(await s.newClient());
    await s.client.verifyCredentials(ctx);
    await s.fault([{ kind: 'rate_limited', retryAfterSeconds: 7 }]);
    const error = await providerError(s.client.verifyCredentials(ctx));
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, details: { status: 429, retryAfterSeconds: 7 } });
    expect(s.served.at(-1)).toMatchObject({ status: 429 });
    expect(await s.client.verifyCredentials(ctx)).toEqual({ ok: true });
  });
});

describe('Reclame Aqui client: fetchChanges', () => {
  it('pages to the last page and returns each complaint once, as many as the provider counts', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const { pages, records, cursor } = await s.drain(ctx, null);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((page) => page.records.length === 50 && !page.done && page.nextCursor)).toBe(true);
    const ids = records.map((record) => record.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(await countTickets(s.root, credentials));
    expect(cursor).toEqual(expect.any(String));

    const complaint = records[0]!.data as Complaint;
    expect(records[0]!.model).toBe('complaint');
    expect(complaint).toMatchObject({ provider: 'reclame-aqui', externalId: records[0]!.externalId, companyId: String(credentials.company.id) });
    expect(complaint.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(s.served.filter((call) => call.status === 429)).toEqual([]);
  });

  it('finds complaints added or updated after the previous poll from its cursor', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const first = await s.drain(ctx, null);
    const old = first.records.at(-1)!;

    s.clock.advance(10 * 60_000);
    const added = await s.newComplaint(credentials, { complaint_title: 'Cobrança indevida' });
    s.clock.advance(5_000);
    await s.control('PATCH', `/_control/complaints/${old.externalId}`, { consumer_reply: { message: 'Ainda aguardo retorno' } });

    const second = await s.drain(ctx, first.cursor);
    const ids = second.records.map((record) => record.externalId);
    expect(ids).toContain(String(added.id));
    expect(ids).toContain(old.externalId);
    expect(second.records.length).toBeLessThan(first.records.length);
    const newOne = second.records.find((record) => record.externalId === String(added.id))!.data as Complaint;
    expect(newOne).toMatchObject({ title: 'Cobrança indevida', answered: false, rating: null, raStatus: { id: 5, name: 'Não respondido' } });

    // Nothing changed since: the next poll brings at most the re-read last second, and no older ticket.
    s.clock.advance(10 * 60_000);
    const third = await s.drain(ctx, second.cursor);
    expect(third.records.every((record) => ids.includes(record.externalId))).toBe(true);
  });

  it('catches a ticket updated mid-run, after its page was read, in the next poll', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const firstPage = await s.client.fetchChanges(ctx, { model: 'complaint', cursor: null });
    expect(firstPage.done).toBe(false);
    const early = firstPage.records[0]!;
    s.clock.advance(1_000);
    await s.control('PATCH', `/_control/complaints/${early.externalId}`, { complaint_title: 'Título corrigido' });
    const rest = await s.drain(ctx, firstPage.nextCursor);
    expect(rest.records.map((r) => r.externalId)).not.toContain(early.externalId);

    s.clock.advance(10 * 60_000);
    const next = await s.drain(ctx, rest.cursor);
    const updated = next.records.find((r) => r.externalId === early.externalId);
    expect((updated?.data as Complaint | undefined)?.title).toBe('Título corrigido');
  });

  it('polls after a backfill from the window’s end, not from the start of the retroactive months', async () => {
    const s = await start();
    const ctx = s.context(await s.newClient());
    const since = new Date('2026-01-10T00:00:00.000Z');
    const cursor = s.client.pollCursorFrom!(ctx, 'complaint', since);
    s.served.length = 0;
    const after = await s.drain(ctx, cursor);
    expect(after.records.length).toBeGreaterThan(0);
    expect(after.records.every((r) => (r.data as Complaint).updatedAt >= since.toISOString())).toBe(true);
    expect(decodeURIComponent(s.served.find((call) => call.url.includes('/tickets?'))!.url)).toContain(`last_modification_date[gte]=${since.toISOString()}`);
  });

  it('reads a backfill window and ends with no cursor', async () => {
    const s = await start();
    const ctx = s.context(await s.newClient());
    const all = await s.drain(ctx, null);
    const from = new Date('2026-01-01T00:00:00.000Z');
    const to = new Date('2026-01-10T00:00:00.000Z');
    const window = await s.drain(ctx, null, { from, to });
    const expected = all.records.filter((r) => (r.data as Complaint).updatedAt >= from.toISOString() && (r.data as Complaint).updatedAt < to.toISOString());
    expect(window.records.map((r) => r.externalId).sort()).toEqual(expected.map((r) => r.externalId).sort());
    expect(window.cursor).toBeNull();
  });

  it('turns a 503 into a retryable error and a malformed body into bad_response', async () => {
    const s = await start();
    const ctx = s.context(await s.newClient());
    await s.client.verifyCredentials(ctx);
    await s.fault([{ kind: 'status', status: 503 }]);
    const unavailable = await providerError(s.client.fetchChanges(ctx, { model: 'complaint', cursor: null }));
    expect(unavailable).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(unavailable.details.status).toBe(503);

    await s.fault([{ kind: 'malformed' }]);
    const malformed = await providerError(s.client.fetchChanges(ctx, { model: 'complaint', cursor: null }));
    expect(malformed).toMatchObject({ kind: 'bad_response', retryable: false });
  });
});

describe('Reclame Aqui client: actions', () => {
  it('answers publicly, sends a private message and requests the evaluation, each changing the ticket', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const complaint = await s.newComplaint(credentials);
    const ticketId = String(complaint.id);

    const answer = await s.client.runAction!(ctx, 'public_answer', { ticketId, message: 'Olá, já resolvemos o seu caso.' });
    expect(answer).toMatchObject({ ticketId, interactionId: expect.any(String) });
    let stored = await s.ticket(ticketId);
    expect(stored.interactions.some((i) => i.ticket_interaction_type_id === 2 && i.message === 'Olá, já resolvemos o seu caso.')).toBe(true);
    expect(stored.ra_status.id).toBe(6);

    await s.client.runAction!(ctx, 'private_message', { ticketId, message: 'Pode nos confirmar o pedido?', email: 'cliente@example.com' });
    stored = await s.ticket(ticketId);
    const privateMessage = stored.interactions.find((i) => i.ticket_interaction_type_id === 3)!;
    expect(privateMessage.message).toBe('Pode nos confirmar o pedido?');
    expect(privateMessage.details.some((d) => d.value === 'cliente@example.com')).toBe(true);

    await s.client.runAction!(ctx, 'request_evaluation', { ticketId });
    stored = await s.ticket(ticketId);
    expect(stored.request_evaluation).toBe(true);
    expect(stored.hugme_status.id).toBe(22);
  });

  it('requests moderation, with migrateTO for reason 1', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const duplicate = await s.newComplaint(credentials);
    await s.client.runAction!(ctx, 'request_moderation', { ticketId: String(duplicate.id), reason: '4', message: 'Reclamação duplicada.' });
    expect((await s.ticket(duplicate.id)).moderation).toMatchObject({ status: expect.any(String), reason: 4 });
    expect((await s.ticket(duplicate.id)).request_moderation).toBe(true);

    const other = await s.newComplaint(credentials);
    const target = OTHER_COMPANIES[0]!.id;
    await s.client.runAction!(ctx, 'request_moderation', { ticketId: String(other.id), reason: '1', message: 'É de outra empresa.', migrateTo: String(target) });
    expect((await s.ticket(other.id)).moderation.reason).toBe(1);
  });

  it('keeps the provider message when HugMe refuses an action, and refuses unknown actions', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const ctx = s.context(credentials);
    const complaint = await s.newComplaint(credentials);

    const unanswered = await providerError(s.client.runAction!(ctx, 'request_evaluation', { ticketId: String(complaint.id) }));
    expect(unanswered.kind).toBe('rejected');
    expect(unanswered.details.providerMessage).toBe('O ticket não permite esta ação no momento: a última interação pública precisa ser uma resposta da empresa');

    const missing = await providerError(s.client.runAction!(ctx, 'public_answer', { ticketId: '1', message: 'Olá' }));
    expect(missing).toMatchObject({ kind: 'rejected' });
    expect(missing.details.providerMessage).toBe('Ticket não encontrado: 1');

    const noTarget = await providerError(s.client.runAction!(ctx, 'request_moderation', { ticketId: String(complaint.id), reason: '1', message: 'Outra empresa' }));
    expect(noTarget.details.providerMessage).toBe('Requisição inválida: migrateTO é obrigatório quando reason=1');

    await expect(s.client.runAction!(ctx, 'close_ticket', { ticketId: String(complaint.id) })).rejects.toThrow(/no action "close_ticket"/);
  });

  it('finds the organization\'s company pages ("Buscar página"), filtered by name', async () => {
    const s = await start({ historyDays: 1 });
    const credentials = await s.newClient({ company_name: 'Loja São Jorge Ltda' });
    await s.newClient({ company_name: 'Outra Loja Qualquer' });
    const ctx = s.context(credentials);

    const all = await s.client.runAction!(ctx, 'find_company_pages', {});
    expect(all.companies).toEqual([
      { id: credentials.company.id, name: 'Loja São Jorge Ltda', page: expect.any(String), url: expect.stringMatching(/^https:\/\/www\.reclameaqui\.com\.br\/empresa\//) },
    ]);
    const [company] = all.companies as { page: string; url: string }[];
    expect(company!.url).toContain(company!.page);

    expect((await s.client.runAction!(ctx, 'find_company_pages', { name: 'SAO JORGE' })).companies).toMatchObject([{ id: credentials.company.id }]);
    expect((await s.client.runAction!(ctx, 'find_company_pages', { name: 'são jorge' })).companies).toHaveLength(1);
    expect((await s.client.runAction!(ctx, 'find_company_pages', { name: 'Outra Loja' })).companies).toEqual([]);
    await expect(s.client.runAction!(ctx, 'find_company_pages', { name: 'x', page: 2 })).rejects.toThrow(/Invalid input for Reclame Aqui action find_company_pages/);
    expect(s.served.filter((r) => r.path === '/api/companies/v1/companies/organization').every((r) => r.status === 200)).toBe(true);
  });

  it('exports a default client instance', () => {
    expect(typeof reclameAquiClient.fetchChanges).toBe('function');
    expect(typeof reclameAquiClient.runAction).toBe('function');
  });
});
