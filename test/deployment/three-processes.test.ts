import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startChild } from '../support/child-process.ts';
import { usePaghiperSandboxAndDatabase, type PonteProcess } from '../support/sandbox-and-database.ts';
import { createPaghiperCharge } from '../support/paghiper-charges.ts';
import { waitFor } from '../support/wait.ts';

// The deployment of docs/deployment.md on one PostgreSQL database: an api process (PONTE_ROLE=api) takes the
// requests, two worker processes (PONTE_ROLE=worker) do the syncs. Production leases and job expiries, so no job
// comes back early and runs a second time because a test shortened its expiry.

const harness = usePaghiperSandboxAndDatabase(23);
const STORES = 6;
const SYNC_QUEUES = ['sync.poll', 'sync.backfill'];

const createCharge = (apiKey: string, orderId: string) => createPaghiperCharge(harness.sandboxUrl, { apiKey, orderId, priceCents: 4990 });

/** Jobs each process ran to completion, by queue, as its /metrics counts them. */
async function jobsCompleted(process: PonteProcess): Promise<Record<string, number>> {
  const text = await (await fetch(`${process.address}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const [, queue, value] of text.matchAll(/^ponte_job_duration_seconds_count\{queue="([^"]+)",outcome="completed"\} (\d+)$/gm)) {
    counts[queue!] = Number(value);
  }
  return counts;
}

const syncJobs = (counts: Record<string, number>) => SYNC_QUEUES.reduce((sum, queue) => sum + (counts[queue] ?? 0), 0);

describe('an api process and two worker processes on one database', { timeout: 150_000 }, () => {
  it('spread the syncs over both workers, do each once, and leave the api process running no job (PostgreSQL)', async () => {
    if (harness.database.engine === 'pglite') {
      // The embedded database admits one process: a worker role is refused before anything opens its folder.
      const worker = startChild('test/fixtures/ponte-process.ts', [], { ...harness.database.env, PORT: '0', PONTE_ROLE: 'worker' });
      expect((await worker.exited).code).not.toBe(0);
      expect(worker.output()).toContain('PONTE_ROLE: worker (from --role or PONTE_ROLE) needs DATABASE_URL');
      return;
    }
    const [api, ...workers] = await Promise.all([
      harness.startPonte({ PONTE_ROLE: 'api', PRODUCTION_TIMINGS: '1' }),
      harness.startPonte({ PONTE_ROLE: 'worker', PRODUCTION_TIMINGS: '1' }),
      harness.startPonte({ PONTE_ROLE: 'worker', PRODUCTION_TIMINGS: '1' }),
    ]);
    // A worker answers its orchestrator's probes and Prometheus, and nothing of the API.
    for (const worker of workers) {
      expect((await fetch(`${worker.address}/readyz`)).status).toBe(200);
      expect((await worker.call('GET', '/v1/accounts')).status).toBe(404);
    }

    // A slower provider makes syncs last long enough to meet; the leases have to keep them apart.
    await fetch(`${harness.sandboxUrl}/_control/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 40 }) });
    const stores: { apiKey: string; integrationId: string; charges: string[] }[] = [];
    for (let n = 0; n < STORES; n++) stores.push({ ...(await harness.connectStore(api, `Loja ${n + 1}`)), charges: [] });

    // Rounds of new charges and sync requests through the api process, until each worker has run syncs of its own.
    let round = 0;
    await waitFor(async () => {
      const store = stores[round % STORES]!;
      store.charges.push(await createCharge(store.apiKey, `pedido-${round++}`));
      for (const { integrationId } of stores) expect((await api.call('POST', `/v1/integrations/${integrationId}/sync`)).status).toBe(202);
      const done = await Promise.all(workers.map(async (worker) => syncJobs(await jobsCompleted(worker))));
      return round >= STORES && done.every((count) => count >= 3);
    }, 90_000, 300);

    const client = new pg.Client({ connectionString: harness.database.env.DATABASE_URL });
    await client.connect();
    try {
      const count = async (sql: string, values: unknown[] = []) => (await client.query<{ n: number }>(sql, values)).rows[0]!.n;
      // Quiet: no sync job waiting, retrying or running, and every charge made is a record.
      const made = stores.flatMap((store) => store.charges);
      await waitFor(async () => {
        const pending = await count("select count(*)::int as n from pgboss.job where name = any($1) and state in ('created', 'retry', 'active')", [SYNC_QUEUES]);
        const running = await count("select count(*)::int as n from sync_runs where status = 'running'");
        const synced = await count('select count(*)::int as n from records where external_id = any($1)', [made]);
        return pending === 0 && running === 0 && synced === made.length;
      }, 60_000, 250);

      // Spread: both workers completed sync jobs, and together every one the queue holds as completed.
      const completedInQueue = await count("select count(*)::int as n from pgboss.job where name = any($1) and state = 'completed'", [SYNC_QUEUES]);
      let perWorker: number[] = [];
      await waitFor(async () => {
        perWorker = await Promise.all(workers.map(async (worker) => syncJobs(await jobsCompleted(worker))));
        return perWorker[0]! + perWorker[1]! === completedInQueue;
      }, 10_000);
      expect(Math.min(...perWorker)).toBeGreaterThan(0);
      // The api process ran no job at all: it only sent them.
      expect(await jobsCompleted(api)).toEqual({});

      // Nothing twice: each charge made is one record with one payment.created event, every record was added by one
      // run, and the syncs of one integration never overlapped.
      expect(await count('select count(*)::int as n from records where external_id = any($1)', [made])).toBe(made.length);
      const createdEvents = await client.query<{ subject_id: string; n: number }>(
        "select subject_id, count(*)::int as n from events where type = 'payment.created' and subject_id = any($1) group by subject_id",
        [made],
      );
      expect(createdEvents.rows.map((row) => row.n)).toEqual(made.map(() => 1));
      let runsChecked = 0;
      for (const { integrationId } of stores) {
        const records = await count('select count(*)::int as n from records where integration_id = $1', [integrationId]);
        const added = await count('select coalesce(sum(added), 0)::int as n from sync_runs where integration_id = $1', [integrationId]);
        expect(added).toBe(records);
        const runs = await client.query<{ started_at: Date; finished_at: Date }>(
          "select started_at, finished_at from sync_runs where integration_id = $1 and kind in ('poll', 'backfill') order by started_at",
          [integrationId],
        );
        for (let i = 1; i < runs.rows.length; i++) {
          expect(runs.rows[i]!.started_at.getTime()).toBeGreaterThanOrEqual(runs.rows[i - 1]!.finished_at.getTime());
        }
        runsChecked += runs.rows.length;
      }
      console.info(`three processes: ${round} rounds, ${made.length} charges, ${runsChecked} sync runs; sync jobs completed per worker ${perWorker.join(' and ')} (queue: ${completedInQueue}), by the api process 0`);
    } finally {
      await client.end();
    }
  });
});
