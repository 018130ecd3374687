import type { IntegrationRow } from '../../modules/integrations/index.ts';
import { approvalDueAt, AWAITING_CREDENTIALS, type OnboardingDeps } from './deps.ts';

/** What an integration waits for now. */
export interface Expectation {
  who: 'customer' | 'ponte' | 'provider';
  what: 'credentials' | 'key_exchange' | 'approval';
  since: string;
  dueAt: string | null;
  /** Office time (business calendar) from now to dueAt: what agents can still act in. */
  businessMsLeft: number | null;
}

/**
 * Who the integration waits for now, since when and until when: the customer (a /connect link's expiry), Ponte (a
 * received key's 12 hours) or the provider (its 15-day approval), with the office time left for people to act.
 */
export async function waitingFor(deps: OnboardingDeps, row: IntegrationRow, lastMoveAt: string | null): Promise<Expectation | null> {
  const { integrations, database, calendar, settings, connectLinks, clock } = deps;
  const since = lastMoveAt ?? row.updatedAt.toISOString();
  const sinceMs = Date.parse(since);
  let expectation: Omit<Expectation, 'businessMsLeft'> | null = null;
  if ((AWAITING_CREDENTIALS as readonly string[]).includes(row.state)) {
    const link = await connectLinks.currentFor(database.db, row.id);
    expectation = { who: 'customer', what: 'credentials', since, dueAt: link?.expiresAt.toISOString() ?? null };
  } else if (row.state === 'credentials_received' && integrations.flowKindOf(row) === 'key_exchange') {
    expectation = { who: 'ponte', what: 'key_exchange', since, dueAt: new Date(sinceMs + settings.keyValidityMs).toISOString() };
  } else if (row.state === 'pending_provider_approval') {
    expectation = { who: 'provider', what: 'approval', since, dueAt: approvalDueAt(settings, new Date(sinceMs)).toISOString() };
  }
  if (!expectation) return null;
  const now = clock.now();
  const businessMsLeft = expectation.dueAt ? Math.max(0, calendar.businessMillisBetween(now, new Date(expectation.dueAt))) : null;
  return { ...expectation, businessMsLeft };
}

