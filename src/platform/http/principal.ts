import type { FastifyRequest } from 'fastify';
import { Problem, platformProblems } from './problems.ts';

export type Role = 'admin' | 'agent' | 'customer';
export type ApiEnvironment = 'sandbox' | 'production';

/** Who is making a request, established from its access token. */
export interface Principal {
  role: Role;
  /** Null for an operator key, which acts as admin on its own. */
  userId: string | null;
  /** Set for customers: the only account whose data they may see. */
  accountId: string | null;
  apiKeyId: string | null;
  environment: ApiEnvironment;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The actor recorded in audit entries. */
export function actorOf(principal: Principal): string {
  return principal.userId ?? principal.apiKeyId ?? 'unknown';
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new Problem(platformProblems.unauthenticated);
  return request.principal;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): Principal {
  return assertRole(requirePrincipal(request), ...roles);
}

/**
 * Refuses a principal without one of the roles. Services call it after finding the resource the principal can see,
 * so that a customer asking about another account's resource learns nothing (404), not that it exists (403).
 */
export function assertRole(principal: Principal, ...roles: Role[]): Principal {
  if (!roles.includes(principal.role)) {
    throw new Problem(platformProblems.forbidden, `This action needs the role ${roles.join(' or ')}`);
  }
  return principal;
}

/** Whether the principal may see data of the given account; customers see their own only. */
export function canSeeAccount(principal: Principal, accountId: string): boolean {
  return principal.role !== 'customer' || principal.accountId === accountId;
}
