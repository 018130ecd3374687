import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
let ponte: TestPonte;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ponte = await startTestPonte({ env: { PONTE_ESCALATION_WEBHOOK_URL: receiver.url, PONTE_ESCALATION_WEBHOOK_SECRET: secret } });
});
afterAll(async () => {
  await ponte?.dispose();
  await receiver?.close();
});

describe('escalations told to the operator’s issue tracker', () => {
  it('posts the escalated ticket with its evidence, findings and summary, signed, and again with the same id after a failure', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Parceiro Escalado' });
    const user = await ponte.accounts.createUser(cliActor, { email: 'dev@escalado.example', name: 'Dev', role: 'customer', accountId: account.id });
    const agent = await ponte.accounts.createUser(cliActor, { email: 'agente@escalado.example', name: 'Agente', role: 'agent' });
    const agentToken = await ponte.tokenFor(agent.id);
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'homologação', environment: 'sandbox', users: [user.id] });
    await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', headers: { 'x-request-id': 'escalada-1' }, payload: { apiKey: key.key, environment: 'production' } });
    const opened = await ponte.app.inject({
      method: 'POST',
      url: '/v1/support/tickets',
      headers: { authorization: `Bearer ${agentToken}` },
      payload: { accountId: account.id, subject: 'Erro 403', description: 'Veja a requisição', requestId: 'escalada-1' },
    });
    const url = `/v1/support/tickets/${opened.json().id}`;
    await ponte.app.inject({ method: 'PATCH', url, headers: { authorization: `Bearer ${agentToken}` }, payload: { stage: 'initial_analysis' } });
    receiver.answerNext(503);
    const escalated = await ponte.app.inject({ method: 'POST', url: `${url}/escalate`, headers: { authorization: `Bearer ${agentToken}` }, payload: { reason: 'Precisa da engenharia' } });
    expect(escalated.statusCode).toBe(200);

    // The first post is answered 503; the queue retries with the same webhook-id.
    await receiver.waitForCount(2, 120_000);
    const [first, second] = receiver.received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    const body = JSON.parse(second!.body);
    expect(() => new Webhook(secret).verify(second!.body, second!.headers as Record<string, string>)).not.toThrow();
    expect(body).toMatchObject({ type: 'support.ticket_escalated', data: { ticketId: opened.json().id, accountId: account.id, category: 'invalid_api_key' } });
    expect(body.data.findings.find((finding: { check: string }) => finding.check === 'key_environment').outcome).toBe('fail');
    expect(body.data.summary).toContain('Escalado para engenharia');
    expect(second!.body).not.toContain(key.key);
  });
});
