// Backfill speed: a 6-month PagHiper backfill of a busy store, as the queue runs it, in steps (pages) per second,
// without faults and with transient 5xx injected by the sandbox, against a baseline measured in the same run: the
// same list calls made one after another with nothing else (a backfill step is one such call and one transaction).
import type { FastifyInstance } from 'fastify';
import { paghiperDay } from '../src/connectors/paghiper/mapping.ts';
import { buildPaghiperSandbox } from '../src/connectors/paghiper/sandbox/app.ts';
import { backfillStart } from '../src/modules/sync/backfill.ts';
import { formatTable, progress, type BenchOptions, type BenchResult } from './support/benchmark.ts';
import { startBenchPonte, type BenchPonte } from './support/bench-ponte.ts';
import { cliActor } from '../src/platform/actor.ts';

const RETROACTIVE_MONTHS = 6;
/** About 18,000 charges in the window: some 185 pages of 100, the size of the backfill the issue timed. */
const CHARGES_PER_DAY = 100;
const HISTORY_DAYS = 200;
/** Share of provider requests answered 503 during the faulted backfill. */
const FAULT_RATE = 0.04;
/** A backfill not finished by then makes the run invalid. */
const BACKFILL_BOUND_MS = 15 * 60_000;

const admin = { role: 'admin' as const, userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' as const };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const perSecond = (count: number, ms: number) => (ms > 0 ? Math.round((count * 10_000) / ms) / 10 : 0);
const ratioOf = (value: number, baseline: number) => (baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : 0);

interface Merchant {
  apiKey: string;
  token: string;
}

async function sandboxCall(address: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${address}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok && !path.endsWith('/list/')) throw new Error(`The PagHiper sandbox answered ${response.status} to ${method} ${path}`);
  return (await response.json()) as Record<string, unknown>;
}

async function busyMerchant(address: string): Promise<Merchant> {
  const created = await sandboxCall(address, 'POST', '/_control/credentials', { charges_per_day: CHARGES_PER_DAY, history_days: HISTORY_DAYS });
  return { apiKey: String(created.apiKey), token: String(created.token) };
}

/** The backfill's own list calls, made bare: every page of the window, boleto then PIX, one call at a time. */
async function bareWindowWalk(address: string, merchant: Merchant, from: string, to: string): Promise<{ calls: number; ms: number; failures: number }> {
  let calls = 0;
  let failures = 0;
  const started = performance.now();
  for (const path of ['/transaction/list/', '/invoice/list/']) {
    for (let page = 1; ; page++) {
      const body = { ...merchant, filter_date: 'create_date', initial_date: from, final_date: to, limit: 100, page };
      const list = (await sandboxCall(address, 'POST', path, body)).transaction_list_request as { result?: string; current_page: number; total_page: number } | undefined;
      calls += 1;
      if (list?.result !== 'success') {
        failures += 1;
        break;
      }
      if (list.current_page >= list.total_page) break;
    }
  }
  return { calls, ms: performance.now() - started, failures };
}

interface BackfillTiming {
  /** False when it failed or ran out of time: the figures are then what it had done by then. */
  finished: boolean;
  steps: number;
  records: number;
  seconds: number;
  stepsPerSecond: number;
  /** Provider requests the sandbox answered with a 5xx during the backfill. */
  faultsInjected: number;
}

/** Waits for the backfill to succeed; why it did not, otherwise. */
async function backfillEnd(server: BenchPonte, integrationId: string): Promise<string | null> {
  const deadline = Date.now() + BACKFILL_BOUND_MS;
  for (;;) {
    const state = await server.ponte.sync.backfill(integrationId);
    if (state?.status === 'succeeded') return null;
    if (state?.status === 'failed') return `failed: ${state.error}`;
    if (Date.now() > deadline) return `did not finish within ${BACKFILL_BOUND_MS / 60_000} minutes`;
    await sleep(200);
  }
}

/**
 * One backfill through the real path: the integration is created (verified with the sandbox, its backfill queued) and
 * runs on the queue's workers. Its time is the backfill row's own, from activation to the commit of its last step.
 */
async function timeBackfill(server: BenchPonte, address: string, merchant: Merchant, faultRate: number): Promise<{ timing: BackfillTiming; problem: string | null }> {
  const { ponte } = server;
  const label = `backfill ${faultRate > 0 ? 'with' : 'without'} faults`;
  const account = await ponte.accounts.createAccount(cliActor, { name: `Bench ${label}` });
  await sandboxCall(address, 'DELETE', '/_control/requests');
  const row = await ponte.onboarding.request(admin, {
    accountId: account.id,
    connector: 'paghiper',
    environment: 'sandbox',
    config: { retroactiveMonths: RETROACTIVE_MONTHS },
    credentials: { ...merchant },
  });
  // Faults start once the credentials are verified (a 503 there would refuse the integration, not test the backfill).
  if (faultRate > 0) await sandboxCall(address, 'PUT', '/_control/faults', { serverErrorRate: faultRate });
  let problem: string | null;
  try {
    problem = await backfillEnd(server, row.id);
  } finally {
    await sandboxCall(address, 'DELETE', '/_control/faults');
    // Nothing of this integration may run during the later measurements: no poll, and no backfill still going.
    await ponte.integrations.pause(admin, row.id);
  }
  const { rows } = await ponte.database.pool.query<{ steps: number; records: number; ms: number }>(
    `select steps_done as steps, records, extract(epoch from (coalesce(finished_at, now()) - started_at)) * 1000 as ms from backfills where integration_id = $1`,
    [row.id],
  );
  const { steps, records, ms } = rows[0]!;
  const { log } = (await sandboxCall(address, 'GET', '/_control/requests')) as { log: { status: number }[] };
  const timing: BackfillTiming = {
    finished: problem === null,
    steps,
    records,
    seconds: Math.round(Number(ms) / 100) / 10,
    stepsPerSecond: perSecond(steps, Number(ms)),
    faultsInjected: log.filter((request) => request.status >= 500).length,
  };
  return { timing, problem: problem && `${label} ${problem} (${steps} steps done in ${timing.seconds} s)` };
}

