import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

const DAY = 86_400_000;

let ponte: TestPonte;
let mailbox: LocalMailbox;
// Starts at the real time and moves by days: the worker sends whatever is due at the clock's time.
const clock = new ManualClock(new Date());

/** A real endpoint that answers every delivery with the status set last (the scripted receiver answers a list). */
async function startEndpoint(status: number) {
  const endpoint = { status, received: 0, url: '', server: null as Server | null };
  endpoint.server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      endpoint.received += 1;
      response.statusCode = endpoint.status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => endpoint.server!.listen(0, '127.0.0.1', resolve));
  endpoint.url = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/webhooks/ponte`;
  return endpoint;
}
const endpoints: Awaited<ReturnType<typeof startEndpoint>>[] = [];

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  ponte = await startTestPonte({ clock, workers: false, smtpUrl: mailbox.url });
});
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
  await Promise.all(endpoints.map((endpoint) => new Promise((resolve) => endpoint.server!.close(resolve))));
});

// Tokens last 12 hours and the clock moves by days: a fresh one for each call.
const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, token?: string) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token ?? (await ponte.adminToken())}` }, ...(payload ? { payload } : {}) });

async function setUp(status: number, contact = 'contato@loja.example') {
  const endpoint = await startEndpoint(status);
  endpoints.push(endpoint);
  const accountId = (await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random().toString(36).slice(2, 8)}`, contactEmail: contact, contactName: 'Marina Souza' })).id;
  const created = await api('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.created', channel: 'webhook', webhookUrl: endpoint.url });
  expect(created.statusCode, created.body).toBe(201);
  return { endpoint, accountId, ruleId: created.json().id as string };
}

let charge = 0;
async function paymentCreated(accountId: string): Promise<void> {
  charge += 1;
  await ponte.events.append(ponte.database.db, [
    { accountId, integrationId: 'int_test', environment: 'sandbox', type: 'payment.created', subjectModel: 'payment', subjectId: `C${charge}`, data: { payment: { externalId: `C${charge}`, status: 'pending' } } },
  ]);
  await ponte.notificationWorker.drain();
}

const ruleOf = async (ruleId: string) => (await api('GET', `/v1/notification-rules/${ruleId}`)).json();
const queueOf = async (accountId: string) =>
  (await api('GET', `/v1/notifications?accountId=${accountId}&limit=500`)).json().data as { status: string; canceledReason: string | null; attempts: number }[];

describe('webhook endpoints that keep failing', { timeout: 120_000 }, () => {
  it('disables a rule failing for 5 days, cancels what it left waiting, tells the contact; enable brings it back', async () => {
    const { endpoint, accountId, ruleId } = await setUp(500);
    const since = clock.now().toISOString();
    await paymentCreated(accountId);
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: true, failingSince: since, disabledReason: null });
    for (let day = 1; day <= 4; day += 1) {
      clock.advance(DAY);
      await paymentCreated(accountId);
    }
    clock.advance(DAY - 60_000);
    await paymentCreated(accountId);
    // Four days and 23 hours of failures: not yet.
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: true, failingSince: since });
    expect(mailbox.messages()).toHaveLength(0);

    clock.advance(60_000);
    await paymentCreated(accountId);
    const rule = await ruleOf(ruleId);
    expect(rule).toMatchObject({ enabled: false, failingSince: since, disabledReason: { code: 'endpoint_failing', message: expect.stringContaining(`since ${since}`) } });
    const queue = await queueOf(accountId);
    expect(queue.filter((item) => item.status === 'scheduled')).toEqual([]);
    expect(queue.filter((item) => item.canceledReason === 'The endpoint failed for 5 days: the rule was disabled').length).toBeGreaterThan(0);

    const mail = await mailbox.waitFor((message) => message.to.includes('contato@loja.example'));
    expect(mail.subject).toBe('[Homologação] Endpoint de webhook desativado');
    expect(mail.text).toContain('Olá, Marina Souza,');
    expect(mail.text).toContain(`O Ponte desativou a regra de notificação ${ruleId} (payment.created)`);
    expect(mail.text).toContain(endpoint.url);
    expect(mail.text).toContain('todas as entregas para ele falharam durante 5 dias');
    expect(mail.text).toMatch(/Falhando desde: \d\d\/\d\d\/\d{4}, \d\d:\d\d/);
    expect(mail.text).toContain(`POST /v1/notification-rules/${ruleId}/enable`);
    const audit = (await api('GET', `/v1/audit-log?targetId=${ruleId}`)).json().data as { action: string; actor: string }[];
    expect(audit).toContainEqual(expect.objectContaining({ action: 'notification_rule.disabled', actor: 'system:notifications.endpoint-health' }));

    // Disabled: new events make nothing.
    const before = endpoint.received;
    await paymentCreated(accountId);
    expect(endpoint.received).toBe(before);

    // Only admins enable; another account's customer does not even see the rule.
    const agent = await ponte.accounts.createUser(cliActor, { email: `agente${Math.random()}@ponte.example`, name: 'Agente', role: 'agent' });
    const customer = await ponte.accounts.createUser(cliActor, { email: `cliente${Math.random()}@loja.example`, name: 'Cliente', role: 'customer', accountId });
    const otherAccount = (await ponte.accounts.createAccount(cliActor, { name: 'Outra loja' })).id;
    const stranger = await ponte.accounts.createUser(cliActor, { email: `outro${Math.random()}@loja.example`, name: 'Outro', role: 'customer', accountId: otherAccount });
    expect((await api('POST', `/v1/notification-rules/${ruleId}/enable`, undefined, await ponte.tokenFor(agent.id))).statusCode).toBe(403);
    expect((await api('POST', `/v1/notification-rules/${ruleId}/enable`, undefined, await ponte.tokenFor(customer.id))).statusCode).toBe(403);
    const hidden = await api('POST', `/v1/notification-rules/${ruleId}/enable`, undefined, await ponte.tokenFor(stranger.id));
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('notification_rule_not_found');
    expect((await ruleOf(ruleId)).enabled).toBe(false);

    const enabled = await api('POST', `/v1/notification-rules/${ruleId}/enable`);
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json()).toMatchObject({ id: ruleId, enabled: true, disabledReason: null, failingSince: null });
    const again = await api('POST', `/v1/notification-rules/${ruleId}/enable`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('notification_rule_conflict');
    const audited = (await api('GET', `/v1/audit-log?targetId=${ruleId}`)).json().data as { action: string }[];
    expect(audited.map((entry) => entry.action)).toContain('notification_rule.enabled');

    // The endpoint works again: new events are notified.
    endpoint.status = 204;
    await paymentCreated(accountId);
    expect(endpoint.received).toBe(before + 1);
    expect((await queueOf(accountId)).filter((item) => item.status === 'sent')).toEqual([expect.objectContaining({ attempts: 1 })]);
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: true, failingSince: null });
  });

  it('disables at once an endpoint that answers 410 Gone, canceling the retries it left waiting', async () => {
    const { endpoint, accountId, ruleId } = await setUp(500);
    await paymentCreated(accountId);
    expect((await queueOf(accountId))[0]).toMatchObject({ status: 'scheduled', attempts: 1 });
    endpoint.status = 410;
    await paymentCreated(accountId);
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: false, disabledReason: { code: 'endpoint_gone' } });
    const queue = await queueOf(accountId);
    expect(queue.map((item) => item.status).sort()).toEqual(['canceled', 'failed']);
    expect(queue.find((item) => item.status === 'canceled')!.canceledReason).toBe('The endpoint is gone (HTTP 410): the rule was disabled');
    const mail = await mailbox.waitFor((message) => message.to.includes('contato@loja.example') && message.text.includes(ruleId));
    expect(mail.text).toContain('o endpoint respondeu HTTP 410 (Gone)');
  });

  it('writes to the contact in the account’s language, leaving the URL’s query string out', async () => {
    const endpoint = await startEndpoint(410);
    endpoints.push(endpoint);
    const accountId = (await ponte.accounts.createAccount(cliActor, { name: 'Store', contactEmail: 'ops@store.example', locale: 'en' })).id;
    const created = await api('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.created', channel: 'webhook', webhookUrl: `${endpoint.url}?token=s3cr3t` });
    const ruleId = created.json().id as string;
    await paymentCreated(accountId);
    const mail = await mailbox.waitFor((message) => message.to.includes('ops@store.example'));
    expect(mail.subject).toBe('[Sandbox] Webhook endpoint disabled');
    expect(mail.text).toContain(`Ponte disabled the notification rule ${ruleId} (payment.created)`);
    expect(mail.text).toContain('the endpoint answered HTTP 410 (Gone)');
    expect(mail.text).toContain(endpoint.url);
    expect(mail.text).not.toContain('s3cr3t');
  });

  it('starts the 5 days again after a success in between', async () => {
    const { endpoint, accountId, ruleId } = await setUp(500);
    await paymentCreated(accountId);
    clock.advance(3 * DAY);
    endpoint.status = 204;
    await paymentCreated(accountId);
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: true, failingSince: null });

    endpoint.status = 500;
    clock.advance(DAY);
    const since = clock.now().toISOString();
    await paymentCreated(accountId);
    clock.advance(3 * DAY);
    await paymentCreated(accountId);
    // Seven days after the first failure, but only three of failing without a break.
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: true, failingSince: since, disabledReason: null });
    clock.advance(2 * DAY);
    await paymentCreated(accountId);
    expect(await ruleOf(ruleId)).toMatchObject({ enabled: false, failingSince: since, disabledReason: { code: 'endpoint_failing' } });
  });
});
