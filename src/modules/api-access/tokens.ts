import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import { statementName, type Database, type DatabaseHandle } from '../../platform/database/database.ts';
import { digestSecret } from '../../platform/crypto/secrets.ts';
import type { Principal } from '../../platform/http/principal.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import { accountProblems, type AccountsService, type User } from '../accounts/index.ts';
import { apiAccessProblems } from './errors.ts';
import { environmentOfKey, generateAccessToken, isWellFormedAccessToken } from './key-format.ts';
import type { ApiKeysService, PartnerApiDirectory } from './keys.ts';
import { ACCESS_REVOKED_SIGNAL, PrincipalCache } from './principal-cache.ts';
import { accessTokens, apiKeys, type ApiEnvironment } from './schema.ts';

/** Access tokens live exactly 12 hours, as in the partner API procedure. */
const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  expiresAt: string;
  environment: ApiEnvironment;
  userId: string | null;
  apiKeyId: string | null;
  partnerApiId: string | null;
}

/** What the support desk's diagnostics read of a token (never its secret). */
export interface TokenFacts {
  id: string;
  apiKeyId: string | null;
  userId: string | null;
  environment: ApiEnvironment;
  partnerApiId: string | null;
  issuedAt: Date;
  expiresAt: Date;
}

type TokenRow = typeof accessTokens.$inferSelect;

const factsOf = (row: TokenRow): TokenFacts => ({
  id: row.id,
  apiKeyId: row.apiKeyId,
  userId: row.userId,
  environment: row.environment,
  partnerApiId: row.partnerApiId,
  issuedAt: row.issuedAt,
  expiresAt: row.expiresAt,
});

export interface TokenRequest {
  apiKey: string;
  /** Id or e-mail of the user acting through the key; needed when the key has several. */
  user?: string | undefined;
  /** The environment the caller means to use; a key of the other one is refused. */
  environment?: ApiEnvironment | undefined;
}

/** What is known about a caller while a token request is examined, for the request log. */
export interface CallerHint {
  tokenId?: string;
  apiKeyId?: string;
  userId?: string;
  environment?: ApiEnvironment;
}

const prepareTokenByDigest = (db: Database, name: string) =>
  db
    .select({ token: accessTokens, keyStatus: apiKeys.status })
    .from(accessTokens)
    .leftJoin(apiKeys, eq(apiKeys.id, accessTokens.apiKeyId))
    .where(eq(accessTokens.tokenDigest, sql.placeholder('digest')))
    .prepare(name);

