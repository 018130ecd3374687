import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { changedSince, type ChangedSince } from '../../platform/database/changed-since.ts';
import { integrations } from './schema.ts';

/** The accounts whose integrations changed after `since` (null: only the latest change time): every change moves updated_at. */
export const integrationAccountsChangedSince = (db: Database, since: string | null): Promise<ChangedSince> =>
  changedSince(
    db,
    {
      latest: sql`select max(updated_at)::text as latest from integrations`,
      changed: (after) => sql`select array_agg(distinct account_id) as ids, max(updated_at)::text as latest from integrations where updated_at > ${after}`,
    },
    since,
  );

/** The accounts these integrations belong to, each once. */
export async function accountsOfIntegrations(db: Database, integrationIds: string[]): Promise<string[]> {
  if (integrationIds.length === 0) return [];
  const rows = await db.selectDistinct({ accountId: integrations.accountId }).from(integrations).where(inArray(integrations.id, integrationIds));
  return rows.map((row) => row.accountId);
}
