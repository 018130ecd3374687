import type { AccountDetails, AccountsService } from '../modules/accounts/index.ts';
import type { NotificationsService } from '../modules/notifications/index.ts';
import type { Actor } from '../platform/actor.ts';
import type { DatabaseHandle } from '../platform/database/database.ts';

/** A new account and the notification rules its contact needs, in one transaction: neither exists without the other. */
export function setUpAccount(deps: { database: DatabaseHandle; accounts: AccountsService; notifications: NotificationsService }, actor: Actor, input: AccountDetails) {
  return deps.database.transaction(async ({ db }) => {
    const account = await deps.accounts.createAccount(actor, input, db);
    await deps.notifications.createDefaultRules(db, actor, account);
    return account;
  });
}
