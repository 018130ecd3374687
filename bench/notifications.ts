// The notification worker's hot paths, each against a baseline measured in the same run on the same database:
// 1. webhook notifications delivered end to end: events appended in batches of 500 (as the sync engine appends a
//    page's events), each matched by one webhook rule, dispatched, signed, POSTed to a receiver in this process that
//    answers 204 and marked sent by the real NotificationWorker running by itself (`start()`, as `ponte start` runs
//    it); against bare signed POSTs of the same payload from this process to the same receiver, at the worker's
//    concurrency. The same delivery driven by `drain()` loops instead (the worker not started) is shown beside it.
// 2. events turned into notifications by the dispatcher (the rule waits 30 days, so nothing is sent) against
//    appending those same events.
// 3. buyer WhatsApp notifications (bench/notifications-whatsapp.ts): an account with its sandbox WhatsApp sender (the
//    in-process WhatsApp Cloud API sandbox's default number), no quiet hours nor daily cap (the hour of the run must
//    not hold messages back), and a rule on WhatsApp to the record's person with the account's copy of the catalog's
//    paid message (paghiper:boleto.paid, template pagamento_confirmado). `payment.paid` events of 2,000 paid boletos, each with a payer phone of its own, are
//    appended 500 per transaction (at most 1,000 ahead of the sandbox) while the NotificationWorker runs by itself,
//    until the sandbox has accepted every message; the sandbox tells this process of each acceptance. Reported:
//    messages per second from the first append to the last acceptance, and p50/p99 from each event's append to the
//    sandbox's acceptance of its message (this includes waiting behind the rest of its batch and the backlog: it is
//    a burst's latency, not one message's). Against the sandbox's bare accept rate: the same template sends POSTed
//    straight to `/v20.0/{phone-number-id}/messages` from this process, at the worker's concurrency, as many.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { request } from 'undici';
import type { Event, NewEvent } from '../src/modules/events/index.ts';
import { webhookPayload, type WorkerSettings } from '../src/modules/notifications/index.ts';
import type { Principal } from '../src/platform/http/principal.ts';
import { newId } from '../src/platform/ids.ts';
import { formatTable, progress, type BenchOptions, type BenchResult } from './support/benchmark.ts';
import { startBenchPonte, type BenchPonte } from './support/bench-ponte.ts';
import { BUYER_MESSAGES, measureBuyerWhatsapp, WhatsappSandbox } from './notifications-whatsapp.ts';
import { cliActor } from '../src/platform/actor.ts';

