import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import type { ChangeCounts } from './change-detection.ts';
import { syncRuns, syncSchedules } from './schema.ts';

export type RunKind = 'poll' | 'backfill' | 'callback';

/** A run closed because the process running it stopped: which integration it was syncing, and how. */
export interface AbandonedRun {
  integrationId: string;
  kind: RunKind;
}

/** A run written once, finished, in the transaction of the work it records (so it is never left `running`). */
export async function recordFinishedRun(
  db: Database,
  run: { id: string; integrationId: string; kind: RunKind; startedAt: Date; at: Date; counts: ChangeCounts },
): Promise<void> {
  await db.insert(syncRuns).values({
    id: run.id,
    integrationId: run.integrationId,
    kind: run.kind,
    status: 'succeeded',
    startedAt: run.startedAt,
    finishedAt: run.at,
    durationMs: Math.max(0, run.at.getTime() - run.startedAt.getTime()),
    ...run.counts,
  });
}

const failedNow = (at: Date, error: string) => ({
  status: 'failed' as const,
  finishedAt: at,
  durationMs: sql<number>`greatest(0, (extract(epoch from (${at}::timestamptz - ${syncRuns.startedAt})) * 1000)::int)`,
  error,
});

/** Fails the runs among `ids` still marked running: their lease was reclaimed from a holder that stopped. */
export async function failAbandonedRuns(db: Database, ids: string[], at: Date, error: string): Promise<AbandonedRun[]> {
  if (ids.length === 0) return [];
  return db
    .update(syncRuns)
    .set(failedNow(at, error))
    .where(and(inArray(syncRuns.id, ids), eq(syncRuns.status, 'running')))
    .returning({ integrationId: syncRuns.integrationId, kind: syncRuns.kind });
}

/**
 * Fails every run marked running that holds no lease. A live run always holds its integration's lease (taken before
 * the run starts, released after it ends), so these were left by a stopped process: by an older Ponte, which did not
 * name leases after runs, or by a callback cut short before runs were written whole. Reads the whole table: for
 * start-up only.
 */
export async function failRunsWithoutLease(db: Database, at: Date, error: string): Promise<AbandonedRun[]> {
  return db
    .update(syncRuns)
    .set(failedNow(at, error))
    .where(and(eq(syncRuns.status, 'running'), sql`not exists (select 1 from ${syncSchedules} s where s.lease_owner = ${syncRuns.id})`))
    .returning({ integrationId: syncRuns.integrationId, kind: syncRuns.kind });
}

/** The run holding the integration's lease now, if one does and its lease is live. */
export async function runHoldingLease(db: Database, integrationId: string, now: Date) {
  const [row] = await db
    .select({ runId: syncRuns.id, kind: syncRuns.kind, startedAt: syncRuns.startedAt, leaseUntil: syncSchedules.leaseUntil })
    .from(syncSchedules)
    .innerJoin(syncRuns, eq(syncRuns.id, syncSchedules.leaseOwner))
    .where(and(eq(syncSchedules.integrationId, integrationId), gt(syncSchedules.leaseUntil, now)));
  return row && row.leaseUntil ? { runId: row.runId, kind: row.kind, startedAt: row.startedAt.toISOString(), leaseUntil: row.leaseUntil.toISOString() } : null;
}

export const emptyCounts = (): ChangeCounts => ({ fetched: 0, added: 0, updated: 0, unchanged: 0, deleted: 0 });

export function addCounts(total: ChangeCounts, more: ChangeCounts): void {
  total.fetched += more.fetched;
  total.added += more.added;
  total.updated += more.updated;
  total.unchanged += more.unchanged;
  total.deleted += more.deleted;
}

export async function listRuns(db: Database, integrationId: string, limit: number) {
  const rows = await db.select().from(syncRuns).where(eq(syncRuns.integrationId, integrationId)).orderBy(desc(syncRuns.startedAt), desc(syncRuns.id)).limit(limit);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.durationMs,
    counts: { fetched: row.fetched, added: row.added, updated: row.updated, unchanged: row.unchanged, deleted: row.deleted },
    error: row.error,
  }));
}
