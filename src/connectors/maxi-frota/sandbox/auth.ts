import { randomBytes } from 'node:crypto';
import type { MaxiFrotaErrorCode } from './errors.ts';

/**
 * Maxi Frota's authorization as proposed in providers.md §4 [U]. The customer generates a "chave de autorização"
 * in the portal (here: a control route) and hands it to the integrator, who exchanges it at `POST /auth/token`:
 * - a key is valid for 12 hours from its generation time, by the injected clock (older: CHAVE_EXPIRADA);
 * - a key can be exchanged once (again: CHAVE_JA_UTILIZADA), since it is a one-time hand-over, not a credential;
 * - the exchange gives an access token (`accessTokenTtlSeconds`, default 3600) and a refresh token (30 days);
 * - a refresh rotates: it returns a new pair and the old refresh token stops working (REFRESH_TOKEN_INVALIDO);
 *   earlier access tokens stay valid until they expire.
 */
const KEY_VALIDITY_MS = 12 * 3_600_000;
const REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
}

export type TokenResult = { ok: true; tokens: TokenResponse } | { ok: false; codigo: MaxiFrotaErrorCode };
export type BearerResult = { ok: true; clientId: string } | { ok: false; codigo: 'TOKEN_INVALIDO' | 'TOKEN_EXPIRADO' };

interface AuthorizationKey {
  clientId: string;
  generatedAt: Date;
  usedAt?: Date;
}

interface IssuedToken {
  clientId: string;
  expiresAt: number;
  /** Set by `POST /_control/tokens/expire`: expired whatever the clock says later. */
  revoked: boolean;
}

const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export class MaxiFrotaAuth {
  readonly #now: () => Date;
  readonly #accessTokenTtlSeconds: number;
  readonly #keys = new Map<string, AuthorizationKey>();
  readonly #accessTokens = new Map<string, IssuedToken>();
  readonly #refreshTokens = new Map<string, IssuedToken>();

  constructor(options: { now: () => Date; accessTokenTtlSeconds: number }) {
    this.#now = options.now;
    this.#accessTokenTtlSeconds = options.accessTokenTtlSeconds;
  }

  /** A key as the portal shows it: five groups of four characters, e.g. `7KQ2-...`. */
  issueKey(clientId: string, generatedAt: Date): { chaveAutorizacao: string; generatedAt: string } {
    let chaveAutorizacao: string;
    do {
      const symbols = [...randomBytes(20)].map((byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join('');
      chaveAutorizacao = symbols.match(/.{4}/g)!.join('-');
    } while (this.#keys.has(chaveAutorizacao));
    this.#keys.set(chaveAutorizacao, { clientId, generatedAt });
    return { chaveAutorizacao, generatedAt: generatedAt.toISOString() };
  }

  exchangeKey(chaveAutorizacao: string): TokenResult {
    const key = this.#keys.get(chaveAutorizacao);
    if (!key) return { ok: false, codigo: 'CHAVE_INVALIDA' };
    if (key.usedAt) return { ok: false, codigo: 'CHAVE_JA_UTILIZADA' };
    if (this.#now().getTime() - key.generatedAt.getTime() > KEY_VALIDITY_MS) return { ok: false, codigo: 'CHAVE_EXPIRADA' };
    key.usedAt = this.#now();
    return { ok: true, tokens: this.#issueTokens(key.clientId) };
  }

  refresh(refreshToken: string): TokenResult {
    const issued = this.#refreshTokens.get(refreshToken);
    if (!issued) return { ok: false, codigo: 'REFRESH_TOKEN_INVALIDO' };
    if (this.#isExpired(issued)) return { ok: false, codigo: 'REFRESH_TOKEN_EXPIRADO' };
    this.#refreshTokens.delete(refreshToken);
    return { ok: true, tokens: this.#issueTokens(issued.clientId) };
  }

  /** `forceExpired` is the fault injector's scripted `expired_token`: a known token is answered as expired, once. */
  verifyAccessToken(accessToken: string | undefined, forceExpired: boolean): BearerResult {
    const issued = accessToken === undefined ? undefined : this.#accessTokens.get(accessToken);
    if (!issued) return { ok: false, codigo: 'TOKEN_INVALIDO' };
    if (forceExpired || this.#isExpired(issued)) return { ok: false, codigo: 'TOKEN_EXPIRADO' };
    return { ok: true, clientId: issued.clientId };
  }

  /** Expires every access token (and refresh token, when asked) of one customer, or of all. Returns the counts. */
  expireTokens(clientId?: string, includeRefreshTokens = false): { accessTokens: number; refreshTokens: number } {
    const revoke = (tokens: Map<string, IssuedToken>) => {
      let count = 0;
      for (const issued of tokens.values()) {
        if ((clientId === undefined || issued.clientId === clientId) && !issued.revoked) {
          issued.revoked = true;
          count++;
        }
      }
      return count;
    };
    return { accessTokens: revoke(this.#accessTokens), refreshTokens: includeRefreshTokens ? revoke(this.#refreshTokens) : 0 };
  }

  #issueTokens(clientId: string): TokenResponse {
    const now = this.#now().getTime();
    const accessToken = randomBytes(32).toString('base64url');
    const refreshToken = randomBytes(32).toString('base64url');
    this.#accessTokens.set(accessToken, { clientId, expiresAt: now + this.#accessTokenTtlSeconds * 1000, revoked: false });
    this.#refreshTokens.set(refreshToken, { clientId, expiresAt: now + REFRESH_TOKEN_TTL_SECONDS * 1000, revoked: false });
    return { access_token: accessToken, token_type: 'Bearer', expires_in: this.#accessTokenTtlSeconds, refresh_token: refreshToken };
  }

  #isExpired(issued: IssuedToken): boolean {
    return issued.revoked || this.#now().getTime() >= issued.expiresAt;
  }
}
