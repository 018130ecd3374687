import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHugmeSandbox, type HugmeSandboxOptions } from '../../src/connectors/reclame-aqui/sandbox/app.ts';
import type { HugmeTicket as Ticket } from '../../src/connectors/reclame-aqui/sandbox/ticket-schema.ts';
import { ManualClock } from '../../src/platform/clock.ts';

interface TicketPage {
  data: Ticket[];
  meta: { page: { number: number; size: number }; total: number };
}
interface Credentials {
  client_id: string;
  client_secret: string;
  company: { id: number; name: string };
}

const running: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close()));
});

async function start(options: HugmeSandboxOptions = {}) {
  const clock = new ManualClock('2026-01-15T12:00:00.000Z');
  const app = await buildHugmeSandbox({ now: () => clock.now(), historyDays: 40, ...options });
  running.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const root = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const base = `${root}/api`;

  const control = async <T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const newClient = async (body?: unknown) => (await control<Credentials>('POST', '/_control/credentials', body ?? {})).body;
  const tokenCall = (authorization: string | undefined, query = '?grant_type=client_credentials') =>
    fetch(`${base}/auth/oauth/token${query}`, { method: 'POST', headers: authorization ? { authorization } : {} });
  const basic = (c: Credentials) => `Basic ${Buffer.from(`${c.client_id}:${c.client_secret}`).toString('base64')}`;
  const token = async (c: Credentials) => ((await (await tokenCall(basic(c))).json()) as { access_token: string }).access_token;
  const api = (accessToken: string | undefined, path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...(init.headers as Record<string, string>) },
    });
  const list = async (accessToken: string, query: Record<string, string> | [string, string][]) =>
    (await (await api(accessToken, `/ticket/v1/tickets?${new URLSearchParams(query)}`)).json()) as TicketPage;
  const postJson = (accessToken: string, path: string, body: unknown) =>
    api(accessToken, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const ticket = async (accessToken: string, id: number) => (await list(accessToken, { 'id[eq]': String(id) })).data[0]!;
  /** A fresh client with its token, on a sandbox whose rate limit these tests do not care about. */
  const session = async () => {
    const credentials = await newClient();
    return { credentials, token: await token(credentials) };
  };
  return { app, clock, base, root, control, newClient, tokenCall, basic, token, api, list, postJson, ticket, session };
}

const relaxed = { rateLimitPerMinute: 10_000 };

