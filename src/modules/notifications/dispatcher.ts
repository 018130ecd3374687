import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Event, EventsService } from '../events/index.ts';
import { happyPathStep, priorityOf, subjectKeyOf } from './happy-path.ts';
import { notificationDispatch, notificationRules, notifications } from './schema.ts';

const DISPATCHER = 'events';

type RuleRow = typeof notificationRules.$inferSelect;

const applies = (rule: RuleRow, event: Event) =>
  // The provider's past, found by a backfill, is recorded but told to no one: onboarding must not send hundreds.
  event.origin === 'live' &&
  rule.environment === event.environment &&
  (rule.integrationId === null || rule.integrationId === event.integrationId) &&
  // A rule made today says nothing about last month's events, however late the dispatcher reads them.
  rule.createdAt.getTime() <= Date.parse(event.occurredAt);

/**
 * Reads the event log after the dispatcher's cursor and turns each event that matches a rule into a notification on
 * the send queue (one per rule and event, whatever happens twice), cancels what a later happy-path step supersedes,
 * and moves the cursor, all in the caller's transaction. Returns how many events were read; 0 also when another
 * worker holds the dispatcher.
 */
export async function dispatchEvents(tx: Database, events: EventsService, now: Date, limit: number): Promise<number> {
  await tx.insert(notificationDispatch).values({ name: DISPATCHER, cursor: null }).onConflictDoNothing();
  const [position] = await tx.select().from(notificationDispatch).where(eq(notificationDispatch.name, DISPATCHER)).for('update', { skipLocked: true });
  if (!position) return 0;

  const page = await events.list(tx, { cursor: position.cursor ?? undefined, limit });
  if (page.data.length === 0) return 0;

  const rules = await tx
    .select()
    .from(notificationRules)
    .where(
      and(
        inArray(notificationRules.accountId, [...new Set(page.data.map((event) => event.accountId))]),
        inArray(notificationRules.eventType, [...new Set(page.data.map((event) => event.type))]),
        eq(notificationRules.enabled, true),
        isNull(notificationRules.deletedAt),
      ),
    );
  const rows: (typeof notifications.$inferInsert)[] = [];
  for (const event of page.data) {
    for (const rule of rules) {
      if (rule.accountId !== event.accountId || rule.eventType !== event.type || !applies(rule, event)) continue;
      const due = Date.parse(event.occurredAt) + rule.delaySeconds * 1000;
      rows.push({
        id: newId('notification'),
        accountId: event.accountId,
        environment: event.environment,
        ruleId: rule.id,
        integrationId: event.integrationId,
        eventId: event.id,
        eventType: event.type,
        event,
        channel: rule.channel,
        subjectKey: subjectKeyOf(event),
        step: happyPathStep(event.type),
        priority: priorityOf(event.type),
        status: 'scheduled',
        scheduledAt: new Date(Math.max(due, now.getTime())),
        idempotencyKey: `${rule.id}:${event.id}`,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  if (rows.length > 0) await tx.insert(notifications).values(rows).onConflictDoNothing({ target: notifications.idempotencyKey });
  await cancelSuperseded(tx, page.data, now);
  await tx.update(notificationDispatch).set({ cursor: page.nextCursor }).where(eq(notificationDispatch.name, DISPATCHER));
  return page.data.length;
}

/**
 * The furthest happy-path step each subject reached in these events cancels the subject's notifications of earlier
 * steps still waiting, whether or not a rule matched the later event itself: paid cancels the overdue reminder.
 */
async function cancelSuperseded(tx: Database, list: Event[], now: Date): Promise<void> {
  const furthest = new Map<string, { step: number; event: Event }>();
  for (const event of list) {
    const step = happyPathStep(event.type);
    const subject = subjectKeyOf(event);
    // The first step supersedes nothing.
    if (step === null || step <= 1 || subject === null) continue;
    if ((furthest.get(subject)?.step ?? 0) <= step) furthest.set(subject, { step, event });
  }
  if (furthest.size === 0) return;
  const values = sql.join(
    [...furthest].map(([subject, { step, event }]) => sql`(${subject}, ${step}::int, ${`Superseded by ${event.type} (${event.id})`})`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${notifications} n
       set status = 'canceled', canceled_reason = v.reason, lease_until = null, updated_at = ${now}
      from (values ${values}) as v(subject_key, step, reason)
     where n.subject_key = v.subject_key and n.status = 'scheduled' and n.step < v.step`);
}
