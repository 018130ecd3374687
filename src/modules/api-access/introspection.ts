import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { digestSecret } from '../../platform/crypto/secrets.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { Gateway } from './gateway.ts';
import { isWellFormedAccessToken } from './key-format.ts';
import type { PartnerApiDirectory } from './keys.ts';
import { accessTokens, apiKeys, type ApiEnvironment } from './schema.ts';

/** RFC 7662 §2.2's answer for an active token, with Ponte's `environment` beside the standard members. */
export interface ActiveToken {
  active: true;
  token_type: 'Bearer';
  /** The API key the token was exchanged from. */
  client_id: string;
  sub?: string;
  username?: string;
  iat: number;
  exp: number;
  jti: string;
  /** The partner API's slug: the audience the token is for. */
  aud: string;
  environment: ApiEnvironment;
}

export type IntrospectionAnswer = ActiveToken | { active: false };

const INACTIVE = { active: false } as const;
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Token introspection for a partner API's gateway. Anything the gateway may not rely on, or may not know about, is
 * just `{active: false}` (RFC 7662 §2.2): unknown, expired, revoked key, user gone, or a token of another API.
 */
export class TokenIntrospection {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly accounts: AccountsService,
    private readonly partnerApis: PartnerApiDirectory,
  ) {}

  async introspect(gateway: Gateway, token: string): Promise<IntrospectionAnswer> {
    if (!isWellFormedAccessToken(token)) return INACTIVE;
    const [row] = await this.database.db
      .select({ token: accessTokens, keyStatus: apiKeys.status })
      .from(accessTokens)
      .innerJoin(apiKeys, eq(apiKeys.id, accessTokens.apiKeyId))
      .where(eq(accessTokens.tokenDigest, digestSecret(token)));
    if (!row || row.token.partnerApiId !== gateway.partnerApiId || row.keyStatus !== 'active') return INACTIVE;
    const { token: facts } = row;
    if (this.clock.now().getTime() >= facts.expiresAt.getTime()) return INACTIVE;
    const user = facts.userId ? await this.accounts.findUser(this.database.db, facts.userId) : null;
    // A user gone or blocked by an admin acts nowhere, the operator's API included.
    if (facts.userId && (!user || user.blockedAt)) return INACTIVE;
    const api = await this.partnerApis.get(gateway.partnerApiId);
    return {
      active: true,
      token_type: 'Bearer',
      client_id: facts.apiKeyId!,
      ...(user ? { sub: user.id, username: user.email } : {}),
      iat: seconds(facts.issuedAt),
      exp: seconds(facts.expiresAt),
      jti: facts.id,
      aud: api.slug,
      environment: facts.environment,
    };
  }
}
