import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import type { ChangeCounts } from './change-detection.ts';
import type { RunKind } from './runs.ts';

/**
 * A run's beginning in one statement: takes the integration for one sync (poll or backfill step) if no one holds it,
 * opens the run, and reads the integration's cursors (once: while the lease is held no one else moves them). Null
 * when another sync holds the integration.
 *
 * The lease keeps a second sync of the same integration out, across every worker process; its owner is the id of the
 * run that holds it, so whoever reclaims a dead holder's lease knows which run was left unfinished. An expired lease
 * is not taken here but reclaimed by `reclaimLeases`, which also closes the run it leaves behind.
 */
export async function beginRun(
  db: Database,
  run: { id: string; integrationId: string; kind: RunKind; at: Date; leaseSeconds: number },
): Promise<{ cursors: Map<string, string | null> } | null> {
  const until = new Date(run.at.getTime() + run.leaseSeconds * 1000);
  const result = await db.execute<{ taken: number; cursors: Record<string, string | null> }>(sql`
    with lease as (
      update sync_schedules set lease_owner = ${run.id}, lease_until = ${until.toISOString()}::timestamptz
       where integration_id = ${run.integrationId} and lease_owner is null
      returning integration_id),
    opened as (
      insert into sync_runs (id, integration_id, kind, status, started_at)
      select ${run.id}, integration_id, ${run.kind}, 'running', ${run.at.toISOString()}::timestamptz from lease
      returning id)
    select (select count(*) from opened)::int as taken,
           (select coalesce(json_object_agg(model, cursor), '{}'::json) from sync_cursors where integration_id = ${run.integrationId}) as cursors`);
  const row = result.rows[0];
  if (!row || row.taken !== 1) return null;
  return { cursors: new Map(Object.entries(row.cursors)) };
}

/** What the schedule keeps of a run's end (the checklist and the next run read it); see recordOutcome. */
export interface RunOutcome {
  status: 'succeeded' | 'failed' | 'deferred';
  error?: string | null;
  nextSyncAt?: Date;
}

/**
 * A run's end in one statement: the run closed with its counts, the cursors of pages that changed nothing stored
 * (only while the lease is still this run's: a run that lost it writes nothing more), the lease released, and, with
 * `outcome`, the schedule's last status (see recordOutcome; first data is marked on success when the integration
 * has any record).
 */
export async function endRun(
  db: Database,
  run: {
    id: string;
    integrationId: string;
    at: Date;
    startedAt: Date;
    status: 'succeeded' | 'failed' | 'deferred';
    counts: ChangeCounts;
    error: string | null;
    cursors: Map<string, string | null>;
    outcome?: RunOutcome;
  },
): Promise<void> {
  const at = sql`${run.at.toISOString()}::timestamptz`;
  const { counts, outcome } = run;
  const ours = sql`s.lease_owner = ${run.id}`;
  const cursors = [...run.cursors].map(([model, cursor]) => ({ model, cursor }));
  const storeCursors =
    cursors.length === 0
      ? sql``
      : sql`, stored as (
      insert into sync_cursors (integration_id, model, cursor, updated_at)
      select ${run.integrationId}, c.model, c.cursor, ${at} from json_to_recordset(${JSON.stringify(cursors)}::json) as c(model text, cursor text)
       where exists (select 1 from sync_schedules s where s.integration_id = ${run.integrationId} and ${ours})
      on conflict (integration_id, model) do update set cursor = excluded.cursor, updated_at = excluded.updated_at)`;
  let schedule: SQL;
  if (outcome) {
    // One update of the row: the lease is released only if still ours, the outcome is recorded either way.
    schedule = sql`
    update sync_schedules s set
      lease_owner = case when ${ours} then null else s.lease_owner end,
      lease_until = case when ${ours} then null else s.lease_until end,
      last_sync_at = ${at},
      last_status = ${outcome.status},
      last_error = ${outcome.error ?? null}
      ${outcome.status === 'succeeded' ? sql`, last_success_at = ${at}, first_data_at = coalesce(s.first_data_at, case when exists (select 1 from records r where r.integration_id = s.integration_id) then ${at} end)` : sql``}
      ${outcome.nextSyncAt ? sql`, next_sync_at = ${outcome.nextSyncAt.toISOString()}::timestamptz` : sql``}
     where s.integration_id = ${run.integrationId}`;
  } else {
    schedule = sql`update sync_schedules s set lease_owner = null, lease_until = null where s.integration_id = ${run.integrationId} and ${ours}`;
  }
  await db.execute(sql`
    with closed as (
      update sync_runs set status = ${run.status}, finished_at = ${at},
             duration_ms = ${Math.max(0, run.at.getTime() - run.startedAt.getTime())},
             fetched = ${counts.fetched}, added = ${counts.added}, updated = ${counts.updated},
             unchanged = ${counts.unchanged}, deleted = ${counts.deleted}, error = ${run.error}
       where id = ${run.id})
    ${storeCursors}
    ${schedule}`);
}
