import type { LightMyRequestResponse } from 'fastify';
import { AuthAttempts } from '../../src/modules/api-access/auth-attempts.ts';
import { KNOWN_ADDRESS_TRUST_MS } from '../../src/modules/api-access/auth-attempt-limits.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createPonte } from '../../src/ponte.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

// Low limits keep the test fast; the defaults are in src/platform/config.ts.
const PER_ADDRESS = 5;
const PER_EMAIL = 3;
const WINDOW_MINUTES = 10;
const LIMITS = {
  PONTE_AUTH_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
  PONTE_AUTH_FAILURES_PER_EMAIL: String(PER_EMAIL),
  PONTE_AUTH_FAILURE_WINDOW_MINUTES: String(WINDOW_MINUTES),
};

const clock = new ManualClock('2026-03-10T12:00:00.000Z');
let ponte: TestPonte;

beforeAll(async () => {
  ponte = await startTestPonte({ clock, workers: false, env: LIMITS });
});
afterAll(async () => ponte?.dispose());

// Each wrong key has a prefix of its own: guesses aimed at one key's prefix are limited apart (see below).
let guessesMade = 0;
const wrongKey = (n: number) => `pk_sandbox_${String(guessesMade++).padStart(5, '0')}${String(n).padStart(38, 'x')}`;
const exchange = (apiKey: string, address: string) =>
  ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey }, remoteAddress: address });
const login = (email: string, password: string, address: string) =>
  ponte.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress: address });

function expectTooManyRequests(response: LightMyRequestResponse): number {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ code: 'too_many_requests', status: 429, type: `${ponte.app.publicUrl()}/docs/guides/problems#too_many_requests` });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_MINUTES * 60);
  return retryAfter;
}

describe('guessing API keys at POST /v1/auth/token', () => {
  it('is stopped after the allowed wrong keys from one address; the right key still works from another', async () => {
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'partner', environment: 'sandbox' });
    for (let n = 0; n < PER_ADDRESS; n++) expect((await exchange(wrongKey(n), '198.51.100.1')).statusCode).toBe(401);
    const retryAfter = expectTooManyRequests(await exchange(wrongKey(99), '198.51.100.1'));
    expect(retryAfter).toBe(WINDOW_MINUTES * 60);
    // Even the right key is refused from that address, or the limit would tell a guesser when it guessed right.
    expectTooManyRequests(await exchange(key.key, '198.51.100.1'));
    expect((await exchange(key.key, '198.51.100.2')).statusCode).toBe(200);
  });

  it('counts refused keys only: a partner exchanging its key again and again is never stopped', async () => {
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'busy partner', environment: 'sandbox' });
    for (let n = 0; n < PER_ADDRESS * 3; n++) expect((await exchange(key.key, '198.51.100.3')).statusCode).toBe(200);
    for (let n = 0; n < PER_ADDRESS - 1; n++) expect((await exchange(wrongKey(n), '198.51.100.3')).statusCode).toBe(401);
    expect((await exchange(key.key, '198.51.100.3')).statusCode).toBe(200);
  });

  it('lets the address try again once the window has passed', async () => {
    for (let n = 0; n < PER_ADDRESS; n++) await exchange(wrongKey(n), '198.51.100.4');
    const retryAfter = expectTooManyRequests(await exchange(wrongKey(0), '198.51.100.4'));
    clock.advance(retryAfter * 1000);
    expect((await exchange(wrongKey(0), '198.51.100.4')).statusCode).toBe(401);
  });

  it('cannot be slipped past with guesses sent all at once', async () => {
    const answers = await Promise.all(Array.from({ length: PER_ADDRESS * 4 }, (_, n) => exchange(wrongKey(n), '198.51.100.6')));
    expect(answers.filter((answer) => answer.statusCode === 401)).toHaveLength(PER_ADDRESS);
    expect(answers.filter((answer) => answer.statusCode === 429)).toHaveLength(PER_ADDRESS * 3);
  });

  it('counts by the connection\'s address: a forged X-Forwarded-For does not start a fresh count', async () => {
    const forged = (n: number) =>
      ponte.app.inject({
        method: 'POST',
        url: '/v1/auth/token',
        payload: { apiKey: wrongKey(n) },
        remoteAddress: '198.51.100.7',
        headers: { 'x-forwarded-for': `192.0.2.${n}` },
      });
    for (let n = 0; n < PER_ADDRESS; n++) expect((await forged(n)).statusCode).toBe(401);
    expectTooManyRequests(await forged(PER_ADDRESS));
  });

  it('writes each refusal to the request log like any other answer', async () => {
    for (let n = 0; n < PER_ADDRESS; n++) await exchange(wrongKey(n), '198.51.100.5');
    const guess = wrongKey(0);
    const refused = await exchange(guess, '198.51.100.5');
    expectTooManyRequests(refused);
    const [entry] = await ponte.apiAccess.requestLog.list({ requestId: refused.headers['x-request-id'] as string, limit: 1 });
    expect(entry).toMatchObject({ status: 429, problemCode: 'too_many_requests', route: '/v1/auth/token' });
    expect(JSON.stringify(entry!.payload)).not.toContain(guess);
  });
});

