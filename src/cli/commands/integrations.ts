import { setTimeout as delay } from 'node:timers/promises';
import type { Command } from 'commander';
import type { IntegrationCommandContext } from '../context.ts';
import { CliError } from '../input.ts';
import type { Progress } from '../progress.ts';
import { cliActor } from '../../platform/actor.ts';

/** How often --follow reads where the backfill stands. */
const FOLLOW_INTERVAL_MS = 500;

type BackfillProgress = NonNullable<Awaited<ReturnType<IntegrationCommandContext['sync']['backfill']>>>;

interface FollowOutcome {
  backfill: BackfillProgress;
  /** Summed counts of the backfill's runs (each job of it is one run). */
  counts: { fetched: number; added: number; updated: number; unchanged: number; deleted: number };
  /** Why following stopped short of an end: no worker took the job, or the integration stopped being active. */
  stopped?: string;
}

function wholeNumber(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new CliError(`${flag}: must be a whole number, not ${value}`);
    return Number(value);
  };
}

/** The day of an instant in São Paulo, where Ponte's backfill windows start at midnight. */
const dayOf = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'America/Sao_Paulo' });

const percentOf = (done: number, total: number) => (total > 0 ? Math.floor((done * 100) / total) : 100);

/** Reads the backfill until it ends, or until it is clear that no worker is doing it; shows each change. */
async function follow(
  { sync, integrations }: IntegrationCommandContext,
  integrationId: string,
  jobId: string,
  progress: Progress,
  pickupTimeoutMs: number,
): Promise<FollowOutcome> {
  const pickupDeadline = Date.now() + pickupTimeoutMs;
  const failuresTold = new Set<string>();
  let pickedUp = false;
  for (;;) {
    const backfill = await sync.backfill(integrationId);
    if (!backfill) throw new Error(`The backfill of ${integrationId} is gone`);
    const runs = (await sync.runs(integrationId, 200)).filter((run) => run.kind === 'backfill' && run.startedAt >= backfill.startedAt);
    const counts = { fetched: 0, added: 0, updated: 0, unchanged: 0, deleted: 0 };
    for (const run of runs) for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += run.counts[key];
    // A failed step is retried by the queue: say so once, and go on following.
    for (const run of runs.filter((r) => r.status === 'failed' && !failuresTold.has(r.id)).reverse()) {
      failuresTold.add(run.id);
      if (backfill.status !== 'failed') progress.step(backfill.done, backfill.total, `backfill step failed, to be retried: ${run.error ?? 'unknown error'}`);
    }
    const { done, total } = backfill;
    progress.step(done, total, `backfill ${done}/${total} steps (${percentOf(done, total)} %), ${backfill.records} records`);
    if (backfill.status === 'succeeded' || backfill.status === 'failed') return { backfill, counts };

    const integration = await integrations.get(cliActor, integrationId);
    if (integration.state !== 'active') return { backfill, counts, stopped: `the integration is ${integration.state}, so its backfill does not run` };
    // Taken: the backfill has started, or its job left the queue's waiting state (a busy integration puts it back later).
    pickedUp ||= backfill.status !== 'pending' || (await sync.backfillJobState(jobId))?.state !== 'created';
    if (!pickedUp && Date.now() >= pickupDeadline) {
      return {
        backfill,
        counts,
        stopped: `no worker has picked up the backfill in ${Math.round(pickupTimeoutMs / 1000)} s: is \`ponte start\` running? (It stays queued and runs once a worker does.)`,
      };
    }
    await delay(FOLLOW_INTERVAL_MS);
  }
}

function summaryOf({ backfill, counts }: FollowOutcome): string {
  const seconds = backfill.finishedAt ? ` in ${Math.round((Date.parse(backfill.finishedAt) - Date.parse(backfill.startedAt)) / 100) / 10} s` : '';
  return (
    `backfill ${backfill.status}: ${backfill.done}/${backfill.total} steps, ${backfill.records} records ` +
    `(fetched ${counts.fetched}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged)${seconds}`
  );
}

export function registerIntegrationCommands(program: Command): void {
  const integrations = program.command('integrations').description('customer accounts’ integrations with providers');
  integrations
    .command('backfill')
    .description('fetch an integration’s retroactive window again; the running server’s workers do the work')
    .argument('<id>', 'the integration id (int_…)')
    .option('--months <months>', 'months back from today (0: today only); default: the integration’s retroactiveMonths', wholeNumber('--months'))
    .option('--follow', 'show its progress until it ends: exit 0 when it succeeds, 1 when it fails or no worker takes it')
    .option('--pickup-timeout <seconds>', 'with --follow: how long to wait for a worker to take the backfill', wholeNumber('--pickup-timeout'), 15)
    .option('--json', 'print JSON (progress goes to standard error as plain lines)')
    .action(async (id: string, options: { months?: number; follow?: boolean; pickupTimeout: number; json?: boolean }) => {
      const [{ print, withIntegrationServices }, { startProgress }] = await Promise.all([import('../context.ts'), import('../progress.ts')]);
      await withIntegrationServices(async (context) => {
        const { jobId, months } = await context.integrations.startBackfill(cliActor, id, options.months);
        const started = (await context.sync.backfill(id))!;
        if (!options.follow) {
          const { status, window, total } = started;
          print({ integrationId: id, months, jobId, status, windowFrom: window.from, windowTo: window.to, steps: total }, options.json);
          return;
        }
        const progress = startProgress('backfill', { json: options.json });
        let outcome: FollowOutcome;
        try {
          progress.step(0, started.total, `backfill of ${id} queued: ${months} months, ${dayOf(started.window.from)} to ${dayOf(started.window.to)}, ${started.total} steps`);
          outcome = await follow(context, id, jobId, progress, options.pickupTimeout * 1000);
        } finally {
          progress.stop();
        }
        if (options.json) process.stdout.write(`${JSON.stringify({ integrationId: id, months, jobId, ...outcome.backfill, counts: outcome.counts }, null, 2)}\n`);
        else if (outcome.backfill.status === 'succeeded') process.stdout.write(`${summaryOf(outcome)}\n`);
        if (outcome.backfill.status !== 'succeeded') {
          process.stderr.write(`error: ${outcome.stopped ?? `the backfill failed: ${outcome.backfill.error ?? 'unknown error'}`}\n`);
          process.exitCode = 1;
        }
      });
    });
}
