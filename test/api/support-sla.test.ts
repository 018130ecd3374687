import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportSla } from '../../src/modules/tickets/index.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { createBusinessCalendar } from '../../src/platform/calendar/business-calendar.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// Friday 2026-03-06, 17:00 in São Paulo (UTC-3): one office hour left in the week.
const clock = new ManualClock('2026-03-06T20:00:00.000Z');
const HOUR = 3_600_000;
let ponte: TestPonte;
let agentId: string;
let customer: { userId: string; accountId: string };
// Tokens last 12 hours of the test's clock, which jumps days: each call gets one made at its own time.
const agentToken = 'agent';
const adminToken = 'admin';
const customerToken = 'customer';
type Who = typeof agentToken | typeof adminToken | typeof customerToken;

async function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, who: Who, payload?: object) {
  const token = who === 'admin' ? await ponte.adminToken() : await ponte.tokenFor(who === 'agent' ? agentId : customer.userId);
  return ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

const breachEvents = async (ticketId: string) =>
  (await ponte.database.pool.query("select data from ticket_events where ticket_id = $1 and type = 'sla_breached' order by seq", [ticketId])).rows.map((row) => row.data as { timer: string });

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false, clock });
  const agent = await ponte.accounts.createUser(cliActor, { email: 'agente.sla@ponte.example', name: 'Ana Agente', role: 'agent' });
  agentId = agent.id;
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Prazo Certo' });
  const user = await ponte.accounts.createUser(cliActor, { email: 'dev@prazocerto.example', name: 'Dev', role: 'customer', accountId: account.id });
  customer = { userId: user.id, accountId: account.id };
});
afterAll(async () => ponte?.dispose());

