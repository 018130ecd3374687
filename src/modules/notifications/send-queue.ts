import { and, asc, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { notifications } from './schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Seconds before each retry, the schedule Standard Webhooks recommends: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
 * Eight attempts in all, over about a day and a half; e-mail follows the same one.
 */
const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 36000];
const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** When the next attempt goes, after `attempts` have failed: the schedule's delay, plus up to a tenth of jitter. */
function nextAttemptAt(now: Date, attempts: number, random = Math.random): Date {
  const delay = RETRY_DELAYS_SECONDS[Math.min(attempts, RETRY_DELAYS_SECONDS.length) - 1] ?? RETRY_DELAYS_SECONDS[0]!;
  return new Date(now.getTime() + delay * 1000 * (1 + random() / 10));
}

/**
 * Takes up to `limit` due notifications for sending, skipping rows another worker is taking, highest priority
 * first. A notification held by a worker that died comes back when its lease runs out.
 */
export async function claimDue(db: Database, now: Date, limit: number, leaseSeconds: number): Promise<NotificationRow[]> {
  const due = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      or(
        and(eq(notifications.status, 'scheduled'), lte(notifications.scheduledAt, now)),
        and(eq(notifications.status, 'sending'), lte(notifications.leaseUntil, now)),
      ),
    )
    .orderBy(desc(notifications.priority), asc(notifications.scheduledAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(notifications)
    .set({ status: 'sending', leaseUntil: new Date(now.getTime() + leaseSeconds * 1000), attempts: sql`${notifications.attempts} + 1`, updatedAt: now })
    .where(inArray(notifications.id, due))
    .returning();
}

const stillHeld = (row: NotificationRow) => and(eq(notifications.id, row.id), eq(notifications.status, 'sending'), eq(notifications.attempts, row.attempts));

export async function markSent(db: Database, row: NotificationRow, now: Date): Promise<void> {
  await db.update(notifications).set({ status: 'sent', sentAt: now, leaseUntil: null, lastError: null, updatedAt: now }).where(stillHeld(row));
}

/** A failed attempt: retried on the schedule, or failed for good when permanent or out of attempts. */
export async function markFailed(db: Database, row: NotificationRow, error: string, permanent: boolean, now: Date): Promise<'retrying' | 'failed'> {
  const final = permanent || row.attempts >= MAX_ATTEMPTS;
  await db
    .update(notifications)
    .set(final ? { status: 'failed', leaseUntil: null, lastError: error, updatedAt: now } : { status: 'scheduled', scheduledAt: nextAttemptAt(now, row.attempts), leaseUntil: null, lastError: error, updatedAt: now })
    .where(stillHeld(row));
  return final ? 'failed' : 'retrying';
}

export async function markCanceled(db: Database, row: NotificationRow, reason: string, now: Date): Promise<void> {
  await db.update(notifications).set({ status: 'canceled', canceledReason: reason, leaseUntil: null, updatedAt: now }).where(stillHeld(row));
}

/** Cancels what a rule left waiting (it was disabled or deleted, by someone or by Ponte for a failing endpoint). */
export async function cancelWaiting(db: Database, ruleId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ status: 'canceled', canceledReason: reason, updatedAt: now })
    .where(and(eq(notifications.ruleId, ruleId), eq(notifications.status, 'scheduled')));
}
