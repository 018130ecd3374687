import { eq, inArray, sql } from 'drizzle-orm';
import { connectorManifest } from '../../connectors/catalog.ts';
import type { NormalisedRecord } from '../../connectors/sdk/records.ts';
import { addMonths, instantOf, saoPauloDate } from '../../platform/calendar/sao-paulo.ts';
import type { Database } from '../../platform/database/database.ts';
import type { RunEnd, SyncEngine } from './engine.ts';
import { handOverToPolling } from './poll-handover.ts';
import { addCounts } from './runs.ts';
import { backfills } from './schema.ts';

const DAY_MS = 86_400_000;

/** Midnight in São Paulo, `months` calendar months before `now` (0: today's midnight). */
export const backfillStart = (now: Date, months: number): Date => instantOf(addMonths(saoPauloDate(now), -months));

/** Where a backfill stands: the model it is on and that model's connector cursor. */
interface BackfillPosition {
  model: number;
  cursor: string | null;
}

const readPosition = (text: string | null): BackfillPosition => (text ? (JSON.parse(text) as BackfillPosition) : { model: 0, cursor: null });

/**
 * Creates the integration's backfill, or starts it over. With `unlessUnderWay`, a backfill still pending or running
 * is left as it is and false is returned (checked in the same statement, so two requests cannot both start one).
 */
export async function createBackfill(tx: Database, integrationId: string, now: Date, months: number, options: { unlessUnderWay?: boolean } = {}): Promise<boolean> {
  const from = backfillStart(now, months);
  const stepsTotal = Math.max(1, Math.ceil((now.getTime() - from.getTime()) / DAY_MS));
  const written = await tx
    .insert(backfills)
    .values({ integrationId, status: 'pending', windowFrom: from, windowTo: now, cursor: null, stepsTotal, startedAt: now })
    .onConflictDoUpdate({
      target: backfills.integrationId,
      set: { status: 'pending', windowFrom: from, windowTo: now, cursor: null, stepsDone: 0, stepsTotal, records: 0, error: null, startedAt: now, finishedAt: null },
      ...(options.unlessUnderWay ? { setWhere: inArray(backfills.status, ['succeeded', 'failed']) } : {}),
    })
    .returning({ integrationId: backfills.integrationId });
  return written.length > 0;
}

export async function backfillProgress(db: Database, integrationId: string) {
  const [row] = await db.select().from(backfills).where(eq(backfills.integrationId, integrationId));
  if (!row) return null;
  const total = Math.max(row.stepsTotal, row.stepsDone);
  return {
    status: row.status,
    window: { from: row.windowFrom.toISOString(), to: row.windowTo.toISOString() },
    done: row.status === 'succeeded' ? total : row.stepsDone,
    total,
    records: row.records,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Runs (or resumes) an integration's backfill: page after page over its window, each page committed with the
 * backfill's position, so a run killed at any point continues where the last commit left it.
 */
export async function runBackfill(engine: SyncEngine, integrationId: string): Promise<RunEnd & { more: boolean }> {
  let more = false;
  const end = await engine.withRun(integrationId, 'backfill', async (integration, run) => {
    const [row] = await engine.database.db.select().from(backfills).where(eq(backfills.integrationId, integrationId));
    if (!row || row.status === 'succeeded') return;
    await engine.database.db.update(backfills).set({ status: 'running', error: null }).where(eq(backfills.integrationId, integrationId));
    const models = connectorManifest(integration.connector).models;
    let position = readPosition(row.cursor);
    const window = { from: row.windowFrom, to: row.windowTo };
    await handOverToPolling(engine, integration, run.context, models, row.windowTo);
    const deadline = Date.now() + engine.settings.maxBackfillSecondsPerJob * 1000;
    while (position.model < models.length) {
      if (Date.now() >= deadline) {
        more = true;
        return;
      }
      run.assertLeaseHeld();
      const model = models[position.model]!;
      // What a backfill finds is the provider's past: its events are kept as `history`, told to no one. A record
      // created after the window's end (a store's charge made while its first backfill runs) is news, not the past.
      const outcome = await engine.fetchPage(integration, run.context, { model, cursor: position.cursor, window }, async (tx, page) => {
        const finishedModel = page.done || page.nextCursor === null;
        const next: BackfillPosition = finishedModel ? { model: position.model + 1, cursor: null } : { model: position.model, cursor: page.nextCursor };
        const finished = next.model >= models.length;
        await tx
          .update(backfills)
          .set({
            cursor: JSON.stringify(next),
            stepsDone: sql`${backfills.stepsDone} + 1`,
            records: sql`${backfills.records} + ${page.counts.added + page.counts.updated}`,
            ...(finished ? { status: 'succeeded' as const, finishedAt: engine.clock.now() } : {}),
          })
          .where(eq(backfills.integrationId, integrationId));
        position = next;
      }, (record, eventType) => (happenedAfter(record, eventType, window.to) ? 'live' : 'history'));
      addCounts(run.counts, outcome.counts);
    }
  });
  return { ...end, more };
}

/**
 * Whether what the event tells happened after `instant`, as the provider dates it: a payment by its payment time,
 * anything else by the record's creation. Providers give whole seconds (PagHiper does), so the instant's own second
 * counts as after it: a charge made, or paid, as the store connects is news, not lost. Undated: never.
 */
function happenedAfter(record: NormalisedRecord, eventType: string, instant: Date): boolean {
  const dated = record.data as { createdAt?: string | null; paidAt?: string | null };
  const at = (eventType === 'payment.paid' ? dated.paidAt : null) ?? dated.createdAt ?? null;
  return at !== null && Date.parse(at) >= Math.floor(instant.getTime() / 1000) * 1000;
}

export async function failBackfill(db: Database, integrationId: string, error: string): Promise<void> {
  await db.update(backfills).set({ status: 'failed', error }).where(eq(backfills.integrationId, integrationId));
}