describe('SLA timers on the business calendar', () => {
  it('count office hours from intake: a ticket of Friday 17:00 is due for a first answer on Monday', async () => {
    clock.set('2026-03-06T20:00:00.000Z');
    const opened = await call('POST', '/v1/support/tickets', customerToken, { subject: 'Chave recusada', description: 'A chave não funciona', category: 'invalid_api_key' });
    expect(opened.statusCode).toBe(201);
    const ticket = opened.json();
    // 2 office hours: Friday 17:00–18:00, then Monday 08:00–09:00; resolution (10 h) on Monday at 17:00.
    expect(ticket.sla).toEqual({
      category: 'invalid_api_key',
      firstAnswer: { dueAt: '2026-03-09T12:00:00.000Z', doneAt: null, state: 'running', businessMsLeft: 2 * HOUR },
      resolution: { dueAt: '2026-03-09T20:00:00.000Z', doneAt: null, state: 'running', businessMsLeft: 10 * HOUR },
    });

    // A slower category: due times again from the ticket's opening (8 office hours: Monday 15:00).
    const changed = await call('PATCH', `/v1/support/tickets/${ticket.id}`, agentToken, { category: 'api_question' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().sla.firstAnswer.dueAt).toBe('2026-03-09T18:00:00.000Z');
    expect(changed.json().sla.resolution.dueAt).toBe('2026-03-11T20:00:00.000Z');
  });

  it('record a breach on the timeline once, whichever sweep finds it, and pause resolution while the customer is asked', async () => {
    clock.set('2026-03-06T20:00:00.000Z');
    const ticket = (await call('POST', '/v1/support/tickets', customerToken, { subject: 'Dúvida de versão', description: 'Qual versão usar?', category: 'api_question' })).json();
    expect(await ponte.sla.sweep()).toBe(0);

    // Monday 16:00: the first answer was due at 15:00.
    clock.set('2026-03-09T19:00:00.000Z');
    expect((await call('GET', `/v1/support/tickets/${ticket.id}`, agentToken)).json().sla.firstAnswer).toMatchObject({ state: 'breached', businessMsLeft: 0 });
    expect(await ponte.sla.sweep()).toBeGreaterThanOrEqual(1);
    expect(await breachEvents(ticket.id)).toEqual([{ timer: 'firstAnswer', dueAt: '2026-03-09T18:00:00.000Z' }]);
    // Another process (or this one after a restart) sweeping again records nothing more.
    const restarted = new SupportSla({ database: ponte.database, clock, calendar: createBusinessCalendar(ponte.config.businessCalendar), audit: ponte.audit });
    expect(await restarted.sweep()).toBe(0);
    expect(await ponte.sla.sweep()).toBe(0);
    expect(await breachEvents(ticket.id)).toHaveLength(1);

    // The late answer asks the customer for something: the resolution timer pauses with 21 office hours left.
    const answered = await call('POST', `/v1/tickets/${ticket.id}/messages`, agentToken, { body: 'Use a v2. Qual rota vocês chamam?', awaitCustomer: true });
    expect(answered.statusCode).toBe(201);
    const paused = (await call('GET', `/v1/support/tickets/${ticket.id}`, agentToken)).json().sla;
    expect(paused.firstAnswer).toMatchObject({ doneAt: '2026-03-09T19:00:00.000Z', state: 'breached', businessMsLeft: null });
    expect(paused.resolution).toMatchObject({ dueAt: '2026-03-11T20:00:00.000Z', state: 'paused', businessMsLeft: 21 * HOUR });

    // The customer answers on Tuesday 16:00, 10 office hours later: the due time moves by those 10 hours.
    clock.set('2026-03-10T19:00:00.000Z');
    expect((await call('POST', `/v1/tickets/${ticket.id}/messages`, customerToken, { body: 'GET /v1/integrations' })).statusCode).toBe(201);
    const resumed = (await call('GET', `/v1/support/tickets/${ticket.id}`, agentToken)).json().sla;
    expect(resumed.resolution).toMatchObject({ dueAt: '2026-03-12T20:00:00.000Z', state: 'running', businessMsLeft: 21 * HOUR });
  });

  it('take targets an admin sets per category, validated, naming the field', async () => {
    const byAgent = await call('PUT', '/v1/support/sla-policies/bug', agentToken, { firstAnswerHours: 1, resolutionHours: 5 });
    expect(byAgent.statusCode).toBe(403);
    const shorter = await call('PUT', '/v1/support/sla-policies/bug', adminToken, { firstAnswerHours: 6, resolutionHours: 5 });
    expect(shorter.statusCode).toBe(422);
    expect(shorter.json()).toMatchObject({ code: 'support_sla_invalid', field: 'body.resolutionHours' });
    const negative = await call('PUT', '/v1/support/sla-policies/bug', adminToken, { firstAnswerHours: -1, resolutionHours: 5 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json()).toMatchObject({ code: 'validation_failed', field: 'body.firstAnswerHours' });
    expect((await call('PUT', '/v1/support/sla-policies/nonsense', adminToken, { firstAnswerHours: 1, resolutionHours: 5 })).statusCode).toBe(400);

    const set = await call('PUT', '/v1/support/sla-policies/bug', adminToken, { firstAnswerHours: 1, resolutionHours: 5 });
    expect(set.statusCode).toBe(200);
    expect(set.json().bug).toEqual({ firstAnswerHours: 1, resolutionHours: 5, custom: true });
    expect((await call('GET', '/v1/support/sla-policies', agentToken)).json().key_request).toMatchObject({ custom: false });

    clock.set('2026-03-06T20:00:00.000Z');
    const ticket = (await call('POST', '/v1/support/tickets', customerToken, { subject: 'Erro estranho', description: 'Parece um bug', category: 'bug' })).json();
    expect(ticket.sla.firstAnswer.dueAt).toBe('2026-03-06T21:00:00.000Z');
    expect(ticket.sla.resolution.dueAt).toBe('2026-03-09T15:00:00.000Z');
  });
});

describe('the support report', () => {
  it('counts a small known set of tickets: categories, stages, SLA, escalations and complaint answer times', async () => {
    // Monday 2026-04-06, 09:00 in São Paulo: a day of its own, so the other tests' tickets stay out of the period.
    clock.set('2026-04-06T12:00:00.000Z');
    const open = async (category: string) => (await call('POST', '/v1/support/tickets', customerToken, { subject: `Chamado ${category}`, description: 'Detalhes', category })).json().id as string;
    const quick = await open('invalid_api_key');
    const late = await open('api_question');
    expect((await call('GET', `/v1/support/tickets/${late}`, agentToken)).json().sla.firstAnswer.state).toBe('running');
    const escalated = await open('unexplained_error');

    clock.advance(HOUR);
    await call('POST', `/v1/tickets/${quick}/messages`, agentToken, { body: 'A chave é de homologação.' });
    for (const stage of ['initial_analysis', 'resolved']) expect((await call('PATCH', `/v1/support/tickets/${quick}`, agentToken, { stage })).statusCode).toBe(200);

    expect((await call('PATCH', `/v1/support/tickets/${escalated}`, agentToken, { stage: 'initial_analysis' })).statusCode).toBe(200);
    expect((await call('POST', `/v1/support/tickets/${escalated}/escalate`, agentToken, {})).statusCode).toBe(422);
    const evidence = { apiKey: 'pk_production_Ab3xZZZZ', user: 'dev@prazocerto.example', environment: 'production', endpoint: 'GET /v1/integrations', payload: { query: {} }, occurredAt: '2026-04-06T11:00:00.000Z', errorMessage: 'HTTP 500' };
    expect((await call('POST', `/v1/support/tickets/${escalated}/evidence`, agentToken, evidence)).statusCode).toBe(200);
    // The gate also wants a diagnostics run, on a logged call of the account's.
    expect((await call('POST', `/v1/support/tickets/${escalated}/escalate`, agentToken, {})).json().missing).toEqual(['diagnostics']);
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'produção', environment: 'production', users: [customer.userId] });
    await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', headers: { 'x-request-id': 'prazo-certo-1' }, payload: { apiKey: key.key, environment: 'sandbox' } });
    expect((await call('POST', `/v1/support/tickets/${escalated}/diagnostics`, agentToken, { requestId: 'prazo-certo-1' })).statusCode).toBe(200);
    expect((await call('POST', `/v1/support/tickets/${escalated}/escalate`, agentToken, {})).statusCode).toBe(200);

    // A complaint: the customer writes at 10:00, answered at 11:00; writes at 12:00, answered at 15:00.
    const agentActor = { role: 'agent' as const, userId: null, accountId: null, name: 'agente' };
    const customerActor = { role: 'customer' as const, userId: null, accountId: customer.accountId, name: 'consumidor@example.com' };
    const complaint = await ponte.database.transaction(({ db }) =>
      ponte.tickets.open(db, agentActor, { accountId: customer.accountId, kind: 'complaint', category: 'complaint', subject: 'Reclamação', requester: { email: 'consumidor@example.com' } }),
    );
    const say = async (actor: typeof agentActor | typeof customerActor, at: string) => {
      clock.set(at);
      await ponte.database.transaction(({ db }) => ponte.tickets.addMessage(db, actor, complaint.id, { direction: actor.role === 'customer' ? 'inbound' : 'outbound', visibility: 'public', body: 'mensagem' }));
    };
    await say(customerActor, '2026-04-06T13:00:00.000Z');
    await say(agentActor, '2026-04-06T14:00:00.000Z');
    await say(customerActor, '2026-04-06T15:00:00.000Z');
    await say(agentActor, '2026-04-06T18:00:00.000Z');

    // Monday 18:00 São Paulo: the api_question (8 office hours from 09:00) is past due since 17:00.
    clock.set('2026-04-06T21:00:00.000Z');
    const report = await call('GET', '/v1/support/reports?from=2026-04-06T00:00:00Z&to=2026-04-07T00:00:00Z', agentToken);
    expect(report.statusCode).toBe(200);
    const figures = report.json();
    expect(figures.tickets.total).toBe(4);
    expect(figures.tickets.byCategory).toMatchObject({ invalid_api_key: 1, api_question: 1, unexplained_error: 1, complaint: 1, bug: 0 });
    expect(figures.tickets.byStage).toMatchObject({ received: 2, resolved: 1, escalated: 1, closed: 0 });
    // Answered after 1 office hour: quick and the complaint (met); never answered in public: late and escalated (breached).
    expect(figures.sla.firstAnswer).toEqual({ met: 2, breached: 2, running: 0, paused: 0, medianBusinessMs: HOUR });
    expect(figures.sla.resolution).toMatchObject({ met: 1, breached: 0, running: 3, paused: 0, medianBusinessMs: HOUR });
    expect(figures.escalations).toEqual({ total: 1, withCompleteEvidence: 1, withoutCompleteEvidence: 0 });
    expect(figures.complaints).toEqual({ answered: 2, unanswered: 0, medianMs: HOUR, p90Ms: 3 * HOUR, medianBusinessMs: HOUR, p90BusinessMs: 3 * HOUR });

    expect((await call('GET', '/v1/support/reports', customerToken)).statusCode).toBe(403);
    const badFrom = await call('GET', '/v1/support/reports?from=ontem', agentToken);
    expect(badFrom.statusCode).toBe(400);
    expect(badFrom.json()).toMatchObject({ code: 'validation_failed', field: 'query.from' });
    const reversed = await call('GET', '/v1/support/reports?from=2026-04-07T00:00:00Z&to=2026-04-06T00:00:00Z', agentToken);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'validation_failed', field: 'query.to' });
  });
});
