import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { changedSince, type ChangedSince } from '../../platform/database/changed-since.ts';

/**
 * The integrations whose sync runs started or finished after `since` (null: only the latest such time). A run has no
 * updated_at: it is written when it starts and once more when it finishes.
 */
export const syncRunIntegrationsChangedSince = (db: Database, since: string | null): Promise<ChangedSince> =>
  changedSince(
    db,
    {
      // greatest() skips nulls; each max() reads its own index.
      latest: sql`select greatest((select max(started_at) from sync_runs), (select max(finished_at) from sync_runs))::text as latest`,
      changed: (after) => sql`select array_agg(distinct integration_id) as ids, max(greatest(started_at, finished_at))::text as latest
        from sync_runs where started_at > ${after} or finished_at > ${after}`,
    },
    since,
  );

/** The accounts whose records were added or changed after `since` (null: only the latest change time). */
export const recordAccountsChangedSince = (db: Database, since: string | null): Promise<ChangedSince> =>
  changedSince(
    db,
    {
      latest: sql`select max(updated_at)::text as latest from records`,
      changed: (after) => sql`select array_agg(distinct account_id) as ids, max(updated_at)::text as latest from records where updated_at > ${after}`,
    },
    since,
  );
