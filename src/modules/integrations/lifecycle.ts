import type { ONBOARDING_FLOWS } from '../../connectors/sdk/manifest.ts';
import { Problem } from '../../platform/http/problems.ts';
import { integrationProblems } from './errors.ts';
import type { IntegrationState } from './schema.ts';

export type FlowKind = (typeof ONBOARDING_FLOWS)[number];

/** Where a new integration may start: `null` is "not yet created". */
type From = IntegrationState | 'new';
type Table = Partial<Record<From, readonly IntegrationState[]>>;

// What every running integration can do, whatever its flow: pause and resume, lose its credentials, be cancelled.
const RUNNING: Table = {
  active: ['paused', 'reconnect_required', 'failed', 'cancelled'],
  paused: ['active', 'cancelled'],
  // New credentials (a /connect submission, a reply) are taken as in the flow's own step.
  reconnect_required: ['credentials_received', 'active', 'cancelled'],
  failed: ['awaiting_customer', 'cancelled'],
};

/**
 * The integration lifecycle, one table per flow kind (DESIGN.md, "Integration lifecycle"): no state changes outside
 * it. Each entry lists where a state may go next.
 */
export const LIFECYCLE: Record<FlowKind, Table> = {
  // PagHiper, Reclame Aqui: credentials verified with the provider at once; a refusal waits for corrected ones.
  self_service: {
    new: ['connecting', 'requested'],
    requested: ['awaiting_customer', 'cancelled'],
    awaiting_customer: ['credentials_received', 'cancelled'],
    credentials_received: ['connecting', 'cancelled'],
    connecting: ['active', 'awaiting_customer', 'failed', 'cancelled'],
    ...RUNNING,
    reconnect_required: ['credentials_received', 'active', 'cancelled'],
  },
  // Maxi Frota: a key that lasts 12 hours, exchanged at once for a long-lived credential.
  key_exchange: {
    new: ['requested', 'credentials_received'],
    requested: ['awaiting_customer', 'cancelled'],
    awaiting_customer: ['credentials_received', 'key_expired', 'cancelled'],
    credentials_received: ['active', 'key_expired', 'cancelled'],
    key_expired: ['credentials_received', 'cancelled'],
    ...RUNNING,
  },
  // Ticket Log: the provider approves the integration within 15 days, or asks for a revision.
  provider_approval: {
    new: ['requested', 'credentials_received'],
    requested: ['awaiting_customer', 'cancelled'],
    awaiting_customer: ['credentials_received', 'cancelled'],
    credentials_received: ['pending_provider_approval', 'cancelled'],
    pending_provider_approval: ['active', 'needs_revision', 'cancelled'],
    needs_revision: ['credentials_received', 'cancelled'],
    ...RUNNING,
  },
};

/** Where an integration of this flow kind may go from its state. */
const allowedFrom = (kind: FlowKind, from: From): readonly IntegrationState[] => LIFECYCLE[kind][from] ?? [];

/** Refuses a move the table does not have, with a 409 naming the current state and the allowed ones. */
export function assertTransition(kind: FlowKind, from: From, to: IntegrationState): void {
  const allowed = allowedFrom(kind, from);
  if (allowed.includes(to)) return;
  const current = from === 'new' ? 'not created yet' : from;
  throw new Problem(
    integrationProblems.integration_state_conflict,
    `The integration is ${current}; from there it can go to ${allowed.length ? allowed.join(', ') : 'nothing else'}, not ${to}`,
    { state: from === 'new' ? null : from, allowedStates: [...allowed], requestedState: to },
  );
}

/** The event a move emits: `integration.<state>`, with the names the API has always used for activation and resumption. */
export function transitionEventType(from: From, to: IntegrationState): string {
  if (to === 'active') return from === 'paused' ? 'integration.resumed' : 'integration.activated';
  return `integration.${to}`;
}