describe('HugMe sandbox: auth', () => {
  it('issues a token for good Basic credentials and refuses bad or missing ones with the error envelope', async () => {
    const s = await start(relaxed);
    const credentials = await s.newClient();

    const good = await s.tokenCall(s.basic(credentials));
    expect(good.status).toBe(200);
    const body = (await good.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, rate_limit: 10_000, scope: expect.any(String) });
    expect(body.access_token).toEqual(expect.any(String));
    expect(Date.parse(String(body.license_end_at))).toBeGreaterThan(Date.parse(String(body.license_start_at)));

    const wrongSecret = await s.tokenCall(s.basic({ ...credentials, client_secret: 'not-the-secret' }));
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toEqual({ message: 'Credenciais do cliente inválidas', code: 4010, success: false });
    expect((await s.tokenCall(s.basic({ ...credentials, client_id: 'nobody' }))).status).toBe(401);
    expect((await s.tokenCall(undefined)).status).toBe(401);
    expect((await s.tokenCall('Basic !!!')).status).toBe(401);

    const noGrant = await s.tokenCall(s.basic(credentials), '');
    expect(noGrant.status).toBe(400);
    expect(await noGrant.json()).toMatchObject({ code: 4000, success: false });
    expect((await s.tokenCall(s.basic(credentials), '?grant_type=password')).status).toBe(400);
  });

  it('requires a bearer token on everything but the token call and the public availability check', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();

    expect((await s.api(undefined, '/auth/availability')).status).toBe(200);
    const missing = await s.api(undefined, '/ticket/v1/tickets');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ message: 'Token de acesso não informado', code: 4010, success: false });
    const unknown = await s.api('made-up-token', '/ticket/v1/tickets/count');
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { message: string }).message).toBe('Token de acesso inválido');
    expect((await s.api(undefined, '/ticket/availability')).status).toBe(401);
    expect((await s.api(token, '/ticket/availability')).status).toBe(200);
    expect((await s.api(token, '/ticket/v1/tickets/count')).status).toBe(200);
  });

  it('expires tokens when the injected clock passes expires_in, and on demand through the control API', async () => {
    const s = await start({ ...relaxed, tokenTtlSeconds: 300 });
    const { credentials, token } = await s.session();

    s.clock.advance(299_000);
    expect((await s.api(token, '/ticket/v1/tickets/count')).status).toBe(200);
    s.clock.advance(1_000);
    const expired = await s.api(token, '/ticket/v1/tickets/count');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ message: 'Token de acesso expirado', code: 4010, success: false });

    const fresh = await s.token(credentials);
    expect((await s.api(fresh, '/ticket/v1/tickets/count')).status).toBe(200);
    expect(await s.control('POST', '/_control/tokens/expire', { client_id: credentials.client_id })).toEqual({ status: 200, body: { expired: 1 } });
    expect(((await (await s.api(fresh, '/ticket/v1/tickets/count')).json()) as { message: string }).message).toBe('Token de acesso expirado');
  });

  it('allows 10 calls a minute per client, the token call included, then answers 429 with Retry-After until the window frees', async () => {
    const s = await start();
    const credentials = await s.newClient();
    const token = await s.token(credentials); // call 1
    for (let call = 2; call <= 10; call++) expect((await s.api(token, '/ticket/v1/tickets/count')).status).toBe(200);

    const limited = await s.api(token, '/ticket/v1/tickets/count'); // call 11
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toMatchObject({ code: 4290, success: false });
    expect((await s.tokenCall(s.basic(credentials))).status).toBe(429);

    const other = await s.newClient();
    expect((await s.api(await s.token(other), '/ticket/v1/tickets/count')).status).toBe(200);

    s.clock.advance(45_000);
    const stillLimited = await s.api(token, '/ticket/v1/tickets/count');
    expect(stillLimited.status).toBe(429);
    expect(stillLimited.headers.get('retry-after')).toBe('15');
    s.clock.advance(15_000);
    expect((await s.api(token, '/ticket/v1/tickets/count')).status).toBe(200);

    expect((await s.control('GET', '/_control/rate-limit')).body).toMatchObject({ limit: 10, clients: { [credentials.client_id]: { accepted: 11, refused: 3 } } });
  });
});

