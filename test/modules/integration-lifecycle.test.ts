import { describe, expect, it } from 'vitest';
import { LIFECYCLE } from '../../src/modules/integrations/index.ts';
import { assertTransition } from '../../src/modules/integrations/lifecycle.ts';
import { Problem } from '../../src/platform/http/problems.ts';

/** Every state reachable from `new` in a flow's table. */
function reachable(table: (typeof LIFECYCLE)[keyof typeof LIFECYCLE]): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = ['new'];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const next of table[state as keyof typeof table] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the integration lifecycle table', () => {
  it('takes every flow from creation to active, and lets every state be cancelled, but nothing leave cancelled', () => {
    for (const [kind, table] of Object.entries(LIFECYCLE)) {
      expect(reachable(table), kind).toContain('active');
      expect(table.cancelled ?? [], kind).toEqual([]);
      for (const [from, to] of Object.entries(table)) {
        if (from !== 'new' && from !== 'cancelled') expect(to, `${kind}: ${from}`).toContain('cancelled');
      }
    }
  });

  it('has the onboarding steps of each flow kind (DESIGN.md)', () => {
    expect(reachable(LIFECYCLE.key_exchange)).toEqual(new Set(['requested', 'awaiting_customer', 'credentials_received', 'key_expired', 'active', 'paused', 'reconnect_required', 'failed', 'cancelled']));
    expect(LIFECYCLE.key_exchange.credentials_received).toEqual(expect.arrayContaining(['active', 'key_expired']));
    expect(LIFECYCLE.provider_approval.pending_provider_approval).toEqual(expect.arrayContaining(['active', 'needs_revision']));
    expect(LIFECYCLE.provider_approval.needs_revision).toContain('credentials_received');
    expect(LIFECYCLE.self_service.connecting).toEqual(expect.arrayContaining(['active', 'awaiting_customer']));
    // Only the provider's approval leads a Ticket Log integration to active during onboarding.
    expect(LIFECYCLE.provider_approval.credentials_received).not.toContain('active');
  });

  it('refuses a move outside the table with a 409 naming the current state and the allowed ones', () => {
    const refusal = (() => {
      try {
        assertTransition('provider_approval', 'awaiting_customer', 'active');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(Problem);
    const problem = refusal as Problem;
    expect(problem.type.status).toBe(409);
    expect(problem.detail).toContain('awaiting_customer');
    expect(problem.extensions).toMatchObject({ state: 'awaiting_customer', allowedStates: ['credentials_received', 'cancelled'], requestedState: 'active' });
    expect(() => assertTransition('provider_approval', 'awaiting_customer', 'credentials_received')).not.toThrow();
  });
});
