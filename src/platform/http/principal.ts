import type { FastifyRequest } from 'fastify';
import { assertRole, type Actor } from '../actor.ts';
import { Problem, platformProblems } from './problems.ts';

export type Role = 'admin' | 'agent' | 'customer';
export type ApiEnvironment = 'sandbox' | 'production';

/** Who is making a request, established from its access token: the Actor the services act for. */
export interface Principal extends Actor {
  role: Role;
  /** Null for an operator key, which acts as admin on its own. */
  userId: string | null;
  /** Set for customers: the only account whose data they may see. */
  accountId: string | null;
  apiKeyId: string | null;
  /** The access token the request came with; absent for principals made outside HTTP (the CLI, tests). */
  tokenId?: string | null;
  /** When that token expires: what a long answer (an event stream) must not outlive. */
  tokenExpiresAt?: Date;
  environment: ApiEnvironment;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new Problem(platformProblems.unauthenticated);
  return request.principal;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): Principal {
  return assertRole(requirePrincipal(request), ...roles);
}
