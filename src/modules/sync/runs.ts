import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import type { ChangeCounts } from './change-detection.ts';
import { syncRuns } from './schema.ts';

export type RunKind = 'poll' | 'backfill' | 'callback';

export async function startRun(db: Database, integrationId: string, kind: RunKind, at: Date): Promise<string> {
  const id = newId('syncRun');
  await db.insert(syncRuns).values({ id, integrationId, kind, status: 'running', startedAt: at });
  return id;
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

export async function finishRun(
  db: Database,
  id: string,
  outcome: { at: Date; startedAt: Date; status: 'succeeded' | 'failed' | 'deferred'; counts: ChangeCounts; error?: string | null },
): Promise<void> {
  await db
    .update(syncRuns)
    .set({
      status: outcome.status,
      finishedAt: outcome.at,
      durationMs: Math.max(0, outcome.at.getTime() - outcome.startedAt.getTime()),
      ...outcome.counts,
      error: outcome.error ?? null,
    })
    .where(eq(syncRuns.id, id));
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
