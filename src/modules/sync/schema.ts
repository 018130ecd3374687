import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

/** When each integration syncs next, and who holds it now (a lease, so one sync of an integration at a time). */
export const syncSchedules = pgTable(
  'sync_schedules',
  {
    integrationId: text('integration_id').primaryKey(),
    enabled: boolean('enabled').notNull(),
    intervalMinutes: integer('interval_minutes').notNull(),
    nextSyncAt: timestamp('next_sync_at', { withTimezone: true }).notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastSyncAt: timestamp('last_sync_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastStatus: text('last_status', { enum: ['succeeded', 'failed', 'deferred'] }),
    lastError: text('last_error'),
    lastCallbackAt: timestamp('last_callback_at', { withTimezone: true }),
    firstDataAt: timestamp('first_data_at', { withTimezone: true }),
  },
  (table) => [index('sync_schedules_due_idx').on(table.nextSyncAt).where(sql`${table.enabled}`)],
);

/** Where each integration's sync of each model continues; written in the transaction of the records it follows. */
export const syncCursors = pgTable(
  'sync_cursors',
  {
    integrationId: text('integration_id').notNull(),
    model: text('model').notNull(),
    cursor: text('cursor'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.integrationId, table.model] })],
);

export const records = pgTable(
  'records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    integrationId: text('integration_id').notNull(),
    accountId: text('account_id').notNull(),
    model: text('model').notNull(),
    externalId: text('external_id').notNull(),
    hash: text('hash').notNull(),
    /** The status field of the record, when it has one, to name status moves (pending → paid). */
    status: text('status'),
    data: jsonb('data').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('records_identity_key').on(table.integrationId, table.model, table.externalId),
    // What the live updates read: the records changed since their last look.
    index('records_updated_idx').on(table.updatedAt),
  ],
);

export const syncRuns = pgTable(
  'sync_runs',
  {
    id: text('id').primaryKey(),
    integrationId: text('integration_id').notNull(),
    kind: text('kind', { enum: ['poll', 'backfill', 'callback'] }).notNull(),
    status: text('status', { enum: ['running', 'succeeded', 'failed', 'deferred'] }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
    fetched: integer('fetched').notNull().default(0),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    deleted: integer('deleted').notNull().default(0),
    error: text('error'),
  },
  (table) => [
    index('sync_runs_integration_idx').on(table.integrationId, table.startedAt),
    // The live updates' watcher reads the runs started or finished since its last look.
    index('sync_runs_started_idx').on(table.startedAt),
    index('sync_runs_finished_idx').on(table.finishedAt),
  ],
);

/** The retroactive window fetched on activation, in resumable steps. */
export const backfills = pgTable('backfills', {
  integrationId: text('integration_id').primaryKey(),
  status: text('status', { enum: ['pending', 'running', 'succeeded', 'failed'] }).notNull(),
  windowFrom: timestamp('window_from', { withTimezone: true }).notNull(),
  windowTo: timestamp('window_to', { withTimezone: true }).notNull(),
  /** The connector's cursor of the next step; null before the first. */
  cursor: text('cursor'),
  stepsDone: integer('steps_done').notNull().default(0),
  /** Estimated number of steps (days for one-day-per-call providers), for progress. */
  stepsTotal: integer('steps_total').notNull(),
  records: integer('records').notNull().default(0),
  error: text('error'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/** Provider callbacks, stored sealed before they are answered, processed later, deduplicated. */
export const callbackDeliveries = pgTable(
  'callback_deliveries',
  {
    id: text('id').primaryKey(),
    integrationId: text('integration_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    contentType: text('content_type').notNull(),
    /** The raw body, sealed like a credential: PagHiper's carries the merchant's apiKey. */
    sealedBody: jsonb('sealed_body').notNull(),
    bodyDigest: text('body_digest').notNull(),
    /** The provider's id of the delivery, known once it is read (PagHiper's notification_id). */
    deliveryId: text('delivery_id'),
    status: text('status', { enum: ['received', 'processed', 'duplicate', 'rejected'] }).notNull(),
    error: text('error'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('callback_deliveries_body_key').on(table.integrationId, table.bodyDigest),
    uniqueIndex('callback_deliveries_delivery_key').on(table.integrationId, table.deliveryId),
  ],
);

/** Calls made per provider credential per minute, shared by every worker. */
export const providerCallWindows = pgTable(
  'provider_call_windows',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    calls: integer('calls').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);
