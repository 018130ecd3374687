import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorRuntime } from '../../src/connectors/runtime.ts';
import { callProvider } from '../../src/connectors/sdk/provider-http.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import { composeGates, currentGate, runWithGate } from '../../src/connectors/sdk/resilience/call-gate.ts';
import { CircuitBreakers } from '../../src/connectors/sdk/resilience/circuit-breakers.ts';
import { maintenanceGate, maintenanceSecondsLeft, type MaintenanceWindow } from '../../src/connectors/sdk/resilience/maintenance-windows.ts';
import { SharedRateLimiter } from '../../src/connectors/sdk/resilience/shared-rate-limiter.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let server: Server;
let serverUrl: string;
/** What the local server answers next, and how many requests reached it. */
const upstream = { status: 200, hits: 0 };

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  server = createServer((request, response) => {
    upstream.hits += 1;
    if (upstream.status >= 500) {
      response.writeHead(upstream.status, { 'content-type': 'text/plain' }).end('Service Unavailable');
    } else {
      response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, path: request.url }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await ponte?.dispose();
});

/** A sleep that only moves the manual clock, recording each wait. */
function fakeSleep(clock: ManualClock, waits: number[]) {
  return async (milliseconds: number) => {
    waits.push(milliseconds);
    clock.advance(milliseconds);
  };
}

async function windowsOf(key: string) {
  const result = await ponte.database.db.execute<{ window_start: Date; calls: number }>(
    sql`select window_start, calls from provider_call_windows where key = ${key} order by window_start`,
  );
  return result.rows.map((row) => ({ windowStart: new Date(row.window_start).toISOString(), calls: Number(row.calls) }));
}

describe('callProvider', () => {
  it('works unchanged without a gate', async () => {
    upstream.status = 200;
    expect(currentGate()).toBeUndefined();
    const response = await callProvider({ method: 'GET', url: `${serverUrl}/plain`, query: { a: 1 } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, path: '/plain?a=1' });
  });

  it('tells the gate of the current async context before and after each call', async () => {
    upstream.status = 200;
    const seen: string[] = [];
    const gate = composeGates([
      { beforeCall: async (url) => void seen.push(`before ${url.pathname}`), afterCall: (url, outcome) => void seen.push(`after ${url.pathname} ${outcome}`) },
    ]);
    await runWithGate(gate, async () => {
      await Promise.resolve();
      await callProvider({ method: 'GET', url: `${serverUrl}/one` });
    });
    upstream.status = 503;
    await expect(runWithGate(gate, () => callProvider({ method: 'GET', url: `${serverUrl}/two` }))).rejects.toMatchObject({ kind: 'unavailable' });
    expect(seen).toEqual(['before /one', 'after /one success', 'before /two', 'after /two unavailable']);
  });
});

