import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

/*
 * GET /v1/reports/overview over data made through the API and the services: events, webhook notifications sent
 * by the worker, an onboarding taken to active, and support tickets answered in time or not.
 */

// Tuesday 2026-03-10, 09:00 in São Paulo.
const clock = new ManualClock('2026-03-10T12:00:00.000Z');
const HOUR = 3_600_000;
let ponte: TestPonte;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let accountId: string;
let integrationId: string;
let customerId: string;
let agentId: string;

const call = async (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function event(type: string, environment: 'sandbox' | 'production' = 'sandbox', origin: 'live' | 'history' = 'live') {
  await ponte.events.append(ponte.database.db, [
    { accountId, integrationId, environment, type, origin, subjectModel: 'payment', subjectId: `P-${type}-${clock.now().getTime()}`, data: { payment: { provider: 'paghiper', externalId: 'P1', status: 'pending', amountCents: 100, currency: 'BRL' } } },
  ]);
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ponte = await startTestPonte({ clock, workers: false });
  accountId = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Visão Geral' })).id;
  customerId = (await ponte.accounts.createUser(cliActor, { email: 'dev@visao.example', name: 'Dev', role: 'customer', accountId })).id;
  agentId = (await ponte.accounts.createUser(cliActor, { email: 'agente@visao.example', name: 'Ana', role: 'agent' })).id;

  // An onboarding requested at 09:00 and active at 11:00 (2 h).
  const requested = await ponte.database.transaction(({ db }) => ponte.integrations.insert(db, cliActor, { accountId, connector: 'paghiper', environment: 'sandbox', state: 'requested', config: {} }));
  integrationId = requested.id;
  clock.advance(HOUR);
  for (const state of ['awaiting_customer', 'credentials_received', 'connecting'] as const) await ponte.database.transaction(({ db }) => ponte.integrations.move(db, cliActor, requested, state));
  clock.advance(HOUR);
  await ponte.database.transaction((tx) => ponte.integrations.activate(tx, cliActor, requested));

  // Webhooks sent 10 s and 30 s after their events.
  const rule = await call('POST', '/v1/notification-rules', await ponte.adminToken(), { environment: 'sandbox', accountId, eventType: 'payment.created', channel: 'webhook', webhookUrl: receiver.url });
  expect(rule.statusCode).toBe(201);
  await event('payment.created');
  clock.advance(10_000);
  await ponte.notificationWorker.drain();
  await event('payment.created');
  clock.advance(30_000);
  await ponte.notificationWorker.drain();
  // The next day (Wednesday in São Paulo): one live event, one in production, and a backfill's past that never counts.
  clock.set('2026-03-11T13:00:00.000Z');
  await event('payment.paid');
  await event('payment.paid', 'production');
  await event('payment.paid', 'sandbox', 'history');

  // Two tickets at 10:00 on Wednesday (first answer due in 2 office hours): one answered at once, one never.
  const open = async (subject: string) =>
    (await call('POST', '/v1/support/tickets', await ponte.tokenFor(customerId), { subject, description: 'A chave não funciona', category: 'invalid_api_key' })).json().id as string;
  const answered = await open('Chave recusada');
  await open('Chave recusada de novo');
  const reply = await call('POST', `/v1/tickets/${answered}/messages`, await ponte.tokenFor(agentId), { body: 'Gere uma chave nova em Homologação.' });
  expect(reply.statusCode).toBe(201);
  clock.set('2026-03-11T17:00:00.000Z');
});
afterAll(async () => {
  await ponte?.dispose();
  await receiver?.close();
});

describe('GET /v1/reports/overview', () => {
  it('counts live events per São Paulo day, latency per channel, onboarding per connector and SLA per category', async () => {
    const response = await call('GET', '/v1/reports/overview?days=30', await ponte.tokenFor(agentId));
    expect(response.statusCode).toBe(200);
    const overview = response.json();
    expect(overview.range).toMatchObject({ to: '2026-03-11T17:00:00.000Z', timeZone: 'America/Sao_Paulo', days: 30 });
    // 30 whole São Paulo days, the first from its midnight (03:00 UTC).
    expect(overview.eventsPerDay).toHaveLength(30);
    expect(overview.eventsPerDay.at(0).day).toBe('2026-02-10');
    expect(overview.range.from).toBe('2026-02-10T03:00:00.000Z');
    // Tuesday's: the onboarding's lifecycle events (integration.*) and the two payments, as the events API lists them.
    const listed = (await call('GET', `/v1/events?accountId=${accountId}&limit=100`, await ponte.adminToken())).json().data as { occurredAt: string; origin: string; environment: string }[];
    const tuesday = listed.filter((row) => row.origin === 'live' && row.occurredAt.startsWith('2026-03-10')).length;
    expect(listed.filter((row) => row.origin === 'live' && row.occurredAt.startsWith('2026-03-10') && row.environment === 'sandbox')).toHaveLength(tuesday);
    expect(tuesday).toBeGreaterThanOrEqual(3);
    expect(overview.eventsPerDay.slice(-2)).toEqual([
      { day: '2026-03-10', count: tuesday },
      { day: '2026-03-11', count: 2 },
    ]);
    expect(overview.eventsPerDay.reduce((sum: number, day: { count: number }) => sum + day.count, 0)).toBe(tuesday + 2);
    expect(overview.latencyByChannel).toEqual([{ channel: 'webhook', p50Seconds: 20, p95Seconds: 29, samples: 2 }]);
    expect(overview.onboardingByConnector).toEqual([{ connector: 'paghiper', integrations: 1, p50Seconds: 7200, averageSeconds: 7200, maxSeconds: 7200 }]);
    expect(overview.slaByCategory).toEqual([{ category: 'invalid_api_key', firstAnswer: { met: 1, breached: 1 }, resolution: { met: 0, breached: 0 } }]);
  });

  it('filters by environment and by period', async () => {
    const production = (await call('GET', '/v1/reports/overview?days=3&environment=production', await ponte.adminToken())).json();
    expect(production.eventsPerDay.filter((day: { count: number }) => day.count > 0)).toEqual([{ day: '2026-03-11', count: 1 }]);
    expect(production.latencyByChannel).toEqual([]);
    expect(production.onboardingByConnector).toEqual([]);
    // Only today: yesterday's events, sends and onboarding fall outside.
    const today = (await call('GET', '/v1/reports/overview?days=1', await ponte.adminToken())).json();
    expect(today.eventsPerDay).toEqual([{ day: '2026-03-11', count: 2 }]);
    expect(today.latencyByChannel).toEqual([]);
  });

  it('is for staff only, and names a bad parameter', async () => {
    const customer = await call('GET', '/v1/reports/overview', await ponte.tokenFor(customerId));
    expect(customer.statusCode).toBe(403);
    const bad = await call('GET', '/v1/reports/overview?days=0', await ponte.adminToken());
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ field: 'query.days' })] });
  });
});