const WARM_UP_SECONDS = 2;
/** Events per append transaction: a sync page of 500 records. */
const BATCH_SIZE = 500;
/** While delivering, the appender keeps at least this many events appended but not yet received. */
const BACKLOG = 2 * BATCH_SIZE;
/** Events dispatched in the dispatch measurement (and appended for its baseline): 40 batches of 500. */
const DISPATCH_EVENTS = 20_000;
const DISPATCH_WARM_UP_EVENTS = 2 * BATCH_SIZE;
/** Far enough that nothing the dispatch measurement makes comes due while the benchmark runs. */
const DISPATCH_DELAY_SECONDS = 30 * 24 * 3600;
/** How long the worker's stop may wait for sends under way. */
const STOP_TIMEOUT_MS = 30_000;
const EVENT_TYPE = 'payment.created';
const ADMIN: Principal = { role: 'admin', userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' };

const rate = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);
const ratioOf = (value: number, baseline: number) => (baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------
// The receiver and the events

/** An HTTP server in this process answering 204 to POST /<endpoint>, counting what each endpoint received. */
class WebhookReceiver {
  readonly #server: Server;
  readonly #counts = new Map<string, number>();
  readonly #secrets = new Map<string, string>();
  /** Endpoints whose signature failed the check (the first request of each is checked, to show signing works). */
  readonly badSignatures: string[] = [];
  #address = '';

  constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const endpoint = (req.url ?? '').slice(1);
        const secret = this.#secrets.get(endpoint);
        if (req.method !== 'POST' || secret === undefined) return void res.writeHead(404).end();
        const count = (this.#counts.get(endpoint) ?? 0) + 1;
        this.#counts.set(endpoint, count);
        if (count === 1) {
          try {
            new Webhook(secret).verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>);
          } catch {
            this.badSignatures.push(endpoint);
          }
        }
        res.writeHead(204).end();
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#address = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** The URL of a new endpoint; its first request's signature is checked against `secret` once it is set. */
  url(endpoint: string): string {
    return `${this.#address}/${endpoint}`;
  }

  expect(endpoint: string, secret: string): void {
    this.#secrets.set(endpoint, secret);
  }

  received(endpoint: string): number {
    return this.#counts.get(endpoint) ?? 0;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** A PagHiper charge as the connector normalises it. */
function payment(index: number) {
  const externalId = `BENCH${index.toString(36).toUpperCase().padStart(11, '0')}`;
  return {
    provider: 'paghiper',
    externalId,
    method: index % 3 === 0 ? 'pix' : 'boleto',
    orderId: `order-${index}`,
    status: 'pending',
    amountCents: 1_000 + (index % 9_000),
    paidAmountCents: null,
    feeCents: null,
    currency: 'BRL',
    dueDate: '2025-07-10',
    createdAt: '2025-07-01T10:15:00-03:00',
    paidAt: null,
    payer: { name: `Pagador ${index}`, email: `pagador${index}@example.com.br`, document: String(10_000_000_000 + index).slice(0, 11) },
  };
}

/** `payment.created` events as change detection makes them: one per new charge, each its own subject. */
function paymentEvents(accountId: string, integrationId: string, from: number, count: number): NewEvent[] {
  return Array.from({ length: count }, (_, offset) => {
    const data = payment(from + offset);
    return { accountId, integrationId, environment: 'sandbox', type: EVENT_TYPE, subjectModel: 'payment', subjectId: data.externalId, data: { payment: data } };
  });
}

/** Appends `count` events from `from` on, one transaction per batch of 500. */
async function appendEvents(server: BenchPonte, accountId: string, integrationId: string, from: number, count: number): Promise<void> {
  const { database, events } = server.ponte;
  for (let start = from; start < from + count; start += BATCH_SIZE) {
    const batch = paymentEvents(accountId, integrationId, start, Math.min(BATCH_SIZE, from + count - start));
    await database.transaction(({ db }) => events.append(db, batch));
  }
}

async function webhookRule(server: BenchPonte, receiver: WebhookReceiver, endpoint: string, delaySeconds = 0) {
  const account = await server.ponte.accounts.createAccount(cliActor, { name: `Bench notifications ${endpoint}` });
  const created = await server.ponte.notifications.createRule(ADMIN, {
    accountId: account.id,
    environment: 'sandbox',
    eventType: EVENT_TYPE,
    channel: 'webhook',
    webhookUrl: receiver.url(endpoint),
    delaySeconds,
  });
  receiver.expect(endpoint, created.signingSecret!);
  return { accountId: account.id, integrationId: newId('integration'), secret: created.signingSecret! };
}

async function statusCounts(server: BenchPonte, accountId: string, sentFrom?: Date, sentTo?: Date) {
  const { rows } = await server.ponte.database.pool.query<{ status: string; n: number; in_window: number; with_error: number }>(
    `select status, count(*)::int as n,
            count(*) filter (where sent_at >= $2 and sent_at < $3)::int as in_window,
            count(*) filter (where last_error is not null)::int as with_error
       from notifications where account_id = $1 group by status`,
    [accountId, sentFrom ?? new Date(0), sentTo ?? new Date(0)],
  );
  const of = (status: string) => rows.find((row) => row.status === status);
  return {
    sent: of('sent')?.n ?? 0,
    sentInWindow: of('sent')?.in_window ?? 0,
    failed: of('failed')?.n ?? 0,
    withError: rows.reduce((sum, row) => sum + row.with_error, 0),
    other: rows.filter((row) => row.status !== 'sent').reduce((sum, row) => sum + row.n, 0),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Delivery against bare signed POSTs

/** Signed POSTs of `payload` for `seconds`, `concurrency` at a time, as sendWebhook makes them, without a database. */
async function barePosts(url: string, secret: string, payload: string, userAgent: string, concurrency: number, seconds: number) {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let done = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (performance.now() < deadline) {
        const id = `ntf_bench${lane}x${done}`;
        const now = new Date();
        const response = await request(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': userAgent,
            'webhook-id': id,
            'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
            'webhook-signature': new Webhook(secret).sign(id, now, payload),
          },
          body: payload,
          signal: AbortSignal.timeout(10_000),
        });
        await response.body.dump();
        if (response.statusCode < 200 || response.statusCode >= 300) failures++;
        done++;
      }
    }),
  );
  return { perSecond: rate(done, performance.now() - started), failures };
}

