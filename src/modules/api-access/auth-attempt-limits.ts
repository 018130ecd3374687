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
  };
}
