import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Secret material, sealed by envelope encryption (AES-256-GCM); nothing here is readable without a master key. */
export const credentials = pgTable(
  'credentials',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    /** What the secret is for, e.g. `connector:paghiper`. */
    kind: text('kind').notNull(),
    ciphertext: text('ciphertext').notNull(),
    iv: text('iv').notNull(),
    tag: text('tag').notNull(),
    wrappedKey: text('wrapped_key').notNull(),
    wrapIv: text('wrap_iv').notNull(),
    wrapTag: text('wrap_tag').notNull(),
    masterKeyId: text('master_key_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('credentials_account_idx').on(table.accountId), index('credentials_master_key_idx').on(table.masterKeyId)],
);
