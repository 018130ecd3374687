import { randomBytes } from 'node:crypto';

/**
 * Ticket Log's own approval of an integration (Cobli's flow needs Ticket Log to approve it, providers.md §5). There
 * is no public API for it, so the sandbox only offers control routes that play Ticket Log's staff deciding.
 * `approved` and `rejected` are final; `pending` and `needs_revision` can still be decided. Credentials keep
 * working whatever the onboarding status (the search API does not know about onboardings).
 */
export const ONBOARDING_DECISIONS = ['approved', 'rejected', 'needs_revision'] as const;
export type OnboardingDecision = (typeof ONBOARDING_DECISIONS)[number];
export type OnboardingStatus = 'pending' | OnboardingDecision;

export interface Onboarding {
  id: string;
  codigoCliente: number | null;
  status: OnboardingStatus;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
  history: { status: OnboardingStatus; reason: string | null; at: string }[];
}

export type DecisionResult = { ok: true; onboarding: Onboarding } | { ok: false; error: 'not_found' | 'already_final' };

export class OnboardingRegistry {
  readonly #now: () => Date;
  readonly #onboardings = new Map<string, Onboarding>();

  constructor(now: () => Date) {
    this.#now = now;
  }

  create(codigoCliente: number | null): Onboarding {
    const at = this.#now().toISOString();
    const onboarding: Onboarding = {
      id: `onb_${randomBytes(10).toString('hex')}`,
      codigoCliente,
      status: 'pending',
      reason: null,
      createdAt: at,
      updatedAt: at,
      history: [{ status: 'pending', reason: null, at }],
    };
    this.#onboardings.set(onboarding.id, onboarding);
    return onboarding;
  }

  get(id: string): Onboarding | undefined {
    return this.#onboardings.get(id);
  }

  decide(id: string, status: OnboardingDecision, reason?: string): DecisionResult {
    const onboarding = this.#onboardings.get(id);
    if (!onboarding) return { ok: false, error: 'not_found' };
    if (onboarding.status === 'approved' || onboarding.status === 'rejected') return { ok: false, error: 'already_final' };
    const at = this.#now().toISOString();
    onboarding.status = status;
    onboarding.reason = reason ?? null;
    onboarding.updatedAt = at;
    onboarding.history.push({ status, reason: onboarding.reason, at });
    return { ok: true, onboarding };
  }
}
