// The sync engine's hot paths, each against a baseline measured in the same run on the same database:
// 1. change detection (applyRecords) against a plain batched INSERT of the same rows into a scratch table;
// 2. backfill steps per second, without and with injected 503s, against bare list calls (sync-backfill.ts);
// 3. integrations polled per second over 10,000 PagHiper integrations against bare sandbox list calls;
// 4. callbacks stored and acknowledged per second against a bare GET /healthz of the same server.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildPaghiperSandbox } from '../src/connectors/paghiper/sandbox/app.ts';
import { paghiperDay } from '../src/connectors/paghiper/mapping.ts';
import type { NormalisedRecord, Payment } from '../src/connectors/sdk/records.ts';
import { credentials } from '../src/modules/credentials/schema.ts';
import { integrations } from '../src/modules/integrations/schema.ts';
import { manifestFor, parseFields } from '../src/modules/integrations/validation.ts';
import { applyRecords, contentHash } from '../src/modules/sync/index.ts';
import { syncSchedules } from '../src/modules/sync/schema.ts';
import { newId } from '../src/platform/ids.ts';
import { formatTable, progress, type BenchOptions, type BenchResult } from './support/benchmark.ts';
import { startBenchPonte, type BenchPonte } from './support/bench-ponte.ts';
import { LoadClient } from './support/load-client.ts';
import { backfillRows, measureBackfill } from './sync-backfill.ts';
import type { LoadStats, LoadTarget } from './support/load-protocol.ts';
import { cliActor } from '../src/platform/actor.ts';

const WARM_UP_SECONDS = 2;
const BATCH_SIZE = 500;
/** Records per change-detection pass (and rows of the plain insert): 40 batches of 500. */
const RECORDS_PER_PASS = 20_000;
const INTEGRATIONS = 10_000;
/** Sandbox merchants the integrations' credentials are spread over (10 integrations each): creating one costs a call. */
const MERCHANTS = 1_000;
/** Rows per creation transaction. */
const CREATION_BATCH = 500;
/** Concurrent sandbox calls while creating merchants. */
const SETUP_CONCURRENCY = 50;
/**
 * How many polls run at once in this process: SyncService.startWorkers keeps up to 20 running, in a pool that starts
 * the next poll as soon as one ends (not in batches that wait for their slowest). The baseline list calls use the
 * same concurrency. A poll of a PagHiper integration is four list calls (one page each of boleto and PIX, by creation
 * and by payment date); its queries: the integration, one statement that takes the lease, opens the run and reads
 * the cursors, one credential read, one transaction per page with records (a page without writes nothing), and
 * one statement that closes the run, stores the cursors, releases the lease and records the outcome; plus the
 * queue's fetch (shared by the polls fetched together) and completion.
 */
const POLL_CONCURRENCY = 20;
/** Far enough ahead that no schedule comes due until the benchmark makes it so. */
const FAR_FUTURE = new Date('2999-01-01T00:00:00Z');

