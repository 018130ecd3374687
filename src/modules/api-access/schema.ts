import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jsonb } from '../../platform/database/columns.ts';

import { ENVIRONMENTS } from './environments.ts';

export { ENVIRONMENTS, type ApiEnvironment } from './environments.ts';

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  environment: text('environment', { enum: ENVIRONMENTS }).notNull(),
  /** The first characters of the key, shown in lists so people can tell keys apart; never enough to use it. */
  displayPrefix: text('display_prefix').notNull(),
  secretDigest: text('secret_digest').notNull().unique(),
  /**
   * `access`: exchanged for tokens by a partner. `gateway`: the credential a partner API's gateway presents (HTTP
   * Basic) to introspect tokens and post its request log; never exchanged for a token, never usable on other routes.
   */
  purpose: text('purpose', { enum: ['access', 'gateway'] }).notNull().default('access'),
  /** The operator's API the key is for (partner-apis' id); null for Ponte's own /v1 API. */
  partnerApiId: text('partner_api_id'),
  status: text('status', { enum: ['active', 'revoked'] }).notNull(),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

/** Users allowed to act through a key. A key with no rows here is an operator key, acting as admin. */
export const apiKeyUsers = pgTable(
  'api_key_users',
  {
    apiKeyId: text('api_key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.apiKeyId, table.userId] }), index('api_key_users_user_idx').on(table.userId)],
);

export const accessTokens = pgTable(
  'access_tokens',
  {
    id: text('id').primaryKey(),
    tokenDigest: text('token_digest').notNull().unique(),
    /** Null for a token from a password login. */
    apiKeyId: text('api_key_id').references(() => apiKeys.id, { onDelete: 'cascade' }),
    /** Null for an operator key's token. */
    userId: text('user_id'),
    environment: text('environment', { enum: ENVIRONMENTS }).notNull(),
    /** The API the token is for, copied from its key: null for Ponte's own. */
    partnerApiId: text('partner_api_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('access_tokens_expires_idx').on(table.expiresAt), index('access_tokens_key_issued_idx').on(table.apiKeyId, table.issuedAt)],
);

export const apiRequests = pgTable(
  'api_requests',
  {
    id: text('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    requestId: text('request_id').notNull(),
    apiKeyId: text('api_key_id'),
    tokenId: text('token_id'),
    userId: text('user_id'),
    /** The environment the request was for (the one asked for, even when the key was of the other). */
    environment: text('environment', { enum: ENVIRONMENTS }),
    /** The API the request went to: null for Ponte's own, set on rows a partner API's gateway posted. */
    partnerApiId: text('partner_api_id'),
    method: text('method').notNull(),
    route: text('route').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    problemCode: text('problem_code'),
    /** Failures only: the problem's detail as answered, secrets redacted, truncated. */
    errorMessage: text('error_message'),
    /** Failures only, secrets redacted: what the caller sent, for diagnosis. */
    payload: jsonb('payload'),
  },
  (table) => [
    index('api_requests_at_idx').on(table.at),
    index('api_requests_key_at_idx').on(table.apiKeyId, table.at),
    index('api_requests_failures_idx').on(table.at).where(sql`${table.status} >= 400`),
    index('api_requests_request_id_idx').on(table.requestId),
    // A gateway's batch sent twice stores its rows once. Ponte's own rows (no partner API) never collide: nulls differ.
    uniqueIndex('api_requests_partner_dedupe_idx').on(table.partnerApiId, table.requestId, table.at),
    index('api_requests_problem_at_idx').on(table.problemCode, table.at),
  ],
);

/**
 * Refused sign-in attempts per bucket (what they are counted by: a client address, an e-mail) in the bucket's current
 * window, shared by every Ponte process. Buckets are named by a digest, never by the address or e-mail in clear. An
 * address known to a subject (it signed in from there) is a row `known:…` of no attempts, kept until its window ends.
 */
export const authAttempts = pgTable(
  'auth_attempts',
  {
    bucket: text('bucket').primaryKey(),
    attempts: integer('attempts').notNull(),
    /** When the window opened by the bucket's first attempt ends, and counting starts again. */
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('auth_attempts_window_ends_idx').on(table.windowEndsAt)],
);
