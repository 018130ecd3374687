import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

export const CHANNELS = ['email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** scheduled: waiting for its time (first try or a retry); sending: held by a worker until `lease_until`. */
export const NOTIFICATION_STATUSES = ['scheduled', 'sending', 'sent', 'failed', 'canceled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** An event type of one account mapped to a channel, a recipient and a language. */
export const notificationRules = pgTable(
  'notification_rules',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    /** Null: every integration of the account in that environment. */
    integrationId: text('integration_id'),
    eventType: text('event_type').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    emailTo: text('email_to').array(),
    webhookUrl: text('webhook_url'),
    /** The webhook's signing secret, sealed in the credential vault (with the one it replaced, during a rotation). */
    signingCredentialId: text('signing_credential_id'),
    /** Until when a rotated-out secret still signs beside the new one, so receivers can switch without a gap. */
    previousSecretValidUntil: timestamp('previous_secret_valid_until', { withTimezone: true }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    /** How long after the event to send (a reminder a day after `payment.overdue`, say). */
    delaySeconds: integer('delay_seconds').notNull(),
    enabled: boolean('enabled').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** Deleted rules stay, so the notifications they made still say where they came from. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [index('notification_rules_match_idx').on(table.accountId, table.eventType)],
);

/** The send queue: one notification per (rule, event), with its schedule, attempts and outcome. */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    ruleId: text('rule_id').notNull(),
    integrationId: text('integration_id'),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    /** The event as it was, so that every attempt sends the same content. */
    event: jsonb('event').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** What the event is about (integration, model, external id): happy-path steps cancel earlier ones of it. */
    subjectKey: text('subject_key'),
    /** The event's step on its happy path (created 1, overdue 2, paid 3, ...), or null off any path. */
    step: integer('step'),
    /** Higher goes first among notifications due at once. */
    priority: integer('priority').notNull(),
    status: text('status', { enum: NOTIFICATION_STATUSES }).notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    canceledReason: text('canceled_reason'),
    /** One notification per rule and event, however often the event is read. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('notifications_due_idx')
      .on(table.priority.desc(), table.scheduledAt)
      .where(sql`status in ('scheduled', 'sending')`),
    index('notifications_subject_idx').on(table.subjectKey),
    index('notifications_account_idx').on(table.accountId, table.createdAt, table.id),
    index('notifications_created_idx').on(table.createdAt, table.id),
  ],
);

/** Where the dispatcher has read the event log up to (one row; its lock keeps dispatchers one at a time). */
export const notificationDispatch = pgTable('notification_dispatch', {
  name: text('name').primaryKey(),
  cursor: text('cursor'),
});
