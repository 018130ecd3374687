import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import { backfillJob, pollJob } from './jobs.ts';
import { failAbandonedRuns } from './runs.ts';
import { reclaimLeases } from './schedules.ts';

/** The error of a run whose process died (or stopped renewing its lease) before the run ended. */
export const ABANDONED_RUN_ERROR = 'the process running it stopped before it finished';

/** Leases reclaimed per transaction; more are taken by the next one. */
const RECLAIM_BATCH = 200;

/**
 * Syncs a stopped process left behind, reclaimed in one transaction: their leases freed, their runs failed, and their
 * work queued again at once (the backfill a killed step belonged to, otherwise a poll, which also fetches what
 * callbacks could not deliver while the process was down). With `everyLease`, every lease counts as abandoned: only
 * for a process that knows no other is running. Returns how many leases it reclaimed.
 */
export async function reclaimAbandonedSyncs(database: DatabaseHandle, queue: Queue, now: Date, options: { everyLease: boolean }): Promise<number> {
  let total = 0;
  for (;;) {
    const reclaimed = await database.transaction(async (tx) => {
      const leases = await reclaimLeases(tx.db, options.everyLease ? null : now, RECLAIM_BATCH);
      const runs = await failAbandonedRuns(tx.db, leases.map((lease) => lease.owner), now, ABANDONED_RUN_ERROR);
      const backfilling = new Set(runs.filter((run) => run.kind === 'backfill').map((run) => run.integrationId));
      const polls = leases.filter((lease) => !backfilling.has(lease.integrationId));
      await queue.sendMany(pollJob, polls.map(({ integrationId }) => ({ data: { integrationId }, singletonKey: integrationId })), { tx });
      await queue.sendMany(backfillJob, [...backfilling].map((integrationId) => ({ data: { integrationId }, singletonKey: `backfill:${integrationId}` })), { tx });
      return leases.length;
    });
    total += reclaimed;
    if (reclaimed < RECLAIM_BATCH) return total;
  }
}