describe('guessing a partner API gateway’s secret', () => {
  it('is stopped after the allowed wrong secrets from one address, on introspection and the log batch alike', async () => {
    const api = await ponte.partnerApis.register(cliActor, { name: 'Crédito', slug: 'credito-throttle' });
    const gateway = await ponte.apiAccess.keys.create(cliActor, { name: 'gateway', environment: 'sandbox', purpose: 'gateway', partnerApiId: api.id });
    const basic = (secret: string, clientId = gateway.id) => `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
    const introspect = (secret: string, address: string, clientId?: string) =>
      ponte.app.inject({ method: 'POST', url: '/v1/auth/introspect', headers: { authorization: basic(secret, clientId) }, payload: { token: 'pat_x' }, remoteAddress: address });
    const batch = (secret: string, address: string, clientId?: string) =>
      ponte.app.inject({ method: 'POST', url: '/v1/api-requests/batch', headers: { authorization: basic(secret, clientId) }, payload: { requests: [] }, remoteAddress: address });
    // Guesses at many gateways' ids from one host: only the address's count stops them.
    for (let n = 0; n < PER_ADDRESS; n++) expect((await (n % 2 ? batch : introspect)(wrongKey(n), '198.51.100.40', `key_guess${n}`)).statusCode).toBe(401);
    expectTooManyRequests(await introspect(gateway.key, '198.51.100.40'));
    expectTooManyRequests(await batch(gateway.key, '198.51.100.40'));
    expect((await introspect(gateway.key, '198.51.100.41')).json()).toEqual({ active: false });
    expect((await batch(gateway.key, '198.51.100.41')).json()).toEqual({ received: 0, stored: 0 });
  });
});

describe('guessing passwords at POST /v1/auth/login', () => {
  it('is stopped after the allowed wrong passwords from one address, whatever the e-mails', async () => {
    for (let n = 0; n < PER_ADDRESS; n++) expect((await login(`nobody${n}@ponte.example`, 'guess', '203.0.113.1')).statusCode).toBe(401);
    expectTooManyRequests(await login('nobody@ponte.example', 'guess', '203.0.113.1'));
  });

  it('is stopped after the allowed wrong passwords for one e-mail, whatever the addresses; nothing in clear is kept', async () => {
    await ponte.accounts.createUser(cliActor, { email: 'Ana@Frota.example', name: 'Ana', role: 'agent', password: 'correct horse battery' });
    await ponte.accounts.createUser(cliActor, { email: 'bia@frota.example', name: 'Bia', role: 'agent', password: 'staple of bia' });
    for (let n = 0; n < PER_EMAIL; n++) expect((await login('ana@frota.example', `guess ${n}`, `203.0.113.${10 + n}`)).statusCode).toBe(401);
    // The e-mail is counted however it is written, and the right password no longer helps until the window ends.
    expectTooManyRequests(await login('ANA@frota.example', 'correct horse battery', '203.0.113.20'));
    expect((await login('bia@frota.example', 'staple of bia', '203.0.113.20')).statusCode).toBe(200);

    const rows = await ponte.database.pool.query('select row_to_json(a)::text as text from auth_attempts a');
    const table = rows.rows.map((row) => row.text as string).join('\n').toLowerCase();
    expect(rows.rowCount).toBeGreaterThan(0);
    for (const clear of ['ana@frota.example', '203.0.113.10', '198.51.100.1', 'guess', 'pk_sandbox']) expect(table).not.toContain(clear);
  });
});

describe('when attempts cannot be counted', () => {
  it('refuses to check credentials (503) rather than let guesses through uncounted', async () => {
    await ponte.database.pool.query('alter table auth_attempts rename to auth_attempts_away');
    try {
      const response = await exchange(wrongKey(0), '198.51.100.9');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'service_unavailable' });
    } finally {
      await ponte.database.pool.query('alter table auth_attempts_away rename to auth_attempts');
    }
    expect((await exchange(wrongKey(0), '198.51.100.9')).statusCode).toBe(401);
  });
});

describe('the daily clean-up', () => {
  it('deletes the buckets whose window has ended, and only those', async () => {
    await exchange(wrongKey(0), '198.51.100.10');
    await ponte.apiAccess.authAttempts.purgeEnded();
    const count = async (marks: boolean) =>
      (await ponte.database.pool.query(`select count(*)::int as n from auth_attempts where bucket ${marks ? '' : 'not'} like 'known:%'`)).rows[0].n as number;
    const open = await count(false);
    const known = await count(true);
    expect(open).toBeGreaterThan(0);
    expect(known).toBeGreaterThan(0);
    clock.advance(WINDOW_MINUTES * 60_000);
    expect(await ponte.apiAccess.authAttempts.purgeEnded()).toBe(open);
    expect(await count(false)).toBe(0);
    // The addresses known to an e-mail or key are kept for a month after their last sign-in, then go too.
    expect(await count(true)).toBe(known);
    clock.advance(KNOWN_ADDRESS_TRUST_MS);
    expect(await ponte.apiAccess.authAttempts.purgeEnded()).toBe(known);
    expect(await count(true)).toBe(0);
  });
});

describe('behind a trusted proxy (PONTE_TRUST_PROXY)', () => {
  it('counts by the client the proxy names, not by the proxy', async () => {
    const proxied = await startTestPonte({ clock, workers: false, env: { ...LIMITS, PONTE_TRUST_PROXY: '10.0.0.0/8' } });
    try {
      const viaProxy = (client: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/v1/auth/token',
          payload: { apiKey: wrongKey(0) },
          remoteAddress: '10.1.2.3',
          headers: { 'x-forwarded-for': client },
        });
      for (let n = 0; n < PER_ADDRESS; n++) expect((await viaProxy('203.0.113.50')).statusCode).toBe(401);
      expectTooManyRequests(await viaProxy('203.0.113.50'));
      expect((await viaProxy('203.0.113.51')).statusCode).toBe(401);
    } finally {
      await proxied.dispose();
    }
  });
});

describe('two Ponte processes on one database', () => {
  it('share the count: guesses spread over both are stopped at the same total', async () => {
    if (ponte.database.engine === 'pglite') {
      // The embedded database admits one process (its folder is locked): a second counter over it, as a second
      // process would hold, shares the count, because the count lives in the database and not in memory.
      const second = new AuthAttempts(ponte.database, clock);
      const first = await ponte.apiAccess.authAttempts.hit('shared-check', 60_000);
      expect((await second.hit('shared-check', 60_000)).current).toBe(first.current + 1);
      return;
    }
    const other = await createPonte(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...ponte.testDatabase.env, ...LIMITS }), {
      logger: pino({ level: 'silent' }),
      clock,
      role: 'api',
    });
    try {
      const apps = [ponte.app, other.app];
      for (let n = 0; n < PER_ADDRESS; n++) {
        const response = await apps[n % 2]!.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: wrongKey(n) }, remoteAddress: '192.0.2.1' });
        expect(response.statusCode).toBe(401);
      }
      for (const app of apps) {
        expectTooManyRequests(await app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: wrongKey(0) }, remoteAddress: '192.0.2.1' }));
      }
    } finally {
      await other.close();
    }
  });
});