describe('HugMe sandbox: tickets', () => {
  it('pages to the last page returning each ticket once, with meta.total equal to the count', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const total = ((await (await s.api(token, '/ticket/v1/tickets/count')).json()) as { data: number }).data;
    expect(total).toBe(120); // 3 a day over 40 days

    const seen: number[] = [];
    for (let number = 1; ; number++) {
      const page = await s.list(token, { 'page[size]': '50', 'page[number]': String(number), 'sort[id]': 'ASC' });
      expect(page.meta).toEqual({ page: { number, size: 50 }, total });
      seen.push(...page.data.map((t) => t.id));
      if (page.data.length < 50) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect((await s.list(token, { 'page[size]': '50', 'page[number]': '9' })).data).toEqual([]);

    const newestFirst = await s.list(token, { 'page[size]': '10', 'sort[creation_date]': 'DESC' });
    const dates = newestFirst.data.map((t) => t.creation_date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('carries every documented field, in HugMe status vocabulary and date format', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const [first] = (await s.list(token, { 'page[size]': '1' })).data;
    const documented = `id source_external_id complaint_title complaint_content complaint_response_content complaint_response_date
      creation_date insertion_date last_modification_date closed_date hugme_status ra_status source company customer ra moderation
      request_moderation request_evaluation frozen active resolved_issue back_doing_business rating rating_date consumer_consideration
      company_consideration interactions_count interactions_not_readed_count attached categories historical interactions`;
    for (const field of documented.split(/\s+/)) expect(first).toHaveProperty(field);
    expect(first!.source).toEqual({ id: 1, name: 'ReclameAQUI' });
    expect(first!.creation_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(first!.interactions[0]).toMatchObject({ ticket_interaction_type_id: 1, ticket_interaction_name: 'Manifestação' });
    expect(first!.customer).toMatchObject({ email: [expect.any(String)], cpf: [expect.stringMatching(/^\d{11}$/)] });
    const everything = await s.list(token, { 'page[size]': '50' });
    const pairs = new Set(everything.data.map((t) => `${t.ra_status.id}:${t.ra_status.name}`));
    expect([...pairs].every((pair) => ['5:Não respondido', '6:Respondido', '7:Réplica do consumidor', '8:Réplica da empresa',
      '10:Congelado', '12:Desativado pelo consumidor', '18:Avaliado Resolvido', '19:Avaliado Não Resolvido'].includes(pair))).toBe(true);
    expect(everything.data.some((t) => t.rating === '-1')).toBe(true);
  });

  it('filters with eq, in and a gte/lt window on last_modification_date, and counts with the same filters', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const all: Ticket[] = [];
    for (let number = 1; number <= 3; number++) all.push(...(await s.list(token, { 'page[size]': '50', 'page[number]': String(number) })).data);
    const sample = all[17]!;

    expect((await s.list(token, { 'id[eq]': String(sample.id) })).data.map((t) => t.id)).toEqual([sample.id]);
    expect((await s.list(token, { 'source_external_id[eq]': sample.source_external_id })).data.map((t) => t.id)).toEqual([sample.id]);
    expect((await s.list(token, { 'company.id[eq]': String(sample.company.id) })).meta.total).toBe(all.length);
    expect((await s.list(token, { 'source.name[eq]': 'ReclameAQUI' })).meta.total).toBe(all.length);

    const open = all.filter((t) => [1, 16, 21].includes(t.hugme_status.id));
    const inResult = await s.list(token, { 'hugme_status.id[in]': '1,16,21', 'page[size]': '50' });
    expect(inResult.meta.total).toBe(open.length);
    expect(inResult.data.every((t) => [1, 16, 21].includes(t.hugme_status.id))).toBe(true);
    const notIn = await s.list(token, { 'hugme_status.id[nin]': '1,16,21' });
    expect(notIn.meta.total).toBe(all.length - open.length);

    const from = '2025-12-20T00:00:00.000Z';
    const to = '2025-12-27T00:00:00.000Z';
    const expected = all.filter((t) => t.last_modification_date >= from && t.last_modification_date < to).map((t) => t.id).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    const window: [string, string][] = [['last_modification_date[gte]', from], ['last_modification_date[lt]', to], ['page[size]', '50']];
    const found = await s.list(token, window);
    expect(found.data.map((t) => t.id)).toEqual(expected);
    const count = await s.api(token, `/ticket/v1/tickets/count?${new URLSearchParams(window)}`);
    expect(await count.json()).toEqual({ data: expected.length });
    const dateOnly = await s.list(token, [['last_modification_date[gte]', '2025-12-20'], ['last_modification_date[lt]', '2025-12-27']]);
    expect(dateOnly.meta.total).toBe(expected.length);
  });

  it('refuses unknown fields, operators, bad values and oversized pages with a 400 envelope', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    for (const query of ['colour[eq]=red', 'id[like]=1', 'id[eq]=abc', 'creation_date[gte]=yesterday', 'page[size]=51', 'page[number]=0', 'sort[id]=UP', 'limit=5']) {
      const response = await s.api(token, `/ticket/v1/tickets?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ code: 4000, success: false, message: expect.any(String) });
    }
  });
});

describe('HugMe sandbox: writes', () => {
  async function unanswered(s: Awaited<ReturnType<typeof start>>, token: string, skip = 0): Promise<Ticket> {
    const page = await s.list(token, { 'ra_status.id[eq]': '5', 'active[eq]': 'true', 'page[size]': '50' });
    return page.data[skip]!;
  }

  it('takes a public answer as JSON and as multipart, and changes the ticket accordingly', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const target = await unanswered(s, token);
    s.clock.advance(60_000);

    const json = await s.postJson(token, '/ticket/v1/tickets/message/public', { id: String(target.id), message: 'Olá, resolvemos o seu caso.' });
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ success: true, data: { id: target.id, ticket_interaction_id: expect.any(String) } });
    const answered = await s.ticket(token, target.id);
    expect(answered.ra_status).toEqual({ id: 6, name: 'Respondido' });
    expect(answered.hugme_status).toEqual({ id: 2, name: 'Respondido' });
    expect(answered.complaint_response_content).toBe('Olá, resolvemos o seu caso.');
    expect(answered.complaint_response_date).toBe('2026-01-15T12:01:00.000Z');
    expect(answered.last_modification_date).toBe('2026-01-15T12:01:00.000Z');
    expect(answered.interactions.at(-1)).toMatchObject({ ticket_interaction_type_id: 2, privacy: false, message: 'Olá, resolvemos o seu caso.' });

    const other = await unanswered(s, token);
    const form = new FormData();
    form.append('id', String(other.id));
    form.append('message', 'Resposta enviada em multipart.');
    expect((await s.api(token, '/ticket/v1/tickets/message/public', { method: 'POST', body: form })).status).toBe(200);
    expect((await s.ticket(token, other.id)).complaint_response_content).toBe('Resposta enviada em multipart.');

    const third = await unanswered(s, token);
    const urlencoded = new URLSearchParams({ id: String(third.id), message: 'Resposta em form-urlencoded.' });
    expect((await s.api(token, '/ticket/v1/tickets/message/public', { method: 'POST', body: urlencoded })).status).toBe(200);

    const missing = await s.postJson(token, '/ticket/v1/tickets/message/public', { id: target.id });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 4000, success: false });
    const unknown = await s.postJson(token, '/ticket/v1/tickets/message/public', { id: 1, message: 'x' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 4040, success: false });
  });

  it('sends a private message with a file, serves the file back through the attachment link, and ends the thread', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const target = await unanswered(s, token);
    const form = new FormData();
    form.append('id', String(target.id));
    form.append('message', 'Segue o comprovante.');
    form.append('email', 'sac@example.com');
    form.append('file', new Blob(['comprovante'], { type: 'text/plain' }), 'comprovante.txt');
    const sent = await s.api(token, '/ticket/v1/tickets/message/private', { method: 'POST', body: form });
    expect(sent.status).toBe(200);

    const changed = await s.ticket(token, target.id);
    const message = changed.interactions.at(-1)!;
    expect(message).toMatchObject({ ticket_interaction_type_id: 3, privacy: true, message: 'Segue o comprovante.' });
    expect(message.details.find((d) => d.ticket_detail_type_id === 34)?.value).toBe('sac@example.com');
    const attachment = message.details.find((d) => d.ticket_detail_type_id === 15)!;
    const link = (await (await s.api(token, `/ticket/v1/tickets/attachment/${attachment.ticket_detail_id}`)).json()) as { url: string };
    expect(await (await fetch(link.url)).text()).toBe('comprovante');

    const json = await s.postJson(token, '/ticket/v1/tickets/message/private', { id: target.id, message: 'Sem e-mail' });
    expect(json.status).toBe(400);
    const end = await s.api(token, `/ticket/v1/tickets/message/private/${target.id}/end`, { method: 'POST' });
    expect(end.status).toBe(200);
    expect(await end.json()).toMatchObject({ success: true, data: { id: target.id } });
  });

  it('requests the evaluation only after a company answer', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const target = await unanswered(s, token);

    const early = await s.postJson(token, '/ticket/v1/tickets/evaluation', { id: String(target.id) });
    expect(early.status).toBe(400);
    expect(await early.json()).toMatchObject({ code: 4091, success: false });

    await s.postJson(token, '/ticket/v1/tickets/message/public', { id: target.id, message: 'Resolvido.' });
    expect((await s.postJson(token, '/ticket/v1/tickets/evaluation', { id: String(target.id) })).status).toBe(200);
    const changed = await s.ticket(token, target.id);
    expect(changed.request_evaluation).toBe(true);
    expect(changed.hugme_status).toEqual({ id: 22, name: 'Aguardando avaliação' });
    expect((await s.postJson(token, '/ticket/v1/tickets/evaluation', { id: 999 })).status).toBe(404);
  });

  it('validates moderation reasons and migrateTO, then records the request', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    const target = await unanswered(s, token);
    const moderate = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      return s.api(token, '/ticket/v1/tickets/moderation', { method: 'POST', body: form });
    };

    const badReason = await moderate({ id: String(target.id), reason: '2', message: 'Duplicada' });
    expect(badReason.status).toBe(400);
    expect(((await badReason.json()) as { message: string }).message).toContain('Motivo de moderação inválido');
    expect((await moderate({ id: String(target.id), reason: '1', message: 'Outra empresa' })).status).toBe(400);
    expect((await moderate({ id: String(target.id), reason: '1', message: 'Outra empresa', migrateTO: '12345' })).status).toBe(400);

    const search = await s.api(token, '/ticket/v1/tickets/moderation/companies?companyName=exemplo&page=1&limit=2');
    const companies = (await search.json()) as { data: { id: number; name: string }[]; meta: { total: number } };
    expect(companies.data).toHaveLength(2);
    expect(companies.meta.total).toBeGreaterThan(2);

    const ok = await moderate({ id: String(target.id), reason: '1', message: 'Outra empresa', migrateTO: String(companies.data[0]!.id) });
    expect(ok.status).toBe(200);
    const changed = await s.ticket(token, target.id);
    expect(changed.request_moderation).toBe(true);
    expect(changed.moderation).toMatchObject({ status: 'Em análise', reason: 1, request_date: '2026-01-15T12:00:00.000Z' });
    expect((await moderate({ id: String(target.id), reason: '4', message: 'De novo' })).status).toBe(400);

    const json = await s.postJson(token, '/ticket/v1/tickets/moderation', { id: (await unanswered(s, token, 1)).id, reason: 4, message: 'Duplicada' });
    expect(json.status, await json.clone().text()).toBe(200);
  });
});

describe('HugMe sandbox: companies', () => {
  it('lists the organization and computes a reputation per period', async () => {
    const s = await start(relaxed);
    const credentials = await s.newClient({ company_name: 'Frota Exemplo Ltda' });
    const token = await s.token(credentials);
    const organization = (await (await s.api(token, '/companies/v1/companies/organization')).json()) as { id: number; name: string }[];
    expect(organization).toEqual([expect.objectContaining({ id: credentials.company.id, companyId: credentials.company.id, name: 'Frota Exemplo Ltda' })]);

    const reputation = await s.api(token, `/companies/v1/companies/${credentials.company.id}/reputation?period=SEISMESES`);
    const [sixMonths] = (await reputation.json()) as { complaintsCount: number; finalGrade: number; period: { periodKey: string }; reputation: { name: string } }[];
    expect(sixMonths).toMatchObject({ complaintsCount: 120, period: { periodKey: 'SEISMESES' } });
    expect(sixMonths!.finalGrade).toBeGreaterThanOrEqual(0);
    expect(sixMonths!.finalGrade).toBeLessThanOrEqual(10);
    const all = (await (await s.api(token, `/companies/v1/companies/${credentials.company.id}/reputation`)).json()) as unknown[];
    expect(all).toHaveLength(5);
    expect((await s.api(token, `/companies/v1/companies/${credentials.company.id}/reputation?period=SEMPRE`)).status).toBe(400);
    expect((await s.api(token, '/companies/v1/companies/1/reputation')).status).toBe(404);
  });
});

describe('HugMe sandbox: control API and faults', () => {
  it('adds and updates complaints that the next poll by last_modification_date[gte] finds', async () => {
    const s = await start(relaxed);
    const credentials = await s.newClient();
    s.clock.set('2026-01-16T09:30:00.000Z');
    const created = await s.control<Ticket>('POST', '/_control/complaints', {
      client_id: credentials.client_id,
      complaint_title: 'Cartão recusado no posto',
      customer: { name: 'Maria Teste' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ complaint_title: 'Cartão recusado no posto', ra_status: { id: 5 }, creation_date: '2026-01-16T09:30:00.000Z' });
    const token = await s.token(credentials);

    const since = await s.list(token, { 'last_modification_date[gte]': '2026-01-16T09:30:00.000Z' });
    expect(since.data.map((t) => t.id)).toEqual([created.body.id]);

    s.clock.set('2026-01-16T10:00:00.000Z');
    const patched = await s.control<Ticket>('PATCH', `/_control/complaints/${created.body.id}`, {
      consumer_reply: { message: 'Ainda aguardo retorno.' },
      hugme_status: 1,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.last_modification_date).toBe('2026-01-16T10:00:00.000Z');
    const later = await s.list(await s.token(credentials), { 'last_modification_date[gte]': '2026-01-16T10:00:00.000Z' });
    expect(later.data).toHaveLength(1);
    expect(later.data[0]!.interactions.at(-1)).toMatchObject({ ticket_interaction_type_id: 6, privacy: true, message: 'Ainda aguardo retorno.' });
    expect(later.data[0]!.hugme_status).toEqual({ id: 1, name: 'Pendente' });

    s.clock.advance(60_000);
    const evaluated = await s.control<Ticket>('PATCH', `/_control/complaints/${created.body.id}`, {
      evaluation: { rating: 9, resolved_issue: true, back_doing_business: true, consideration: 'Resolveram.' },
    });
    expect(evaluated.body).toMatchObject({ rating: '9', ra_status: { id: 18, name: 'Avaliado Resolvido' }, hugme_status: { id: 3 } });
    expect((await s.control('GET', `/_control/complaints/${created.body.id}`)).body).toEqual(evaluated.body);
    expect((await s.control('PATCH', `/_control/complaints/${created.body.id}`, { ra_status: 99 })).status).toBe(400);
    const frozen = await s.control<Ticket>('PATCH', `/_control/complaints/${created.body.id}`, { ra_status: { id: 10 }, frozen: true });
    expect(frozen.body).toMatchObject({ ra_status: { id: 10, name: 'Congelado' }, frozen: true });
    expect((await s.control('POST', '/_control/complaints', { client_id: 'nobody' })).status).toBe(404);
  });

  it('applies faults scripted through /_control/faults/next to the next provider calls', async () => {
    const s = await start(relaxed);
    const { token } = await s.session();
    await s.control('POST', '/_control/faults/next', {
      faults: [{ kind: 'status', status: 503 }, { kind: 'expired_token' }, { kind: 'rate_limited', retryAfterSeconds: 7 }],
    });

    expect((await s.api(token, '/ticket/v1/tickets/count')).status).toBe(503);
    const expired = await s.api(token, '/ticket/v1/tickets/count');
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { message: string }).message).toBe('Token de acesso expirado');
    const limited = await s.api(token, '/ticket/v1/tickets/count');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await s.api(token, '/ticket/v1/tickets/count')).status).toBe(200);
  });

  it('generates the same data for the same seed and different data for another', async () => {
    const dump = async (seed: number) => {
      const s = await start({ ...relaxed, seed });
      const { credentials, token } = await s.session();
      const page = await s.list(token, { 'page[size]': '50', 'sort[id]': 'DESC' });
      return { credentials, page };
    };
    const first = await dump(7);
    const second = await dump(7);
    const other = await dump(8);
    expect(second).toEqual(first);
    expect(other.credentials.client_id).not.toBe(first.credentials.client_id);
    expect(other.page.data.map((t) => t.complaint_title)).not.toEqual(first.page.data.map((t) => t.complaint_title));
  });
});
