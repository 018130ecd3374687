import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';
import { waitFor } from '../support/wait.ts';

let ponte: TestPonte;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let baseUrl: string;
let admin: string;
let accountA: string;
let accountB: string;
let customerA: string;
const streams: LiveStream[] = [];

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ponte = await startTestPonte({ workers: false, live: { heartbeatMs: 300 } });
  baseUrl = await ponte.listen();
  admin = await ponte.adminToken();
  accountA = (await ponte.accounts.createAccount(cliActor, { name: 'Transportes Rio Claro' })).id;
  accountB = (await ponte.accounts.createAccount(cliActor, { name: 'Frota Vizinha' })).id;
  const user = await ponte.accounts.createUser(cliActor, { email: 'marina@rioclaro.example', name: 'Marina Souza', role: 'customer', accountId: accountA });
  customerA = await ponte.tokenFor(user.id);
}, 60_000);
afterAll(async () => {
  for (const stream of streams) stream.abort();
  await ponte?.dispose();
  await receiver?.close();
});

interface LiveStream {
  status: number;
  headers: Headers;
  /** Every line received so far. */
  lines: string[];
  /** The topics of the `change` events received so far, in order. */
  topics(): string[];
  /** Settles when the server ends the stream. */
  ended: Promise<void>;
  abort(): void;
}

/** Opens GET /v1/live over a real connection and reads it as it comes, the way a browser's EventSource does. */
async function openStream(token: string, topics?: string): Promise<LiveStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/v1/live${topics ? `?topics=${topics}` : ''}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const lines: string[] = [];
  const decoder = new TextDecoder();
  let partial = '';
  const reader = response.body!.getReader();
  const ended = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      partial += decoder.decode(value, { stream: true });
      const complete = partial.split('\n');
      partial = complete.pop()!;
      lines.push(...complete);
    }
  })().catch(() => {});
  const stream: LiveStream = {
    status: response.status,
    headers: response.headers,
    lines,
    topics: () =>
      lines.flatMap((line, index) => (line === 'event: change' && lines[index + 1]?.startsWith('data: ') ? [(JSON.parse(lines[index + 1]!.slice(6)) as { topic: string }).topic] : [])),
    ended,
    abort: () => controller.abort(),
  };
  streams.push(stream);
  return stream;
}

const api = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function openTicket(token: string, body: object): Promise<void> {
  const response = await api('POST', '/v1/tickets', token, body);
  expect(response.statusCode, response.body).toBe(201);
}

describe('live updates: GET /v1/live', { timeout: 60_000 }, () => {
  it('is an event stream that starts with retry and keeps itself alive with a comment', async () => {
    const stream = await openStream(admin);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('cache-control')).toBe('no-store');
    expect(stream.headers.get('x-accel-buffering')).toBe('no');
    await waitFor(() => stream.lines.includes(': ping'), 10_000);
    expect(stream.lines[0]).toBe('retry: 3000');
    stream.abort();
  });

  it('tells a staff stream when a notification changes', async () => {
    // A notification waiting in the send queue: a rule of account A, and an event it matches.
    const rule = await api('POST', '/v1/notification-rules', admin, { accountId: accountA, environment: 'sandbox', eventType: 'payment.paid', channel: 'webhook', webhookUrl: receiver.url, delaySeconds: 3600 });
    expect(rule.statusCode, rule.body).toBe(201);
    await ponte.events.append(ponte.database.db, [{ accountId: accountA, environment: 'sandbox', type: 'payment.paid', data: {} }]);
    await ponte.eventsReadable();
    await ponte.notificationWorker.dispatch();
    const [notification] = (await api('GET', `/v1/notifications?accountId=${accountA}`, admin)).json().data as { id: string }[];

    const stream = await openStream(admin, 'notifications');
    const canceled = await api('POST', `/v1/notifications/${notification!.id}/cancel`, admin);
    expect(canceled.statusCode, canceled.body).toBe(200);
    await waitFor(() => stream.topics().includes('notifications'), 10_000);
    expect(stream.lines).toContain('data: {"topic":"notifications"}');
    stream.abort();
  });

  it('tells a customer of its own account’s tickets, never of another account’s', async () => {
    const staff = await openStream(admin, 'tickets');
    const customer = await openStream(customerA, 'tickets,integrations');
    await openTicket(admin, { accountId: accountB, subject: 'Outra conta', requester: { email: 'dono@vizinha.example' } });
    // The staff stream hears of it: the watcher has read past account B's change by then.
    await waitFor(() => staff.topics().length >= 1, 10_000);
    expect(customer.topics()).toEqual([]);

    await openTicket(customerA, { subject: 'Integração do cartão Maxi Frota', message: { body: 'Quero integrar o cartão da frota.' } });
    await waitFor(() => customer.topics().length >= 1, 10_000);
    expect(customer.topics()).toEqual(['tickets']);
    staff.abort();
    customer.abort();
  });

  it('refuses an unknown topic, naming the field', async () => {
    const response = await api('GET', '/v1/live?topics=tickets,weather', admin);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'query.topics' });
    expect(response.json().detail).toContain('"weather"');
    expect((await ponte.app.inject({ method: 'GET', url: '/v1/live' })).statusCode).toBe(401);
  });

  // Last: it closes the Ponte the others share.
  it('ends a stream whose token is revoked (signed out, a password reset), and no other', async () => {
    const user = await ponte.accounts.createUser(cliActor, { email: 'saiu@rioclaro.example', name: 'Saiu', role: 'customer', accountId: accountA });
    const leaving = await ponte.tokenFor(user.id);
    const revoked = await openStream(leaving);
    const staying = await openStream(customerA);
    expect(revoked.status).toBe(200);
    const { tokenId } = await ponte.apiAccess.tokens.authenticate(`Bearer ${leaving}`);
    await ponte.apiAccess.tokens.revoke(tokenId!);
    // Within a heartbeat (300 ms here) the revoked stream ends; the other keeps its pings.
    await revoked.ended;
    const pings = staying.lines.filter((line) => line === ': ping').length;
    await waitFor(() => staying.lines.filter((line) => line === ': ping').length > pings + 1, 10_000);
  });

  it('ends the open streams when Ponte closes, without waiting for them', async () => {
    const stream = await openStream(customerA);
    await waitFor(() => stream.lines.includes('retry: 3000'), 10_000);
    const closing = ponte.close();
    await stream.ended;
    await closing;
    expect(stream.lines.at(-1)).toBe('');
  });
});
