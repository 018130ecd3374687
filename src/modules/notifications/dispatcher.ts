import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { catalogEntryOf, recordRecipientOf } from '../../connectors/catalog.ts';
import type { EventCondition } from '../../connectors/sdk/notification-catalog.ts';
import type { Database } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Event, EventsService } from '../events/index.ts';
import { happyPathStep, priorityOf, subjectKeyOf } from './happy-path.ts';
import { resolveRecipients, valueAt } from './recipients.ts';
import { notificationDispatch, notificationRules, notifications } from './schema.ts';
import { dueDateMoment, outsideQuietHours, type SendingManners } from './sending-manners.ts';
import { DUE_DATE_EVENT_TYPE } from './templates.ts';

const DISPATCHER = 'events';

type RuleRow = typeof notificationRules.$inferSelect;
type NewNotification = typeof notifications.$inferInsert;

export interface DispatchContext {
  events: EventsService;
  /** Each account's contact e-mail, for rules whose recipient is the account's contact. */
  contactsOf(db: Database, accountIds: string[]): Promise<Map<string, string | null>>;
  /** Each account's quiet hours and caps. */
  mannersOf(db: Database, accountIds: string[]): Promise<Map<string, SendingManners>>;
  /** Each integration's connector: a catalog rule for every integration of an account takes only its connector's events. */
  connectorsOf(db: Database, integrationIds: string[]): Promise<Map<string, string>>;
}

const applies = (rule: RuleRow, event: Event) =>
  // The provider's past, found by a backfill, is recorded but told to no one: onboarding must not send hundreds.
  event.origin === 'live' &&
  rule.environment === event.environment &&
  (rule.integrationId === null || rule.integrationId === event.integrationId) &&
  // A rule made today says nothing about last month's events, however late the dispatcher reads them.
  rule.createdAt.getTime() <= Date.parse(event.occurredAt);

/** Whether the event's data meets a catalog entry's condition (`payment.method` is `boleto`, say). */
function meetsCondition(where: EventCondition | undefined, data: Record<string, unknown>): boolean {
  return Object.entries(where ?? {}).every(([path, expected]) => {
    const value = valueAt(data, path);
    return Array.isArray(expected) ? expected.includes(value as string) : value === expected;
  });
}

const DUE_DATE_CHANGED = 'The due date changed';

/** The model a due-date rule plans for (`payment` of `payment.due_date`). */
const dueDateModel = DUE_DATE_EVENT_TYPE.split('.')[0]!;

/**
 * Reads the event log after the dispatcher's cursor and turns each event that matches a rule into notifications on
 * the send queue (one per rule, event and recipient, whatever happens twice), plans or re-plans the due-date reminders
 * of the records the events concern, cancels what a later happy-path step supersedes, and moves the cursor, all in the
 * caller's transaction. Returns how many events were read (0 also when another worker holds the dispatcher) and how
 * many notifications were made or planned.
 */
