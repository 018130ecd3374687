import { and, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from '../../platform/database/database.ts';
import { notifications, type SkipReason } from './schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;
/** A claimed notification, with its rule row's version then. */
export type ClaimedRow = NotificationRow & { ruleVersion: string | null };

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

/** The latest moment nextAttemptAt may give (the jitter at its most): a sender waking then finds the retry due. */
export function latestRetryAt(now: Date, attempts: number): Date {
  return nextAttemptAt(now, attempts, () => 1);
}

/** A notifications row as node-postgres returns it (timestamps as Dates, jsonb parsed). */
type RawRow = Record<string, unknown>;

const fromRaw = (row: RawRow): ClaimedRow => ({
  id: row.id as string,
  accountId: row.account_id as string,
  environment: row.environment as ClaimedRow['environment'],
  ruleId: row.rule_id as string,
  integrationId: row.integration_id as string | null,
  eventId: row.event_id as string,
  eventType: row.event_type as string,
  event: row.event,
  channel: row.channel as ClaimedRow['channel'],
  recipient: row.recipient as string | null,
  catalogEntry: row.catalog_entry as string | null,
  templateId: row.template_id as string | null,
  providerMessageId: row.provider_message_id as string | null,
  deliveredAt: row.delivered_at as Date | null,
  readAt: row.read_at as Date | null,
  skipReason: row.skip_reason as ClaimedRow['skipReason'],
  subjectKey: row.subject_key as string | null,
  step: row.step as number | null,
  priority: row.priority as number,
  status: row.status as ClaimedRow['status'],
  scheduledAt: row.scheduled_at as Date,
  attempts: row.attempts as number,
  lastError: row.last_error as string | null,
  leaseUntil: row.lease_until as Date | null,
  sentAt: row.sent_at as Date | null,
  canceledReason: row.canceled_reason as string | null,
  idempotencyKey: row.idempotency_key as string,
  createdAt: row.created_at as Date,
  updatedAt: row.updated_at as Date,
  ruleVersion: row.rule_version as string | null,
});

/**
 * Takes up to `limit` due notifications for sending, skipping rows another worker is taking, highest priority
 * first. A notification held by a worker that died comes back when its lease runs out. One plain statement: the
 * sender's hottest query, kept clear of the query builder's per-row work.
 */
export async function claimDue(pool: pg.Pool, now: Date, limit: number, leaseSeconds: number): Promise<ClaimedRow[]> {
  const { rows } = await pool.query<RawRow>(
    `update notifications as n
        set status = 'sending', lease_until = $2, attempts = n.attempts + 1, updated_at = $1
       from (select id from notifications
              where (status = 'scheduled' and scheduled_at <= $1) or (status = 'sending' and lease_until <= $1)
              order by priority desc, scheduled_at asc
              limit $3
              for update skip locked) as due
      where n.id = due.id
      returning n.*,
        -- The rule row's version (any change to it, its secret's rotation included, moves it): a cached rule is
        -- used only while it is the one the database holds.
        (select r.xmin::text from notification_rules as r where r.id = n.rule_id) as rule_version`,
    [now, new Date(now.getTime() + leaseSeconds * 1000), limit],
  );
  // The statement returns rows in no set order: the queue's order is the claim's.
  return rows.map(fromRaw).sort((a, b) => b.priority - a.priority || a.scheduledAt.getTime() - b.scheduledAt.getTime());
}

/** Gives claimed notifications that were never tried back to the queue (a stopping worker's buffer), attempt returned. */
export async function releaseClaims(pool: pg.Pool, rows: NotificationRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await pool.query(
    `update notifications as n set status = 'scheduled', attempts = n.attempts - 1, lease_until = null, updated_at = $3
       from unnest($1::text[], $2::int[]) as v(id, attempts)
      where n.id = v.id and n.status = 'sending' and n.attempts = v.attempts`,
    [rows.map((row) => row.id), rows.map((row) => row.attempts), now],
  );
}

/**
 * Makes every claimed notification claimable at once, as if its lease had run out: only for a process that knows no
 * other is running (the embedded database's), whose claims can only be a dead process's. Returns how many.
 */
export async function expireEveryClaim(pool: pg.Pool, now: Date): Promise<number> {
  const { rowCount } = await pool.query(`update notifications set lease_until = $1 where status = 'sending' and lease_until > $1`, [now]);
  return rowCount ?? 0;
}

/** One attempt's outcome, as completeBatch writes it. */
export interface Completion {
  row: NotificationRow;
  at: Date;
  /** Absent: sent. */
  failure?: { error: string; permanent: boolean };
}

/**
 * Writes many attempts' outcomes in one statement (sent, or the next try, or failed for good), each only while its
 * row is still held by that attempt; returns each one's outcome in order.
 */
export async function completeBatch(pool: pg.Pool, completions: Completion[]): Promise<('sent' | 'retrying' | 'failed')[]> {
  if (completions.length === 0) return [];
  const outcomes = completions.map(({ row, at, failure: failed }) => (failed ? failure(row, failed.error, failed.permanent, at) : null));
  await pool.query(
    `update notifications as n
        set status = v.status,
            sent_at = case when v.status = 'sent' then v.at else n.sent_at end,
            provider_message_id = case when v.status = 'sent' then null else n.provider_message_id end,
            scheduled_at = coalesce(v.retry_at, n.scheduled_at),
            last_error = v.error, lease_until = null, updated_at = v.at
       from unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[]) as v(id, attempts, status, at, retry_at, error)
      where n.id = v.id and n.status = 'sending' and n.attempts = v.attempts`,
    [
      completions.map(({ row }) => row.id),
      completions.map(({ row }) => row.attempts),
      outcomes.map((outcome) => outcome?.changes.status ?? 'sent'),
      completions.map(({ at }) => at),
      outcomes.map((outcome) => (outcome && 'scheduledAt' in outcome.changes ? outcome.changes.scheduledAt : null)),
      outcomes.map((outcome) => outcome?.changes.lastError ?? null),
    ],
  );
  return outcomes.map((outcome) => outcome?.outcome ?? 'sent');
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
