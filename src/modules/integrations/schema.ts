import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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
  (table) => [index('integrations_account_idx').on(table.accountId), index('integrations_connector_state_idx').on(table.connector, table.state)],
);
