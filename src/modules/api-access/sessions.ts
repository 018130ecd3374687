import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';

/** The console's and the portal's session: the access token itself, in a cookie scripts cannot read. */
export const SESSION_COOKIE = 'ponte_session';
/** The CSRF token, readable by the page's script, which sends it back as `x-csrf-token` on every write. */
export const CSRF_COOKIE = 'ponte_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const CSRF_KEY_PURPOSE = 'ponte session csrf';

/**
 * Cookie sessions with double-submit CSRF tokens. The CSRF token is an HMAC of the session token under a key derived
 * from the master key, so nothing is stored, and another site (which cannot read the cookie) cannot forge it.
 */
export class WebSessions {
  constructor(
    private readonly keyring: Pick<Keyring, 'deriveKeys'>,
    private readonly clock: Clock,
    /** Ponte is reached over https (its public URL says so): cookies are Secure whatever the request's protocol looks like. */
    private readonly servedOverTls = false,
  ) {}

  private secure(request: FastifyRequest): boolean {
    return this.servedOverTls || request.protocol === 'https';
  }

  csrfTokenOf(sessionToken: string): string {
    return hmac(this.keyring.deriveKeys(CSRF_KEY_PURPOSE)[0]!, sessionToken);
  }

  /** Whether the header carries the session's CSRF token; tokens made under a previous master key still pass. */
  csrfMatches(sessionToken: string, given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    const sent = Buffer.from(given);
    return this.keyring.deriveKeys(CSRF_KEY_PURPOSE).some((key) => {
      const expected = Buffer.from(hmac(key, sessionToken));
      return expected.length === sent.length && timingSafeEqual(expected, sent);
    });
  }

  /** Sets both cookies, to live as long as the token; `Secure` over TLS (seen, through a trusted proxy, or by PUBLIC_URL). */
  setCookies(request: FastifyRequest, reply: FastifyReply, sessionToken: string, expiresAt: Date): void {
    const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - this.clock.now().getTime()) / 1000));
    const secure = this.secure(request);
    reply.setCookie(SESSION_COOKIE, sessionToken, { httpOnly: true, sameSite: 'strict', path: '/', maxAge, secure });
    reply.setCookie(CSRF_COOKIE, this.csrfTokenOf(sessionToken), { httpOnly: false, sameSite: 'strict', path: '/', maxAge, secure });
  }

  clearCookies(request: FastifyRequest, reply: FastifyReply): void {
    const secure = this.secure(request);
    reply.setCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 0, secure });
    reply.setCookie(CSRF_COOKIE, '', { httpOnly: false, sameSite: 'strict', path: '/', maxAge: 0, secure });
  }
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url');
