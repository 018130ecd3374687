import { Problem, platformProblems } from './http/problems.ts';

/** The people's roles (users and API keys) beside the two non-human actors. */
export type ActorRole = 'admin' | 'agent' | 'customer' | 'system' | 'provider';

/**
 * Who a service acts for: a person or API key (from a request, an e-mail reply or a /connect page), a job of Ponte's
 * own (`system`), or a provider's decision (`provider`). Services take an Actor, never an HTTP request, so jobs, inbound
 * e-mail and provider decisions run the same code as the API. An HTTP Principal is an Actor.
 */
export interface Actor {
  role: ActorRole;
  /** The user acting, when a user is. */
  userId: string | null;
  /** Set for customers: the only account whose data they may see. */
  accountId: string | null;
  /** The API key a request came with, when it came with one. */
  apiKeyId?: string | null;
  /** The environment of the API key a request came with: what the actor's new resources default to. */
  environment?: 'sandbox' | 'production';
  /** What acted when no user did: the job (`system`), the connector (`provider`), or the address a customer wrote from. */
  name?: string | null;
}

/** A job or timer of Ponte's own, e.g. `systemActor('onboarding.key-expiry')`. */
export const systemActor = (name: string): Actor => ({ role: 'system', userId: null, accountId: null, name });

/** A provider's decision, found by polling it or received from it, e.g. `providerActor('ticket-log')`. */
export const providerActor = (connector: string): Actor => ({ role: 'provider', userId: null, accountId: null, name: connector });

/** The operator at the command line: acts as an administrator; recorded as `cli`. */
export const cliActor: Actor = { role: 'admin', userId: null, accountId: null, name: 'cli' };

/** A customer known only by what they hold (a /connect link, a signed reply address): no user, one account. */
export const customerContactActor = (accountId: string, name: string): Actor => ({ role: 'customer', userId: null, accountId, name });

/** The actor as audit entries and timelines record it: a user or key id, `cli`, or `system:<job>`, `provider:<key>`, `contact:<who>`. */
export function actorOf(actor: Actor): string {
  if (actor.userId) return actor.userId;
  if (actor.apiKeyId) return actor.apiKeyId;
  if (actor.role === 'system' || actor.role === 'provider') return `${actor.role}:${actor.name ?? 'unknown'}`;
  if (actor.role === 'customer' && actor.name) return `contact:${actor.name}`;
  if (actor.name) return actor.name;
  return 'unknown';
}

/**
 * Refuses an actor without one of the roles. Services call it after finding the resource the actor can see, so
 * that a customer asking about another account's resource learns nothing (404), not that it exists (403).
 */
export function assertRole<A extends Actor>(actor: A, ...roles: ActorRole[]): A {
  if (!roles.includes(actor.role)) {
    throw new Problem(platformProblems.forbidden, `This action needs the role ${roles.join(' or ')}`);
  }
  return actor;
}

/** Whether the actor may see data of the given account: customers their own only; staff, system and providers all. */
export function canSeeAccount(actor: Actor, accountId: string): boolean {
  return actor.role !== 'customer' || actor.accountId === accountId;
}
