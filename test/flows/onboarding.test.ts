import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import type { ReceivedMail } from '../../src/platform/mail/local-mailbox.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';
import { connectLinkIn, csrfIn, postConnectForm, sendReply, submitConnectForm } from './onboarding-support.ts';

const HOUR = 3_600_000;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The onboarding flows end to end: real SMTP out (the local mailbox) and in (the inbound listener), the provider
 * sandboxes over HTTP, the /connect pages over HTTP, the queue's timers on an injected clock.
 */
describe('onboarding', () => {
  let ponte: TestPonte;
  let mailbox: LocalMailbox;
  let address: string;
  let admin: string;
  // The sandboxes keep real time (their keys expire 12 hours after they are generated); Ponte's clock starts there.
  const clock = new ManualClock(new Date());

  const call = async (method: string, path: string, body?: unknown, token = admin) => {
    const response = await fetch(`${address}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (response.status === 204 ? null : await response.json()) as Json };
  };
  const sandbox = async (key: 'maxi-frota' | 'ticket-log' | 'paghiper', path: string, body: unknown = {}) => {
    const response = await fetch(`${new URL(ponte.sandboxes[key]!.baseUrl).origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as Json;
  };
  const mailTo = (to: string, subject: string) => mailbox.waitFor((mail) => mail.to.includes(to) && mail.subject.includes(subject), 60_000);
  const stateOf = async (id: string) => (await call('GET', `/v1/integrations/${id}`)).body.state as string;
  const waitForState = (id: string, state: string) => waitFor(async () => (await stateOf(id)) === state, 60_000);
  const newAccount = async (name: string, contactEmail: string) => (await call('POST', '/v1/accounts', { name, contactEmail, contactName: 'Marina Souza' })).body as { id: string };

  beforeAll(async () => {
    mailbox = await startLocalMailbox();
    ponte = await startTestPonte({
      sandboxes: true,
      clock,
      smtpUrl: mailbox.url,
      env: { PONTE_INBOUND_SMTP_PORT: '0', PONTE_MAIL_FROM: 'Ponte <ponte@ponte.example>' },
      onboarding: { timerLookMs: 200, exchangeRetryMs: 200, validationCheckMinutes: 1 },
    });
    address = await ponte.listen();
    admin = await ponte.adminToken();
  });

  afterAll(async () => {
    await ponte?.dispose();
    await mailbox?.close();
  });

  it('Maxi Frota on time: instructions by e-mail, the key on /connect exchanged at once, active with fuel data, validated', async () => {
    const account = await newAccount('Transportes Rio Claro', 'frota@rioclaro.example');
    const requested = await call('POST', '/v1/integrations', { accountId: account.id, connector: 'maxi-frota', environment: 'sandbox', config: { retroactiveMonths: 1 } });
    expect(requested).toMatchObject({ status: 201, body: { state: 'awaiting_customer' } });
    const id = requested.body.id as string;

    const instructions = await mailTo('frota@rioclaro.example', 'envie a chave de autorização');
    expect(instructions.text).toContain('12 horas');
    expect(instructions.headers['reply-to']).toMatch(/^suporte\+tkt_[a-z0-9]+\.[a-z0-9]+@ponte\.example$/);
    const link = connectLinkIn(instructions);
    expect((await call('GET', `/v1/integrations/${id}/timeline`)).body.waitingFor).toMatchObject({ who: 'customer', what: 'credentials', dueAt: expect.any(String) });

    const { clientId } = await sandbox('maxi-frota', '/_control/credentials');
    await sandbox('maxi-frota', '/_control/transactions', { clientId, count: 3 });
    const { chaveAutorizacao } = await sandbox('maxi-frota', '/_control/authorization-keys', { clientId });
    const page = await fetch(link);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const form = await page.text();
    expect(form).toContain('Chave de autorização');
    const submitted = await submitConnectForm(link, { authorizationKey: chaveAutorizacao });
    expect(submitted.status).toBe(200);
    expect(submitted.html).not.toContain(chaveAutorizacao);
    expect(await stateOf(id)).toBe('active');

    // The link worked once: the same form posted again is refused and changes nothing.
    const again = await postConnectForm(link, { authorizationKey: chaveAutorizacao }, csrfIn(form));
    expect(again.status).toBe(410);
    expect(await stateOf(id)).toBe('active');

    await mailTo('frota@rioclaro.example', 'Maxi Frota ativa');
    // The sandbox's customer comes with a history of fuelings: the backfill brings them in.
    await waitFor(async () => (await call('GET', `/v1/integrations/${id}/records`)).body.data.length > 0, 60_000);
    // The validation request waits for the first records, checked on the clock.
    clock.advance(2 * 60_000);
    const validation = await mailTo('frota@rioclaro.example', 'estão corretos?');
    expect(validation.text).toMatch(/R\$\s?\d/);
    expect(await call('POST', `/v1/integrations/${id}/validation`, { confirmed: false })).toMatchObject({ status: 422, body: { code: 'validation_divergence_missing', field: 'body.divergence' } });
    const confirmed = await call('POST', `/v1/integrations/${id}/validation`, { confirmed: true });
    expect(confirmed).toMatchObject({ status: 200, body: { confirmed: true, ticketId: expect.stringMatching(/^tkt_/) } });
    expect((await call('GET', `/v1/tickets/${confirmed.body.ticketId}`)).body.status).toBe('resolved');

    const timeline = (await call('GET', `/v1/integrations/${id}/timeline`)).body.data as { from: string | null; to: string; actor: string; ticketId: string | null }[];
    expect(timeline.map((step) => step.to)).toEqual(['requested', 'awaiting_customer', 'credentials_received', 'active']);
    expect(timeline[0]!.actor).toMatch(/^key_/);
    expect(timeline[2]!.actor).toMatch(/^contact:\/connect lnk_/);
    expect(timeline[3]!.actor).toBe('system:onboarding');
    expect((await call('GET', `/v1/integrations/${id}/timeline`)).body.waitingFor).toBeNull();
    expect(timeline.every((step) => step.ticketId === confirmed.body.ticketId || step.to === 'requested')).toBe(true);
  });

  it('Maxi Frota with a key 13 hours old: key_expired, a new key by e-mail reply, active; a forged reply is kept aside', async () => {
    const account = await newAccount('Frota Serra Azul', 'frota@serraazul.example');
    const id = (await call('POST', '/v1/integrations', { accountId: account.id, connector: 'maxi-frota', environment: 'sandbox', config: { retroactiveMonths: 0 } })).body.id as string;
    const link = connectLinkIn(await mailTo('frota@serraazul.example', 'envie a chave de autorização'));
    const { clientId } = await sandbox('maxi-frota', '/_control/credentials');
    const old = await sandbox('maxi-frota', '/_control/authorization-keys', { clientId, generatedAt: new Date(Date.now() - 13 * HOUR).toISOString() });

    const refused = await submitConnectForm(link, { authorizationKey: old.chaveAutorizacao });
    // Sent straight to a new link's form, which says why.
    expect(refused.status).toBe(303);
    expect(refused.location).toMatch(/^\/connect\/lnk_.+\?refused=1$/);
    expect(await (await fetch(`${address}${refused.location}`)).text()).toContain('12');
    expect(await stateOf(id)).toBe('key_expired');
    const expired = await mailTo('frota@serraazul.example', 'precisamos de uma nova chave');
    const replyTo = expired.headers['reply-to']!;

    // A reply to an address whose signature was altered: kept aside, attached to nothing, the key not used.
    const fresh = await sandbox('maxi-frota', '/_control/authorization-keys', { clientId });
    const forged = replyTo.replace(/\.([a-z0-9])/, (_match, first: string) => `.${first === 'a' ? 'b' : 'a'}`);
    await sendReply(ponte.inboundMail!.url, { from: 'frota@serraazul.example', to: forged, subject: 'Re: chave', text: `Nova chave: ${fresh.chaveAutorizacao}` });
    const aside = (await call('GET', '/v1/tickets/set-aside-mail')).body.data as { reason: string; body: string; envelopeTo: string[] }[];
    expect(aside.find((mail) => mail.envelopeTo.includes(forged))).toMatchObject({ reason: 'The routing address does not verify' });
    expect(JSON.stringify(aside)).not.toContain(fresh.chaveAutorizacao);
    expect(await stateOf(id)).toBe('key_expired');

    await sendReply(ponte.inboundMail!.url, { from: 'Marina <frota@serraazul.example>', to: replyTo, subject: `Re: ${expired.subject}`, text: `Olá,\n\nsegue a nova chave: ${fresh.chaveAutorizacao}\n\nEm 2 de mar. de 2026, Ponte escreveu:\n> precisamos de uma nova chave` });
    await waitForState(id, 'active');
    const ticketId = (await call('GET', `/v1/tickets?integrationId=${id}&kind=onboarding`)).body.data[0].id as string;
    const ticket = (await call('GET', `/v1/tickets/${ticketId}`)).body;
    const reply = ticket.messages.find((message: { direction: string; from: string }) => message.direction === 'inbound' && message.from === 'frota@serraazul.example');
    expect(reply.body).toContain('chave de autorização recebida pela Ponte e removida');
    expect(JSON.stringify(ticket)).not.toContain(fresh.chaveAutorizacao);
    const timeline = (await call('GET', `/v1/integrations/${id}/timeline`)).body.data as { to: string; actor: string; messageId: string | null; reason: string | null }[];
    expect(timeline.map((step) => step.to)).toEqual(['requested', 'awaiting_customer', 'credentials_received', 'key_expired', 'credentials_received', 'active']);
    expect(timeline[3]!.reason).toBeTruthy();
    expect(timeline[4]).toMatchObject({ actor: 'contact:frota@serraazul.example', messageId: reply.id });
  });

  it('Ticket Log rejected, revised and approved: active and syncing', async () => {
    const credentials = await sandbox('ticket-log', '/_control/credentials');
    const account = await newAccount('Frota Campinas', 'frota@campinas.example');
    const id = (await call('POST', '/v1/integrations', { accountId: account.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: credentials.codigoCliente, retroactiveMonths: 0 } })).body.id as string;
    const first = connectLinkIn(await mailTo('frota@campinas.example', 'envie as credenciais do web service'));
    const sent = await submitConnectForm(first, { username: credentials.username, password: 'senha-errada' });
    expect(sent.status, sent.html.slice(0, 3000)).toBe(200);
    expect(await stateOf(id)).toBe('pending_provider_approval');
    await mailTo('frota@campinas.example', 'em validação pelo provedor');
    const waiting = (await call('GET', `/v1/integrations/${id}/timeline`)).body.waitingFor;
    expect(waiting).toMatchObject({ who: 'provider', what: 'approval' });
    expect(Date.parse(waiting.dueAt) - Date.parse(waiting.since)).toBe(15 * 24 * HOUR);
    // 15 calendar days hold 10 or 11 business days of 10 office hours.
    expect(waiting.businessMsLeft).toBeGreaterThanOrEqual(9 * 10 * HOUR);
    expect(waiting.businessMsLeft).toBeLessThanOrEqual(11 * 10 * HOUR);

    // A customer cannot decide for the provider; an illegal decision is a 409 naming the states.
    expect((await call('POST', `/v1/integrations/${id}/validation`, { confirmed: true })).body).toMatchObject({ status: 409, state: 'pending_provider_approval' });
    const rejected = await call('POST', `/v1/integrations/${id}/reject`, { reason: 'Senha do web service não confere' });
    expect(rejected.body).toMatchObject({ state: 'needs_revision', stateReason: 'Senha do web service não confere' });
    expect(await call('POST', `/v1/integrations/${id}/approve`, {})).toMatchObject({ status: 409, body: { code: 'integration_state_conflict', state: 'needs_revision', allowedStates: ['pending_provider_approval'] } });
    const revision = await mailTo('frota@campinas.example', 'o provedor pediu um ajuste');
    expect(revision.text).toContain('Senha do web service não confere');
    // The first link was spent; the e-mail brings a new one.
    expect((await fetch(first)).status).toBe(410);
    expect((await submitConnectForm(connectLinkIn(revision), { username: credentials.username, password: credentials.password })).status).toBe(200);
    expect(await stateOf(id)).toBe('pending_provider_approval');

    expect((await call('POST', `/v1/integrations/${id}/approve`, { note: 'Aprovado, protocolo 88231' })).body.state).toBe('active');
    await sandbox('ticket-log', '/_control/transactions', { codigoCliente: credentials.codigoCliente, count: 2 });
    await call('POST', `/v1/integrations/${id}/sync`);
    await waitFor(async () => (await call('GET', `/v1/integrations/${id}/records`)).body.data.length >= 2, 60_000);
    const timeline = (await call('GET', `/v1/integrations/${id}/timeline`)).body.data as { to: string }[];
    expect(timeline.map((step) => step.to)).toEqual(['requested', 'awaiting_customer', 'credentials_received', 'pending_provider_approval', 'needs_revision', 'credentials_received', 'pending_provider_approval', 'active']);
    await ponte.eventsReadable();
    const types = (await call('GET', `/v1/events?integrationId=${id}`)).body.data.map((event: { type: string }) => event.type);
    expect(types).toEqual(expect.arrayContaining(['integration.requested', 'integration.awaiting_customer', 'integration.needs_revision', 'integration.approved', 'integration.activated']));
  });

  it('PagHiper with a wrong token: the provider’s reason to the customer, corrected on /connect, active', async () => {
    const account = await newAccount('Loja Vila Nova', 'loja@vilanova.example');
    const { apiKey, token } = await sandbox('paghiper', '/_control/credentials');
    const refused = await call('POST', '/v1/integrations', { accountId: account.id, connector: 'paghiper', environment: 'sandbox', credentials: { apiKey, token: 'token-que-nao-existe' } });
    expect(refused).toMatchObject({ status: 422, body: { code: 'provider_refused_credentials', field: 'body.credentials', state: 'awaiting_customer' } });
    const id = refused.body.integrationId as string;
    const mail = await mailTo('loja@vilanova.example', 'as credenciais não foram aceitas');
    expect(mail.text).toContain(refused.body.detail);
    expect(await stateOf(id)).toBe('awaiting_customer');
    expect((await submitConnectForm(connectLinkIn(mail), { apiKey, token })).status).toBe(200);
    expect(await stateOf(id)).toBe('active');
    const timeline = (await call('GET', `/v1/integrations/${id}/timeline`)).body.data as { to: string }[];
    expect(timeline.map((step) => step.to)).toEqual(['connecting', 'awaiting_customer', 'credentials_received', 'connecting', 'active']);
  });

  it('lets a customer request an integration for its own account, and keeps keys out of any ticket it writes to', async () => {
    const account = await newAccount('Frota do Cliente', 'frota@cliente.example');
    const user = await ponte.accounts.createUser(cliActor, { email: 'gestor@cliente.example', name: 'Gestor', role: 'customer', accountId: account.id });
    const token = await ponte.tokenFor(user.id);
    const requested = await call('POST', '/v1/integrations', { accountId: account.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: 77 } }, token);
    expect(requested).toMatchObject({ status: 201, body: { state: 'awaiting_customer' } });
    const instructions = await mailTo('frota@cliente.example', 'envie as credenciais do web service');
    const tickets = (await call('GET', `/v1/tickets?integrationId=${requested.body.id}`, undefined, token)).body.data;
    expect(tickets).toHaveLength(1);
    // The flow's note about who asked is for staff only.
    expect((await call('GET', `/v1/tickets/${tickets[0].id}`, undefined, token)).body.messages.every((message: { visibility: string }) => message.visibility === 'public')).toBe(true);

    // Something that looks like an authorization key, in the subject and twice in the body, on a Ticket Log ticket.
    const keys = ['AAAA-BBBB-CCCC-DDDD-EEEE', 'FFFF-GGGG-HHHH-JJJJ-KKKK'];
    await sendReply(ponte.inboundMail!.url, { from: 'frota@cliente.example', to: instructions.headers['reply-to']!, subject: `Re: chave ${keys[0]}`, text: `Seguem: ${keys[0]} e ${keys[1]}.` });
    await waitFor(async () => (await call('GET', `/v1/tickets/${tickets[0].id}`)).body.messages.some((message: { direction: string }) => message.direction === 'inbound'), 30_000);
    const ticket = JSON.stringify((await call('GET', `/v1/tickets/${tickets[0].id}`)).body);
    for (const key of keys) expect(ticket).not.toContain(key);
    expect(ticket).toContain('removida');
    // Not a key-exchange integration: nothing was submitted.
    expect(await stateOf(requested.body.id)).toBe('awaiting_customer');
  });

  it('asks for new credentials when a running integration’s stop working: a ticket, the provider’s words and a /connect link', async () => {
    const account = await newAccount('Loja Reconexão', 'loja@reconexao.example');
    const { apiKey, token } = await sandbox('paghiper', '/_control/credentials');
    const id = (await call('POST', '/v1/integrations', { accountId: account.id, connector: 'paghiper', environment: 'sandbox', credentials: { apiKey, token } })).body.id as string;
    expect(await stateOf(id)).toBe('active');
    await waitFor(async () => (await call('GET', `/v1/integrations/${id}`)).body.backfill?.status === 'succeeded', 60_000);
    // The provider refuses the credentials during a poll.
    await sandbox('paghiper', '/_control/faults/next', { faults: [{ kind: 'status', status: 401, body: { transaction_list_request: { result: 'reject', response_message: 'Token inválido' } } }] });
    expect((await ponte.sync.engine.poll(id)).status).toBe('reconnect_required');
    expect(await ponte.onboarding.queueSide.askForReconnects()).toBeGreaterThanOrEqual(1);
    // Once: asked already, the sweep leaves it be.
    expect(await ponte.onboarding.queueSide.askForReconnects()).toBe(0);
    const mail = await mailTo('loja@reconexao.example', 'as credenciais não foram aceitas');
    expect(mail.text).toContain('Token inválido');
    expect((await call('GET', `/v1/tickets?integrationId=${id}&kind=onboarding`)).body.data[0]).toMatchObject({ status: 'waiting_customer' });
    expect((await submitConnectForm(connectLinkIn(mail), { apiKey, token })).status).toBe(200);
    expect(await stateOf(id)).toBe('active');
    const timeline = (await call('GET', `/v1/integrations/${id}/timeline`)).body.data as { to: string; actor: string }[];
    expect(timeline.map((step) => step.to)).toEqual(['connecting', 'active', 'reconnect_required', 'credentials_received', 'connecting', 'active']);
    expect(timeline[2]!.actor).toBe('system:sync');
  });

  it('keeps each account to its own integrations: another account’s submission, validation or decision is 404', async () => {
    const mine = await newAccount('Minha Frota', 'minha@frota.example');
    const theirs = await newAccount('Outra Frota', 'outra@frota.example');
    const customer = await ponte.accounts.createUser(cliActor, { email: 'dono@minha.example', name: 'Dono', role: 'customer', accountId: mine.id });
    const token = await ponte.tokenFor(customer.id);
    const other = (await call('POST', '/v1/integrations', { accountId: theirs.id, connector: 'maxi-frota', environment: 'sandbox' })).body.id as string;
    expect((await call('POST', `/v1/integrations/${other}/credentials`, { credentials: { authorizationKey: 'AAAA-BBBB-CCCC-DDDD-EEEE' } }, token)).status).toBe(404);
    expect((await call('POST', `/v1/integrations/${other}/validation`, { confirmed: true }, token)).status).toBe(404);
    expect((await call('POST', `/v1/integrations/${other}/reject`, { reason: 'x' }, token)).status).toBe(404);
    expect((await call('GET', `/v1/integrations/${other}/timeline`, undefined, token)).status).toBe(404);
    expect(await stateOf(other)).toBe('awaiting_customer');
    // An agent's decision on an integration not waiting for one: 409, naming where it is.
    expect((await call('POST', `/v1/integrations/${other}/approve`, {})).body).toMatchObject({ status: 409, state: 'awaiting_customer' });
  });

  it('refuses a used, expired, altered or unknown /connect link, storing nothing', async () => {
    const account = await newAccount('Frota Expirada', 'frota@expirada.example');
    const id = (await call('POST', '/v1/integrations', { accountId: account.id, connector: 'maxi-frota', environment: 'sandbox' })).body.id as string;
    const link = connectLinkIn(await mailTo('frota@expirada.example', 'envie a chave de autorização'));
    // A post that did not come from the page (a forged anti-forgery field): the form again, nothing taken, the link still good.
    const forgedForm = await postConnectForm(link, { authorizationKey: 'AAAA-BBBB-CCCC-DDDD-EEEE' }, 'forjado');
    expect(forgedForm.status).toBe(403);
    expect(forgedForm.html).toContain('name="authorizationKey"');
    expect((await fetch(link)).status).toBe(200);
    expect((await call('GET', `/v1/integrations/${id}`)).body).toMatchObject({ state: 'awaiting_customer', credential: null });
    const altered = link.replace(/.$/, (last) => (last === 'a' ? 'b' : 'a'));
    const unknown = await fetch(altered);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Link');
    expect((await fetch(`${address}/connect/nada`)).status).toBe(404);

    const pageCsrf = csrfIn(await (await fetch(link)).text());
    clock.advance(8 * 24 * HOUR);
    admin = await ponte.adminToken();
    const expired = await submitConnectForm(link, { authorizationKey: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(expired.status).toBe(410);
    const integration = (await call('GET', `/v1/integrations/${id}`)).body;
    expect(integration).toMatchObject({ state: 'awaiting_customer', credential: null });
    // Expired, it takes nothing even with the page's own anti-forgery field.
    const late = await postConnectForm(link, { authorizationKey: 'AAAA-BBBB-CCCC-DDDD-EEEE' }, pageCsrf);
    expect(late.status).toBe(410);
    expect((await call('GET', `/v1/integrations/${id}`)).body.credential).toBeNull();
  });
});

/** Timers on the business calendar, with the clock moved by the test (São Paulo, national holidays). */
describe('onboarding timers on the business calendar', () => {
  let ponte: TestPonte;
  let mailbox: LocalMailbox;
  const clock = new ManualClock('2026-12-23T19:00:00-03:00');
  const events = async (id: string) => {
    await ponte.eventsReadable();
    return (await ponte.events.list(ponte.database.db, { integrationId: id, limit: 200 })).data.map((event) => event.type);
  };
  const mails = (to: string, subject: string) => mailbox.messages().filter((mail: ReceivedMail) => mail.to.includes(to) && mail.subject.includes(subject));
  /**
   * Waits until the job's pending timers have looked at the clock again since now: `rounds` looks each (two by default,
   * to be sure of a whole round; one for a timer that comes due now and so looks once more only).
   */
  const looked = async (job: string, pending: number, rounds = 2) => {
    const before = ponte.onboarding.queueSide.looks(job);
    await waitFor(() => ponte.onboarding.queueSide.looks(job) >= before + rounds * pending, 30_000);
  };

  beforeAll(async () => {
    mailbox = await startLocalMailbox();
    ponte = await startTestPonte({ clock, smtpUrl: mailbox.url, env: { PONTE_MAIL_FROM: 'Ponte <ponte@ponte.example>' }, onboarding: { timerLookMs: 200 } });
  });

  afterAll(async () => {
    await ponte?.dispose();
    await mailbox?.close();
  });

  it('reminds a customer who has not answered after 1 business day, moved past Christmas to Monday 08:00', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota Natal', contactEmail: 'frota@natal.example' });
    // Wednesday 2026-12-23, 19:00: after hours. One business day on: Thursday 24th (a working day) closes the first;
    // Friday 25th is Christmas; the reminder is due Monday 28th at 08:00.
    const row = await ponte.onboarding.request(cliActor, { accountId: account.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: 1 } });
    await mailbox.waitFor((mail) => mail.to.includes('frota@natal.example'), 30_000);
    clock.set('2026-12-25T10:00:00-03:00');
    await looked('onboarding.reminder', 2);
    expect(mails('frota@natal.example', 'Lembrete')).toHaveLength(0);
    clock.set('2026-12-28T07:59:00-03:00');
    await looked('onboarding.reminder', 2);
    expect(mails('frota@natal.example', 'Lembrete')).toHaveLength(0);
    clock.set('2026-12-28T08:00:30-03:00');
    const reminder = await mailbox.waitFor((mail) => mail.to.includes('frota@natal.example') && mail.subject.includes('Lembrete'), 30_000);
    expect(reminder.text).toMatch(/\/connect\/lnk_/);
    // The link the customer already had still works: the reminder carries the same one.
    const instructions = mails('frota@natal.example', 'envie as credenciais')[0]!;
    expect(reminder.text.match(/\/connect\/\S+/)?.[0]).toBe(instructions.text.match(/\/connect\/\S+/)?.[0]);
    expect((await ponte.integrations.findRow(ponte.database.db, row.id))!.state).toBe('awaiting_customer');

    // Answered now: the 3-business-day reminder (Wednesday 30th, 08:00) is not sent.
    await ponte.onboarding.submit(cliActor, row.id, { username: 'frota', password: 'segredo' }, { via: 'api' });
    clock.set('2026-12-30T09:00:00-03:00');
    await looked('onboarding.reminder', 1, 1);
    expect(mails('frota@natal.example', 'Lembrete')).toHaveLength(1);
  });

  it('warns agents before the 15-day approval runs out, in business hours, and records the breach when it does', async () => {
    clock.set('2027-01-08T20:00:00-03:00'); // a Friday evening
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota SLA', contactEmail: 'frota@sla.example' });
    const row = await ponte.onboarding.request(cliActor, { accountId: account.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: 2 }, credentials: { username: 'u', password: 'p' } });
    expect(row.state).toBe('pending_provider_approval');
    // Day 12 is Wednesday 2027-01-20 at 20:00, after hours: agents are warned when the office opens, Thursday 08:00.
    clock.set('2027-01-21T07:59:00-03:00');
    await looked('onboarding.approval-sla', 2);
    expect(await events(row.id)).not.toContain('integration.approval_sla_warning');
    clock.set('2027-01-21T08:00:30-03:00');
    await waitFor(async () => (await events(row.id)).includes('integration.approval_sla_warning'), 30_000);
    expect(await events(row.id)).not.toContain('integration.approval_sla_breached');
    // Day 15: Saturday 2027-01-23 at 20:00, the SLA's own moment.
    clock.set('2027-01-23T19:59:00-03:00');
    await looked('onboarding.approval-sla', 1);
    expect(await events(row.id)).not.toContain('integration.approval_sla_breached');
    clock.set('2027-01-23T20:00:30-03:00');
    await waitFor(async () => (await events(row.id)).includes('integration.approval_sla_breached'), 30_000);
    const ticket = (await ponte.tickets.list(cliActor, { integrationId: row.id, limit: 10 }))[0]!;
    const notes = (await ponte.tickets.get(cliActor, ticket.id)).messages.filter((message) => message.visibility === 'internal').map((message) => message.body);
    expect(notes.some((note) => note.includes('pendente há 12 dias'))).toBe(true);
    expect(notes.some((note) => note.includes('vencido'))).toBe(true);
    // Each fired once.
    clock.set('2027-02-01T12:00:00-03:00');
    const all = await events(row.id);
    expect(all.filter((type) => type === 'integration.approval_sla_warning')).toHaveLength(1);
    expect(all.filter((type) => type === 'integration.approval_sla_breached')).toHaveLength(1);
  });
});
