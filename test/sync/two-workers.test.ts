import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startChild } from '../support/child-process.ts';
import { usePaghiperSandboxAndDatabase } from '../support/sandbox-and-database.ts';
import { waitFor } from '../support/wait.ts';

const harness = usePaghiperSandboxAndDatabase(11);

describe('two worker processes', { timeout: 240_000 }, () => {
  it('never sync one integration at the same time (PostgreSQL); the embedded database admits one process only', async () => {
    const first = await harness.startPonte();
    if (harness.database.engine === 'pglite') {
      const second = startChild('test/fixtures/ponte-process.ts', [], { ...harness.database.env, PORT: '0', SANDBOX_URLS: '{}' });
      expect((await second.exited).code).not.toBe(0);
      expect(second.output()).toContain('is in use by another Ponte process');
      return;
    }
    const second = await harness.startPonte();
    const { integrationId: id } = await harness.connectStore(first, 'Loja Dois Workers');
    // Slow the provider a little so syncs last long enough to meet, then ask both workers for syncs again and again
    // until several have run (requests made while one runs wait for it as one poll).
    await fetch(`${harness.sandboxUrl}/_control/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 40 }) });
    const client = new pg.Client({ connectionString: harness.database.env.DATABASE_URL });
    await client.connect();
    try {
      await waitFor(async () => {
        await Promise.all([first.call('POST', `/v1/integrations/${id}/sync`), second.call('POST', `/v1/integrations/${id}/sync`)]);
        const finished = await client.query("select count(*)::int as n from sync_runs where integration_id = $1 and kind = 'poll' and status <> 'running'", [id]);
        return finished.rows[0].n > 3;
      }, 60_000, 150);
      await waitFor(async () => {
        const running = await client.query("select count(*)::int as n from sync_runs where integration_id = $1 and status = 'running'", [id]);
        return running.rows[0].n === 0;
      }, 60_000);
      const runs = await client.query<{ started_at: Date; finished_at: Date }>(
        'select started_at, finished_at from sync_runs where integration_id = $1 order by started_at',
        [id],
      );
      expect(runs.rows.length).toBeGreaterThan(3);
      for (let i = 1; i < runs.rows.length; i++) {
        expect(runs.rows[i]!.started_at.getTime()).toBeGreaterThanOrEqual(runs.rows[i - 1]!.finished_at.getTime());
      }
    } finally {
      await client.end();
    }
  });
});
