import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncEngine } from '../../src/modules/sync/index.ts';
import { openDatabase } from '../../src/platform/database/database.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';
import { cliActor } from '../../src/platform/actor.ts';

// Leases in one process: a holder that stops renewing loses its syncs to the reaper within seconds; a live one keeps
// them however slow the provider; and `POST …/sync` says which sync holds the integration. A lease of 2 s (renewed
// every 0.7 s) stands for the production 30 s here; the SIGKILL test (crash-recovery) runs the production values.

let ponte: TestPonte;
let sandboxUrl: string;
let admin: string;
const adminPrincipal = { role: 'admin' as const, userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' as const };

beforeAll(async () => {
  ponte = await startTestPonte({ sandboxes: true, sync: { leaseSeconds: 2 } });
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${sandboxUrl}${path}`, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });

/** The next provider call answers only after `ms`. */
const slowNextCall = (ms: number) => control('POST', '/_control/faults/next', [{ kind: 'latency', ms }]);

interface Run {
  id: string;
  kind: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

const runsOf = async (id: string) => (await ponte.app.inject({ method: 'GET', url: `/v1/integrations/${id}/sync-runs`, headers: { authorization: `Bearer ${admin}` } })).json().data as Run[];

/** A PagHiper integration whose first backfill is over, so no sync holds it. */
async function idleIntegration(): Promise<string> {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random()}` });
  const credentials = (await (await control('POST', '/_control/credentials')).json()) as { apiKey: string; token: string };
  const row = await ponte.onboarding.request(adminPrincipal, {
    accountId: account.id,
    connector: 'paghiper',
    environment: 'sandbox',
    config: { retroactiveMonths: 0 },
    credentials: { apiKey: credentials.apiKey, token: credentials.token },
  });
  await waitFor(async () => (await ponte.sync.backfill(row.id))?.status === 'succeeded', 30_000);
  await waitFor(async () => (await runsOf(row.id)).every((run) => run.status !== 'running'), 30_000);
  return row.id;
}

const runningRun = async (id: string, kind = 'poll') => {
  let run: Run | undefined;
  await waitFor(async () => (run = (await runsOf(id)).find((candidate) => candidate.kind === kind && candidate.status === 'running')) !== undefined, 30_000, 20);
  return run!;
};

describe('sync leases', { timeout: 120_000 }, () => {
  it('of a process that stops are reclaimed within seconds: its run fails and the poll is done again', async () => {
    const id = await idleIntegration();
    // Another "process": an engine on connections of its own, which it loses for good in the middle of a slow page.
    const { engine } = ponte.sync;
    const connections = await openDatabase({ databaseUrl: ponte.database.url, dataDir: '' }, { poolSize: 2 });
    const doomed = new SyncEngine(connections, engine.runtime, engine.source, engine.events, engine.clock, engine.logger, { ...engine.settings, leaseSeconds: 1 });
    await slowNextCall(8_000);
    const polling = doomed.poll(id).catch((error: unknown) => error);
    const killed = await runningRun(id);
    await connections.pool.end();

    // The reaper of the live process (every 5 s) finds the lease run out, fails the run and polls again.
    let runs: Run[] = [];
    await waitFor(async () => {
      runs = await runsOf(id);
      const redone = runs.some((run) => run.kind === 'poll' && run.status === 'succeeded' && run.startedAt > killed.startedAt);
      return redone && runs.find((run) => run.id === killed.id)?.status === 'failed';
    }, 20_000).catch((error: Error) => {
      throw new Error(`${error.message}; runs: ${JSON.stringify(runs, null, 1)}`);
    });
    expect(runs.find((run) => run.id === killed.id)!.error).toMatch(/process running it stopped/);
    await polling;
  });

  it('of a live sync hold through a provider page slower than the lease', async () => {
    const id = await idleIntegration();
    const { engine } = ponte.sync;
    const other = new SyncEngine(engine.database, engine.runtime, engine.source, engine.events, engine.clock, engine.logger, engine.settings);
    await slowNextCall(10_000);
    const slow = engine.poll(id);
    const run = await runningRun(id);
    // Two lease periods into the slow page: without renewals the lease would have run out by now.
    await waitFor(() => Date.now() - Date.parse(run.startedAt) > 2 * engine.settings.leaseSeconds * 1000 + 500, 10_000, 50);
    expect(await other.poll(id)).toEqual({ status: 'skipped', busy: true, more: false });
    // Nor does a reaper take it from a live holder.
    await ponte.sync.reclaimAbandoned();
    expect((await runsOf(id)).find((candidate) => candidate.id === run.id)!.status).toBe('running');
    expect((await slow).status).toBe('succeeded');
    expect((await runsOf(id)).find((candidate) => candidate.id === run.id)!.status).toBe('succeeded');
  });

  it('are told by POST /sync, whose poll then runs once the holder has ended', async () => {
    const id = await idleIntegration();
    const requestSync = async () => {
      const response = await ponte.app.inject({ method: 'POST', url: `/v1/integrations/${id}/sync`, headers: { authorization: `Bearer ${admin}` } });
      expect(response.statusCode).toBe(202);
      return response.json() as { queued: true; running: { runId: string; kind: string; startedAt: string; leaseUntil: string } | null };
    };
    await slowNextCall(6_000);
    const holder = ponte.sync.engine.poll(id);
    const run = await runningRun(id);

    const answer = await requestSync();
    expect(answer).toEqual({ queued: true, running: { runId: run.id, kind: 'poll', startedAt: run.startedAt, leaseUntil: expect.any(String) } });
    expect(Date.parse(answer.running!.leaseUntil)).toBeGreaterThan(Date.now());
    expect((await holder).status).toBe('succeeded');
    // The requested poll waited for the holder instead of being skipped.
    await waitFor(async () => {
      const finished = (await runsOf(id)).find((candidate) => candidate.id === run.id)!.finishedAt!;
      return (await runsOf(id)).some((candidate) => candidate.kind === 'poll' && candidate.status === 'succeeded' && candidate.startedAt >= finished);
    }, 30_000);

    await waitFor(async () => (await runsOf(id)).every((candidate) => candidate.status !== 'running'), 30_000);
    expect((await requestSync()).running).toBeNull();
  });

  it('are closed at start-up when a run was left running without one (by an older Ponte)', async () => {
    const id = await idleIntegration();
    await ponte.database.pool.query("insert into sync_runs (id, integration_id, kind, status, started_at) values ('run_leftbehind', $1, 'poll', 'running', now() - interval '1 hour')", [id]);
    await ponte.sync.recoverAbandoned({ alone: false });
    const left = (await runsOf(id)).find((run) => run.id === 'run_leftbehind')!;
    expect(left).toMatchObject({ status: 'failed', error: expect.stringMatching(/process running it stopped/) });
  });

  it('bound a poll by time: one that spends its budget asks for another to continue', async () => {
    const id = await idleIntegration();
    const { engine } = ponte.sync;
    const hurried = new SyncEngine(engine.database, engine.runtime, engine.source, engine.events, engine.clock, engine.logger, { ...engine.settings, maxPollSeconds: 0.2 });
    await slowNextCall(400);
    expect(await hurried.poll(id)).toEqual({ status: 'succeeded', more: true });
  });
});
