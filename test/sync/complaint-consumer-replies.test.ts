import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

/*
 * A Reclame Aqui complaint whose consumer writes again, against the HugMe sandbox over real HTTP: the sync appends
 * `complaint.consumer_replied` (besides `complaint.updated`) once per new message, never for the company's moves or
 * the consumer's evaluation, and the catalog's "consumer reply" entry e-mails the account's contact once.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let ponte: TestPonte;
let mailbox: LocalMailbox;
let admin: string;

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  ponte = await startTestPonte({ sandboxes: true, workers: false, smtpUrl: mailbox.url });
  admin = await ponte.adminToken();
}, 120_000);
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
});

const api = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const response = await ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Json, text: response.body };
};

/** The HugMe sandbox's own control API (the origin: HugMe's base URL ends in /api). */
async function control<T = Json>(method: string, path: string, body?: object): Promise<T> {
  const origin = new URL(ponte.sandboxes['reclame-aqui']!.baseUrl).origin;
  const response = await fetch(`${origin}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body: JSON.stringify(body) } : {}) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

async function sync(integrationId: string): Promise<void> {
  expect(await ponte.sync.engine.poll(integrationId)).toMatchObject({ status: 'succeeded' });
  await ponte.eventsReadable();
}

/** The types of the integration's complaint events, in order. */
const typesOf = async (integrationId: string) =>
  ((await api('GET', `/v1/events?integrationId=${integrationId}&limit=100`)).body.data as Json[]).map((event) => event.type as string).filter((type) => type.startsWith('complaint.'));

describe('a complaint’s consumer writing again', { timeout: 120_000 }, () => {
  it('appends complaint.consumer_replied once per new consumer message, and the catalog entry tells the contact', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Respondida', contactEmail: 'sac@respondida.example' });
    const client = await control<{ client_id: string; client_secret: string; company: { id: number } }>('POST', '/_control/credentials', { history_days: 0, complaints_per_day: 0 });
    const created = await api('POST', '/v1/integrations', {
      accountId: account.id,
      connector: 'reclame-aqui',
      environment: 'sandbox',
      config: { companyEmail: 'sac@respondida.example', retroactiveMonths: 0, companyId: client.company.id },
      credentials: { clientId: client.client_id, clientSecret: client.client_secret },
    });
    expect(created.body, created.text).toMatchObject({ state: 'active' });
    const integrationId = created.body.id as string;

    const activation = await api('POST', '/v1/connectors/reclame-aqui/notifications/activate', { accountId: account.id, environment: 'sandbox', integrationId, entries: ['complaint.consumer_reply'] });
    expect(activation.status, activation.text).toBe(201);
    expect(activation.body.rules).toEqual([expect.objectContaining({ eventType: 'complaint.consumer_replied', channel: 'email', recipient: 'account_contact' })]);

    const complaint = await control<{ id: number }>('POST', '/_control/complaints', {
      client_id: client.client_id,
      complaint_title: 'Entrega atrasada',
      complaint_content: 'Comprei há 20 dias e nada chegou.',
      customer: { name: 'Rita Souza', email: ['rita@example.com.br'] },
    });
    await sync(integrationId);
    expect(await typesOf(integrationId)).toEqual(['complaint.created']);

    // The company moves the status: an update, no reply.
    await control('PATCH', `/_control/complaints/${complaint.id}`, { ra_status: 7 });
    await sync(integrationId);
    expect(await typesOf(integrationId)).toEqual(['complaint.created', 'complaint.updated']);

    // The consumer writes again: the update and the reply, once, however often the sync reads it.
    await control('PATCH', `/_control/complaints/${complaint.id}`, { consumer_reply: { message: 'Até agora nada, preciso de uma posição.' } });
    await sync(integrationId);
    await sync(integrationId);
    const events = (await api('GET', `/v1/events?integrationId=${integrationId}&type=complaint.consumer_replied`)).body.data as Json[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subject: { model: 'complaint', id: String(complaint.id) }, origin: 'live' });
    expect(await typesOf(integrationId)).toEqual(['complaint.created', 'complaint.updated', 'complaint.updated', 'complaint.consumer_replied']);

    // The consumer's evaluation is theirs too, but a rating: complaint.evaluated's news, not a reply.
    await control('PATCH', `/_control/complaints/${complaint.id}`, { evaluation: { rating: 3, resolved_issue: false, back_doing_business: false, consideration: null } });
    await sync(integrationId);
    expect((await typesOf(integrationId)).filter((type) => type === 'complaint.consumer_replied')).toHaveLength(1);

    await ponte.notificationWorker.drain();
    const mail = await mailbox.waitFor((message) => message.to.includes('sac@respondida.example'));
    expect(mail.subject).toBe('[Homologação] O consumidor respondeu: Entrega atrasada');
    expect(mail.text).toContain('Até agora nada, preciso de uma posição.');
    expect(mailbox.messages().filter((message) => message.to.includes('sac@respondida.example'))).toHaveLength(1);
  });
});