/** Exchanges API keys (or passwords) for 12-hour bearer tokens and turns tokens back into principals. */
export class AccessTokensService {
  /** Principals of tokens verified lately: most requests are authenticated without a database read. */
  readonly #verified: PrincipalCache;
  #tokenByDigest: ReturnType<typeof prepareTokenByDigest> | undefined;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly keys: ApiKeysService,
    private readonly accounts: AccountsService,
    private readonly partnerApis: PartnerApiDirectory,
  ) {
    this.#verified = new PrincipalCache(database.signals);
  }

  async exchangeKey(request: TokenRequest, hint: CallerHint = {}): Promise<IssuedToken> {
    const keyEnvironment = environmentOfKey(request.apiKey);
    const key = keyEnvironment ? await this.keys.findBySecret(request.apiKey) : null;
    if (!key) throw new Problem(apiAccessProblems.api_key_unknown, 'No active Ponte API key matches the one sent', { field: 'body.apiKey' });
    hint.apiKeyId = key.id;
    // The log says which environment the request was for: the one asked for, even when the key is of the other.
    hint.environment = request.environment ?? key.environment;
    if (key.purpose === 'gateway') {
      throw new Problem(apiAccessProblems.api_key_unknown, 'This is a gateway key: it authenticates a partner API’s gateway (HTTP Basic) and is never exchanged for a token', { field: 'body.apiKey' });
    }
    if (key.status === 'revoked' || (request.environment && request.environment !== key.environment)) {
      // Refused below: the log still names the user who tried, when the request says (or the key has only one).
      const user = await this.#actingUser(key.userIds, request.user).catch(() => null);
      if (user) hint.userId = user.id;
    }
    if (key.status === 'revoked') {
      throw new Problem(apiAccessProblems.api_key_revoked, `The key ${key.displayPrefix} was revoked at ${key.revokedAt}; ask for a new one`, { field: 'body.apiKey' });
    }
    if (request.environment && request.environment !== key.environment) {
      throw new Problem(
        apiAccessProblems.api_key_wrong_environment,
        `This is a ${key.environment} key; the request asked for ${request.environment}. Use a ${request.environment} key.`,
        { field: 'body.environment' },
      );
    }
    const user = await this.#actingUser(key.userIds, request.user);
    if (user) hint.userId = user.id;
    await this.keys.markUsed(key.id);
    return this.#issue({ apiKeyId: key.id, userId: user?.id ?? null, environment: key.environment, partnerApiId: key.partnerApiId });
  }

  /** A password login, for people using the console: the token acts in the chosen environment. */
  async exchangePassword(email: string, password: string, environment: ApiEnvironment): Promise<IssuedToken> {
    const user = await this.accounts.authenticate(email, password);
    return this.#issue({ apiKeyId: null, userId: user.id, environment, partnerApiId: null });
  }

  /**
   * The principal behind an `Authorization: Bearer` header, or a problem saying what is wrong with it. What the token
   * row says (token, key, user, environment) goes into `hint` first, so a refused call is logged with it.
   */
  async authenticate(authorization: string | undefined, hint: CallerHint = {}): Promise<Principal> {
    if (!authorization) {
      throw new Problem(platformProblems.unauthenticated, 'Send Authorization: Bearer <token>; get a token at POST /v1/auth/token', { field: 'header.authorization' });
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match || !isWellFormedAccessToken(match[1]!)) {
      throw new Problem(apiAccessProblems.token_malformed, 'Expected Authorization: Bearer pat_… with a token from POST /v1/auth/token', { field: 'header.authorization' });
    }
    return this.authenticateToken(match[1]!, 'header.authorization', hint);
  }

  /**
   * The principal behind an access token however it came (the bearer header, the console's session cookie), with the
   * same checks and problems; `field` names where it was.
   */
  async authenticateToken(secret: string, field: string, hint: CallerHint = {}): Promise<Principal> {
    if (!isWellFormedAccessToken(secret)) throw new Problem(apiAccessProblems.token_malformed, 'The session is not a Ponte access token; sign in again', { field });
    const digest = digestSecret(secret);
    const now = this.clock.now().getTime();
    const known = this.#verified.get(digest, now);
    if (known) {
      hint.tokenId = known.tokenId!;
      if (known.apiKeyId) hint.apiKeyId = known.apiKeyId;
      if (known.userId) hint.userId = known.userId;
      hint.environment = known.environment;
      return known;
    }
    const generation = this.#verified.generation;
    const principal = await this.#verify(digest, field, hint);
    this.#verified.store(digest, principal, generation, now);
    return principal;
  }

  /** Reads a token's row, its key and its user, and says what is wrong with them or whom they authenticate. */
  async #verify(digest: string, field: string, hint: CallerHint): Promise<Principal> {
    this.#tokenByDigest ??= prepareTokenByDigest(this.database.db, statementName(this.database, 'token_by_digest'));
    const [row] = await this.#tokenByDigest.execute({ digest });
    if (!row) throw new Problem(apiAccessProblems.token_invalid, 'This token was not issued by Ponte, was revoked or has been purged', { field });
    const { token } = row;
    hint.tokenId = token.id;
    if (token.apiKeyId) hint.apiKeyId = token.apiKeyId;
    if (token.userId) hint.userId = token.userId;
    hint.environment = token.environment;
    if (token.partnerApiId) {
      const api = await this.partnerApis.get(token.partnerApiId).catch(() => null);
      throw new Problem(
        apiAccessProblems.token_for_partner_api,
        `This token is for the partner API ${api ? `${api.name} (${api.slug})` : token.partnerApiId}: send it to that API. Ponte’s own /v1 routes need a token from a key without a partner API.`,
        { field },
      );
    }
    if (this.clock.now().getTime() >= token.expiresAt.getTime()) {
      throw new Problem(apiAccessProblems.token_expired, `The token expired at ${token.expiresAt.toISOString()}; get a new one at POST /v1/auth/token`, { field });
    }
    if (row.keyStatus === 'revoked') throw new Problem(apiAccessProblems.api_key_revoked, 'The API key behind this token was revoked');
    if (!token.userId) {
      return { role: 'admin', userId: null, accountId: null, apiKeyId: token.apiKeyId, tokenId: token.id, tokenExpiresAt: token.expiresAt, environment: token.environment };
    }
    const user = await this.accounts.findUser(this.database.db, token.userId);
    if (!user) throw new Problem(apiAccessProblems.token_invalid, 'The user behind this token no longer exists');
    if (user.blockedAt) throw new Problem(accountProblems.user_blocked, `The user ${user.email} is blocked; ask an administrator`);
    return { role: user.role, userId: user.id, accountId: user.accountId, apiKeyId: token.apiKeyId, tokenId: token.id, tokenExpiresAt: token.expiresAt, environment: token.environment };
  }

  /** A console session: a token for the user in the environment, as a password login gives (the environment switch). */
  async issueForUser(userId: string, environment: ApiEnvironment): Promise<IssuedToken> {
    return this.#issue({ apiKeyId: null, userId, environment, partnerApiId: null });
  }

  /** Revokes one token at once (a sign-out): its row goes, so it authenticates nothing any more. */
  async revoke(tokenId: string, db: Database = this.database.db): Promise<void> {
    await db.delete(accessTokens).where(eq(accessTokens.id, tokenId));
    await this.database.signals.publish(ACCESS_REVOKED_SIGNAL, JSON.stringify({ token: tokenId }), db);
  }

  /** Revokes every token of a user (their password changed), in the caller's transaction when given. */
  async revokeAllOfUser(userId: string, db: Database = this.database.db): Promise<number> {
    const revoked = (await db.delete(accessTokens).where(eq(accessTokens.userId, userId)).returning({ id: accessTokens.id })).length;
    await this.database.signals.publish(ACCESS_REVOKED_SIGNAL, JSON.stringify({ user: userId }), db);
    return revoked;
  }

  /** The token with this id, or null (purged, or never issued). */
  async describe(tokenId: string): Promise<TokenFacts | null> {
    const [row] = await this.database.db.select().from(accessTokens).where(eq(accessTokens.id, tokenId));
    return row ? factsOf(row) : null;
  }

  /** The newest token issued through a key (for one user, or for none), or null: was a newer one issued since? */
  async latestIssued(filter: { apiKeyId: string; userId: string | null }): Promise<TokenFacts | null> {
    const [row] = await this.database.db
      .select()
      .from(accessTokens)
      .where(and(eq(accessTokens.apiKeyId, filter.apiKeyId), filter.userId === null ? isNull(accessTokens.userId) : eq(accessTokens.userId, filter.userId)))
      .orderBy(desc(accessTokens.issuedAt), desc(accessTokens.id))
      .limit(1);
    return row ? factsOf(row) : null;
  }

  /** The user acting through the key (none for an operator key), who must not be blocked. */
  async #actingUser(linkedUserIds: string[], requested: string | undefined): Promise<User | null> {
    const user = await this.#namedUser(linkedUserIds, requested);
    if (user?.blockedAt) throw new Problem(accountProblems.user_blocked, `The user ${user.email} is blocked; ask an administrator`, { field: requested ? 'body.user' : 'body.apiKey' });
    return user;
  }

  async #namedUser(linkedUserIds: string[], requested: string | undefined): Promise<User | null> {
    if (!requested) {
      if (linkedUserIds.length === 0) return null;
      if (linkedUserIds.length > 1) {
        throw new Problem(apiAccessProblems.user_required, 'Send "user" with the id or e-mail of one of the key’s users', { field: 'body.user' });
      }
      return this.accounts.findUser(this.database.db, linkedUserIds[0]!);
    }
    const user = await this.accounts.findUser(this.database.db, requested);
    if (!user) throw new Problem(accountProblems.user_not_found, `No user ${requested}`, { field: 'body.user' });
    if (!linkedUserIds.includes(user.id)) {
      throw new Problem(apiAccessProblems.user_not_linked_to_key, `${requested} is not linked to this API key`, { field: 'body.user' });
    }
    return user;
  }

  async #issue(grant: { apiKeyId: string | null; userId: string | null; environment: ApiEnvironment; partnerApiId: string | null }): Promise<IssuedToken> {
    const accessToken = generateAccessToken();
    const issuedAt = this.clock.now();
    const expiresAt = new Date(issuedAt.getTime() + TOKEN_LIFETIME_SECONDS * 1000);
    await this.database.db
      .insert(accessTokens)
      .values({ id: newId('accessToken'), tokenDigest: digestSecret(accessToken), ...grant, issuedAt, expiresAt });
    return { accessToken, tokenType: 'Bearer', expiresIn: TOKEN_LIFETIME_SECONDS, expiresAt: expiresAt.toISOString(), ...grant };
  }
}
