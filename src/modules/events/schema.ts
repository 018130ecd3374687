import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only facts. `seq` gives the stable order that event cursors page by. */
export const events = pgTable(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: text('id').notNull().unique(),
    accountId: text('account_id').notNull(),
    integrationId: text('integration_id'),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    type: text('type').notNull(),
    /** What the event is about, e.g. `payment` and the provider's id. */
    subjectModel: text('subject_model'),
    subjectId: text('subject_id'),
    data: jsonb('data').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('events_account_seq_idx').on(table.accountId, table.seq), index('events_integration_seq_idx').on(table.integrationId, table.seq)],
);
