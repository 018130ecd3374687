import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { syncSchedules } from './schema.ts';

/** Up to a tenth of the interval (at most 5 minutes) of jitter, so integrations made together do not poll together. */
export function nextRunAfter(from: Date, intervalMinutes: number, random = Math.random): Date {
  const jitterMs = Math.min(intervalMinutes * 6_000, 300_000) * random();
  return new Date(from.getTime() + intervalMinutes * 60_000 + jitterMs);
}

export async function upsertSchedule(db: Database, integrationId: string, intervalMinutes: number, nextSyncAt: Date, enabled: boolean): Promise<void> {
  await db
    .insert(syncSchedules)
    .values({ integrationId, enabled, intervalMinutes, nextSyncAt })
    .onConflictDoUpdate({ target: syncSchedules.integrationId, set: { enabled, intervalMinutes, nextSyncAt } });
}

export async function setEnabled(db: Database, integrationId: string, enabled: boolean): Promise<void> {
  await db.update(syncSchedules).set({ enabled }).where(eq(syncSchedules.integrationId, integrationId));
}

/** Extends a lease its owner still holds; false when it was reclaimed meanwhile. */
export async function renewLease(db: Database, integrationId: string, owner: string, now: Date, seconds: number): Promise<boolean> {
  const rows = await db
    .update(syncSchedules)
    .set({ leaseUntil: new Date(now.getTime() + seconds * 1000) })
    .where(and(eq(syncSchedules.integrationId, integrationId), eq(syncSchedules.leaseOwner, owner)))
    .returning({ id: syncSchedules.integrationId });
  return rows.length === 1;
}

/**
 * Frees leases whose holder stopped renewing them (expired before `expiredBefore`), or every lease when
 * `expiredBefore` is null (a process that knows no other is running). Rows another reaper is freeing are skipped, so
 * each lease is reclaimed by one process only. Returns who held each.
 */
export async function reclaimLeases(tx: Database, expiredBefore: Date | null, limit: number): Promise<{ integrationId: string; owner: string }[]> {
  const expired = expiredBefore ? sql`and lease_until < ${expiredBefore}` : sql``;
  const result = await tx.execute<{ integration_id: string; owner: string }>(sql`
    with held as (
      select integration_id, lease_owner from ${syncSchedules}
       where lease_owner is not null ${expired}
       limit ${limit}
       for update skip locked)
    update ${syncSchedules} s
       set lease_owner = null, lease_until = null
      from held
     where s.integration_id = held.integration_id
    returning s.integration_id, held.lease_owner as owner`);
  return result.rows.map((row) => ({ integrationId: row.integration_id, owner: row.owner }));
}

/** Claims due integrations (skipping rows another worker is claiming) and moves them to their next run. */
export async function claimDue(tx: Database, now: Date, limit: number): Promise<string[]> {
  const result = await tx.execute<{ integration_id: string }>(sql`
    update ${syncSchedules} s
       set next_sync_at = ${now}::timestamptz + make_interval(mins => s.interval_minutes)
                          + make_interval(secs => random() * least(s.interval_minutes * 6, 300))
     where s.integration_id in (
       select integration_id from ${syncSchedules}
        where enabled and next_sync_at <= ${now}
        order by next_sync_at
        limit ${limit}
        for update skip locked)
    returning s.integration_id`);
  return result.rows.map((row) => row.integration_id);
}

export async function recordOutcome(
  db: Database,
  integrationId: string,
  outcome: { at: Date; status: 'succeeded' | 'failed' | 'deferred'; error?: string | null; nextSyncAt?: Date; gotData?: boolean },
): Promise<void> {
  await db
    .update(syncSchedules)
    .set({
      lastSyncAt: outcome.at,
      lastStatus: outcome.status,
      lastError: outcome.error ?? null,
      ...(outcome.status === 'succeeded' ? { lastSuccessAt: outcome.at } : {}),
      ...(outcome.nextSyncAt ? { nextSyncAt: outcome.nextSyncAt } : {}),
      ...(outcome.gotData ? { firstDataAt: sql`coalesce(${syncSchedules.firstDataAt}, ${outcome.at})` } : {}),
    })
    .where(eq(syncSchedules.integrationId, integrationId));
}

export async function getSchedule(db: Database, integrationId: string) {
  const [row] = await db.select().from(syncSchedules).where(eq(syncSchedules.integrationId, integrationId));
  return row ?? null;
}
