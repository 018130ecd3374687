import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { saoPauloDate } from '../../platform/calendar/sao-paulo.ts';
import type { Database } from '../../platform/database/database.ts';
import type { NewEvent } from '../events/index.ts';
import { contentHash } from './change-detection.ts';
import { records } from './schema.ts';
import type { IntegrationSource } from './source.ts';


/**
 * Marks pending payments whose due date has passed as overdue, once each, and returns their `payment.overdue`
 * events. The mark (`overdueSince`) lives in the record's data and its hash, and a later poll's merge keeps it
 * (no provider sends that field), so marking it causes no `payment.updated`.
 */
export async function markOverduePayments(tx: Database, source: IntegrationSource, now: Date, limit = 1000): Promise<NewEvent[]> {
  const today = saoPauloDate(now);
  const due = await tx
    .select({ id: records.id, integrationId: records.integrationId, accountId: records.accountId, externalId: records.externalId, data: records.data, firstSeenAt: records.firstSeenAt })
    .from(records)
    .where(
      and(
        eq(records.model, 'payment'),
        eq(records.status, 'pending'),
        isNull(records.deletedAt),
        lt(sql`${records.data}->>'dueDate'`, today),
        sql`not (${records.data} ? 'overdueSince')`,
      ),
    )
    .orderBy(records.id)
    .limit(limit)
    .for('update', { skipLocked: true });
  const environments = new Map<string, 'sandbox' | 'production'>();
  for (const integrationId of new Set(due.map((row) => row.integrationId))) {
    const integration = await source.get(integrationId, tx);
    if (integration) environments.set(integrationId, integration.environment);
  }
  const events: NewEvent[] = [];
  for (const row of due) {
    const environment = environments.get(row.integrationId);
    if (!environment) continue;
    const data = { ...(row.data as Record<string, unknown>), overdueSince: today };
    await tx.update(records).set({ data, hash: contentHash(data), updatedAt: now }).where(inArray(records.id, [row.id]));
    // A charge already past due when Ponte first saw it (a backfill) fell overdue in the past: no news to tell.
    const alreadyOverdue = String((row.data as { dueDate?: unknown }).dueDate) < saoPauloDate(row.firstSeenAt);
    events.push({ accountId: row.accountId, integrationId: row.integrationId, environment, type: 'payment.overdue', subjectModel: 'payment', subjectId: row.externalId, data: { payment: data }, origin: alreadyOverdue ? 'history' : 'live' });
  }
  return events;
}
