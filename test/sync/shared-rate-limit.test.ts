import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import { ConnectorRuntime, SharedRateLimiter, type ConnectorTarget } from '../../src/modules/sync/index.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let server: Server;
let serverUrl: string;
let hits = 0;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  // Stands in for HugMe: whatever the client makes of its answers, every request it sent is counted.
  server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await ponte?.dispose();
});

/** A sleep that only moves the manual clock, recording each wait (one waiter at a time in these tests). */
function fakeSleep(clock: ManualClock, waits: number[]) {
  return async (milliseconds: number) => {
    waits.push(milliseconds);
    clock.advance(milliseconds);
  };
}

/** Two limiters over the database, as two worker processes would have, on one clock. */
function twoProcesses(start: string, maxWaitMs = 120_000) {
  const clock = new ManualClock(start);
  const waits: number[] = [];
  const options = { clock, sleep: fakeSleep(clock, waits), maxWaitMs };
  return { clock, waits, a: new SharedRateLimiter(ponte.database, options), b: new SharedRateLimiter(ponte.database, options) };
}

/** One call admitted and answered at the clock's current time. */
async function answeredCall(limiter: SharedRateLimiter, key: string, limit: number): Promise<void> {
  await limiter.release(key, await limiter.acquire(key, limit));
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('the shared rate limit', () => {
  it('never admits more than N calls in any sliding minute, across processes and across clock minutes', async () => {
    const { clock, waits, a, b } = twoProcesses('2026-03-02T10:00:59.000Z');
    const key = 'test:sliding';
    for (let i = 0; i < 10; i++) await answeredCall(i % 2 ? a : b, key, 10);
    expect(await a.counted(key)).toBe(10);
    // A new clock minute is no new budget: a provider counting the last sixty seconds would refuse this call.
    clock.set('2026-03-02T10:01:00.000Z');
    const refused = await rejection(new SharedRateLimiter(ponte.database, { clock, maxWaitMs: 0 }).acquire(key, 10));
    expect(refused).toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 60 } });
    await answeredCall(b, key, 10);
    expect(waits).toEqual([60_000]);
    expect(clock.now().toISOString()).toBe('2026-03-02T10:02:00.000Z');
  });

  it('counts a call from its admission until a minute after its answer, however long it was in flight', async () => {
    const { clock, waits, a, b } = twoProcesses('2026-03-02T11:00:00.000Z');
    const key = 'test:in-flight';
    const bucket = await a.acquire(key, 1);
    clock.advance(20_000);
    // Still in flight after 20 s: it counts.
    expect(await rejection(new SharedRateLimiter(ponte.database, { clock, maxWaitMs: 0 }).acquire(key, 1))).toMatchObject({ kind: 'rate_limited' });
    await a.release(key, bucket);
    clock.advance(50_000); // 11:01:10, a minute and ten seconds after it was sent, fifty seconds after its answer
    await answeredCall(b, key, 1);
    expect(waits).toEqual([11_000]);
    expect(clock.now().toISOString()).toBe('2026-03-02T11:01:21.000Z');
  });

  it('fails with rate_limited and the wait as Retry-After when the wait would be too long', async () => {
    const { clock, waits } = twoProcesses('2026-03-02T12:00:05.000Z');
    const limiter = new SharedRateLimiter(ponte.database, { clock, sleep: fakeSleep(clock, waits), maxWaitMs: 30_000 });
    const key = 'test:too-long';
    for (let i = 0; i < 2; i++) await answeredCall(limiter, key, 2);
    expect(await rejection(limiter.acquire(key, 2))).toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 61 } });
    expect(waits).toEqual([]);
    expect(await limiter.counted(key)).toBe(2);
  });

  it("holds every process for a provider's Retry-After, longer than a minute too", async () => {
    const { clock, waits, a, b } = twoProcesses('2026-03-02T13:00:00.000Z');
    await a.block('test:blocked', 10, 30);
    await answeredCall(b, 'test:blocked', 10);
    expect(waits).toEqual([31_000]);
    await a.block('test:long-block', 10, 90);
    await answeredCall(b, 'test:long-block', 10);
    expect(waits).toEqual([31_000, 91_000]);
    expect(clock.now().toISOString()).toBe('2026-03-02T13:02:02.000Z');
  });

  it('purges buckets older than ten minutes', async () => {
    const clock = new ManualClock('2026-03-03T08:00:00.000Z');
    const limiter = new SharedRateLimiter(ponte.database, { clock });
    await answeredCall(limiter, 'test:old', 5);
    clock.advance(11 * 60_000);
    await answeredCall(limiter, 'test:new', 5);
    const rows = await ponte.database.db.execute<{ key: string }>(sql`select key from provider_call_windows where key like 'test:%'`);
    expect(rows.rows.map((row) => row.key)).toEqual(['test:new']);
  });
});

describe('the rate limit of HugMe through the runtime', () => {
  const target = (credentialId: string | null): ConnectorTarget => ({
    connector: 'reclame-aqui',
    environment: 'sandbox',
    config: { companyEmail: 'sac@example.com' },
    credentialId,
  });

  it('gives every integration and every verification of one HugMe client one budget, the token call included', async () => {
    const clock = new ManualClock('2026-03-04T09:30:10.000Z');
    const runtime = new ConnectorRuntime(ponte.vault, clock, { 'reclame-aqui': serverUrl }, { database: ponte.database, maxRateLimitWaitMs: 0 });
    const shared = { clientId: 'client-shared', clientSecret: 'secret' };
    const key = runtime.rateLimitKey(target('credential-a'), shared);
    expect(key).toMatch(/^reclame-aqui:clientId:[0-9a-f]{32}$/);
    expect(key).not.toContain('client-shared');
    expect(runtime.rateLimitKey(target('credential-b'), shared)).toBe(key);
    expect(runtime.rateLimitKey(target(null), shared)).toBe(key);
    expect(runtime.rateLimitKey(target('credential-a'), { ...shared, clientId: 'client-other' })).not.toBe(key);
    expect(runtime.rateLimitKey({ ...target('credential-a'), connector: 'paghiper' }, { apiKey: 'apk_1', token: 't' })).toBeNull();

    const client = runtime.client('reclame-aqui');
    hits = 0;
    // Two integrations and a verification of the same client: ten calls in all, whatever the answers were.
    for (const credentialId of ['credential-a', 'credential-b', null, 'credential-a', 'credential-b', null, 'credential-a', 'credential-b', null, 'credential-a']) {
      await client.verifyCredentials(runtime.contextFor(target(credentialId), shared)).catch(() => undefined);
    }
    expect(hits).toBe(10);
    const counted = new SharedRateLimiter(ponte.database, { clock });
    expect(await counted.counted(key!)).toBe(10);
    // The eleventh is not sent: the shared budget is spent.
    const eleventh = await rejection(client.verifyCredentials(runtime.contextFor(target('credential-c'), shared)));
    expect(eleventh).toMatchObject({ kind: 'rate_limited', message: expect.stringContaining('calls a minute reached') });
    expect(hits).toBe(10);
    // Another client has a budget of its own.
    await client.verifyCredentials(runtime.contextFor(target('credential-c'), { clientId: 'client-other', clientSecret: 'secret' })).catch(() => undefined);
    expect(hits).toBe(11);
  });
});