export async function dispatchEvents(tx: Database, context: DispatchContext, now: Date, limit: number): Promise<{ read: number; made: number }> {
  await tx.insert(notificationDispatch).values({ name: DISPATCHER, cursor: null }).onConflictDoNothing();
  const [position] = await tx.select().from(notificationDispatch).where(eq(notificationDispatch.name, DISPATCHER)).for('update', { skipLocked: true });
  if (!position) return { read: 0, made: 0 };

  const page = await context.events.list(tx, { cursor: position.cursor ?? undefined, limit });
  if (page.data.length === 0) return { read: 0, made: 0 };

  const accountIds = [...new Set(page.data.map((event) => event.accountId))];
  const types = [...new Set(page.data.map((event) => event.type))];
  const plansDueDates = types.some((type) => type.startsWith(`${dueDateModel}.`));
  const rules = await tx
    .select()
    .from(notificationRules)
    .where(
      and(
        inArray(notificationRules.accountId, accountIds),
        plansDueDates ? or(inArray(notificationRules.eventType, types), eq(notificationRules.eventType, DUE_DATE_EVENT_TYPE)) : inArray(notificationRules.eventType, types),
        eq(notificationRules.enabled, true),
        isNull(notificationRules.deletedAt),
      ),
    );
  const needsContact = rules.some((rule) => rule.recipient === 'account_contact');
  const contacts = needsContact ? await context.contactsOf(tx, accountIds) : new Map<string, string | null>();
  const manners = rules.length > 0 ? await context.mannersOf(tx, accountIds) : new Map<string, SendingManners>();
  const needsConnector = rules.some((rule) => rule.catalogEntry && rule.integrationId === null);
  const connectors = needsConnector ? await context.connectorsOf(tx, [...new Set(page.data.flatMap((event) => (event.integrationId ? [event.integrationId] : [])))]) : new Map<string, string>();

  const rows: NewNotification[] = [];
  // Due-date reminders: the latest event of each record in the page decides, and re-plans what is still waiting.
  const plans = new Map<string, NewNotification>();
  // Reminders whose moment a later event moved into the past (an earlier due date): no longer to be sent.
  const unplanned = new Map<string, string>();
  for (const event of page.data) {
    for (const rule of rules) {
      if (rule.accountId !== event.accountId || !applies(rule, event)) continue;
      const catalog = rule.catalogEntry ? catalogEntryOf(rule.catalogEntry) : null;
      const entry = catalog?.entry;
      if (catalog && rule.integrationId === null && connectors.get(event.integrationId ?? '') !== catalog.connector.key) continue;
      if (entry && entry.trigger.kind !== 'daily_digest' && !meetsCondition(entry.trigger.where, event.data)) continue;
      const accountManners = manners.get(rule.accountId)!;
      if (rule.eventType === DUE_DATE_EVENT_TYPE) {
        const plan = planDueDate(rule, event, accountManners, entry?.trigger.kind === 'due_date' ? entry.trigger.while : ['pending'], now);
        if (plan && 'unplan' in plan) {
          plans.delete(plan.unplan);
          unplanned.set(plan.unplan, plan.reason);
        } else if (plan) {
          unplanned.delete(plan.idempotencyKey);
          plans.set(plan.idempotencyKey, plan);
        }
        continue;
      }
      if (rule.eventType !== event.type) continue;
      const due = new Date(Math.max(Date.parse(event.occurredAt) + rule.delaySeconds * 1000, now.getTime()));
      const recipients = resolveRecipients(rule, event, { recordPaths: recordRecipientOf(event.subject?.model), contactEmail: contacts.get(rule.accountId) ?? null });
      for (const recipient of recipients) {
        const skipped = 'skip' in recipient;
        rows.push({
          ...notificationOf(rule, event, now),
          recipient: skipped ? null : recipient.address,
          status: skipped ? 'skipped' : 'scheduled',
          skipReason: skipped ? recipient.skip : null,
          lastError: skipped ? recipient.detail : null,
          scheduledAt: skipped ? due : outsideQuietHours(accountManners, rule.channel, rule.recipient, due),
          // A rule with several fixed phones makes one notification per phone.
          idempotencyKey: recipients.length > 1 && !skipped ? `${rule.id}:${event.id}:${recipient.address}` : `${rule.id}:${event.id}`,
        });
      }
    }
  }
  await insertNew(tx, rows);
  if (plans.size > 0) {
    // One reminder per rule and record: a later event moves it (a new due date) or, once the record leaves the
    // statuses it waits in, the happy path cancels it. Sent, failed or canceled ones stay as they were.
    await tx
      .insert(notifications)
      .values([...plans.values()])
      .onConflictDoUpdate({
        target: notifications.idempotencyKey,
        set: { event: sql`excluded.event`, eventId: sql`excluded.event_id`, recipient: sql`excluded.recipient`, scheduledAt: sql`excluded.scheduled_at`, status: 'scheduled', canceledReason: null, updatedAt: now },
        // A reminder an earlier due date canceled comes back when the date moves out again.
        setWhere: sql`${notifications.status} = 'scheduled' or (${notifications.status} = 'canceled' and ${notifications.canceledReason} like ${`${DUE_DATE_CHANGED}%`})`,
      });
  }
  for (const [key, reason] of unplanned) {
    await tx
      .update(notifications)
      .set({ status: 'canceled', canceledReason: reason, updatedAt: now })
      .where(and(eq(notifications.idempotencyKey, key), eq(notifications.status, 'scheduled')));
  }
  await cancelSuperseded(tx, page.data, now);
  await tx.update(notificationDispatch).set({ cursor: page.nextCursor }).where(eq(notificationDispatch.name, DISPATCHER));
  return { read: page.data.length, made: rows.length + plans.size };
}

/**
 * Inserts notifications, skipping those made already (same idempotency key), in one statement whose rows travel as
 * one JSON parameter: building a 500-row insert through the query builder cost as much as the rest of a round.
 */
