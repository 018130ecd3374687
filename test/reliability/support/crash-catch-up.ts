import type { CrashCluster } from './crash-cluster.ts';
import type { ReceivedIndex, SteadyLoad } from './crash-load.ts';

/** The syncs under way when a process was killed: the integrations whose lease was held, and by which run. */
export type HeldLeases = { integration_id: string; lease_owner: string }[];

/** Leases held now (read just before a kill; empty when the database cannot be read). */
export function heldLeases(cluster: CrashCluster): Promise<HeldLeases> {
  return cluster.query<HeldLeases[number]>('select integration_id, lease_owner from sync_schedules where lease_owner is not null').catch(() => []);
}

/**
 * Whether Ponte has caught up with the moment `at` (a kill): every sync under way then has ended (a dead process's
 * reclaimed) and its integration has synced since; every charge made before it is stored, every payment made before
 * it is stored as paid; and every buyer's webhook of those has reached the receiver. False while the database
 * cannot be read (the embedded process restarting).
 */
export async function caughtUpWith(at: number, cluster: CrashCluster, load: SteadyLoad, received: ReceivedIndex, leases: HeldLeases): Promise<boolean> {
  const { made, paid } = load.before(at);
  received.catchUp();
  if (!made.every((charge) => received.heard.has(`payment.created ${charge.id}`))) return false;
  if (!paid.every((charge) => received.heard.has(`payment.paid ${charge.id}`))) return false;
  try {
    if (leases.length > 0) {
      const [syncs] = await cluster.query<{ unfinished: number }>(
        `select count(*)::int as unfinished
           from unnest($1::text[], $2::text[]) as held(integration_id, run_id)
          where exists (select 1 from sync_runs r where r.id = held.run_id and r.status = 'running')
             or not exists (select 1 from sync_runs r where r.integration_id = held.integration_id and r.kind in ('poll', 'backfill')
                               and r.status = 'succeeded' and r.started_at > $3)`,
        [leases.map((lease) => lease.integration_id), leases.map((lease) => lease.lease_owner), new Date(at)],
      );
      if (syncs!.unfinished > 0) return false;
    }
    const [stored] = await cluster.query<{ made: number; paid: number }>(
      "select count(*)::int as made, (count(*) filter (where external_id = any($2) and status = 'paid'))::int as paid from records where model = 'payment' and external_id = any($1)",
      [made.map((charge) => charge.id), paid.map((charge) => charge.id)],
    );
    return stored!.made === made.length && stored!.paid === paid.length;
  } catch {
    return false;
  }
}

/**
 * Notifications a killed process had claimed and that still wait for its lease to run out (null when the database
 * cannot be read). Read once its replacement listens: the embedded database's process knows it is alone, so it must
 * have taken them back at start; on PostgreSQL they wait for their lease, as nobody can know their holder is dead.
 */
export async function claimsOfTheDead(cluster: CrashCluster, killedAt: number): Promise<number | null> {
  const rows = await cluster
    .query<{ n: number }>("select count(*)::int as n from notifications where status = 'sending' and updated_at <= $1 and lease_until > now()", [new Date(killedAt)])
    .catch(() => null);
  return rows ? rows[0]!.n : null;
}
