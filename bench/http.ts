// Requests per second of authenticated API reads against a bare route of the same server, in the same run:
// GET /v1/auth/me reads nothing (its ratio is what authentication and the request log cost), GET /v1/accounts/{id}
// reads one row, GET /v1/accounts a page of them.
import { formatTable, progress, type BenchOptions, type BenchResult } from './support/benchmark.ts';
import { startBenchPonte } from './support/bench-ponte.ts';
import { LoadClient } from './support/load-client.ts';
import type { LoadStats, LoadTarget } from './support/load-protocol.ts';
import { cliActor } from '../src/platform/actor.ts';

const WARM_UP_SECONDS = 2;
const SEEDED_ACCOUNTS = 5;

interface Target {
  label: string;
  path: string;
  headers?: Record<string, string>;
}

interface TargetReport {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** One request by hand before the load: a wrong setup fails here with its status and body, not as 100% non-2xx. */
async function checkAnswers(address: string, target: Target): Promise<void> {
  const response = await fetch(`${address}${target.path}`, { headers: target.headers ?? {} });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`GET ${target.path} answered ${response.status} before the load: ${body.slice(0, 300)}`);
  }
}

const toReport = (stats: LoadStats): TargetReport => ({
  requestsPerSecond: Math.round(stats.requestsPerSecond),
  p99Ms: stats.p99Ms,
  non2xx: stats.non2xx,
  errors: stats.errors,
});

export async function run(options: BenchOptions): Promise<BenchResult> {
  const load = LoadClient.start();
  progress(options, 'http: starting Ponte on a throw-away database…');
  const server = await startBenchPonte().catch(async (error: unknown) => {
    await load.close();
    throw error;
  });
  try {
    for (let index = 1; index <= SEEDED_ACCOUNTS; index++) {
      await server.ponte.accounts.createAccount(cliActor, { name: `Bench account ${index}` });
    }
    const token = await server.adminToken();
    const [account] = await server.ponte.accounts.listAccounts(cliActor);
    const authorization = { authorization: `Bearer ${token}` };
    const bare: Target = { label: 'bare GET /healthz', path: '/healthz' };
    const authenticated: Target[] = [
      { label: 'authenticated GET /v1/auth/me', path: '/v1/auth/me', headers: authorization },
      { label: 'authenticated GET /v1/accounts/{id}', path: `/v1/accounts/${account!.id}`, headers: authorization },
      { label: 'authenticated GET /v1/accounts', path: '/v1/accounts', headers: authorization },
    ];
    const targets = [bare, ...authenticated];
    const loadOf = (target: Target, durationSeconds: number): LoadTarget => ({
      url: `${server.address}${target.path}`,
      headers: target.headers ?? {},
      connections: options.connections,
      durationSeconds,
    });

    for (const target of targets) {
      await checkAnswers(server.address, target);
      progress(options, `http: warming up ${target.label} (${WARM_UP_SECONDS} s)…`);
      await load.run(loadOf(target, WARM_UP_SECONDS));
    }
    const measured: LoadStats[] = [];
    for (const target of targets) {
      progress(options, `http: measuring ${target.label} (${options.durationSeconds} s, ${options.connections} connections)…`);
      measured.push(await load.run(loadOf(target, options.durationSeconds)));
    }

    const [bareStats, ...authenticatedStats] = measured.map(toReport) as [TargetReport, ...TargetReport[]];
    const ratioOf = (stats: TargetReport) => (bareStats.requestsPerSecond > 0 ? Math.round((stats.requestsPerSecond / bareStats.requestsPerSecond) * 1000) / 1000 : 0);
    const [me, oneAccount, accountList] = authenticatedStats as [TargetReport, TargetReport, TargetReport];
    const report = {
      benchmark: 'http',
      engine: server.engine,
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      bare: bareStats,
      me,
      oneAccount,
      accountList,
      /** Goal ≥ 0.8 on both engines. */
      meRatio: ratioOf(me),
      /** Goal ≥ 0.4 on PostgreSQL, ≥ 0.15 on PGlite. */
      oneAccountRatio: ratioOf(oneAccount),
      accountListRatio: ratioOf(accountList),
    };

    const rows = targets.map((target, index) => [target, index === 0 ? bareStats : authenticatedStats[index - 1]!] as const);
    const problems: string[] = [];
    for (const [target, stats] of rows) {
      if (stats.non2xx > 0) problems.push(`${target.label}: ${stats.non2xx} responses were not 2xx`);
      if (stats.errors > 0) problems.push(`${target.label}: ${stats.errors} connection errors or timeouts`);
      if (stats.requestsPerSecond === 0) problems.push(`${target.label}: no request was answered`);
    }

    const table = [
      `http on ${server.engine}, ${options.connections} connections, ${options.durationSeconds} s per target`,
      formatTable([
        ['target', 'req/s', 'p99 ms', 'non-2xx', 'errors'],
        ...rows.map(([target, stats]) => [target.label, stats.requestsPerSecond.toLocaleString('en-US'), stats.p99Ms, stats.non2xx, stats.errors]),
      ]),
      `ratios to bare: /v1/auth/me ${report.meRatio}, /v1/accounts/{id} ${report.oneAccountRatio}, /v1/accounts ${report.accountListRatio}`,
    ].join('\n');
    return { report, table, problems };
  } finally {
    progress(options, 'http: closing Ponte…');
    await load.close();
    await server.dispose();
  }
}
