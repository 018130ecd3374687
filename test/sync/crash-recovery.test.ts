import { describe, expect, it } from 'vitest';
import { usePaghiperSandboxAndDatabase, type PonteProcess } from '../support/sandbox-and-database.ts';
import { waitFor } from '../support/wait.ts';

// A sync killed with SIGKILL, then its process started again on the same database, with the production leases and
// job expiries (PRODUCTION_TIMINGS): shortened ones are what hid a 9.5-minute gap after every crash.

const harness = usePaghiperSandboxAndDatabase(5);

interface Run {
  id: string;
  kind: string;
  status: string;
  startedAt: string;
  error: string | null;
}

const startPonte = () => harness.startPonte({ PRODUCTION_TIMINGS: '1' });

const faults = (method: 'PUT' | 'DELETE', body?: object) =>
  fetch(`${harness.sandboxUrl}/_control/faults`, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });

const runsOf = async (client: PonteProcess, id: string) => (await client.call('GET', `/v1/integrations/${id}/sync-runs?limit=100`)).body.data as Run[];

describe('a sync killed with SIGKILL', { timeout: 240_000 }, () => {
  it('ends failed, and the integration syncs successfully within a minute of the restart', async () => {
    const first = await startPonte();
    const { integrationId: id } = await harness.connectStore(first, 'Loja Derrubada');
    // The activation's backfill finishes first, so the poll below is the only sync under way when the kill lands.
    const backfillStatus = async () => ((await first.call('GET', `/v1/integrations/${id}`)).body.backfill as { status: string } | null)?.status;
    await waitFor(async () => (await backfillStatus()) === 'succeeded', 60_000);

    // A slow provider keeps the poll in its first page long enough for the kill to land in the middle of it.
    await faults('PUT', { latencyMs: 5_000 });
    expect((await first.call('POST', `/v1/integrations/${id}/sync`)).status).toBe(202);
    let killed: Run | undefined;
    await waitFor(async () => {
      killed = (await runsOf(first, id)).find((run) => run.kind === 'poll' && run.status === 'running');
      return killed !== undefined;
    }, 60_000, 50);
    first.child.child.kill('SIGKILL');
    await first.child.exited;
    await faults('DELETE');

    const restartedAt = Date.now();
    const second = await startPonte();
    // Bounded by the minute after the restart began, however long the start itself took.
    let runs: Run[] = [];
    await waitFor(async () => {
      runs = await runsOf(second, id);
      const recovered = runs.some((run) => run.kind === 'poll' && run.status === 'succeeded' && run.id !== killed!.id && Date.parse(run.startedAt) >= restartedAt - 1_000);
      return recovered && runs.find((run) => run.id === killed!.id)?.status === 'failed';
    }, Math.max(1, restartedAt + 60_000 - Date.now()), 250).catch((error: Error) => {
      throw new Error(`${error.message}; killed run ${killed!.id}, runs: ${JSON.stringify(runs, null, 1)}`);
    });
    const after = (await runsOf(second, id)).find((run) => run.id === killed!.id)!;
    expect(after.error).toMatch(/process running it stopped/);
    // Whatever else the restart ran has ended too: nothing stays `running`.
    await waitFor(async () => (await runsOf(second, id)).every((run) => run.status !== 'running'), 30_000, 250);
  });
});