/** The three measurements, on a running Ponte whose PagHiper sandbox is at `address`. */
export async function measureBackfill(server: BenchPonte, address: string, options: BenchOptions) {
  const problems: string[] = [];
  progress(options, `sync: creating two PagHiper stores of ${CHARGES_PER_DAY} charges a day over ${HISTORY_DAYS} days…`);
  const [plain, faulted] = [await busyMerchant(address), await busyMerchant(address)];
  // The window the backfill will read (activation is moments away, on the same São Paulo day).
  const today = new Date();
  const [from, to] = [paghiperDay(backfillStart(today, RETROACTIVE_MONTHS)), paghiperDay(today)];
  progress(options, 'sync: baseline, the window walked with bare list calls, one at a time…');
  await bareWindowWalk(address, plain, from, to);
  const bare = await bareWindowWalk(address, plain, from, to);
  if (bare.failures > 0) problems.push(`bare list calls: ${bare.failures} did not succeed`);
  const bareCallsPerSecond = perSecond(bare.calls, bare.ms);

  progress(options, `sync: a ${RETROACTIVE_MONTHS}-month backfill without faults…`);
  const clean = await timeBackfill(server, address, plain, 0);
  progress(options, `sync: a ${RETROACTIVE_MONTHS}-month backfill with ${FAULT_RATE * 100}% of provider requests answered 503…`);
  const withFaults = await timeBackfill(server, address, faulted, FAULT_RATE);
  for (const { problem } of [clean, withFaults]) if (problem) problems.push(problem);
  if (clean.timing.faultsInjected > 0) problems.push(`backfill without faults: ${clean.timing.faultsInjected} requests failed`);
  if (withFaults.timing.faultsInjected === 0) problems.push('backfill with faults: no fault was injected');

  return {
    report: {
      retroactiveMonths: RETROACTIVE_MONTHS,
      chargesPerDay: CHARGES_PER_DAY,
      faultRate: FAULT_RATE,
      withoutFaults: clean.timing,
      withFaults: withFaults.timing,
      baselineListCallsPerSecond: bareCallsPerSecond,
      baselineListCalls: bare.calls,
      ratios: {
        withoutFaultsToListCalls: ratioOf(clean.timing.stepsPerSecond, bareCallsPerSecond),
        withFaultsToListCalls: ratioOf(withFaults.timing.stepsPerSecond, bareCallsPerSecond),
        withFaultsToWithout: ratioOf(withFaults.timing.stepsPerSecond, clean.timing.stepsPerSecond),
      },
    },
    problems,
  };
}

export type BackfillReport = Awaited<ReturnType<typeof measureBackfill>>['report'];

/** The table rows the backfill measurement adds: steps/s against bare list calls/s, and faulted against clean. */
export function backfillRows(report: BackfillReport): (string | number)[][] {
  const { withoutFaults: clean, withFaults: faulted } = report;
  return [
    [`backfill ${report.retroactiveMonths} months, ${clean.steps} steps${clean.finished ? '' : ' (unfinished)'} (steps/s) vs list calls`, clean.stepsPerSecond, report.baselineListCallsPerSecond, report.ratios.withoutFaultsToListCalls],
    [`backfill with ${faulted.faultsInjected} injected 503s${faulted.finished ? '' : `, unfinished at ${faulted.steps} steps`} vs list calls`, faulted.stepsPerSecond, report.baselineListCallsPerSecond, report.ratios.withFaultsToListCalls],
    ['backfill with faults vs without', faulted.stepsPerSecond, clean.stepsPerSecond, report.ratios.withFaultsToWithout],
  ];
}

/** `npm run bench -- backfill`: the backfill measurement alone (the sync benchmark runs it too). */
export async function run(options: BenchOptions): Promise<BenchResult> {
  progress(options, 'backfill: starting the PagHiper sandbox and Ponte on a throw-away database…');
  const sandbox: FastifyInstance = await buildPaghiperSandbox({ chargesPerDay: 1, historyDays: 1 });
  const address = await sandbox.listen({ host: '127.0.0.1', port: 0 });
  let server: BenchPonte | undefined;
  try {
    server = await startBenchPonte({ sandboxUrls: { paghiper: address } });
    const backfill = await measureBackfill(server, address, options);
    const table = [
      `backfill on ${server.engine}`,
      formatTable([['measurement', 'per second', 'baseline/s', 'ratio'], ...backfillRows(backfill.report)]),
      `without faults ${backfill.report.withoutFaults.seconds} s, with faults ${backfill.report.withFaults.seconds} s`,
    ].join('\n');
    return { report: { benchmark: 'backfill', engine: server.engine, backfill: backfill.report }, table, problems: backfill.problems };
  } finally {
    await server?.dispose();
    await sandbox.close();
  }
}