async function measureBaseline(server: BenchPonte, receiver: WebhookReceiver, options: BenchOptions) {
  const { concurrency, userAgent } = server.ponte.notificationWorker.settings;
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  receiver.expect('bare', secret);
  // The payload the worker would send for one of the events it delivers: the same size.
  const data = payment(0);
  const event: Event = {
    id: newId('event'),
    type: EVENT_TYPE,
    accountId: newId('account'),
    integrationId: newId('integration'),
    environment: 'sandbox',
    subject: { model: 'payment', id: data.externalId },
    data: { payment: data },
    origin: 'live',
    occurredAt: new Date().toISOString(),
  };
  const payload = webhookPayload(event);
  progress(options, `notifications: baseline, bare signed POSTs (${options.durationSeconds} s, ${concurrency} at a time)…`);
  await barePosts(receiver.url('bare'), secret, payload, userAgent, concurrency, WARM_UP_SECONDS);
  const bare = await barePosts(receiver.url('bare'), secret, payload, userAgent, concurrency, options.durationSeconds);
  return { ...bare, payloadBytes: Buffer.byteLength(payload) };
}

/**
 * Notifications marked sent per second while the worker runs by itself (`start()`, as `ponte start` runs it), with
 * an appender keeping a backlog of events ahead of it. Only notifications whose status is `sent`, with `sent_at`
 * inside the measured window, count.
 */
async function deliverByRunningWorker(server: BenchPonte, receiver: WebhookReceiver, options: BenchOptions) {
  const worker = server.ponte.notificationWorker;
  const { accountId, integrationId } = await webhookRule(server, receiver, 'worker');
  let appended = 0;
  let appending = true;
  let measuring = false;
  /** Times the appender found less than one round of work ahead of the worker during the measured window. */
  let starved = 0;
  const appender = async () => {
    while (appending) {
      const ahead = appended - receiver.received('worker');
      if (ahead >= BACKLOG) {
        await sleep(20);
        continue;
      }
      if (measuring && ahead < worker.settings.concurrency) starved++;
      await appendEvents(server, accountId, integrationId, appended, BATCH_SIZE);
      appended += BATCH_SIZE;
    }
  };
  let window = { from: new Date(), to: new Date() };
  const measure = async () => {
    worker.start();
    await sleep(WARM_UP_SECONDS * 1000);
    const from = new Date();
    measuring = true;
    await sleep(options.durationSeconds * 1000);
    window = { from, to: new Date() };
    measuring = false;
    appending = false;
  };
  progress(options, `notifications: delivery by the running worker (warm-up ${WARM_UP_SECONDS} s, ${options.durationSeconds} s measured)…`);
  try {
    await Promise.all([appender(), measure()]);
  } finally {
    appending = false;
    await worker.stop(STOP_TIMEOUT_MS);
  }
  // What the worker left behind (events not dispatched, notifications not sent) must not reach the next measurement.
  await worker.dispatch();
  const counts = await statusCounts(server, accountId, window.from, window.to);
  await server.ponte.database.pool.query(`update notifications set status = 'canceled', canceled_reason = 'bench: left over' where account_id = $1 and status = 'scheduled'`, [accountId]);
  return { appended, starved, received: receiver.received('worker'), counts, perSecond: rate(counts.sentInWindow, window.to.getTime() - window.from.getTime()) };
}

/** The same delivery driven by the benchmark: append a batch, `drain()`, again, for the measured seconds. */
async function deliverByDrain(server: BenchPonte, receiver: WebhookReceiver, options: BenchOptions) {
  const worker = server.ponte.notificationWorker;
  const { accountId, integrationId } = await webhookRule(server, receiver, 'drain');
  progress(options, `notifications: delivery driven by drain() loops (${options.durationSeconds} s)…`);
  const started = performance.now();
  let appended = 0;
  while (performance.now() - started < options.durationSeconds * 1000) {
    await appendEvents(server, accountId, integrationId, appended, BATCH_SIZE);
    appended += BATCH_SIZE;
    await worker.drain();
  }
  const ms = performance.now() - started;
  const counts = await statusCounts(server, accountId);
  return { appended, received: receiver.received('drain'), counts, perSecond: rate(counts.sent, ms) };
}

