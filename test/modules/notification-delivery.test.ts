import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/modules/events/index.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { claimDue } from '../../src/modules/notifications/send-queue.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Principal } from '../../src/platform/http/principal.ts';
import { createPonte, type Ponte } from '../../src/ponte.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

const ADMIN: Principal = { role: 'admin', userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' };
/** Far longer than any test: only a signal can wake the worker. */
const NO_FALLBACK_TICK_MS = 3_600_000;

interface Held {
  headers: IncomingHttpHeaders;
  body: string;
  response: ServerResponse;
}

/** A webhook endpoint that holds each request until the test answers it (204), counting how many it holds at once. */
async function startHoldingReceiver() {
  const held: Held[] = [];
  const received: Omit<Held, 'response'>[] = [];
  let mostHeld = 0;
  let holding = true;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const delivery = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(delivery);
      if (!holding) return void response.writeHead(204).end();
      held.push({ ...delivery, response });
      mostHeld = Math.max(mostHeld, held.length);
      onHeld();
    });
  });
  let onHeld = () => {};
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    held,
    received,
    mostHeld: () => mostHeld,
    /** Called whenever a request arrives and is held. */
    whenHeld(listener: () => void) {
      onHeld = listener;
    },
    answerOldest() {
      held.shift()?.response.writeHead(204).end();
    },
    answerAll() {
      holding = false;
      for (const { response } of held.splice(0)) response.writeHead(204).end();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Receiver = Awaited<ReturnType<typeof startHoldingReceiver>>;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startPonte(notifications: { concurrency?: number; fallbackTickMs?: number; leaseSeconds?: number } = {}): Promise<TestPonte> {
  const ponte = await startTestPonte({ workers: false, notifications });
  cleanups.push(() => ponte.dispose());
  return ponte;
}

async function receiver(): Promise<Receiver> {
  const started = await startHoldingReceiver();
  cleanups.push(() => started.close());
  return started;
}

async function webhookRule(ponte: Ponte, url: string) {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random().toString(36).slice(2, 8)}` });
  const created = await ponte.notifications.createRule(ADMIN, { accountId: account.id, environment: 'sandbox', eventType: 'payment.created', channel: 'webhook', webhookUrl: url });
  return { accountId: account.id, ruleId: created.rule.id, secret: created.signingSecret! };
}

/** `count` payment.created events, committed in one transaction (as a sync page commits them). */
async function appendPayments(ponte: Ponte, accountId: string, count: number, from = 0): Promise<void> {
  const events: NewEvent[] = Array.from({ length: count }, (_, index) => ({
    accountId,
    integrationId: 'int_test',
    environment: 'sandbox',
    type: 'payment.created',
    subjectModel: 'payment',
    subjectId: `TX${from + index}`,
    data: { payment: { externalId: `TX${from + index}`, status: 'pending', amountCents: 1000 + index } },
  }));
  await ponte.database.transaction(({ db }) => ponte.events.append(db, events));
}

async function statuses(ponte: Ponte, accountId: string): Promise<Record<string, number>> {
  const { rows } = await ponte.database.pool.query<{ status: string; n: number }>('select status, count(*)::int as n from notifications where account_id = $1 group by status', [accountId]);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

const signedBy = (delivery: { headers: IncomingHttpHeaders; body: string }, secret: string) =>
  String(delivery.headers['webhook-signature'])
    .split(' ')
    .includes(new Webhook(secret).sign(String(delivery.headers['webhook-id']), new Date(Number(delivery.headers['webhook-timestamp']) * 1000), delivery.body));

describe('the streaming delivery worker', { timeout: 90_000 }, () => {
  it('keeps sends in flight continuously: a slow endpoint holds 60 at once, and each answer lets the next one in', async () => {
    const ponte = await startPonte();
    const endpoint = await receiver();
    const { accountId } = await webhookRule(ponte, endpoint.url);
    await appendPayments(ponte, accountId, 200);
    // The endpoint answers one request only while it holds 60: a sender working in waves would wait for its whole
    // wave, one with 20 at a time would never get there; a streaming one replaces each answered send at once.
    endpoint.whenHeld(() => {
      if (endpoint.received.length >= 200) endpoint.answerAll();
      else if (endpoint.held.length >= 60) endpoint.answerOldest();
    });
    ponte.notificationWorker.start();
    await waitFor(async () => (await statuses(ponte, accountId)).sent === 200, 60_000);
    expect(endpoint.mostHeld()).toBeGreaterThanOrEqual(60);
    expect(new Set(endpoint.received.map((delivery) => delivery.headers['webhook-id'])).size).toBe(200);
  });

  it('sends a committed event at once, woken by signals rather than by the fallback tick', async () => {
    const ponte = await startPonte({ fallbackTickMs: NO_FALLBACK_TICK_MS });
    const endpoint = await receiver();
    endpoint.answerAll();
    const { accountId } = await webhookRule(ponte, endpoint.url);
    ponte.notificationWorker.start();
    await ponte.database.signals.ready();
    // Let the start's first look pass, finding nothing.
    await waitFor(async () => (await ponte.notificationWorker.dispatch()) === 0);
    await appendPayments(ponte, accountId, 3);
    await waitFor(async () => (await statuses(ponte, accountId)).sent === 3, 30_000);
    expect(endpoint.received).toHaveLength(3);
    // And a retry asked for by hand goes at once too.
    const [first] = (await ponte.database.pool.query<{ id: string }>('select id from notifications where account_id = $1 limit 1', [accountId])).rows;
    await ponte.database.pool.query(`update notifications set status = 'failed' where id = $1`, [first!.id]);
    await ponte.notifications.retry(ADMIN, first!.id);
    await waitFor(() => endpoint.received.length === 4, 30_000);
    expect(endpoint.received[3]!.headers['webhook-id']).toBe(first!.id);
  });

  it('sees a rotated secret and a moved endpoint at the next send, though it keeps rules and secrets', async () => {
    const ponte = await startPonte();
    const before = await receiver();
    const after = await receiver();
    before.answerAll();
    after.answerAll();
    const { accountId, ruleId, secret } = await webhookRule(ponte, before.url);
    await appendPayments(ponte, accountId, 2);
    await ponte.notificationWorker.drain();
    expect(before.received.every((delivery) => signedBy(delivery, secret))).toBe(true);

    const rotated = await ponte.notifications.rotateSecret(ADMIN, ruleId, 0);
    await appendPayments(ponte, accountId, 1, 100);
    await ponte.notificationWorker.drain();
    expect(before.received).toHaveLength(3);
    expect(signedBy(before.received[2]!, rotated.signingSecret)).toBe(true);
    expect(signedBy(before.received[2]!, secret)).toBe(false);

    await ponte.notifications.updateRule(ADMIN, ruleId, { webhookUrl: after.url });
    await appendPayments(ponte, accountId, 1, 200);
    await ponte.notificationWorker.drain();
    expect(before.received).toHaveLength(3);
    expect(after.received).toHaveLength(1);
    expect(signedBy(after.received[0]!, rotated.signingSecret)).toBe(true);
  });

  it('loses nothing when Ponte closes with sends under way and more claimed: each is sent, or waits, and goes later', async () => {
    // Closed by the test itself: only its database is left to clean up.
    const ponte = await startTestPonte({ workers: false, notifications: { concurrency: 10 } });
    cleanups.push(() => ponte.testDatabase.dispose());
    const endpoint = await receiver();
    const { accountId } = await webhookRule(ponte, endpoint.url);
    await appendPayments(ponte, accountId, 50);
    ponte.notificationWorker.start();
    // 10 sends held at the endpoint, more claimed in the worker's buffer behind them.
    await waitFor(() => endpoint.held.length === 10);
    const closing = ponte.close();
    endpoint.answerAll();
    await closing;

    // The same database, opened again: what the closed one sent says so, the rest waits and nothing is held.
    const again = await createPonte(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...ponte.testDatabase.env }), { logger: pino({ level: 'silent' }), role: 'api' });
    try {
      const left = await statuses(again, accountId);
      expect(left.sending ?? 0).toBe(0);
      expect(left.sent ?? 0).toBe(endpoint.received.length);
      expect((left.sent ?? 0) + (left.scheduled ?? 0)).toBe(50);
      await again.notificationWorker.drain();
      expect(await statuses(again, accountId)).toEqual({ sent: 50 });
      expect(new Set(endpoint.received.map((delivery) => delivery.headers['webhook-id'])).size).toBe(50);
    } finally {
      await again.close();
    }
  });

  it('never sends a buffered row whose lease ran out meanwhile: another worker may have claimed it', async () => {
    const clock = new ManualClock('2026-11-30T05:00:00.000Z');
    const givenBack: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void (line.includes('given back unsent') && givenBack.push(line)) });
    const ponte = await startTestPonte({ workers: false, clock, logger, notifications: { concurrency: 2, leaseSeconds: 60 } });
    cleanups.push(() => ponte.dispose());
    const endpoint = await receiver();
    const { accountId } = await webhookRule(ponte, endpoint.url);
    await appendPayments(ponte, accountId, 4);
    ponte.notificationWorker.start();
    // Two sends held at the endpoint, the other two claimed into the worker's buffer behind them.
    await waitFor(async () => endpoint.held.length === 2 && (await statuses(ponte, accountId)).sending === 4);
    // The endpoint stalls past the leases; another worker claims the rows whose lease ended, the buffered ones too.
    clock.advance(61_000);
    const reclaimed = await claimDue(ponte.database.pool, clock.now(), 10, 60);
    expect(reclaimed).toHaveLength(4);
    endpoint.answerAll();
    await waitFor(() => givenBack.length === 2);
    await ponte.notificationWorker.stop(30_000);
    // Only the two sends already under way reached the endpoint; the buffered rows are the other worker's to send.
    expect(endpoint.received).toHaveLength(2);
  });

});
