import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * An API of the operator's that Ponte fronts for authentication (keys per environment, 12-hour tokens, introspection,
 * the request log), registered so that its partners' tickets are diagnosed as Ponte's own API's are.
 */
export const partnerApis = pgTable('partner_apis', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Short name used in keys' and tokens' answers and in URLs: `credito`, `fgts`. */
  slug: text('slug').notNull().unique(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