async function measureDelivery(server: BenchPonte, receiver: WebhookReceiver, options: BenchOptions) {
  const problems: string[] = [];
  const baseline = await measureBaseline(server, receiver, options);
  if (baseline.failures > 0) problems.push(`bare POSTs: ${baseline.failures} were not answered 2xx`);
  const running = await deliverByRunningWorker(server, receiver, options);
  if (running.starved > 0) problems.push('running worker: it caught up with the appender, so the rate is the appender\'s');
  if (running.counts.sentInWindow === 0) problems.push('running worker: no notification was sent in the measured window');
  const drain = await deliverByDrain(server, receiver, options);
  if (drain.counts.sent === 0) problems.push('drain() loops: no notification was sent');
  for (const [label, run] of [['running worker', running], ['drain() loops', drain]] as const) {
    if (run.counts.withError > 0) problems.push(`${label}: ${run.counts.withError} notifications had a failed attempt (${run.counts.failed} failed for good)`);
    if (run.received !== run.counts.sent) problems.push(`${label}: the receiver got ${run.received} POSTs for ${run.counts.sent} notifications marked sent`);
  }
  if (drain.counts.other > 0) problems.push(`drain() loops: ${drain.counts.other} notifications were left unsent`);
  if (receiver.badSignatures.length > 0) problems.push(`signatures did not verify at: ${receiver.badSignatures.join(', ')}`);
  const { concurrency, dispatchBatch } = server.ponte.notificationWorker.settings;
  return {
    report: {
      method: 'the worker started (start(), as ponte start runs it) with events appended 500 per transaction ahead of it; drain: append 500, drain(), again',
      concurrency,
      dispatchBatch,
      appendBatch: BATCH_SIZE,
      payloadBytes: baseline.payloadBytes,
      deliveredPerSecond: running.perSecond,
      sentDuringMeasurement: running.counts.sentInWindow,
      drainDeliveredPerSecond: drain.perSecond,
      drainSent: drain.counts.sent,
      baselinePostsPerSecond: baseline.perSecond,
      ratio: ratioOf(running.perSecond, baseline.perSecond),
      drainRatio: ratioOf(drain.perSecond, baseline.perSecond),
    },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Dispatch against append

async function measureDispatch(server: BenchPonte, receiver: WebhookReceiver, options: BenchOptions, events: number) {
  const problems: string[] = [];
  const worker = server.ponte.notificationWorker;
  const { accountId, integrationId } = await webhookRule(server, receiver, 'dispatch', DISPATCH_DELAY_SECONDS);
  const timed = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  /** Dispatches until `count` events were read; on PostgreSQL an older transaction elsewhere may hold them back. */
  const dispatch = async (count: number) => {
    const deadline = performance.now() + STOP_TIMEOUT_MS;
    for (let read = await worker.dispatch(); read < count; read += await worker.dispatch()) {
      if (performance.now() > deadline) throw new Error(`The dispatcher read ${read} of ${count} events in ${STOP_TIMEOUT_MS / 1000} s`);
      await sleep(10);
    }
  };
  // Whatever an earlier measurement left unread goes first, so the dispatcher reads only these events below.
  await worker.dispatch();
  progress(options, 'notifications: warming up append and dispatch…');
  await appendEvents(server, accountId, integrationId, 0, DISPATCH_WARM_UP_EVENTS);
  await dispatch(DISPATCH_WARM_UP_EVENTS);
  progress(options, `notifications: appending ${events} events in batches of ${BATCH_SIZE}…`);
  const appendMs = await timed(() => appendEvents(server, accountId, integrationId, DISPATCH_WARM_UP_EVENTS, events));
  progress(options, `notifications: dispatching them, ${worker.settings.dispatchBatch} per round…`);
  const dispatchMs = await timed(() => dispatch(events));

  const { rows } = await server.ponte.database.pool.query<{ n: number; due: number }>(
    `select count(*)::int as n, count(*) filter (where status <> 'scheduled' or scheduled_at <= now())::int as due from notifications where account_id = $1`,
    [accountId],
  );
  const expected = DISPATCH_WARM_UP_EVENTS + events;
  if (rows[0]?.n !== expected) problems.push(`dispatch: ${rows[0]?.n ?? 0} notifications made from ${expected} events`);
  if ((rows[0]?.due ?? 0) > 0) problems.push(`dispatch: ${rows[0]?.due} notifications were due or not scheduled`);
  const appendPerSecond = rate(events, appendMs);
  const dispatchPerSecond = rate(events, dispatchMs);
  return {
    report: {
      events,
      dispatchedPerSecond: dispatchPerSecond,
      dispatchMs: Math.round(dispatchMs),
      appendedPerSecond: appendPerSecond,
      appendMs: Math.round(appendMs),
      ratio: ratioOf(dispatchPerSecond, appendPerSecond),
    },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** How much each counted measurement does; the defaults keep the whole run within a few minutes on a busy 2-core machine. */
export interface NotificationsBenchSizes {
  /** Events dispatched (and appended for the baseline) in the dispatch measurement. */
  dispatchEvents: number;
  /** Buyer WhatsApp messages sent by the worker (and bare sends for the baseline). */
  buyerMessages: number;
}

const DEFAULT_SIZES: NotificationsBenchSizes = { dispatchEvents: DISPATCH_EVENTS, buyerMessages: BUYER_MESSAGES };

/**
 * `settings` overrides Ponte's notification worker settings (the CLI uses its defaults), to explore the limits;
 * `sizes` shrinks the counted measurements (the short form the test runs).
 */
export async function run(options: BenchOptions, settings: Partial<WorkerSettings> = {}, sizes: Partial<NotificationsBenchSizes> = {}): Promise<BenchResult> {
  const { dispatchEvents, buyerMessages } = { ...DEFAULT_SIZES, ...sizes };
  progress(options, 'notifications: starting a webhook receiver, the WhatsApp Cloud API sandbox and Ponte (api role, no workers) on a throw-away database…');
  const receiver = new WebhookReceiver();
  await receiver.listen();
  const sandbox = new WhatsappSandbox();
  let server: BenchPonte | undefined;
  try {
    await sandbox.start();
    // The api role: no workers run in the background, and the benchmark starts the notification worker itself.
    server = await startBenchPonte({ role: 'api', notifications: settings, sandboxUrls: { 'whatsapp-cloud': sandbox.address } });
    const delivery = await measureDelivery(server, receiver, options);
    const dispatch = await measureDispatch(server, receiver, options, dispatchEvents);
    const buyers = await measureBuyerWhatsapp(server, sandbox, options, buyerMessages);
    const report = { benchmark: 'notifications', engine: server.engine, durationSeconds: options.durationSeconds, delivery: delivery.report, dispatch: dispatch.report, buyerWhatsapp: buyers.report };
    const d = delivery.report;
    const b = buyers.report;
    const table = [
      `notifications on ${server.engine}, ${options.durationSeconds} s per delivery measurement, worker concurrency ${d.concurrency}`,
      formatTable([
        ['measurement', 'per second', 'baseline/s', 'ratio'],
        ['webhooks delivered by the running worker vs bare signed POSTs', d.deliveredPerSecond, d.baselinePostsPerSecond, d.ratio],
        ['webhooks delivered by drain() loops vs bare signed POSTs', d.drainDeliveredPerSecond, d.baselinePostsPerSecond, d.drainRatio],
        [`events dispatched vs appended (${dispatch.report.events})`, dispatch.report.dispatchedPerSecond, dispatch.report.appendedPerSecond, dispatch.report.ratio],
        [`buyer WhatsApp notifications, paid event to sandbox acceptance, vs bare sends (${b.messages})`, b.notificationsPerSecond, b.baselineSendsPerSecond, b.ratio],
      ]),
      `${d.sentDuringMeasurement} webhooks of ${d.payloadBytes} bytes sent in the measured window by the running worker; ${d.drainSent} by drain() loops`,
      `${b.messages} buyer WhatsApp messages in ${b.seconds} s: event appended to sandbox acceptance p50 ${b.latencyMs.p50} ms, p99 ${b.latencyMs.p99} ms (bare sends' round trip p50 ${b.baselineLatencyMs.p50} ms, p99 ${b.baselineLatencyMs.p99} ms)`,
    ].join('\n');
    return { report, table, problems: [...delivery.problems, ...dispatch.problems, ...buyers.problems] };
  } finally {
    progress(options, 'notifications: closing Ponte, the receiver and the sandbox…');
    await server?.dispose();
    await receiver.close();
    await sandbox.close();
  }
}
