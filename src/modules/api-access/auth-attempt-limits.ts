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
}

// The login's e-mail as accounts matches it (case-insensitively), so that case changes count as the same e-mail.
const emailOf = (request: FastifyRequest): string | undefined => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
};

/**
 * Refused attempts allowed on the sign-in routes. By address on each route (a guesser on one host), and by e-mail on
 * the login (a guesser spreading over many hosts, the way passwords are attacked). API keys are 256 random bits: no
 * spreading makes guessing them work, so the address suffices there (gateway keys alike).
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
  return {
    token: [byAddress('token')],
    gateway: [byAddress('gateway')],
    login: [
      byAddress('login'),
      { name: 'login-email', max: settings.perEmail, windowMs, subject: emailOf, refusal: 'Too many refused sign-ins for this e-mail' },
    ],
    // Each request may send an e-mail: limited like the login, so nobody floods an inbox or the mail server.
    passwordReset: [
      { ...byAddress('password-reset'), countSuccesses: true, refusal: 'Too many password reset requests from this address' },
      { name: 'password-reset-email', max: settings.perEmail, windowMs, subject: emailOf, countSuccesses: true, refusal: 'Too many password reset requests for this e-mail' },
    ],
    passwordResetConfirm: [{ ...byAddress('password-reset-confirm'), refusal: 'Too many refused password links from this address' }],
  };
}
