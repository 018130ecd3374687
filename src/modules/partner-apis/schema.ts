import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

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

/**
 * A partner API's imported OpenAPI document (one per API; a new import replaces it) and the operations extracted
 * from it, kept so that diagnostics need not parse the document again.
 */
export const partnerApiDocuments = pgTable('partner_api_documents', {
  partnerApiId: text('partner_api_id')
    .primaryKey()
    .references(() => partnerApis.id),
  /** The document's `openapi` field: 3.0.x or 3.1.x. */
  openapi: text('openapi').notNull(),
  title: text('title').notNull(),
  /** The document's `info.version`. */
  infoVersion: text('info_version').notNull(),
  document: jsonb('document').notNull(),
  /** ApiOperation[]: method, path template, operationId, version and request schemas with `$ref`s resolved. */
  operations: jsonb('operations').notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
});

/**
 * A partner API's product catalog and maintenance windows. Keyed by the partner API's id, or `ponte` for Ponte's own
 * API (which has no row in partner_apis, hence no foreign key).
 */
export const partnerApiSettings = pgTable('partner_api_settings', {
  apiId: text('api_id').primaryKey(),
  /** CatalogEntry[] */
  catalog: jsonb('catalog').notNull(),
  /** MaintenanceWindow[] */
  maintenanceWindows: jsonb('maintenance_windows').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