describe('the shared rate limit', () => {
  it('lets no more than N calls into one window across two limiters, and waits for the next window', async () => {
    const clock = new ManualClock('2026-03-02T10:00:20.000Z');
    const waits: number[] = [];
    // Two limiters over the database, as two worker processes would have.
    const workerA = new SharedRateLimiter(ponte.database.db, { clock, sleep: fakeSleep(clock, waits), maxWaitMs: 60_000 });
    const workerB = new SharedRateLimiter(ponte.database.db, { clock, sleep: async () => {}, maxWaitMs: 0 });
    const key = 'reclame-aqui:credential-a';
    const outcomes = await Promise.allSettled(Array.from({ length: 14 }, (_, i) => (i % 2 ? workerA : workerB).acquire(key, 10).then(() => (i % 2 ? 'A' : 'B'))));
    // B may not wait at all, so B's calls beyond the window fail; A's wait for the next window (the fake clock moves).
    const admitted = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    for (const outcome of refused) {
      expect(outcome.reason).toBeInstanceOf(ProviderError);
      expect(outcome.reason).toMatchObject({ kind: 'rate_limited' });
    }
    const rows = await windowsOf(key);
    expect(rows[0]).toEqual({ windowStart: '2026-03-02T10:00:00.000Z', calls: 10 });
    expect(rows.reduce((sum, row) => sum + row.calls, 0)).toBe(admitted);
    expect(admitted + refused.length).toBe(14);
    expect(waits.every((ms) => ms === 40_000)).toBe(true);
  });

  it('makes the N+1th call wait until the next window', async () => {
    const clock = new ManualClock('2026-03-02T11:00:45.000Z');
    const waits: number[] = [];
    const workerA = new SharedRateLimiter(ponte.database.db, { clock, sleep: fakeSleep(clock, waits), maxWaitMs: 30_000 });
    const workerB = new SharedRateLimiter(ponte.database.db, { clock, sleep: fakeSleep(clock, waits), maxWaitMs: 30_000 });
    const key = 'reclame-aqui:credential-b';
    for (let i = 0; i < 3; i++) await workerA.acquire(key, 4);
    await workerB.acquire(key, 4);
    expect(waits).toEqual([]);
    await workerB.acquire(key, 4);
    expect(waits).toEqual([15_000]);
    expect(clock.now().toISOString()).toBe('2026-03-02T11:01:00.000Z');
    expect(await windowsOf(key)).toEqual([
      { windowStart: '2026-03-02T11:00:00.000Z', calls: 4 },
      { windowStart: '2026-03-02T11:01:00.000Z', calls: 1 },
    ]);
  });

  it('throws rate_limited with retryAfterSeconds when the wait would be too long', async () => {
    const clock = new ManualClock('2026-03-02T12:00:05.000Z');
    const waits: number[] = [];
    const limiter = new SharedRateLimiter(ponte.database.db, { clock, sleep: fakeSleep(clock, waits), maxWaitMs: 30_000 });
    const key = 'reclame-aqui:credential-c';
    for (let i = 0; i < 2; i++) await limiter.acquire(key, 2);
    const error = await limiter.acquire(key, 2).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 55 } });
    expect(waits).toEqual([]);
    expect(await windowsOf(key)).toEqual([{ windowStart: '2026-03-02T12:00:00.000Z', calls: 2 }]);
  });

  it('purges old windows when a new window opens', async () => {
    const clock = new ManualClock('2026-03-03T08:00:00.000Z');
    const limiter = new SharedRateLimiter(ponte.database.db, { clock });
    await limiter.acquire('paghiper:old', 5);
    clock.advance(11 * 60_000);
    await limiter.acquire('paghiper:new', 5);
    expect(await windowsOf('paghiper:old')).toEqual([]);
    expect(await windowsOf('paghiper:new')).toHaveLength(1);
  });

  it('counts every HugMe call of a stored credential through the runtime, the token call included', async () => {
    const clock = new ManualClock('2026-03-04T09:30:10.000Z');
    // The local server stands in for HugMe: whatever the client makes of its answers, every request it sent is counted.
    const runtime = new ConnectorRuntime(ponte.vault, clock, { 'reclame-aqui': serverUrl }, { database: ponte.database, maxRateLimitWaitMs: 0 });
    const target = { connector: 'reclame-aqui', environment: 'sandbox' as const, config: { companyEmail: 'sac@example.com' }, credentialId: 'credential-hugme' };
    const client = runtime.client('reclame-aqui');
    upstream.status = 200;
    upstream.hits = 0;
    for (let i = 0; i < 3; i++) {
      // A client id of its own each time, so the connector's own in-process limiter never waits.
      await client.verifyCredentials(runtime.contextFor(target, { clientId: `client-${i}`, clientSecret: 'secret' })).catch((error: unknown) => error);
    }
    expect(upstream.hits).toBeGreaterThanOrEqual(3);
    expect(await windowsOf('reclame-aqui:credential-hugme')).toEqual([{ windowStart: '2026-03-04T09:30:00.000Z', calls: upstream.hits }]);
    // Credentials not stored yet have no id to share a limit on: not counted.
    const hitsBefore = upstream.hits;
    await client.verifyCredentials(runtime.contextFor({ ...target, credentialId: null }, { clientId: 'client-new', clientSecret: 'secret' })).catch((error: unknown) => error);
    expect(upstream.hits).toBeGreaterThan(hitsBefore);
    expect(await windowsOf('reclame-aqui:credential-hugme')).toEqual([{ windowStart: '2026-03-04T09:30:00.000Z', calls: hitsBefore }]);
  });
});

