import type { Database, DatabaseHandle } from '../../platform/database/database.ts';

/** Announced when a rule, its endpoint or its signing secret changes (the payload is the rule's id): senders forget it. */
export const RULES_CHANGED_SIGNAL = 'notification_rules_changed';

/** Announced when notifications are committed due (the dispatcher's, a retry asked for): senders claim at once. */
export const NOTIFICATIONS_DUE_SIGNAL = 'notifications_due';

/** Tells every process's sender that a rule changed, once `db`'s transaction commits. */
export async function announceRuleChange(database: Pick<DatabaseHandle, 'signals'>, db: Database, ruleId: string): Promise<void> {
  await database.signals.publish(RULES_CHANGED_SIGNAL, ruleId, db);
}

/** Tells every process's sender that notifications are due, once `db`'s transaction commits. */
export async function announceDue(database: Pick<DatabaseHandle, 'signals'>, db: Database): Promise<void> {
  await database.signals.publish(NOTIFICATIONS_DUE_SIGNAL, '', db);
}
