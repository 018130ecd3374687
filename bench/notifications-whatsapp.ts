// The notifications benchmark's third measurement (bench/notifications.ts runs it): buyer WhatsApp notifications from
// a paid charge's event to the WhatsApp Cloud API sandbox's acceptance, against the sandbox's bare accept rate.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import type { Payment } from '../src/connectors/sdk/records.ts';
import { buildWhatsappCloudSandbox } from '../src/connectors/whatsapp-cloud/sandbox/app.ts';
import type { RecordedMessage } from '../src/connectors/whatsapp-cloud/sandbox/store.ts';
import type { NewEvent } from '../src/modules/events/index.ts';
import { cliActor } from '../src/platform/actor.ts';
import { catalogEntryOf } from '../src/connectors/catalog.ts';
import { percentile, progress, type BenchOptions } from './support/benchmark.ts';
import type { BenchPonte } from './support/bench-ponte.ts';

/** Buyer WhatsApp messages sent by the worker (and bare sends in the baseline). */
export const BUYER_MESSAGES = 2_000;
/** Events per append transaction: a sync page of 500 records. */
const BATCH_SIZE = 500;
/** The appender keeps at most this many events appended but not yet accepted by the sandbox. */
const BACKLOG = 2 * BATCH_SIZE;
/** How long the worker's stop may wait for sends under way. */
const STOP_TIMEOUT_MS = 30_000;

const rate = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);
const ratioOf = (value: number, baseline: number) => (baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The WhatsApp Cloud API sandbox's default business number and token (what `ponte start` serves). */
const WHATSAPP_NUMBER = { phoneNumberId: '109876543210001', businessAccountId: '209876543210001', accessToken: 'EAAsandbox0000whatsapp0000token' };
const GRAPH_VERSION = 'v20.0';
/** The WhatsApp template of the catalog entry paghiper:boleto.paid. */
const PAID_TEMPLATE = 'pagamento_confirmado';
/** Give up waiting for the sandbox to accept every message once it accepted none for this long. */
const STALL_MS = 30_000;

/**
 * The WhatsApp Cloud API sandbox in this process, telling the benchmark of each message it accepts (with the
 * sandbox's acceptance time), so it is counted without asking the sandbox over HTTP.
 */
export class WhatsappSandbox {
  #listener: ((message: RecordedMessage) => void) | null = null;
  #app: FastifyInstance | undefined;
  address = '';

  async start(): Promise<void> {
    this.#app = await buildWhatsappCloudSandbox({ onAccepted: (message) => this.#listener?.(message) });
    this.address = await this.#app.listen({ host: '127.0.0.1', port: 0 });
  }

  /** Calls `listener` for each message accepted from now on (replacing the previous listener). */
  listen(listener: ((message: RecordedMessage) => void) | null): void {
    this.#listener = listener;
  }

  async close(): Promise<void> {
    await this.#app?.close();
  }
}

/** A Brazilian mobile of its own for buyer `index`, as PagHiper has payers' phones: `(11) 97000-0042`. */
function buyerPhone(range: number, index: number): { text: string; digits: string } {
  const local = String(range * 10_000_000 + index).padStart(8, '0');
  return { text: `(11) 9${local.slice(0, 4)}-${local.slice(4)}`, digits: `55119${local}` };
}

/** A paid PagHiper boleto as the connector normalises it, its payer reachable at their own phone. */
function paidBoleto(index: number): Payment {
  const externalId = `PAID${index.toString(36).toUpperCase().padStart(12, '0')}`;
  return {
    provider: 'paghiper',
    externalId,
    method: 'boleto',
    orderId: `order-${index}`,
    status: 'paid',
    amountCents: 1_000 + (index % 9_000),
    paidAmountCents: 1_000 + (index % 9_000),
    feeCents: 349,
    currency: 'BRL',
    dueDate: '2025-07-10',
    createdAt: '2025-07-01T10:15:00-03:00',
    paidAt: '2025-07-03T14:20:00-03:00',
    payer: { name: `Pagador ${index}`, email: `pagador${index}@example.com.br`, document: String(10_000_000_000 + index).slice(0, 11), phone: buyerPhone(7, index).text },
    boletoUrl: `https://pagsandbox.example/boleto/${externalId}`,
    digitableLine: '34191.79001 01043.510047 91020.150008 1 10010000001000',
    pixCode: null,
    pixUrl: null,
  };
}

/**
 * An account set up as a store would, through the services and the API: its sandbox WhatsApp sender (the sandbox's
 * number), no quiet hours and no daily cap (the hour the benchmark runs at must not hold messages back), and a rule
 * following the catalog entry paghiper:boleto.paid on WhatsApp to the charge's payer.
 */
async function buyerWhatsappAccount(server: BenchPonte): Promise<{ accountId: string; storeName: string }> {
  const { ponte } = server;
  const storeName = 'Loja Bench';
  const account = await ponte.accounts.createAccount(cliActor, { name: storeName });
  await ponte.whatsappSenders.put(cliActor, account.id, 'sandbox', {
    ...WHATSAPP_NUMBER,
    appSecret: randomBytes(16).toString('hex'),
    verifyToken: randomBytes(16).toString('hex'),
  });
  const settings = await request(`${server.address}/v1/accounts/${account.id}/notification-settings`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${await server.adminToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ quietHours: null, dailyCaps: { whatsapp: null } }),
  });
  const answer = await settings.body.text();
  if (settings.statusCode !== 200) throw new Error(`PUT notification-settings answered ${settings.statusCode}: ${answer}`);
  // The store's own copy of the catalog's "paid" WhatsApp message (the events here belong to no integration, so a rule
  // following the catalog entry itself, which takes only PagHiper integrations' events, would match none).
  const paid = catalogEntryOf('paghiper:boleto.paid')!.entry.defaultTemplates.whatsapp!;
  const template = await ponte.messageTemplates.create(cliActor, {
    accountId: account.id,
    name: 'Pagamento confirmado',
    channel: 'whatsapp',
    catalogEntry: 'paghiper:boleto.paid',
    whatsappTemplateName: paid.name,
    whatsappLanguage: paid.language,
    whatsappParameters: paid.parameters,
  });
  await ponte.notifications.createRule(cliActor, {
    accountId: account.id,
    environment: 'sandbox',
    eventType: 'payment.paid',
    channel: 'whatsapp',
    recipient: 'record',
    templateId: template.id,
  });
  return { accountId: account.id, storeName };
}

