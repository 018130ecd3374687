import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callProvider } from '../../src/connectors/sdk/provider-http.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import { composeGates, currentGate, runWithGate } from '../../src/connectors/sdk/resilience/call-gate.ts';
import { CircuitBreakers } from '../../src/connectors/sdk/resilience/circuit-breakers.ts';
import { maintenanceGate, maintenanceSecondsLeft, type MaintenanceWindow } from '../../src/connectors/sdk/resilience/maintenance-windows.ts';
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

describe('the circuit breaker per host', () => {
  // opossum times the cool-down in real time: short enough for a test, long enough to see a call refused in it.
  const coolDownMs = 1_000;

  it('opens after N failed calls, fails fast, half-opens after the cool-down and closes on success', async () => {
    const breakers = new CircuitBreakers({ minimumCalls: 3, failurePercentage: 50, windowMs: 60_000, coolDownMs });
    const host = new URL(serverUrl).host;
    const call = () => runWithGate(breakers, () => callProvider({ method: 'GET', url: `${serverUrl}/orders` }));
    upstream.status = 503;
    upstream.hits = 0;
    for (let i = 0; i < 3; i++) await expect(call()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringContaining('answered 503') });
    expect(breakers.stateOf(host)).toBe('open');
    expect(upstream.hits).toBe(3);

    for (let i = 0; i < 5; i++) {
      await expect(call()).rejects.toMatchObject({ kind: 'unavailable', message: `circuit open for ${host}`, details: { retryAfterSeconds: 1 } });
    }
    expect(upstream.hits).toBe(3);

    await vi.waitFor(() => expect(breakers.stateOf(host)).toBe('half_open'), { timeout: 5 * coolDownMs });
    // Half-open: one probe goes through; it fails, so the circuit opens again for a whole cool-down.
    await expect(call()).rejects.toMatchObject({ message: expect.stringContaining('answered 503') });
    expect(upstream.hits).toBe(4);
    expect(breakers.stateOf(host)).toBe('open');
    await expect(call()).rejects.toMatchObject({ message: `circuit open for ${host}` });
    expect(upstream.hits).toBe(4);

    await vi.waitFor(() => expect(breakers.stateOf(host)).toBe('half_open'), { timeout: 5 * coolDownMs });
    upstream.status = 200;
    const response = await call();
    expect(response.status).toBe(200);
    expect(upstream.hits).toBe(5);
    expect(breakers.stateOf(host)).toBe('closed');
    await call();
    expect(upstream.hits).toBe(6);
  });

  it('counts an answer that refuses (a 429) as the host being up', async () => {
    const breakers = new CircuitBreakers({ minimumCalls: 2, failurePercentage: 50, windowMs: 60_000, coolDownMs });
    const host = new URL(serverUrl).host;
    const call = () => runWithGate(breakers, () => callProvider({ method: 'GET', url: `${serverUrl}/busy` }));
    upstream.status = 429;
    for (let i = 0; i < 4; i++) await expect(call()).rejects.toMatchObject({ kind: 'rate_limited' });
    expect(breakers.stateOf(host)).toBe('closed');
  });

  it('lets only one probe through while half-open, and frees it when a later gate refuses the call', async () => {
    const breakers = new CircuitBreakers({ minimumCalls: 1, failurePercentage: 50, windowMs: 60_000, coolDownMs });
    const url = new URL('http://provider.example:8443/x');
    await breakers.beforeCall(url);
    breakers.afterCall(url, 'timeout');
    await vi.waitFor(() => expect(breakers.stateOf(url.host)).toBe('open'));
    await vi.waitFor(() => expect(breakers.stateOf(url.host)).toBe('half_open'), { timeout: 5 * coolDownMs });
    await breakers.beforeCall(url);
    await expect(breakers.beforeCall(url)).rejects.toMatchObject({ kind: 'unavailable' });
    breakers.cancelCall(url);
    const refusing = { beforeCall: async () => Promise.reject(new ProviderError('rate_limited', 'full')), afterCall: () => {} };
    await expect(composeGates([breakers, refusing]).beforeCall(url)).rejects.toMatchObject({ kind: 'rate_limited' });
    expect(breakers.stateOf(url.host)).toBe('half_open');
    await breakers.beforeCall(url);
    breakers.afterCall(url, 'auth');
    await vi.waitFor(() => expect(breakers.stateOf(url.host)).toBe('closed'));
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