const rate = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);
const ratioOf = (value: number, baseline: number) => (baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` over `items` with at most `concurrency` at a time. */
async function eachLimited<T>(items: T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index]!, index);
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Change detection against a plain insert

/** A normalised PagHiper payment as the connector makes them; `paid` moves it to paid (the "all changed" pass). */
function payment(index: number, paid: boolean): NormalisedRecord {
  const externalId = `BENCH${index.toString(36).toUpperCase().padStart(11, '0')}`;
  const data: Payment = {
    provider: 'paghiper',
    externalId,
    method: index % 3 === 0 ? 'pix' : 'boleto',
    orderId: `order-${index}`,
    status: paid ? 'paid' : 'pending',
    amountCents: 1_000 + (index % 9_000),
    paidAmountCents: paid ? 1_000 + (index % 9_000) : null,
    feeCents: paid ? 299 : null,
    currency: 'BRL',
    dueDate: '2025-07-10',
    createdAt: '2025-07-01T10:15:00-03:00',
    paidAt: paid ? '2025-07-02T09:00:00-03:00' : null,
    payer: { name: `Pagador ${index}`, email: `pagador${index}@example.com.br`, document: String(10_000_000_000 + index).slice(0, 11), phone: null },
    boletoUrl: null,
    digitableLine: null,
    pixCode: null,
    pixUrl: null,
  };
  return { model: 'payment', externalId, data };
}

function batchesOf<T>(items: T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) batches.push(items.slice(start, start + BATCH_SIZE));
  return batches;
}

async function measureChangeDetection(server: BenchPonte, options: BenchOptions) {
  const { database } = server.ponte;
  const account = await server.ponte.accounts.createAccount(cliActor, { name: 'Bench change detection' });
  const ref = (id: string) => ({ id, accountId: account.id, environment: 'sandbox' as const });
  const pending = Array.from({ length: RECORDS_PER_PASS }, (_, index) => payment(index, false));
  const paid = Array.from({ length: RECORDS_PER_PASS }, (_, index) => payment(index, true));

  // The plain insert's rows are made (hash included) before the clock starts: it measures the database alone.
  const plainRows = pending.map((record) => ({ record, hash: contentHash(record.data) }));
  const plainInsert = async (integrationId: string, rows: typeof plainRows) => {
    const now = new Date().toISOString();
    await database.transaction(async (tx) => {
      await tx.db.execute(sql`
        insert into bench_plain_records
          (integration_id, account_id, model, external_id, hash, status, data, first_seen_at, last_seen_at, updated_at)
        values ${sql.join(
          rows.map(
            ({ record, hash }) =>
              sql`(${integrationId}, ${account.id}, ${record.model}, ${record.externalId}, ${hash}, ${(record.data as Payment).status}, ${JSON.stringify(record.data)}::jsonb, ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz)`,
          ),
          sql`, `,
        )}`);
    });
  };
  const detect = (integrationId: string, batch: NormalisedRecord[]) =>
    database.transaction(async (tx) => (await applyRecords(tx.db, ref(integrationId), batch, new Date())).counts);

  await database.pool.query('drop table if exists bench_plain_records');
  await database.pool.query('create table bench_plain_records (like records including all)');
  try {
    progress(options, 'sync: warming up change detection and the plain insert…');
    for (const batch of batchesOf(pending.slice(0, 2 * BATCH_SIZE))) await detect('integration_bench_warmup', batch);
    for (const batch of batchesOf(plainRows.slice(0, 2 * BATCH_SIZE))) await plainInsert('integration_bench_warmup', batch);
    await database.pool.query('truncate bench_plain_records');

    const timed = async (work: () => Promise<void>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    progress(options, `sync: plain insert of ${RECORDS_PER_PASS} rows in batches of ${BATCH_SIZE}…`);
    const plainMs = await timed(async () => {
      for (const batch of batchesOf(plainRows)) await plainInsert('integration_bench_cd', batch);
    });

    const passes = { new: pending, unchanged: pending, changed: paid };
    const expected = { new: 'added', unchanged: 'unchanged', changed: 'updated' } as const;
    const results: Record<string, { recordsPerSecond: number; ms: number }> = {};
    const problems: string[] = [];
    for (const [name, list] of Object.entries(passes) as [keyof typeof passes, NormalisedRecord[]][]) {
      progress(options, `sync: change detection, ${name} pass of ${RECORDS_PER_PASS} records…`);
      let counted = 0;
      const ms = await timed(async () => {
        for (const batch of batchesOf(list)) counted += (await detect('integration_bench_cd', batch))[expected[name]];
      });
      if (counted !== list.length) problems.push(`change detection ${name} pass: ${counted} of ${list.length} records were ${expected[name]}`);
      results[name] = { recordsPerSecond: rate(list.length, ms), ms: Math.round(ms) };
    }
    const plainPerSecond = rate(RECORDS_PER_PASS, plainMs);
    return {
      report: {
        recordsPerPass: RECORDS_PER_PASS,
        batchSize: BATCH_SIZE,
        plainInsertRecordsPerSecond: plainPerSecond,
        newRecordsPerSecond: results.new!.recordsPerSecond,
        unchangedRecordsPerSecond: results.unchanged!.recordsPerSecond,
        changedRecordsPerSecond: results.changed!.recordsPerSecond,
        ratios: {
          newToPlainInsert: ratioOf(results.new!.recordsPerSecond, plainPerSecond),
          unchangedToPlainInsert: ratioOf(results.unchanged!.recordsPerSecond, plainPerSecond),
          changedToPlainInsert: ratioOf(results.changed!.recordsPerSecond, plainPerSecond),
        },
      },
      problems,
    };
  } finally {
    await database.pool.query('drop table if exists bench_plain_records');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Polling 10,000 integrations

interface Merchant {
  apiKey: string;
  token: string;
}

async function createMerchants(sandboxAddress: string, count: number): Promise<Merchant[]> {
  const merchants: Merchant[] = new Array<Merchant>(count);
  await eachLimited(merchants, SETUP_CONCURRENCY, async (_, index) => {
    const response = await fetch(`${sandboxAddress}/_control/credentials`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (response.status !== 201) throw new Error(`The PagHiper sandbox answered ${response.status} to POST /_control/credentials`);
    const { apiKey, token } = (await response.json()) as Merchant;
    merchants[index] = { apiKey, token };
  });
  return merchants;
}

/**
 * Active integrations without the provider round trip of IntegrationsService.create (which verifies each one with
 * the sandbox and queues a backfill job). Row by row through vault.store, IntegrationStore.insert and upsertSchedule
 * took about 31 s for 10,000 on PGlite, so the same rows go in as multi-row inserts into the modules' own tables, 500
 * per transaction: a credential sealed by the keyring (as the vault seals it), the integration, its schedule.
 * Schedules start far in the future: nothing polls until the benchmark makes them due.
 */
async function createIntegrations(server: BenchPonte, merchants: Merchant[], count: number): Promise<{ ids: string[]; merchantOf: Merchant[] }> {
  const { ponte } = server;
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Bench polling' });
  const manifest = manifestFor('paghiper');
  const config = parseFields(manifest.config, {}, 'config') as Record<string, unknown>;
  const ids: string[] = [];
  const merchantOf: Merchant[] = [];
  for (let start = 0; start < count; start += CREATION_BATCH) {
    const now = ponte.clock.now();
    const batch = Array.from({ length: Math.min(CREATION_BATCH, count - start) }, (_, offset) => {
      const merchant = merchants[(start + offset) % merchants.length]!;
      const plaintext = JSON.stringify({ apiKey: merchant.apiKey, token: merchant.token });
      const credentialId = newId('credential');
      return { id: newId('integration'), merchant, credentialId, plaintext };
    });
    await ponte.database.transaction(async ({ db }) => {
      await db.insert(credentials).values(
        batch.map(({ credentialId, plaintext }) => ({
          id: credentialId,
          accountId: account.id,
          kind: 'connector:paghiper',
          ...ponte.keyring.seal(plaintext, credentialId),
          fingerprint: ponte.keyring.fingerprint(plaintext),
          lastVerifiedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      );
      await db.insert(integrations).values(
        batch.map(({ id, credentialId }) => ({ id, accountId: account.id, connector: 'paghiper', environment: 'sandbox' as const, state: 'active' as const, config, credentialId, createdAt: now, updatedAt: now })),
      );
      await db
        .insert(syncSchedules)
        .values(batch.map(({ id }) => ({ integrationId: id, enabled: true, intervalMinutes: manifest.defaultSyncIntervalMinutes, nextSyncAt: FAR_FUTURE })));
    });
    for (const { id, merchant } of batch) {
      ids.push(id);
      merchantOf.push(merchant);
    }
  }
  return { ids, merchantOf };
}

/** Bare `POST /transaction/list/` calls at POLL_CONCURRENCY for `seconds`: what a poll's provider calls cost alone. */
async function listCallsPerSecond(sandboxAddress: string, merchants: Merchant[], seconds: number): Promise<{ perSecond: number; failures: number }> {
  const today = paghiperDay(new Date());
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  let failures = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: POLL_CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const merchant = merchants[next++ % merchants.length]!;
        const response = await fetch(`${sandboxAddress}/transaction/list/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-charset': 'UTF-8' },
          body: JSON.stringify({ apiKey: merchant.apiKey, token: merchant.token, filter_date: 'create_date', initial_date: today, final_date: today, limit: 100, page: 1 }),
        });
        const body = (await response.json()) as { transaction_list_request?: { result?: string } };
        if (!response.ok || body.transaction_list_request?.result !== 'success') failures++;
        done++;
      }
    }),
  );
  return { perSecond: rate(done, performance.now() - started), failures };
}

