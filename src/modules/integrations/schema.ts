import { bigserial, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

export const INTEGRATION_STATES = [
  'requested',
  'awaiting_customer',
  'credentials_received',
  'connecting',
  'pending_provider_approval',
  'needs_revision',
  'active',
  'reconnect_required',
  'key_expired',
  'failed',
  'paused',
  'cancelled',
] as const;
export type IntegrationState = (typeof INTEGRATION_STATES)[number];

/** One account's connection to one connector in one environment. */
export const integrations = pgTable(
  'integrations',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    connector: text('connector').notNull(),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    state: text('state', { enum: INTEGRATION_STATES }).notNull(),
    /** Why the integration is in its state, when that needs saying (a provider's refusal, an error). */
    stateReason: text('state_reason'),
    config: jsonb('config').notNull(),
    credentialId: text('credential_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('integrations_account_idx').on(table.accountId),
    index('integrations_connector_state_idx').on(table.connector, table.state),
    // The live updates' watcher reads the rows changed since its last look.
    index('integrations_updated_idx').on(table.updatedAt),
  ],
);

/**
 * The integration's timeline: every lifecycle transition, durable, with who moved it and why. `from_state` is null
 * for the creation. Related ticket and message ids point at what caused the move (a reply, a /connect submission).
 */
export const integrationTransitions = pgTable(
  'integration_transitions',
  {
    id: text('id').primaryKey(),
    /** The order of the moves: several can share one instant (one transaction, a stopped test clock). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    integrationId: text('integration_id').notNull(),
    accountId: text('account_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromState: text('from_state', { enum: INTEGRATION_STATES }),
    toState: text('to_state', { enum: INTEGRATION_STATES }).notNull(),
    actor: text('actor').notNull(),
    reason: text('reason'),
    ticketId: text('ticket_id'),
    messageId: text('message_id'),
    data: jsonb('data').notNull(),
  },
  (table) => [index('integration_transitions_integration_idx').on(table.integrationId, table.seq)],
);

/**
 * The timers of a step of the timeline that have fired (a reminder, the approval SLA's warning), by the move that
 * set them: each fires once, even when the job firing it runs again because its worker died before it finished.
 */
export const integrationStepTimers = pgTable(
  'integration_step_timers',
  {
    transitionId: text('transition_id').notNull(),
    /** Which of the step's timers: `reminder:3`, `approval_sla:warning`, ... */
    timer: text('timer').notNull(),
    integrationId: text('integration_id').notNull(),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.transitionId, table.timer] })],
);

/**
 * One-time /connect links: where a customer hands over credentials for one integration. The link's secret part is
 * derived from the master key and the link id (never stored); a link works once, until it expires or a newer one
 * replaces it.
 */
export const integrationConnectLinks = pgTable(
  'integration_connect_links',
  {
    id: text('id').primaryKey(),
    integrationId: text('integration_id').notNull(),
    accountId: text('account_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Set when a newer link for the same integration replaced this one. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (table) => [index('integration_connect_links_integration_idx').on(table.integrationId)],
);
