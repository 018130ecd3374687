import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

/** The directives of a Content-Security-Policy header, by name. */
function cspOf(response: LightMyRequestResponse): Map<string, string[]> {
  const header = response.headers['content-security-policy'];
  expect(header, `${response.statusCode} answer without a Content-Security-Policy`).toEqual(expect.any(String));
  return new Map(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function expectStrictHeaders(response: LightMyRequestResponse): void {
  const csp = cspOf(response);
  expect(csp.get('default-src')).toEqual(expect.arrayContaining([expect.stringMatching(/^'(none|self)'$/)]));
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('script-src') ?? csp.get('default-src')).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src') ?? []).not.toContain("'unsafe-eval'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-frame-options']).toBe('DENY');
}

function expectApiHeaders(response: LightMyRequestResponse): void {
  expectStrictHeaders(response);
  // JSON answers are never rendered as pages: they get the strictest policy there is.
  expect(cspOf(response).get('default-src')).toEqual(["'none'"]);
  // /v1 answers carry account data and tokens: no browser or proxy may keep a copy.
  expect(response.headers['cache-control']).toBe('no-store');
}

const get = (url: string, headers: Record<string, string> = {}) => ponte.app.inject({ method: 'GET', url, headers });

describe('security headers', () => {
  it('on the API reference page /docs and its assets', async () => {
    const page = await get('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectStrictHeaders(page);
    const redirect = await get('/docs');
    expectStrictHeaders(redirect);
    const initializer = await get('/docs/static/swagger-initializer.js');
    expect(initializer.statusCode).toBe(200);
    expectStrictHeaders(initializer);
  });

  it('on the API description /openapi.json', async () => {
    const response = await get('/openapi.json');
    expect(response.statusCode).toBe(200);
    expectStrictHeaders(response);
    expect(cspOf(response).get('default-src')).toEqual(["'none'"]);
  });

  it('on /v1 answers, successes and every kind of error', async () => {
    const bearer = { authorization: `Bearer ${admin}` };
    expectApiHeaders(await get('/v1/accounts', bearer));
    const unauthenticated = await get('/v1/accounts');
    expect(unauthenticated.statusCode).toBe(401);
    expectApiHeaders(unauthenticated);
    const notFound = await get('/v1/nowhere');
    expect(notFound.statusCode).toBe(404);
    expectApiHeaders(notFound);
    const malformed = await ponte.app.inject({
      method: 'POST',
      url: '/v1/accounts',
      payload: '{"name": "Frota',
      headers: { ...bearer, 'content-type': 'application/json' },
    });
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectApiHeaders(malformed);
    const invalid = await ponte.app.inject({ method: 'POST', url: '/v1/accounts', payload: { name: 12 }, headers: bearer });
    expect(invalid.statusCode).toBe(400);
    expectApiHeaders(invalid);
  });

  it('on the token exchange and the login, whose answers hold a token: no-store', async () => {
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'partner', environment: 'sandbox' });
    const token = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key } });
    expect(token.statusCode).toBe(200);
    expect(token.json().access_token).toMatch(/^pat_/);
    expectApiHeaders(token);
    const refused = await ponte.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'nobody@ponte.example', password: 'x' } });
    expect(refused.statusCode).toBe(401);
    expectApiHeaders(refused);
  });

  it('on answers outside /v1 too (health, unknown routes)', async () => {
    const health = await get('/healthz');
    expectStrictHeaders(health);
    const unknown = await get('/nowhere');
    expect(unknown.statusCode).toBe(404);
    expectStrictHeaders(unknown);
  });
});
