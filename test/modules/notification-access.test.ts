import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let admin: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ponte = await startTestPonte({ workers: false });
  admin = await ponte.adminToken();
});
afterAll(async () => {
  await ponte?.dispose();
  await receiver?.close();
});

const api = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = admin) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

/** An account with a webhook rule, a waiting notification and a customer of its own. */
async function accountWithRule() {
  const accountId = (await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random().toString(36).slice(2, 8)}` })).id;
  const created = await api('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url, delaySeconds: 3600 });
  expect(created.statusCode).toBe(201);
  await ponte.events.append(ponte.database.db, [{ accountId, environment: 'sandbox', type: 'payment.paid', data: {} }]);
  await ponte.eventsReadable();
  await ponte.notificationWorker.dispatch();
  const [notification] = (await api('GET', `/v1/notifications?accountId=${accountId}`)).json().data as { id: string }[];
  const customer = await ponte.accounts.createUser(cliActor, { email: `c${Math.random()}@loja.example`, name: 'Cliente', role: 'customer', accountId });
  return { ruleId: created.json().id as string, notificationId: notification!.id, customerToken: await ponte.tokenFor(customer.id) };
}

describe('who may act on notification rules and the send queue', () => {
  it('a customer learns nothing of another account’s rules and notifications (404), and may not change its own (403)', async () => {
    const mine = await accountWithRule();
    const theirs = await accountWithRule();
    const actions = (ids: { ruleId: string; notificationId: string }): [method: 'PATCH' | 'DELETE' | 'POST', url: string, body?: object][] => [
      ['PATCH', `/v1/notification-rules/${ids.ruleId}`, { enabled: false }],
      ['DELETE', `/v1/notification-rules/${ids.ruleId}`],
      ['POST', `/v1/notification-rules/${ids.ruleId}/rotate-secret`, {}],
      ['POST', `/v1/notification-rules/${ids.ruleId}/test`],
      ['POST', `/v1/notifications/${ids.notificationId}/retry`],
      ['POST', `/v1/notifications/${ids.notificationId}/cancel`],
    ];
    for (const [method, url, body] of actions(theirs)) {
      const response = await api(method, url, body, mine.customerToken);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    for (const [method, url, body] of actions(mine)) {
      const response = await api(method, url, body, mine.customerToken);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    // Nothing changed: the rule is still enabled and the notification still waits.
    expect((await api('GET', `/v1/notification-rules/${theirs.ruleId}`)).json().enabled).toBe(true);
    expect((await api('GET', `/v1/notifications/${theirs.notificationId}`)).json().status).toBe('scheduled');
  });

  it('rotates a webhook secret with no body at all, using the default grace period', async () => {
    const { ruleId } = await accountWithRule();
    const rotated = await ponte.app.inject({ method: 'POST', url: `/v1/notification-rules/${ruleId}/rotate-secret`, headers: { authorization: `Bearer ${admin}` } });
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.json().signingSecret).toMatch(/^whsec_/);
  });

  it('refuses a webhook URL with a user or password in it, and keeps it nowhere in clear', async () => {
    const accountId = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Senha' })).id;
    const url = 'https://ops:hunter22-secreta@hooks.example.com/ponte';
    const created = await api('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.paid', channel: 'webhook', webhookUrl: url });
    expect(created.statusCode).toBe(400);
    expect(created.json()).toMatchObject({ code: 'validation_failed', field: 'body.webhookUrl' });
    const { ruleId } = await accountWithRule();
    const changed = await api('PATCH', `/v1/notification-rules/${ruleId}`, { webhookUrl: url });
    expect(changed.statusCode).toBe(400);
    await ponte.apiAccess.requestLog.flush();
    for (const table of ['notification_rules', 'api_requests', 'audit_log']) {
      const dump = await ponte.database.pool.query(`select coalesce(string_agg(row_to_json(t)::text, ' '), '') as text from ${table} t`);
      expect(dump.rows[0].text, table).not.toContain('hunter22-secreta');
    }
  });
});