async function insertNew(tx: Database, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into ${notifications} (id, account_id, environment, rule_id, integration_id, event_id, event_type, event, channel, recipient,
                                  catalog_entry, template_id, skip_reason, subject_key, step, priority, status, scheduled_at, last_error,
                                  idempotency_key, created_at, updated_at)
    select id, account_id, environment, rule_id, integration_id, event_id, event_type, event, channel, recipient,
           catalog_entry, template_id, skip_reason, subject_key, step, priority, status, scheduled_at, last_error,
           idempotency_key, created_at, updated_at
      from jsonb_to_recordset(${JSON.stringify(rows.map(toColumns))}::jsonb) as r(
             id text, account_id text, environment text, rule_id text, integration_id text, event_id text, event_type text, event jsonb,
             channel text, recipient text, catalog_entry text, template_id text, skip_reason text, subject_key text, step int, priority int,
             status text, scheduled_at timestamptz, last_error text, idempotency_key text, created_at timestamptz, updated_at timestamptz)
        on conflict (idempotency_key) do nothing`);
}

/** A new notification's columns by their SQL names. */
const toColumns = (row: NewNotification) => ({
  id: row.id,
  account_id: row.accountId,
  environment: row.environment,
  rule_id: row.ruleId,
  integration_id: row.integrationId ?? null,
  event_id: row.eventId,
  event_type: row.eventType,
  event: row.event,
  channel: row.channel,
  recipient: row.recipient ?? null,
  catalog_entry: row.catalogEntry ?? null,
  template_id: row.templateId ?? null,
  skip_reason: row.skipReason ?? null,
  subject_key: row.subjectKey ?? null,
  step: row.step ?? null,
  priority: row.priority,
  status: row.status,
  scheduled_at: row.scheduledAt,
  last_error: row.lastError ?? null,
  idempotency_key: row.idempotencyKey,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

/** A reminder's place on the happy path when no catalog entry says: after creation (1), before payment (3). */
const REMINDER_STEP = 2;

const catalogStep = (rule: RuleRow) => (rule.catalogEntry ? catalogEntryOf(rule.catalogEntry)?.entry.priority : undefined);

function notificationOf(rule: RuleRow, event: Event, now: Date) {
  const step = catalogStep(rule) ?? happyPathStep(event.type);
  return {
    id: newId('notification'),
    accountId: event.accountId,
    environment: event.environment,
    ruleId: rule.id,
    integrationId: event.integrationId,
    eventId: event.id,
    eventType: rule.eventType,
    event,
    channel: rule.channel,
    catalogEntry: rule.catalogEntry,
    templateId: rule.templateId,
    subjectKey: subjectKeyOf(event),
    step,
    priority: step ?? priorityOf(event.type),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The reminder a due-date rule plans for the record an event is about: at the rule's moment relative to the record's
 * due date, moved out of quiet hours. None while the record is not waiting (paid, canceled), has no due date, or when
 * the moment came before the event (a charge made due tomorrow gets no "due in 2 days").
 */
function planDueDate(rule: RuleRow, event: Event, manners: SendingManners, waitingStatuses: string[], now: Date): NewNotification | { unplan: string; reason: string } | null {
  const record = event.subject?.model === dueDateModel ? (event.data[dueDateModel] as Record<string, unknown> | undefined) : undefined;
  if (!record || !rule.timing) return null;
  const subjectKey = subjectKeyOf(event);
  // A record no longer waiting (paid, canceled, reserved for review) needs no reminder: what was planned is canceled.
  if (!waitingStatuses.includes(record.status as string)) {
    return subjectKey ? { unplan: `${rule.id}:${subjectKey}`, reason: `The payment is ${String(record.status)} (${event.type}, ${event.id}): the reminder no longer applies` } : null;
  }
  const moment = dueDateMoment(rule.timing, record.dueDate, manners.timeZone);
  if (!moment || moment.getTime() < Date.parse(event.occurredAt)) {
    // A reminder planned before stays only while its moment is still ahead: an earlier due date or none cancels it.
    return subjectKey ? { unplan: `${rule.id}:${subjectKey}`, reason: `${DUE_DATE_CHANGED} (${event.type}, ${event.id}): the reminder no longer applies` } : null;
  }
  const [recipient] = resolveRecipients(rule, event, { recordPaths: recordRecipientOf(dueDateModel), contactEmail: null });
  // A reminder to nobody is not planned: the record's creation already told the skip's reason.
  if (!recipient || 'skip' in recipient) return null;
  if (!subjectKey) return null;
  const step = catalogStep(rule) ?? REMINDER_STEP;
  return {
    ...notificationOf(rule, event, now),
    // Whatever event planned it, a reminder sits between the charge's creation and its payment on the happy path.
    step,
    priority: step,
    recipient: recipient.address,
    status: 'scheduled',
    scheduledAt: outsideQuietHours(manners, rule.channel, rule.recipient, new Date(Math.max(moment.getTime(), now.getTime()))),
    idempotencyKey: `${rule.id}:${subjectKey}`,
  };
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
