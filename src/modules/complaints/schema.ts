import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

export const COMPLAINT_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type ComplaintPriority = (typeof COMPLAINT_PRIORITIES)[number];

/** The service ticket's fields a converted complaint gets (the channel article's "defaults"). */
export interface ConversionDefaults {
  customerType: string;
  region: string;
  /** The admin or agent the ticket is created for: it is assigned to them. */
  creatorUserId: string;
  sector: string;
  occurrenceType: string;
  occurrence: string;
  /** The solutions a converted complaint's ticket may be closed with. */
  solutions: string[];
}

/**
 * Automatic conversion of one Reclame Aqui integration's complaints into tickets: on or off, the defaults each ticket
 * gets, and the sync group's priority where the built-in reading of the group's name is not wanted.
 */
export const complaintConversionSettings = pgTable('complaint_conversion_settings', {
  integrationId: text('integration_id').primaryKey(),
  accountId: text('account_id').notNull(),
  enabled: boolean('enabled').notNull(),
  defaults: jsonb('defaults').$type<ConversionDefaults>().notNull(),
  /** Sync group name → priority, read before the built-in words (complaints/priority.ts). */
  priorities: jsonb('priorities').$type<Record<string, ComplaintPriority>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});

/** A status as HugMe names it. */
export interface ComplaintStatus {
  id: number;
  name: string;
}

/**
 * The link between a complaint (one integration's HugMe ticket) and the Ponte ticket it became, with what the
 * ticket was given at conversion and the complaint's last known state (what status changes are compared against).
 */
export const complaintTickets = pgTable(
  'complaint_tickets',
  {
    ticketId: text('ticket_id').primaryKey(),
    integrationId: text('integration_id').notNull(),
    accountId: text('account_id').notNull(),
    /** HugMe's ticket id: what the connector's actions take as `ticketId`. */
    externalId: text('external_id').notNull(),
    /** Reclame Aqui's own complaint id. */
    sourceExternalId: text('source_external_id'),
    defaults: jsonb('defaults').$type<ConversionDefaults>().notNull(),
    syncGroup: text('sync_group'),
    consumerName: text('consumer_name'),
    consumerEmail: text('consumer_email'),
    raStatus: jsonb('ra_status').$type<ComplaintStatus | null>(),
    hugmeStatus: jsonb('hugme_status').$type<ComplaintStatus | null>(),
    answered: boolean('answered').notNull(),
    rating: text('rating'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('complaint_tickets_complaint_idx').on(table.integrationId, table.externalId)],
);

/** Each complaint interaction put on its ticket, so a re-sync adds none twice (`messageId` null: none was added). */
export const complaintInteractions = pgTable(
  'complaint_interactions',
  {
    integrationId: text('integration_id').notNull(),
    interactionId: text('interaction_id').notNull(),
    ticketId: text('ticket_id').notNull(),
    messageId: text('message_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.integrationId, table.interactionId] })],
);

export const ANSWER_TYPES = ['public_answer', 'private_message', 'request_evaluation', 'request_moderation'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** sent: HugMe took it; failed: HugMe refused it or could not be reached, and the consumer got nothing. */
export const ANSWER_OUTCOMES = ['sent', 'failed'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

/** Every answer an agent sent to HugMe from a complaint ticket, sent or not. */
export const complaintAnswers = pgTable(
  'complaint_answers',
  {
    id: text('id').primaryKey(),
    ticketId: text('ticket_id').notNull(),
    integrationId: text('integration_id').notNull(),
    type: text('type', { enum: ANSWER_TYPES }).notNull(),
    outcome: text('outcome', { enum: ANSWER_OUTCOMES }).notNull(),
    /** The ticket message that holds the text, for a sent answer with a text to the consumer. */
    messageId: text('message_id'),
    /** HugMe's interaction id and words on success. */
    interactionId: text('interaction_id'),
    providerMessage: text('provider_message'),
    /** On failure: the problem the agent was shown. */
    problemCode: text('problem_code'),
    error: text('error'),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [index('complaint_answers_ticket_idx').on(table.ticketId, table.at)],
);
