// Benchmark dispatcher: `npm run bench -- <name> [--json] [--duration <seconds>] [--connections <n>]`.
import { parseArgs } from 'node:util';
import { checkGoals } from './goals.ts';
import { formatTable, type BenchmarkModule, type BenchOptions } from './support/benchmark.ts';

/** Every benchmark: its name, what it measures, and its module (loaded only when it runs). One line each. */
const BENCHMARKS: Record<string, { summary: string; durationSeconds?: number; load: () => Promise<BenchmarkModule> }> = {
  http: { summary: 'req/s of an authenticated GET /v1/accounts against a bare GET /healthz', load: () => import('./http.ts') },
  sync: { summary: 'change detection vs plain insert, backfill steps/s with and without faults vs list calls, polls/s over 10,000 integrations, callbacks/s vs bare route', load: () => import('./sync.ts') },
  backfill: { summary: "the sync benchmark's backfill measurement alone", load: () => import('./sync-backfill.ts') },
  startup: { summary: 'CLI --version/--help vs bare node, ponte start to /healthz (new and existing folder) vs opening the embedded database', load: () => import('./startup.ts') },
  notifications: { summary: 'webhooks delivered/s vs bare signed POSTs, events dispatched/s vs appended, buyer WhatsApp notifications/s (and p99) vs bare sends to the sandbox', durationSeconds: 5, load: () => import('./notifications.ts') },
  activation: { summary: "p50 latency of activating PagHiper's notification catalog vs one template and one rule, under 11 busy clients (8 rounds per 10 s of --duration)", load: () => import('./catalog-activation.ts') },
};

/** What `all` runs: every benchmark once (backfill is a part of sync). */
const ALL = ['http', 'sync', 'notifications', 'activation', 'startup'];

const USAGE = `Usage: npm run bench -- <benchmark> [--json] [--duration <seconds>] [--connections <n>]

Benchmarks:
${Object.entries(BENCHMARKS)
  .map(([name, { summary }]) => `  ${name.padEnd(14)} ${summary}`)
  .join('\n')}
  ${'all'.padEnd(14)} ${ALL.join(', ')} one after the other; --json prints one document with every report

Options:
  --json               print one JSON object on stdout instead of a table
  --duration <s>       seconds of measured load per target (default 10; notifications 5)
  --connections <n>    concurrent connections (default 50)
  -h, --help           this help

Set BENCH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run on a throw-away PostgreSQL
database instead of an embedded PGlite.`;

class UsageError extends Error {}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

type ParsedOptions = Omit<BenchOptions, 'durationSeconds'> & { durationSeconds: number | undefined };

function parse(argv: string[]): { help: true } | { help: false; name: string; options: ParsedOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        duration: { type: 'string' },
        connections: { type: 'string', default: '50' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [name, ...extra] = positionals;
  if (!name) throw new UsageError('Name a benchmark');
  if (name !== 'all' && !Object.hasOwn(BENCHMARKS, name)) {
    throw new UsageError(`Unknown benchmark "${name}"; known: ${[...Object.keys(BENCHMARKS), 'all'].join(', ')}`);
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument${extra.length > 1 ? 's' : ''}: ${extra.join(' ')}`);
  return {
    help: false,
    name,
    options: {
      json: values.json,
      durationSeconds: values.duration === undefined ? undefined : wholeNumber('duration', values.duration, 1, 3600),
      connections: wholeNumber('connections', values.connections, 1, 1000),
    },
  };
}

async function main(): Promise<number> {
  let command;
  try {
    command = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const names = command.name === 'all' ? ALL : [command.name];
  const reports: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of names) {
    const { load, durationSeconds = 10 } = BENCHMARKS[name]!;
    const result = await (await load()).run({ ...command.options, durationSeconds: command.options.durationSeconds ?? durationSeconds });
    reports[name] = result.report;
    problems.push(...result.problems.map((problem) => (names.length > 1 ? `${name}: ${problem}` : problem)));
    if (!command.options.json) process.stdout.write(`${result.table}\n${names.length > 1 ? '\n' : ''}`);
  }
  const engine = process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite';
  const goals = names.length > 1 ? checkGoals(engine, reports) : [];
  if (command.options.json) {
    const document = names.length > 1 ? { benchmark: 'all', engine, at: new Date().toISOString(), goals, reports } : reports[names[0]!];
    process.stdout.write(`${JSON.stringify(document)}\n`);
  } else if (goals.length > 0) {
    const shown = (met: boolean | null) => (met === null ? 'no figure' : met ? 'met' : 'missed');
    process.stdout.write(`goals on ${engine}\n${formatTable([['figure', 'goal', 'this run', ''], ...goals.map((goal) => [goal.figure, goal.goal, goal.value ?? '–', shown(goal.met)])])}\n`);
  }
  if (problems.length === 0) return 0;
  process.stderr.write(`bench: this run is not valid:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`);
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}

// Everything is closed by now, so the process should end by itself; if a forgotten handle keeps it up, say so and go.
setTimeout(() => {
  process.stderr.write('bench: something still held the event loop 5 s after the end; exiting anyway\n');
  process.exit();
}, 5_000).unref();
