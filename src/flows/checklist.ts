import { connectorManifest } from '../connectors/catalog.ts';
import type { Clock } from '../platform/clock.ts';
import type { PresentedIntegration } from '../modules/integrations/index.ts';

export type Light = 'green' | 'yellow' | 'red';

export interface ChecklistEntry {
  key: string;
  status: Light;
  reason: string;
}

const WORST: Light[] = ['red', 'yellow', 'green'];

/** The integration's health, item by item, each with the reason for its colour. */
export function checklistOf(integration: PresentedIntegration, clock: Clock, notificationRules: number): { status: Light; items: ChecklistEntry[] } {
  const now = clock.now().getTime();
  const items: ChecklistEntry[] = [];
  const { credential, sync, state } = integration;

  if (state === 'reconnect_required' || state === 'key_expired') items.push({ key: 'credentials_verified', status: 'red', reason: `The provider refused the credentials: ${integration.stateReason ?? 'new ones are needed'}` });
  else if (credential?.lastVerifiedAt) items.push({ key: 'credentials_verified', status: 'green', reason: `Verified with the provider at ${credential.lastVerifiedAt}` });
  else items.push({ key: 'credentials_verified', status: 'yellow', reason: 'Not verified with the provider yet' });

  if (!sync?.lastSuccessAt) {
    items.push({ key: 'recent_sync', status: state === 'active' ? 'yellow' : 'red', reason: sync?.lastError ? `No sync has succeeded yet: ${sync.lastError}` : 'No sync has succeeded yet' });
  } else {
    const limitMs = 2 * sync.intervalMinutes * 60_000;
    const age = now - Date.parse(sync.lastSuccessAt);
    items.push(
      age <= limitMs
        ? { key: 'recent_sync', status: 'green', reason: `Last sync succeeded at ${sync.lastSuccessAt}` }
        : { key: 'recent_sync', status: 'red', reason: `Last successful sync at ${sync.lastSuccessAt}, more than twice the ${sync.intervalMinutes}-minute interval ago${sync.lastError ? `: ${sync.lastError}` : ''}` },
    );
  }

  if (connectorManifest(integration.connector).webhooks) {
    items.push(
      sync?.lastCallbackAt
        ? { key: 'callback', status: 'green', reason: `Callback URL configured; last heard from at ${sync.lastCallbackAt}` }
        : { key: 'callback', status: 'yellow', reason: `Callback URL configured (${integration.callbackUrl}); nothing received from the provider yet` },
    );
  }

  items.push(
    notificationRules > 0
      ? { key: 'notification_rules', status: 'green', reason: `${notificationRules} notification ${notificationRules === 1 ? 'rule' : 'rules'} for this integration’s events` }
      : { key: 'notification_rules', status: 'yellow', reason: 'No notification rules: nobody is told when this integration’s data changes' },
  );

  items.push(
    sync?.firstDataAt
      ? { key: 'first_data', status: 'green', reason: `First data received at ${sync.firstDataAt}` }
      : { key: 'first_data', status: 'yellow', reason: 'No data received yet' },
  );

  const onboarding: Record<string, Light> = { active: 'green', paused: 'yellow', requested: 'yellow', awaiting_customer: 'yellow', credentials_received: 'yellow', connecting: 'yellow', pending_provider_approval: 'yellow' };
  items.push({ key: 'onboarding_complete', status: onboarding[state] ?? 'red', reason: state === 'active' ? 'Onboarding complete' : `Onboarding is at ${state}${integration.stateReason ? `: ${integration.stateReason}` : ''}` });

  const status = WORST.find((light) => items.some((item) => item.status === light)) ?? 'green';
  return { status, items };
}
