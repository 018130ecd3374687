import { sql } from 'drizzle-orm';
import { bigserial, customType, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

export const EVENT_ORIGINS = ['live', 'history'] as const;
export type EventOrigin = (typeof EVENT_ORIGINS)[number];

/** PostgreSQL's 64-bit transaction id, as text (it outgrows a JavaScript number's safe range in principle). */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Append-only facts. Readers page in (`tx_id`, `seq`) order and only up to the oldest transaction still running,
 * so an event committed late by a slow transaction is never skipped by a cursor that has moved past its `seq`.
 */
export const events = pgTable(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    /** The writing transaction: every transaction that commits later has a greater one than any reader has seen. */
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
    id: text('id').notNull().unique(),
    accountId: text('account_id').notNull(),
    integrationId: text('integration_id'),
    environment: text('environment', { enum: ['sandbox', 'production'] }).notNull(),
    type: text('type').notNull(),
    /** What the event is about, e.g. `payment` and the provider's id. */
    subjectModel: text('subject_model'),
    subjectId: text('subject_id'),
    data: jsonb('data').notNull(),
    /** `history` when found in the provider's past (a backfill): a fact to keep, not news to tell anyone. */
    origin: text('origin', { enum: EVENT_ORIGINS }).notNull().default('live'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('events_order_idx').on(table.txId, table.seq),
    index('events_account_order_idx').on(table.accountId, table.txId, table.seq),
    index('events_integration_order_idx').on(table.integrationId, table.txId, table.seq),
  ],
);

/**
 * Where each event reaction (a flow reacting to events: sync failures opening tickets, complaints becoming tickets)
 * has read the log up to. A reaction sees only events that occurred after it first ran.
 */
export const eventReactionCursors = pgTable('event_reaction_cursors', {
  name: text('name').primaryKey(),
  cursor: text('cursor'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
});
