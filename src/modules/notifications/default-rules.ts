import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import { actorOf, type Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/index.ts';
import { notificationRules, type Locale } from './schema.ts';

/** What an account's contact is told about by default (see createDefaultRules). */
const DEFAULT_CONTACT_EVENTS = ['integration.reconnect_required', 'integration.sync_failed'];

/**
 * The rules a new account starts with, so that nothing its contact must act on depends on someone remembering to add
 * one: its contact hears of reconnects and failing syncs, in both environments. (Onboarding steps are e-mailed by
 * the onboarding flow itself, with their /connect links and reply addresses.) Editable and removable like any rule.
 */
export async function createDefaultRules(db: Database, deps: { clock: Clock; audit: AuditService }, actor: Actor, account: { id: string; contactEmail: string | null; locale: Locale }): Promise<number> {
  if (!account.contactEmail) return 0;
  const now = deps.clock.now();
  const rows = DEFAULT_CONTACT_EVENTS.flatMap((eventType) =>
    (['production', 'sandbox'] as const).map((environment) => ({
      id: newId('notificationRule'),
      accountId: account.id,
      environment,
      integrationId: null,
      eventType,
      channel: 'email' as const,
      emailTo: [account.contactEmail!],
      webhookUrl: null,
      signingCredentialId: null,
      locale: account.locale,
      delaySeconds: 0,
      enabled: true,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await db.insert(notificationRules).values(rows);
  await deps.audit.record(db, { actor: actorOf(actor), action: 'notification_rule.defaults_created', targetType: 'account', targetId: account.id, details: { eventTypes: DEFAULT_CONTACT_EVENTS, rules: rows.map((row) => row.id) } });
  return rows.length;
}

