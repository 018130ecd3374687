import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { notifications, type SkipReason } from './schema.ts';

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

export async function markSent(db: Database, row: NotificationRow, now: Date, providerMessageId: string | null = null): Promise<void> {
  await db.update(notifications).set({ status: 'sent', sentAt: now, providerMessageId, leaseUntil: null, lastError: null, updatedAt: now }).where(stillHeld(row));
}

/** Not sent, for good, for a reason that is nobody's failure (the person opted out, their daily cap is reached). */
export async function markSkipped(db: Database, row: NotificationRow, reason: SkipReason, detail: string, now: Date): Promise<void> {
  await db.update(notifications).set({ status: 'skipped', skipReason: reason, lastError: detail, leaseUntil: null, updatedAt: now }).where(stillHeld(row));
}

/** Back to waiting until `until` (quiet hours), giving back the attempt it was claimed with. */
export async function deferUntil(db: Database, row: NotificationRow, until: Date, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ status: 'scheduled', scheduledAt: until, attempts: sql`${notifications.attempts} - 1`, leaseUntil: null, updatedAt: now })
    .where(stillHeld(row));
}

/** How many messages went to one address of an account on a channel since `since`, or are going now ahead of `row` (its daily cap counts these). */
export async function sentToSince(db: Database, row: NotificationRow, since: Date): Promise<number> {
  const [result] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.accountId, row.accountId),
        eq(notifications.channel, row.channel),
        eq(notifications.recipient, row.recipient ?? ''),
        or(
          and(gte(notifications.sentAt, since), inArray(notifications.status, ['sent', 'delivered', 'read'])),
          // Sends to the same person claimed at the same time: the earlier id goes first, so two never both pass.
          and(eq(notifications.status, 'sending'), lt(notifications.id, row.id)),
        ),
      ),
    );
  return result?.count ?? 0;
}

/** What a failed attempt changes: the next try on the schedule, or failed for good when permanent or out of attempts. */
function failure(row: NotificationRow, error: string, permanent: boolean, now: Date) {
  const final = permanent || row.attempts >= MAX_ATTEMPTS;
  const changes = final
    ? { status: 'failed' as const, leaseUntil: null, lastError: error, updatedAt: now }
    : { status: 'scheduled' as const, scheduledAt: nextAttemptAt(now, row.attempts), leaseUntil: null, lastError: error, updatedAt: now };
  return { changes, outcome: final ? ('failed' as const) : ('retrying' as const) };
}

/** A failed attempt: retried on the schedule, or failed for good when permanent or out of attempts. */
export async function markFailed(db: Database, row: NotificationRow, error: string, permanent: boolean, now: Date): Promise<'retrying' | 'failed'> {
  const { changes, outcome } = failure(row, error, permanent, now);
  await db.update(notifications).set(changes).where(stillHeld(row));
  return outcome;
}

/**
 * An attempt the channel accepted and later reported failed (WhatsApp's `failed` status): the same schedule as
 * markFailed, from the state the row is in (sent or delivered), attempts kept. Null when the row moved on meanwhile.
 */
export async function failAfterSend(db: Database, row: NotificationRow, error: string, permanent: boolean, now: Date): Promise<'retrying' | 'failed' | null> {
  const { changes, outcome } = failure(row, error, permanent, now);
  const updated = await db
    .update(notifications)
    .set(changes)
    .where(and(eq(notifications.id, row.id), eq(notifications.status, row.status), eq(notifications.attempts, row.attempts)))
    .returning({ id: notifications.id });
  return updated.length > 0 ? outcome : null;
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