async function pollRunsFinished(server: BenchPonte, from: Date, to: Date): Promise<{ succeeded: number; other: number }> {
  const { rows } = await server.ponte.database.pool.query<{ status: string; n: number }>(
    `select status, count(*)::int as n from sync_runs where kind = 'poll' and finished_at >= $1 and finished_at < $2 group by status`,
    [from, to],
  );
  const succeeded = rows.find((row) => row.status === 'succeeded')?.n ?? 0;
  return { succeeded, other: rows.reduce((sum, row) => sum + row.n, 0) - succeeded };
}

async function measurePolling(server: BenchPonte, sandboxAddress: string, options: BenchOptions) {
  const problems: string[] = [];
  const { pool } = server.ponte.database;
  progress(options, `sync: creating ${MERCHANTS} PagHiper merchants in the sandbox…`);
  let started = performance.now();
  const merchants = await createMerchants(sandboxAddress, MERCHANTS);
  const merchantsMs = performance.now() - started;
  progress(options, `sync: creating ${INTEGRATIONS} active integrations…`);
  started = performance.now();
  const { ids, merchantOf } = await createIntegrations(server, merchants, INTEGRATIONS);
  const creationMs = performance.now() - started;

  progress(options, `sync: baseline, bare sandbox list calls (${options.durationSeconds} s, ${POLL_CONCURRENCY} at a time)…`);
  await listCallsPerSecond(sandboxAddress, merchants, WARM_UP_SECONDS);
  const baseline = await listCallsPerSecond(sandboxAddress, merchants, options.durationSeconds);
  if (baseline.failures > 0) problems.push(`bare list calls: ${baseline.failures} did not succeed`);

  progress(options, `sync: making all ${ids.length} integrations due; warming up ${WARM_UP_SECONDS} s, measuring polls ${options.durationSeconds} s…`);
  await pool.query('update sync_schedules set next_sync_at = now() - interval \'1 second\' where enabled');
  await sleep(WARM_UP_SECONDS * 1000);
  const from = new Date();
  await sleep(options.durationSeconds * 1000);
  const to = new Date();
  const runs = await pollRunsFinished(server, from, to);
  const pollsPerSecond = Math.round((runs.succeeded * 1000) / (to.getTime() - from.getTime()) * 10) / 10;
  if (runs.succeeded === 0) problems.push('polling: no poll finished during the measurement');
  if (runs.other > 0) problems.push(`polling: ${runs.other} polls did not succeed`);

  // Stop polling before the callback measurement: no schedule comes due again, and queued polls are dropped.
  progress(options, 'sync: stopping the polls…');
  await pool.query('update sync_schedules set enabled = false');
  await server.ponte.sync.stop();
  await pool.query(`delete from pgboss.job where name = 'sync.poll' and state in ('created', 'retry')`);
  for (let waited = 0; waited < 20; waited++) {
    const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from pgboss.job where name = 'sync.poll' and state = 'active'`);
    if ((rows[0]?.n ?? 0) === 0) break;
    await sleep(500);
  }

  return {
    report: {
      integrations: ids.length,
      creation: {
        method: 'multi-row inserts of credential, integration and schedule rows, 500 per transaction, no provider verification',
        sandboxMerchants: merchants.length,
        sandboxMerchantsSeconds: Math.round(merchantsMs / 100) / 10,
        integrationsSeconds: Math.round(creationMs / 100) / 10,
      },
      pollConcurrency: POLL_CONCURRENCY,
      listCallsPerPoll: 4,
      pollsPerSecond,
      polledDuringMeasurement: runs.succeeded,
      baselineListCallsPerSecond: baseline.perSecond,
      ratio: ratioOf(pollsPerSecond, baseline.perSecond),
    },
    firstIntegration: { id: ids[0]!, merchant: merchantOf[0]! },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Callbacks

async function measureCallbacks(server: BenchPonte, load: LoadClient, integration: { id: string; merchant: Merchant }, options: BenchOptions) {
  const problems: string[] = [];
  const path = server.ponte.sync.callbacks.urlPath(integration.id);
  // PagHiper's notification POST; autocannon puts a fresh id in place of each [<id>], so no body repeats.
  const transactionId = 'HF97T5SH2ZQNLF6Z';
  const body = (notificationId: string) =>
    `apiKey=${integration.merchant.apiKey}&transaction_id=${transactionId}&notification_id=${notificationId}` +
    `&notification_date=2025-07-02+09%3A00%3A00&idTransacao=${transactionId}&source_api=https%3A%2F%2Fapi.paghiper.com`;
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };

  const check = await fetch(`${server.address}${path}`, { method: 'POST', headers, body: body(`CHECK${Date.now()}`) });
  const answer = await check.text();
  if (check.status !== 200 || !answer.includes('"duplicate":false')) throw new Error(`POST ${path} answered ${check.status} before the load: ${answer.slice(0, 300)}`);

  const bare: LoadTarget = { url: `${server.address}/healthz`, connections: options.connections, durationSeconds: options.durationSeconds };
  const hook: LoadTarget = { ...bare, url: `${server.address}${path}`, method: 'POST', headers, body: body('[<id>]'), idReplacement: true };
  const count = async () =>
    (await server.ponte.database.pool.query<{ n: number }>('select count(*)::int as n from callback_deliveries where integration_id = $1', [integration.id])).rows[0]?.n ?? 0;

  progress(options, `sync: warming up GET /healthz and POST /hooks (${WARM_UP_SECONDS} s each)…`);
  await load.run({ ...bare, durationSeconds: WARM_UP_SECONDS });
  await load.run({ ...hook, durationSeconds: WARM_UP_SECONDS });
  progress(options, `sync: measuring GET /healthz (${options.durationSeconds} s, ${options.connections} connections)…`);
  const bareStats = await load.run(bare);
  progress(options, `sync: measuring POST /hooks (${options.durationSeconds} s, ${options.connections} connections)…`);
  const before = await count();
  const batchesBefore = server.ponte.sync.callbacks.storeStats;
  const hookStats = await load.run(hook);
  const stored = (await count()) - before;
  const batchesAfter = server.ponte.sync.callbacks.storeStats;
  const transactions = batchesAfter.batches - batchesBefore.batches;

  for (const [label, stats] of [['GET /healthz', bareStats], ['POST /hooks', hookStats]] as [string, LoadStats][]) {
    if (stats.non2xx > 0) problems.push(`${label}: ${stats.non2xx} responses were not 2xx`);
    if (stats.errors > 0) problems.push(`${label}: ${stats.errors} connection errors or timeouts`);
    if (stats.requestsPerSecond === 0) problems.push(`${label}: no request was answered`);
  }
  const acknowledged = hookStats.total - hookStats.non2xx;
  if (stored < acknowledged) problems.push(`callbacks: ${acknowledged} acknowledged but only ${stored} stored`);

  const callbacksPerSecond = Math.round(hookStats.requestsPerSecond);
  const bareRequestsPerSecond = Math.round(bareStats.requestsPerSecond);
  return {
    report: {
      callbacksPerSecond,
      callbacksP99Ms: hookStats.p99Ms,
      storedDuringMeasurement: stored,
      // Group commit: callbacks stored per transaction on average during the measurement.
      callbacksPerTransaction: transactions > 0 ? Math.round(((batchesAfter.items - batchesBefore.items) / transactions) * 10) / 10 : 0,
      bareRequestsPerSecond,
      bareP99Ms: bareStats.p99Ms,
      ratio: ratioOf(callbacksPerSecond, bareRequestsPerSecond),
    },
    problems,
  };
}

/**
 * `BENCH_SYNC_ONLY=callbacks`: the callback measurement alone, on one integration of its own (no 10,000-integration
 * polling run before it), for quick before/after comparisons of the callback path.
 */
async function runCallbacksOnly(server: BenchPonte, load: LoadClient, sandboxAddress: string, options: BenchOptions): Promise<BenchResult> {
  const merchants = await createMerchants(sandboxAddress, 1);
  const { ids } = await createIntegrations(server, merchants, 1);
  const callbacks = await measureCallbacks(server, load, { id: ids[0]!, merchant: merchants[0]! }, options);
  const report = { benchmark: 'sync', only: 'callbacks', engine: server.engine, durationSeconds: options.durationSeconds, callbacks: callbacks.report };
  const table = [
    `sync (callbacks only) on ${server.engine}, ${options.durationSeconds} s per measurement`,
    formatTable([
      ['measurement', 'per second', 'baseline/s', 'ratio'],
      ['callbacks vs GET /healthz', callbacks.report.callbacksPerSecond, callbacks.report.bareRequestsPerSecond, callbacks.report.ratio],
    ]),
  ].join('\n');
  return { report, table, problems: callbacks.problems };
}

// ---------------------------------------------------------------------------------------------------------------

export async function run(options: BenchOptions): Promise<BenchResult> {
  progress(options, 'sync: starting the PagHiper sandbox and Ponte on a throw-away database…');
  // One charge a day over one day per merchant: a poll is four list calls with a record or two.
  const sandbox: FastifyInstance = await buildPaghiperSandbox({ chargesPerDay: 1, historyDays: 1 });
  const sandboxAddress = await sandbox.listen({ host: '127.0.0.1', port: 0 });
  const load = LoadClient.start();
  let server: BenchPonte | undefined;
  try {
    server = await startBenchPonte({ sandboxUrls: { paghiper: sandboxAddress } });
    if (process.env.BENCH_SYNC_ONLY === 'callbacks') return await runCallbacksOnly(server, load, sandboxAddress, options);
    const changeDetection = await measureChangeDetection(server, options);
    const backfill = await measureBackfill(server, sandboxAddress, options);
    const polling = await measurePolling(server, sandboxAddress, options);
    const callbacks = await measureCallbacks(server, load, polling.firstIntegration, options);

    const report = {
      benchmark: 'sync',
      engine: server.engine,
      durationSeconds: options.durationSeconds,
      changeDetection: changeDetection.report,
      backfill: backfill.report,
      polling: polling.report,
      callbacks: callbacks.report,
    };
    const cd = changeDetection.report;
    const table = [
      `sync on ${server.engine}, ${options.durationSeconds} s per measurement`,
      formatTable([
        ['measurement', 'per second', 'baseline/s', 'ratio'],
        ['change detection, all new', cd.newRecordsPerSecond, cd.plainInsertRecordsPerSecond, cd.ratios.newToPlainInsert],
        ['change detection, all unchanged', cd.unchangedRecordsPerSecond, cd.plainInsertRecordsPerSecond, cd.ratios.unchangedToPlainInsert],
        ['change detection, all changed', cd.changedRecordsPerSecond, cd.plainInsertRecordsPerSecond, cd.ratios.changedToPlainInsert],
        ...backfillRows(backfill.report),
        [`polls (${polling.report.integrations} integrations) vs list calls`, polling.report.pollsPerSecond, polling.report.baselineListCallsPerSecond, polling.report.ratio],
        ['callbacks vs GET /healthz', callbacks.report.callbacksPerSecond, callbacks.report.bareRequestsPerSecond, callbacks.report.ratio],
      ]),
      `integrations created in ${polling.report.creation.integrationsSeconds} s (sandbox merchants in ${polling.report.creation.sandboxMerchantsSeconds} s)`,
    ].join('\n');
    return { report, table, problems: [...changeDetection.problems, ...backfill.problems, ...polling.problems, ...callbacks.problems] };
  } finally {
    progress(options, 'sync: closing Ponte and the sandbox…');
    await load.close();
    await server?.dispose();
    await sandbox.close();
  }
}
