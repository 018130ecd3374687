import type { TestPonte } from '../test-ponte.ts';
import type { FuzzFixtures } from './schema-samples.ts';
import { cliActor } from '../../../src/platform/actor.ts';

/**
 * Real data for the fuzz to aim at: an account with a customer, two sandbox PagHiper integrations (one kept, one for
 * DELETE), two e-mail rules, two scheduled notifications, two spare API keys, and tokens that are expired or whose
 * key is revoked. Requests then reach handlers and queries instead of stopping at 401 and 404. Webhook rules the fuzz
 * makes point at `webhookUrl` when given (a receiver that counts what is sent).
 */
export async function createFuzzFixtures(ponte: TestPonte, options: { webhookUrl?: string } = {}): Promise<FuzzFixtures> {
  const adminToken = await ponte.adminToken();
  const call = async (method: 'POST' | 'GET', url: string, payload?: object) => {
    const response = await ponte.app.inject({ method, url, headers: { authorization: `Bearer ${adminToken}` }, ...(payload ? { payload } : {}) });
    if (response.statusCode >= 300) throw new Error(`fixture ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  };

  const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Fuzz' });
  const customer = await ponte.accounts.createUser(cliActor, { email: 'cliente@fuzz.example', name: 'Cliente Fuzz', role: 'customer', accountId: account.id });
  const customerToken = await ponte.tokenFor(customer.id);

  const sandbox = new URL(ponte.sandboxes.paghiper!.baseUrl).origin;
  const issued = (await (await fetch(`${sandbox}/_control/credentials`, { method: 'POST' })).json()) as Record<string, string>;
  const credentials = { apiKey: issued.apiKey!, token: issued.token! };
  const integration = () => call('POST', '/v1/integrations', { accountId: account.id, connector: 'paghiper', environment: 'sandbox', credentials });
  const kept = await integration();
  const throwaway = await integration();
  // The kept integration's callback URL ends in /hooks/{integrationId}/{token}: a valid pair for the callback route.
  const hookToken = new URL(kept.callbackUrl as string).pathname.split('/').at(-1)!;

  // Rules that wait an hour: their notifications stay scheduled, so retry and cancel have something to act on.
  const rule = () => call('POST', '/v1/notification-rules', { accountId: account.id, environment: 'sandbox', eventType: 'payment.created', channel: 'email', emailTo: ['ops@fuzz.example'], delaySeconds: 3_600 });
  const rules = [await rule(), await rule()];
  await ponte.events.append(ponte.database.db, [
    { accountId: account.id, integrationId: kept.id, environment: 'sandbox', type: 'payment.created', subjectModel: 'payment', subjectId: 'FUZZ1', data: {}, origin: 'live' },
  ]);
  await ponte.eventsReadable();
  await ponte.notificationWorker.dispatch();
  const notifications = (await call('GET', `/v1/notifications?accountId=${account.id}`)).data as { id: string }[];
  if (notifications.length < 2) throw new Error(`fixture notifications: expected 2, got ${notifications.length}`);

  const spareKey = () => ponte.apiAccess.keys.create(cliActor, { name: 'fuzz spare', environment: 'sandbox' });
  const keys = [await spareKey(), await spareKey()];
  const expiredKey = await spareKey();
  const expiredToken = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: expiredKey.key })).accessToken;
  await ponte.database.pool.query("update access_tokens set expires_at = now() - interval '1 day' where api_key_id = $1", [expiredKey.id]);
  const revokedKey = await spareKey();
  const revokedToken = (await ponte.apiAccess.tokens.exchangeKey({ apiKey: revokedKey.key })).accessToken;
  await ponte.apiAccess.keys.revoke(cliActor, revokedKey.id);

  return {
    adminToken,
    customerToken,
    credentials,
    values: {
      accountId: [account.id],
      userId: [customer.id],
      integrationId: [kept.id, throwaway.id],
      ruleId: rules.map((r) => r.id as string),
      notificationId: notifications.map((n) => n.id),
      keyId: keys.map((k) => k.id),
      apiKeyId: [keys[0]!.id],
      apiKey: [keys[0]!.key],
      connector: ['paghiper'],
      key: ['paghiper'],
      token: [hookToken],
      file: ['index.html'],
      expiredToken: [expiredToken],
      revokedToken: [revokedToken],
      ...(options.webhookUrl ? { webhookUrl: [options.webhookUrl] } : {}),
    },
  };
}
