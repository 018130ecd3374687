import type { AccountDetails, AccountsService } from '../modules/accounts/index.ts';
import type { AuditService } from '../modules/audit/index.ts';
import { createDefaultRules } from '../modules/notifications/index.ts';
import type { Actor } from '../platform/actor.ts';
import type { Clock } from '../platform/clock.ts';
import type { DatabaseHandle } from '../platform/database/database.ts';

/** A new account and the notification rules its contact needs, in one transaction: neither exists without the other. */
export function setUpAccount(deps: { database: DatabaseHandle; clock: Clock; audit: AuditService; accounts: AccountsService }, actor: Actor, input: AccountDetails) {
  return deps.database.transaction(async ({ db }) => {
    const account = await deps.accounts.createAccount(actor, input, db);
    await createDefaultRules(db, deps, actor, account);
    return account;
  });
}
