import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** `usr_…` for a person, `key_…` for an operator key, `cli` for the command line. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    details: jsonb('details'),
  },
  (table) => [index('audit_log_at_idx').on(table.at), index('audit_log_target_idx').on(table.targetType, table.targetId)],
);
