import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHugmeSandbox } from '../../src/connectors/reclame-aqui/sandbox/app.ts';
import { AcceleratedClock } from '../support/accelerated-clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

/*
 * HugMe under pressure: two integrations of one HugMe client backfill at once against a sandbox that enforces 10
 * calls a minute per client, the token call included, and answers 429 beyond. Each backfill needs about 40 calls,
 * so the pair needs eight minutes or more of the provider's time.
 *
 * Time is compressed, not faked: the sandbox and Ponte share a clock running FACTOR times faster than real time,
 * and Ponte's shared rate limiter sleeps on that clock. Nothing moves time by hand, so concurrent waiters cannot
 * push it forward for each other, and the real work (HTTP, database) takes its real share of clock time too.
 */

const FACTOR = 30;
const COMPLAINTS_PER_DAY = 65;
const HISTORY_DAYS = 30;

let clock: AcceleratedClock;
let sandbox: FastifyInstance;
let sandboxRoot: string;
let ponte: TestPonte;
let admin: string;
/** How often Ponte's rate limiter held a call back to keep under the limit. */
let limiterWaits = 0;

beforeAll(async () => {
  clock = new AcceleratedClock('2026-03-10T12:00:00.000Z', FACTOR);
  sandbox = await buildHugmeSandbox({ seed: 5, now: () => clock.now() });
  sandboxRoot = await sandbox.listen({ host: '127.0.0.1', port: 0 });
  ponte = await startTestPonte({
    clock,
    sandboxUrls: { 'reclame-aqui': `${sandboxRoot}/api` },
    // The leases are timed by the fast clock but renewed on real timers: long enough to outlast the test.
    sync: { leaseSeconds: 36_000 },
    providerCalls: {
      sleep: async (milliseconds) => {
        limiterWaits += 1;
        await clock.sleep(milliseconds);
      },
      // A sliding minute can need a wait of a minute; waiting (rather than deferring the job on the queue's real-time
      // timers) keeps the whole run on the fast clock.
      maxRateLimitWaitMs: 5 * 60_000,
    },
  });
  admin = await ponte.adminToken();
}, 60_000);
afterAll(async () => {
  await ponte?.dispose();
  await sandbox?.close();
});

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandboxRoot}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

async function api(method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await ponte.app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

describe('HugMe under pressure', { timeout: 240_000 }, () => {
  it('completes two backfills of one client, about 40 calls each, without a single 429 from the provider', async () => {
    const client = await control<{ client_id: string; client_secret: string; tickets: number }>('POST', '/_control/credentials', {
      complaints_per_day: COMPLAINTS_PER_DAY,
      history_days: HISTORY_DAYS,
    });
    // Forty pages of 50 for each backfill, plus the token calls.
    expect(client.tickets).toBeGreaterThanOrEqual(39 * 50);
    const started = clock.now().getTime();

    const integrations: string[] = [];
    for (const name of ['Loja Centro', 'Loja Norte']) {
      const account = await api('POST', '/v1/accounts', { name });
      const created = await api('POST', '/v1/integrations', {
        accountId: account.body.id,
        connector: 'reclame-aqui',
        environment: 'sandbox',
        // The same HugMe client for both: HugMe's limit is per client, not per integration. A day between polls keeps
        // this test to the backfills.
        config: { companyEmail: 'sac@loja.example', retroactiveMonths: 2, syncIntervalMinutes: 1440 },
        credentials: { clientId: client.client_id, clientSecret: client.client_secret },
      });
      expect(created).toMatchObject({ status: 201, body: { state: 'active' } });
      integrations.push(String(created.body.id));
    }

    const backfillOf = async (id: string) => (await api('GET', `/v1/integrations/${id}`)).body.backfill as { status: string; error: string | null };
    await waitFor(async () => {
      const states = await Promise.all(integrations.map(backfillOf));
      if (states.some((state) => state.status === 'failed')) throw new Error(`a backfill failed: ${JSON.stringify(states)}`);
      return states.every((state) => state.status === 'succeeded');
    }, 200_000, 250);
    const elapsedMinutes = (clock.now().getTime() - started) / 60_000;

    // What the provider saw: not one call refused, and enough calls that the limit bound the pace.
    const tally = await control<{ limit: number; clients: Record<string, { accepted: number; refused: number }> }>('GET', '/_control/rate-limit');
    const seen = tally.clients[client.client_id]!;
    expect(tally.limit).toBe(10);
    expect(seen.refused).toBe(0);
    expect(seen.accepted).toBeGreaterThanOrEqual(2 * 40);
    expect(elapsedMinutes).toBeGreaterThanOrEqual(seen.accepted / 10 - 1);
    expect(limiterWaits).toBeGreaterThan(0);

    // Both integrations hold every complaint of the client's history.
    for (const id of integrations) expect(await ponte.sync.recordCount(id)).toBe(client.tickets);
  });
});
