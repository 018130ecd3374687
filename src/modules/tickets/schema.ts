import { bigserial, boolean, doublePrecision, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

/** What a ticket is about: an onboarding, a partner's API question (`support`), a complaint, a sync failure. */
export const TICKET_KINDS = ['onboarding', 'support', 'complaint', 'sync_failure'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_STATUSES = ['open', 'waiting_customer', 'waiting_provider', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_LOCALES = ['pt-BR', 'en'] as const;
export type TicketLocale = (typeof TICKET_LOCALES)[number];

/** inbound: from the customer (an e-mail reply, the portal); outbound: from the operator (an e-mail, an agent). */
export const MESSAGE_DIRECTIONS = ['inbound', 'outbound'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/** internal: a note among staff, never shown to the customer. */
export const MESSAGE_VISIBILITIES = ['public', 'internal'] as const;
export type MessageVisibility = (typeof MESSAGE_VISIBILITIES)[number];

/** What an attachment was; its content is not kept here. */
export interface AttachmentInfo {
  filename: string;
  contentType: string;
  size: number;
}

/** The nine categories of the partner API support procedure, then the other kinds' own. */
export const TICKET_CATEGORIES = [
  'api_question',
  'invalid_api_key',
  'access_token',
  'off_hours_error',
  'product_question',
  'unexplained_error',
  'key_user_confusion',
  'key_request',
  'bug',
  'onboarding',
  'complaint',
  'sync_failure',
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** Where a support ticket is in the procedure; the moves allowed are in support-stages.ts. */
export const TICKET_STAGES = ['received', 'initial_analysis', 'investigation', 'resolved', 'escalated', 'closed'] as const;
export type TicketStage = (typeof TICKET_STAGES)[number];

export const TICKET_TEAMS = ['support', 'engineering', 'commercial'] as const;
export type TicketTeam = (typeof TICKET_TEAMS)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** A support case of one account, with its messages and timeline. */
export const tickets = pgTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    integrationId: text('integration_id'),
    kind: text('kind', { enum: TICKET_KINDS }).notNull(),
    subject: text('subject').notNull(),
    status: text('status', { enum: TICKET_STATUSES }).notNull(),
    /** The admin or agent working it. */
    assigneeId: text('assignee_id'),
    requesterEmail: text('requester_email').notNull(),
    requesterName: text('requester_name'),
    /** The language of what the customer reads about it (e-mails, the portal). */
    locale: text('locale', { enum: TICKET_LOCALES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    /** Support desk fields; onboarding tickets follow `status` and leave stage and team empty. */
    category: text('category', { enum: TICKET_CATEGORIES }),
    stage: text('stage', { enum: TICKET_STAGES }),
    team: text('team', { enum: TICKET_TEAMS }),
    priority: text('priority', { enum: TICKET_PRIORITIES }).notNull().default('normal'),
    /** Set on closing: what solved it, the category it turned out to be, and whether the requester confirmed. */
    solution: text('solution'),
    finalCategory: text('final_category', { enum: TICKET_CATEGORIES }),
    confirmedByRequester: boolean('confirmed_by_requester'),
    /** What a flow opened it for, when it opens one ticket per integration and cause (a sync failure's event type). */
    cause: text('cause'),
  },
  (table) => [
    index('tickets_account_idx').on(table.accountId, table.id),
    index('tickets_integration_idx').on(table.integrationId, table.kind),
    index('tickets_status_idx').on(table.status, table.id),
    index('tickets_assignee_idx').on(table.assigneeId, table.id),
    // The live updates' watcher reads the rows changed since its last look.
    index('tickets_updated_idx').on(table.updatedAt),
  ],
);

export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: text('id').primaryKey(),
    /** The order messages were added in (ids are random; timestamps tie within a transaction). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id),
    direction: text('direction', { enum: MESSAGE_DIRECTIONS }).notNull(),
    visibility: text('visibility', { enum: MESSAGE_VISIBILITIES }).notNull(),
    /** Who wrote it, as audit entries name actors (`usr_…`, `contact:…`, `system:…`). */
    author: text('author').notNull(),
    fromAddress: text('from_address'),
    toAddresses: text('to_addresses').array(),
    subject: text('subject'),
    body: text('body').notNull(),
    attachments: jsonb('attachments').$type<AttachmentInfo[]>().notNull(),
    /** The e-mail's Message-ID, so that a message delivered twice is attached once. */
    mailMessageId: text('mail_message_id').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('ticket_messages_ticket_idx').on(table.ticketId, table.seq)],
);

/** The ticket's timeline: created, message_added, status_changed, assigned, … with what changed in `data`. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('ticket_events_ticket_idx').on(table.ticketId, table.seq)],
);

/** The mandatory evidence of the partner API procedure: no escalation to engineering without all of it. */
export const MANDATORY_EVIDENCE = ['apiKey', 'user', 'environment', 'endpoint', 'payload', 'occurredAt', 'errorMessage'] as const;
export type MandatoryEvidenceItem = (typeof MANDATORY_EVIDENCE)[number];
/** What the escalation gate asks for: the mandatory evidence and a diagnostics run on the failed call. */
export const ESCALATION_REQUIREMENTS = [...MANDATORY_EVIDENCE, 'diagnostics'] as const;
export type EscalationRequirement = (typeof ESCALATION_REQUIREMENTS)[number];
/** Every evidence item: the mandatory ones, what helps beside them, and the latest diagnostics run. */
export const EVIDENCE_ITEMS = [...MANDATORY_EVIDENCE, 'status', 'problemCode', 'requestId', 'diagnostics'] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

/** request_log: copied from a request log; agent: entered by an agent; diagnostics: the automatic checks' findings. */
export const EVIDENCE_SOURCES = ['request_log', 'agent', 'diagnostics'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/**
 * A support ticket's evidence, one row per item (the latest entry of an item replaces the one before). Keys are kept
 * masked and payloads redacted, as the request log keeps them.
 */
export const ticketEvidence = pgTable(
  'ticket_evidence',
  {
    id: text('id').primaryKey(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id),
    item: text('item', { enum: EVIDENCE_ITEMS }).notNull(),
    /** A string for every item but the payload (JSON), the status (a number) and diagnostics ({ ranAt, requestId, findings }). */
    value: jsonb('value').notNull(),
    source: text('source', { enum: EVIDENCE_SOURCES }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('ticket_evidence_item_idx').on(table.ticketId, table.item)],
);

/**
 * Inbound e-mail that could not be attached to a ticket (its routing address did not verify, the ticket is closed or
 * unknown, or a program sent it): kept aside for an agent, never attached to a guessed ticket.
 */
export const setAsideMail = pgTable(
  'set_aside_mail',
  {
    id: text('id').primaryKey(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    envelopeFrom: text('envelope_from').notNull(),
    envelopeTo: jsonb('envelope_to').notNull(),
    fromAddress: text('from_address'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    mailMessageId: text('mail_message_id'),
  },
  (table) => [index('set_aside_mail_received_idx').on(table.receivedAt)],
);

/**
 * A support ticket's SLA timers (first answer, resolution) on the business calendar. Due times are set at intake and
 * recomputed when the category changes; the resolution timer pauses while the ticket waits for the customer. A breach
 * is marked once (`…BreachedAt`), by the sweep that records it on the timeline.
 */
export const ticketSla = pgTable(
  'ticket_sla',
  {
    ticketId: text('ticket_id')
      .primaryKey()
      .references(() => tickets.id),
    firstAnswerDueAt: timestamp('first_answer_due_at', { withTimezone: true }).notNull(),
    /** The first public outbound message by staff. */
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    firstAnswerBreachedAt: timestamp('first_answer_breached_at', { withTimezone: true }),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }).notNull(),
    /** When the ticket reached stage resolved (cleared when it is reopened). */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolutionBreachedAt: timestamp('resolution_breached_at', { withTimezone: true }),
    /** Since when the resolution timer is paused (the ticket waits for the customer). */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
  },
  (table) => [index('ticket_sla_first_answer_due_idx').on(table.firstAnswerDueAt), index('ticket_sla_resolution_due_idx').on(table.resolutionDueAt)],
);

/** SLA targets an admin set for a category, in business hours; categories without a row use the defaults in sla.ts. */
export const supportSlaPolicies = pgTable('support_sla_policies', {
  category: text('category', { enum: TICKET_CATEGORIES }).primaryKey(),
  firstAnswerHours: doublePrecision('first_answer_hours').notNull(),
  resolutionHours: doublePrecision('resolution_hours').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
