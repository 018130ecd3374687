import { sql } from 'drizzle-orm';
import { USER_ROLES } from './roles.ts';
import { check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Who hears about the account's onboarding and what it must act on (instructions, reminders, reconnects). */
  contactEmail: text('contact_email'),
  contactName: text('contact_name'),
  /** The language of what Ponte writes to the account's people. */
  locale: text('locale', { enum: ['pt-BR', 'en'] }).notNull().default('pt-BR'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});


export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    /** Set for customers only: the one account whose data they see. */
    accountId: text('account_id').references(() => accounts.id),
    passwordHash: text('password_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Set while an admin has blocked the user: no sign-in, no token, no call through a key. */
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('users_email_key').on(sql`lower(${table.email})`),
    index('users_account_idx').on(table.accountId),
    check('users_customer_has_account', sql`(${table.role} = 'customer') = (${table.accountId} is not null)`),
  ],
);

export const PASSWORD_TOKEN_PURPOSES = ['reset', 'invitation'] as const;

/**
 * One-time links that let a person choose a password: a reset they asked for, or an invitation. Only the token's
 * SHA-256 digest is kept, so the table read by someone else opens no account.
 */
export const passwordTokens = pgTable(
  'password_tokens',
  {
    id: text('id').primaryKey(),
    tokenDigest: text('token_digest').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: PASSWORD_TOKEN_PURPOSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('password_tokens_user_idx').on(table.userId)],
);