describe('the circuit breaker per host', () => {
  it('opens after N consecutive failures, fails fast, half-opens after the cool-down and closes on success', async () => {
    const clock = new ManualClock();
    const breakers = new CircuitBreakers(clock, { failureThreshold: 3, coolDownMs: 30_000 });
    const host = new URL(serverUrl).host;
    const call = () => runWithGate(breakers, () => callProvider({ method: 'GET', url: `${serverUrl}/orders` }));
    upstream.status = 503;
    upstream.hits = 0;
    for (let i = 0; i < 3; i++) await expect(call()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringContaining('answered 503') });
    expect(breakers.stateOf(host)).toBe('open');
    expect(upstream.hits).toBe(3);

    for (let i = 0; i < 5; i++) await expect(call()).rejects.toMatchObject({ kind: 'unavailable', message: `circuit open for ${host}` });
    expect(upstream.hits).toBe(3);

    clock.advance(30_000);
    // Half-open: one probe goes through; it fails, so the circuit opens again for a whole cool-down.
    await expect(call()).rejects.toMatchObject({ message: expect.stringContaining('answered 503') });
    expect(upstream.hits).toBe(4);
    expect(breakers.stateOf(host)).toBe('open');
    clock.advance(29_000);
    await expect(call()).rejects.toMatchObject({ message: `circuit open for ${host}` });
    expect(upstream.hits).toBe(4);

    clock.advance(1_000);
    upstream.status = 200;
    const response = await call();
    expect(response.status).toBe(200);
    expect(upstream.hits).toBe(5);
    expect(breakers.stateOf(host)).toBe('closed');
    await call();
    expect(upstream.hits).toBe(6);
  });

  it('lets only one probe through while half-open, and frees it when a later gate refuses the call', async () => {
    const clock = new ManualClock();
    const breakers = new CircuitBreakers(clock, { failureThreshold: 1, coolDownMs: 1_000 });
    const url = new URL('http://provider.example:8443/x');
    breakers.afterCall(url, 'timeout');
    expect(breakers.stateOf(url.host)).toBe('open');
    clock.advance(1_000);
    await breakers.beforeCall(url);
    await expect(breakers.beforeCall(url)).rejects.toMatchObject({ kind: 'unavailable' });
    breakers.cancelCall(url);
    const refusing = { beforeCall: async () => Promise.reject(new ProviderError('rate_limited', 'full')), afterCall: () => {} };
    await expect(composeGates([breakers, refusing]).beforeCall(url)).rejects.toMatchObject({ kind: 'rate_limited' });
    await breakers.beforeCall(url);
    breakers.afterCall(url, 'auth');
    expect(breakers.stateOf(url.host)).toBe('closed');
  });
});

describe('maintenance windows', () => {
  // Sundays 02:00–04:00 and every night 23:30–00:30 in São Paulo (UTC−3, no daylight saving).
  const windows: MaintenanceWindow[] = [
    { weekdays: [0], start: '02:00', end: '04:00', timeZone: 'America/Sao_Paulo' },
    { weekdays: [0, 1, 2, 3, 4, 5, 6], start: '23:30', end: '00:30', timeZone: 'America/Sao_Paulo' },
  ];

  it('knows how long the window lasts, across midnight too', () => {
    expect(maintenanceSecondsLeft(windows, new Date('2026-03-01T05:15:00.000Z'))).toBe(105 * 60); // Sunday 02:15 local
    expect(maintenanceSecondsLeft(windows, new Date('2026-03-02T05:15:00.000Z'))).toBeNull(); // Monday 02:15 local
    expect(maintenanceSecondsLeft(windows, new Date('2026-03-03T02:45:30.000Z'))).toBe(44 * 60 + 30); // Monday 23:45:30
    expect(maintenanceSecondsLeft(windows, new Date('2026-03-03T03:10:00.000Z'))).toBe(20 * 60); // Tuesday 00:10
    expect(maintenanceSecondsLeft(windows, new Date('2026-03-03T03:30:00.000Z'))).toBeNull(); // Tuesday 00:30
  });

  it('defers calls inside a window as rate_limited and lets them through outside', async () => {
    const clock = new ManualClock('2026-03-01T06:59:00.000Z'); // Sunday 03:59 local
    const gate = maintenanceGate('Reclame Aqui', windows, clock);
    upstream.status = 200;
    upstream.hits = 0;
    const call = () => runWithGate(gate, () => callProvider({ method: 'GET', url: `${serverUrl}/tickets` }));
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 60 } });
    expect(upstream.hits).toBe(0);
    clock.advance(60_000);
    expect((await call()).status).toBe(200);
    expect(upstream.hits).toBe(1);
  });
});
