import type { FastifyRequest } from 'fastify';
import { clientAddress, type FailedAttemptLimit } from '../../platform/http/failed-attempt-limits.ts';

export interface AuthFailureSettings {
  perAddress: number;
  perEmail: number;
  windowMinutes: number;
}

/** The limits on each sign-in route. */
export interface AuthRouteLimits {
  token: FailedAttemptLimit[];
  login: FailedAttemptLimit[];
  /** A partner API gateway's routes (introspection, request log): HTTP Basic with a gateway key. */
  gateway: FailedAttemptLimit[];
  /** Asking for a password reset e-mail: every request counts, since the answer is always the same. */
  passwordReset: FailedAttemptLimit[];
  /** Using a reset or invitation link: refused tokens count, by address. */
  passwordResetConfirm: FailedAttemptLimit[];
  /** Pages behind a secret link (a `/connect` link, an unsubscribe link): refused links count, by address. */
  secretLink: FailedAttemptLimit[];
}

/**
 * How long an address stays known to an e-mail or key after a sign-in from it: a month covers a person's or a
 * partner server's usual addresses without keeping every address ever seen.
 */
export const KNOWN_ADDRESS_TRUST_MS = 30 * 24 * 60 * 60_000;

const bodyText = (request: FastifyRequest, field: string): string | undefined => {
  const value = (request.body as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
};

// The login's e-mail as accounts matches it (case-insensitively), so that case changes count as the same e-mail.
const emailOf = (request: FastifyRequest): string | undefined => bodyText(request, 'email')?.trim().toLowerCase();

// The user named at the token exchange (an id or an e-mail), written either way alike.
const namedUserOf = (request: FastifyRequest): string | undefined => bodyText(request, 'user')?.trim().toLowerCase();

const KEY_PREFIX = /^pk_(?:sandbox|production)_[A-Za-z0-9_-]{5}/;

/**
 * The public part of the key sent: its environment and the first characters a key list shows (`pk_sandbox_AbCdE`).
 * Whoever aims at one key keeps it; text that is not a Ponte key has none (the address still counts it).
 */
const keyPrefixOf = (request: FastifyRequest): string | undefined => KEY_PREFIX.exec(bodyText(request, 'apiKey') ?? '')?.[0];

const BASIC = /^Basic\s+([A-Za-z0-9+/=]+)$/i;

/** The client_id of a gateway's HTTP Basic credentials (its key's id, public), as sent. */
const gatewayClientIdOf = (request: FastifyRequest): string | undefined => {
  const match = BASIC.exec(request.headers.authorization?.trim() ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
};

/**
 * Refused attempts allowed on the sign-in routes, counted three ways:
 * - by address on each route (a guesser on one host);
 * - by what the guesses aim at, whatever the address (a guesser spreading over many hosts): the e-mail at the login,
 *   the key's public prefix and the named user at the token exchange, the gateway key's id on a gateway's routes;
 * - and so that such an attacker cannot lock the rightful user out, an address the e-mail or key already signed in
 *   from is counted apart from the others (`knownAddressTrustMs`): see docs/security.md.
 */
export function authAttemptLimits(settings: AuthFailureSettings): AuthRouteLimits {
  const windowMs = settings.windowMinutes * 60_000;
  const byAddress = (route: string): FailedAttemptLimit => ({
    name: `${route}-address`,
    max: settings.perAddress,
    windowMs,
    subject: clientAddress,
    refusal: 'Too many refused sign-ins from this address',
  });
  const byTarget = (name: string, subject: FailedAttemptLimit['subject'], what: string): FailedAttemptLimit => ({
    name,
    max: settings.perEmail,
    windowMs,
    subject,
    refusal: `Too many refused sign-ins for this ${what}`,
    knownAddressTrustMs: KNOWN_ADDRESS_TRUST_MS,
  });
  return {
    token: [byAddress('token'), byTarget('token-key-prefix', keyPrefixOf, 'key'), byTarget('token-user', namedUserOf, 'user')],
    gateway: [byAddress('gateway'), byTarget('gateway-key', gatewayClientIdOf, 'gateway key')],
    login: [byAddress('login'), byTarget('login-email', emailOf, 'e-mail')],
    // Each request may send an e-mail: limited like the login, so nobody floods an inbox or the mail server.
    passwordReset: [
      { ...byAddress('password-reset'), countSuccesses: true, refusal: 'Too many password reset requests from this address' },
      { name: 'password-reset-email', max: settings.perEmail, windowMs, subject: emailOf, countSuccesses: true, refusal: 'Too many password reset requests for this e-mail' },
    ],
    passwordResetConfirm: [{ ...byAddress('password-reset-confirm'), refusal: 'Too many refused password links from this address' }],
    secretLink: [{ ...byAddress('secret-link'), refusal: 'Too many refused links from this address' }],
  };
}