/** The account's notifications by status, and how many had a failed attempt. */
async function statusCounts(server: BenchPonte, accountId: string) {
  const { rows } = await server.ponte.database.pool.query<{ status: string; n: number; with_error: number }>(
    `select status, count(*)::int as n, count(*) filter (where last_error is not null)::int as with_error from notifications where account_id = $1 group by status`,
    [accountId],
  );
  return {
    sent: rows.find((row) => row.status === 'sent')?.n ?? 0,
    failed: rows.find((row) => row.status === 'failed')?.n ?? 0,
    withError: rows.reduce((sum, row) => sum + row.with_error, 0),
    other: rows.filter((row) => row.status !== 'sent').reduce((sum, row) => sum + row.n, 0),
  };
}

/**
 * `count` template sends of `pagamento_confirmado` (the body the worker's client sends, to distinct buyers) POSTed
 * straight to the sandbox, `concurrency` at a time: the sandbox's bare accept rate and round-trip latencies.
 */
async function bareSends(sandbox: WhatsappSandbox, storeName: string, range: number, count: number, concurrency: number) {
  const url = `${sandbox.address}/${GRAPH_VERSION}/${WHATSAPP_NUMBER.phoneNumberId}/messages`;
  const headers = { authorization: `Bearer ${WHATSAPP_NUMBER.accessToken}`, 'content-type': 'application/json' };
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < count; index = next++) {
        const body = JSON.stringify({
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: buyerPhone(range, index).digits,
          type: 'template',
          template: {
            name: PAID_TEMPLATE,
            language: { code: 'pt_BR', policy: 'deterministic' },
            components: [{ type: 'body', parameters: [`Pagador ${index}`, 'R$ 10,00', storeName].map((text) => ({ type: 'text', text })) }],
          },
        });
        const sent = performance.now();
        const response = await request(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
        await response.body.dump();
        latencies.push(performance.now() - sent);
        if (response.statusCode !== 200) failures++;
      }
    }),
  );
  return { perSecond: rate(count, performance.now() - started), failures, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

/**
 * `payment.paid` events of `count` paid boletos, each its own payer, appended 500 per transaction (at most BACKLOG
 * ahead of the sandbox's acceptances) while the worker runs by itself; done when the sandbox accepted every message.
 * Latency: from the append of a message's event to the sandbox's acceptance of the message.
 */
async function deliverToBuyers(server: BenchPonte, sandbox: WhatsappSandbox, accountId: string, count: number) {
  const worker = server.ponte.notificationWorker;
  const appendedAt = new Map<string, number>();
  const latencies: number[] = [];
  let accepted = 0;
  let lastAcceptedAt = 0;
  let strangers = 0;
  sandbox.listen((message) => {
    const from = appendedAt.get(message.to);
    if (from === undefined || message.template?.name !== PAID_TEMPLATE) return void strangers++;
    appendedAt.delete(message.to);
    lastAcceptedAt = Date.parse(message.acceptedAt);
    latencies.push(lastAcceptedAt - from);
    accepted++;
  });
  const started = Date.now();
  let appended = 0;
  worker.start();
  try {
    while (appended < count) {
      if (appended - accepted >= BACKLOG) {
        await sleep(20);
        continue;
      }
      const size = Math.min(BATCH_SIZE, count - appended);
      const batch: NewEvent[] = Array.from({ length: size }, (_, offset) => {
        const payment = paidBoleto(appended + offset);
        return { accountId, environment: 'sandbox', type: 'payment.paid', subjectModel: 'payment', subjectId: payment.externalId, data: { payment }, origin: 'live' };
      });
      // The events' occurredAt is taken as their transaction starts: at most this close.
      const at = Date.now();
      for (let offset = 0; offset < size; offset++) appendedAt.set(buyerPhone(7, appended + offset).digits, at);
      await server.ponte.database.transaction(({ db }) => server.ponte.events.append(db, batch));
      appended += size;
    }
    let seen = accepted;
    let since = performance.now();
    while (accepted < count && performance.now() - since < STALL_MS) {
      await sleep(20);
      if (accepted > seen) [seen, since] = [accepted, performance.now()];
    }
  } finally {
    sandbox.listen(null);
    await worker.stop(STOP_TIMEOUT_MS);
  }
  const counts = await statusCounts(server, accountId);
  return { accepted, strangers, counts, perSecond: rate(accepted, lastAcceptedAt - started), seconds: Math.round((lastAcceptedAt - started) / 100) / 10, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

export async function measureBuyerWhatsapp(server: BenchPonte, sandbox: WhatsappSandbox, options: BenchOptions, count: number) {
  const problems: string[] = [];
  const { concurrency } = server.ponte.notificationWorker.settings;
  const { accountId, storeName } = await buyerWhatsappAccount(server);
  progress(options, `notifications: baseline, ${count} bare template sends to the WhatsApp sandbox (${concurrency} at a time)…`);
  await bareSends(sandbox, storeName, 5, Math.min(count, 500), concurrency);
  const baseline = await bareSends(sandbox, storeName, 6, count, concurrency);
  if (baseline.failures > 0) problems.push(`bare WhatsApp sends: ${baseline.failures} were not answered 200`);
  progress(options, `notifications: ${count} paid boletos' buyers told on WhatsApp by the running worker…`);
  const run = await deliverToBuyers(server, sandbox, accountId, count);
  if (run.accepted < count) problems.push(`buyer WhatsApp: the sandbox accepted ${run.accepted} of ${count} messages (no progress for ${STALL_MS / 1000} s)`);
  if (run.strangers > 0) problems.push(`buyer WhatsApp: the sandbox accepted ${run.strangers} messages the benchmark did not expect`);
  if (run.counts.sent !== count || run.counts.other > 0) problems.push(`buyer WhatsApp: ${run.counts.sent} notifications marked sent and ${run.counts.other} not, for ${count} events`);
  if (run.counts.withError > 0) problems.push(`buyer WhatsApp: ${run.counts.withError} notifications had a failed attempt (${run.counts.failed} failed for good)`);
  return {
    report: {
      method: `payment.paid events of paid boletos (each its own payer) appended 500 per transaction while the worker runs (start()), rule on the catalog entry paghiper:boleto.paid to the record's person on WhatsApp; until the sandbox accepted every message; baseline: the same template sends POSTed straight to the sandbox`,
      messages: count,
      concurrency,
      notificationsPerSecond: run.perSecond,
      seconds: run.seconds,
      latencyMs: { p50: run.p50, p99: run.p99 },
      baselineSendsPerSecond: baseline.perSecond,
      baselineLatencyMs: { p50: baseline.p50, p99: baseline.p99 },
      ratio: ratioOf(run.perSecond, baseline.perSecond),
    },
    problems,
  };
}
