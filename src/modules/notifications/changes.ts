import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { changedSince, type ChangedSince } from '../../platform/database/changed-since.ts';

/** The accounts whose notifications (the send queue) changed after `since` (null: only the latest change time): every change moves updated_at. */
export const notificationAccountsChangedSince = (db: Database, since: string | null): Promise<ChangedSince> =>
  changedSince(
    db,
    {
      latest: sql`select max(updated_at)::text as latest from notifications`,
      changed: (after) => sql`select array_agg(distinct account_id) as ids, max(updated_at)::text as latest from notifications where updated_at > ${after}`,
    },
    since,
  );
