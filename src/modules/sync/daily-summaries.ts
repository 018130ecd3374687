import { and, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { CONNECTORS } from '../../connectors/catalog.ts';
import type { CatalogTrigger } from '../../connectors/sdk/notification-catalog.ts';
import { addDays, instantOf, saoPauloDate } from '../../platform/calendar/sao-paulo.ts';
import type { Database } from '../../platform/database/database.ts';
import type { NewEvent } from '../events/index.ts';
import { records, syncCursors, syncSchedules } from './schema.ts';
import type { IntegrationSource } from './source.ts';

type DigestTrigger = Extract<CatalogTrigger, { kind: 'daily_digest' }>;

/** The event a daily digest is rendered from: one per group (a vehicle's plate) and day. */
const dailySummaryEventType = (trigger: Pick<DigestTrigger, 'model'>) => `${trigger.model}.daily_summary`;

/**
 * The subject of a summary event: the plate and the day, so that each day's summary stands alone (no happy path
 * or due-date plan keys on it, and one vehicle's summaries never supersede each other).
 */
const SUMMARY_SUBJECT_MODEL = 'fuel_transaction_summary';

/**
 * Where an integration's summaries stand: a `sync_cursors` row whose cursor is the last local day summarised (or
 * closed before Ponte first saw the integration's records). Connector models never contain a dot, so it cannot
 * meet a model's cursor.
 */
const MARKER_MODEL = 'fuel_transaction.daily_summary';

/** The daily digest of each connector that has one, by connector key. */
function digests(): Map<string, DigestTrigger> {
  const found = new Map<string, DigestTrigger>();
  for (const manifest of Object.values(CONNECTORS)) {
    const entry = (manifest.notifications ?? []).find((candidate) => candidate.trigger.kind === 'daily_digest');
    if (entry?.trigger.kind === 'daily_digest') found.set(manifest.key, entry.trigger);
  }
  return found;
}

/** The minutes past the hour at which some digest is due (`07:00` → 0), for the job's schedule. */
export function digestMinutes(): number[] {
  return [...new Set([...digests().values()].map((trigger) => Number(trigger.at.slice(3))))].sort((a, b) => a - b);
}

/**
 * The local day a digest closes when it is due at `at` on local date `date`: a morning digest (before noon) tells of
 * the day before, which has ended; an afternoon or evening one tells of that same day.
 */
function dayClosedBy(date: string, at: string): string {
  return at < '12:00' ? addDays(date, -1) : date;
}

/** The day closed by the latest moment the digest was due, at or before `now` (São Paulo time). */
function lastClosedDay(now: Date, at: string): string {
  const today = saoPauloDate(now);
  const dueToday = instantOf(`${today}T${at}:00`);
  return dayClosedBy(now.getTime() >= dueToday.getTime() ? today : addDays(today, -1), at);
}

/**
 * Integrations that may have a summary to append: those of a digest connector whose marker is behind the latest
 * closed day, and those with records of a digest model but no marker yet (first seen: the marker is set, nothing
 * is summarised). Integrations are found through their schedules, which every activated integration has.
 */
export async function summaryCandidates(db: Database, now: Date): Promise<string[]> {
  const all = [...digests().values()];
  if (all.length === 0) return [];
  const models = [...new Set(all.map((trigger) => trigger.model))];
  // The latest closed day of any digest: a marker at or past it has nothing more to do.
  const latest = all.map((trigger) => lastClosedDay(now, trigger.at)).sort().at(-1)!;
  const behind = await db
    .select({ integrationId: syncCursors.integrationId })
    .from(syncCursors)
    .where(and(eq(syncCursors.model, MARKER_MODEL), sql`${syncCursors.cursor} < ${latest}`));
  const marker = db.select({ one: sql`1` }).from(syncCursors).where(and(eq(syncCursors.integrationId, syncSchedules.integrationId), eq(syncCursors.model, MARKER_MODEL)));
  const hasRecords = sql`exists (select 1 from ${records} where ${records.integrationId} = ${syncSchedules.integrationId} and ${inArray(records.model, models)})`;
  const unmarked = await db.select({ integrationId: syncSchedules.integrationId }).from(syncSchedules).where(and(notExists(marker), hasRecords));
  return [...new Set([...behind, ...unmarked].map((row) => row.integrationId))].sort();
}

/**
 * The events of one integration's daily summaries: one per group (plate) with approved
 * records on the day the digest last closed, summed, when that day has not been summarised yet. Runs in the
 * caller's transaction with the events' append: the marker moves with them, so a second run finds nothing to do.
 * The first time an integration is seen, only the marker is set: days that closed before are not told of.
 */
export async function summariseClosedDay(tx: Database, source: IntegrationSource, integrationId: string, now: Date): Promise<NewEvent[]> {
  const integration = await source.get(integrationId, tx);
  const trigger = integration ? digests().get(integration.connector) : undefined;
  if (!integration || !trigger) return [];
  const day = lastClosedDay(now, trigger.at);
  const [marker] = await tx
    .select({ cursor: syncCursors.cursor })
    .from(syncCursors)
    .where(and(eq(syncCursors.integrationId, integrationId), eq(syncCursors.model, MARKER_MODEL)))
    .for('update');
  if (!marker) {
    await tx.insert(syncCursors).values({ integrationId, model: MARKER_MODEL, cursor: day, updatedAt: now }).onConflictDoNothing();
    return [];
  }
  if (marker.cursor !== null && marker.cursor >= day) return [];
  await tx.update(syncCursors).set({ cursor: day, updatedAt: now }).where(and(eq(syncCursors.integrationId, integrationId), eq(syncCursors.model, MARKER_MODEL)));
  // Stopped on purpose: nobody wants its news. The day counts as done, so it is not looked at again every hour.
  if (integration.state === 'paused' || integration.state === 'cancelled') return [];

  const [model, ...path] = trigger.groupBy.split('.');
  if (model !== trigger.model || path.length === 0 || !path.every((key) => /^\w+$/.test(key))) return [];
  // Inlined (the catalog's own words, checked above), so that the select and its group by are the same expression.
  const group = sql<string>`${records.data} #>> ${sql.raw(`'{${path.join(',')}}'`)}`;
  const occurredAt = sql`(${records.data}->>'occurredAt')::timestamptz`;
  const rows = await tx
    .select({
      group,
      transactions: sql<number>`count(*)::int`,
      liters: sql<string>`round(sum((${records.data}->>'liters')::numeric), 3)::text`,
      totalAmount: sql<string>`round(sum((${records.data}->>'totalAmount')::numeric), 2)::text`,
    })
    .from(records)
    .where(
      and(
        eq(records.integrationId, integrationId),
        eq(records.model, trigger.model),
        eq(records.status, 'approved'),
        isNull(records.deletedAt),
        sql`${occurredAt} >= ${instantOf(day).toISOString()}::timestamptz`,
        sql`${occurredAt} < ${instantOf(addDays(day, 1)).toISOString()}::timestamptz`,
        sql`${group} is not null`,
      ),
    )
    .groupBy(group)
    .orderBy(group);
  return rows.map((row) => ({
    accountId: integration.accountId,
    integrationId,
    environment: integration.environment,
    type: dailySummaryEventType(trigger),
    subjectModel: SUMMARY_SUBJECT_MODEL,
    subjectId: `${row.group}:${day}`,
    data: { summary: { date: day, vehiclePlate: row.group, transactions: row.transactions, liters: Number(row.liters), totalAmount: Number(row.totalAmount) } },
    origin: 'live' as const,
  }));
}
