import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

export const CHANNELS = ['email', 'webhook', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * scheduled: waiting for its time (first try or a retry); sending: held by a worker until `lease_until`; sent: the
 * channel accepted it; delivered / read: the channel said so later (WhatsApp's status webhook); skipped: never sent,
 * for the reason in `skip_reason` (no usable address, opted out, the recipient's daily cap).
 */
export const NOTIFICATION_STATUSES = ['scheduled', 'sending', 'sent', 'delivered', 'read', 'failed', 'canceled', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * Who a rule's messages go to: `fixed` addresses on the rule (e-mails, phones, a webhook URL), the `record`'s own
 * person (a payment's payer, a complaint's consumer, a fuel transaction's driver), or the `account_contact`.
 */
export const RECIPIENT_KINDS = ['fixed', 'record', 'account_contact'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Why a notification was skipped rather than sent (reports group by it). */
export const SKIP_REASONS = ['no_address', 'invalid_address', 'opted_out', 'recipient_cap'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * When a rule sends relative to the record rather than the event: `daysFromDueDate` days from the record's due date
 * (negative before it), at `at` (HH:MM) in the account's time zone. Null on a rule: when the event happens, plus
 * its `delaySeconds`.
 */
export interface DueDateTiming {
  daysFromDueDate: number;
  at: string;
}

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
    recipient: text('recipient', { enum: RECIPIENT_KINDS }).notNull().default('fixed'),
    emailTo: text('email_to').array(),
    /** Fixed WhatsApp recipients, E.164 (`+5511987654321`). */
    phoneTo: text('phone_to').array(),
    webhookUrl: text('webhook_url'),
    /** The webhook's signing secret, sealed in the credential vault (with the one it replaced, during a rotation). */
    signingCredentialId: text('signing_credential_id'),
    /** Until when a rotated-out secret still signs beside the new one, so receivers can switch without a gap. */
    previousSecretValidUntil: timestamp('previous_secret_valid_until', { withTimezone: true }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    /** How long after the event to send (a reminder a day after `payment.overdue`, say). */
    delaySeconds: integer('delay_seconds').notNull(),
    /** Sends relative to the record's due date instead (reminders), re-planned when the record changes. */
    timing: jsonb('timing').$type<DueDateTiming>(),
    /** The connector's catalog entry the rule was turned on from (`paghiper:boleto.due_soon`), which may narrow the events it takes. */
    catalogEntry: text('catalog_entry'),
    /** The account's template; null: the catalog entry's built-in one, or the event's standard message. */
    templateId: text('template_id'),
    enabled: boolean('enabled').notNull(),
    /** Webhook rules: since when every delivery has failed (cleared by a success); 5 days of it disables the rule. */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    /** Why Ponte disabled the rule by itself (an endpoint gone or failing for days), until someone enables it. */
    disabledReason: text('disabled_reason'),
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
    /** Where it goes: an e-mail address (or several, comma-separated, for fixed lists), an E.164 phone, a webhook URL. */
    recipient: text('recipient'),
    catalogEntry: text('catalog_entry'),
    templateId: text('template_id'),
    /** The channel's own id for the message (WhatsApp's `wamid.…`), which its status webhooks name. */
    providerMessageId: text('provider_message_id'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    skipReason: text('skip_reason', { enum: SKIP_REASONS }),
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
    // The live updates' watcher reads the rows changed since its last look.
    index('notifications_updated_idx').on(table.updatedAt),
    index('notifications_provider_message_idx').on(table.providerMessageId),
    index('notifications_recipient_idx').on(table.accountId, table.channel, table.recipient, table.sentAt),
  ],
);

/**
 * An account's message templates, per channel and locale: Liquid text for e-mail (subject and body, HTML-escaped in
 * the HTML part), or for WhatsApp the name of a template approved at Meta with one Liquid expression per parameter.
 */
export const notificationTemplates = pgTable(
  'notification_templates',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    name: text('name').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    /** The catalog entry it was made for (`paghiper:boleto.created`): its connector decides which variables exist. */
    catalogEntry: text('catalog_entry'),
    /** The connector whose records fill it (from the catalog entry, or given). */
    connector: text('connector'),
    subject: text('subject'),
    body: text('body'),
    whatsappTemplateName: text('whatsapp_template_name'),
    whatsappLanguage: text('whatsapp_language'),
    whatsappParameters: text('whatsapp_parameters').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [index('notification_templates_account_idx').on(table.accountId)],
);

/** An account's sending manners: quiet hours and the per-recipient daily caps. No row: the defaults. */
export const notificationSettings = pgTable('notification_settings', {
  accountId: text('account_id').primaryKey(),
  /** HH:MM, local to `time_zone`; a window may cross midnight (21:00–08:00). Null start: no quiet hours. */
  quietHoursStart: text('quiet_hours_start'),
  quietHoursEnd: text('quiet_hours_end'),
  timeZone: text('time_zone').notNull(),
  /** The channels quiet hours hold back (messages to a record's person only: staff rules are not held). */
  quietChannels: text('quiet_channels', { enum: CHANNELS }).array().notNull(),
  /** At most this many messages a day (in `time_zone`) to one person, per channel; null: no cap. */
  whatsappDailyCap: integer('whatsapp_daily_cap'),
  emailDailyCap: integer('email_daily_cap'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** People who asked not to hear from an account on a channel any more (a one-click unsubscribe, a "SAIR" reply). */
export const notificationOptOuts = pgTable(
  'notification_opt_outs',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** The address as sent to: lower-case e-mail, or E.164 phone. */
    address: text('address').notNull(),
    source: text('source', { enum: ['email_link', 'whatsapp_reply', 'api'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('notification_opt_outs_address_idx').on(table.accountId, table.channel, table.address)],
);

/**
 * An account's WhatsApp Business sending number: the phone-number id and business account id in clear, the access
 * token, app secret (which signs Meta's webhooks) and verify token sealed in the vault.
 */
export const whatsappSenders = pgTable(
  'whatsapp_senders',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    phoneNumberId: text('phone_number_id').notNull(),
    businessAccountId: text('business_account_id').notNull(),
    credentialId: text('credential_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('whatsapp_senders_account_idx').on(table.accountId, table.environment), index('whatsapp_senders_number_idx').on(table.phoneNumberId)],
);

/** Where the dispatcher has read the event log up to (one row; its lock keeps dispatchers one at a time). */
export const notificationDispatch = pgTable('notification_dispatch', {
  name: text('name').primaryKey(),
  cursor: text('cursor'),
});

/**
 * WhatsApp statuses that arrived before the send that caused them was recorded (Meta can call back within
 * milliseconds of accepting a message, before the worker has stored its `wamid`): applied once it is, then removed.
 */
export const whatsappEarlyStatuses = pgTable(
  'whatsapp_early_statuses',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    providerMessageId: text('provider_message_id').notNull(),
    /** The status update as parsed (status, timestamp, errors). */
    update: jsonb('update').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('whatsapp_early_statuses_message_idx').on(table.providerMessageId)],
);
