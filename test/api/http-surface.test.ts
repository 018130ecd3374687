import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredProblems } from '../../src/platform/http/problems.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let admin: string;

beforeAll(async () => {
  ponte = await startTestPonte();
  admin = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const post = (url: string, payload: string, contentType = 'application/json') =>
  ponte.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${admin}`, 'content-type': contentType } });

describe('errors are problem+json', () => {
  it('for malformed JSON, and nothing changes', async () => {
    const before = (await ponte.database.pool.query('select count(*)::int as n from accounts')).rows[0].n;
    const response = await post('/v1/accounts', '{"name": "Frota', 'application/json');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'malformed_json', status: 400, type: `${ponte.app.publicUrl()}/docs/guides/problems#malformed_json`, field: 'body' });
    expect(response.json().requestId).toBe(response.headers['x-request-id']);
    expect((await ponte.database.pool.query('select count(*)::int as n from accounts')).rows[0].n).toBe(before);
  });

  it('for a body that is not JSON', async () => {
    const response = await post('/v1/accounts', 'name=Frota', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('for wrong types and unknown fields, naming each field', async () => {
    const wrongType = await post('/v1/accounts', JSON.stringify({ name: 12 }));
    expect(wrongType.json()).toMatchObject({ code: 'validation_failed', field: 'body.name' });
    const unknown = await post('/v1/accounts', JSON.stringify({ name: 'Frota', plan: 'gold', color: 'blue' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { field: 'body.plan', message: 'is not a known field' },
      { field: 'body.color', message: 'is not a known field' },
    ]);
    const empty = await post('/v1/accounts', JSON.stringify({ name: '   ' }));
    expect(empty.json().field).toBe('body.name');
  });

  it('for a route that does not exist', async () => {
    const response = await ponte.app.inject({ method: 'GET', url: '/v1/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route_not_found' });
  });

  it('with codes declared once, each documented with a status and a title', () => {
    const problems = registeredProblems();
    expect(new Set(problems.map((p) => p.code)).size).toBe(problems.length);
    for (const problem of problems) {
      expect(problem.title.length).toBeGreaterThan(5);
      expect(problem.status).toBeGreaterThanOrEqual(400);
    }
    // Every code a module declares is in the registry (modules are loaded by the app above).
    const sources = readdirSync('src/modules', { recursive: true })
      .filter((file) => String(file).endsWith('errors.ts'))
      .map((file) => readFileSync(path.join('src/modules', String(file)), 'utf8'))
      .join('\n');
    for (const [, code] of sources.matchAll(/^\s+([a-z_]+): \{ status:/gm)) {
      expect(problems.map((p) => p.code)).toContain(code);
    }
  });
});

describe('the HTTP surface', () => {
  it('describes itself as OpenAPI 3.1 with every /v1 route', async () => {
    const response = await ponte.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const validation = await new Validator().validate(document);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/auth/token', '/v1/accounts', '/v1/accounts/{accountId}', '/v1/api-keys', '/v1/api-requests', '/healthz', '/readyz']),
    );
    expect(document.paths['/v1/auth/token'].post.requestBody.content['application/json'].schema.required).toEqual(['apiKey']);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const docs = await ponte.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('answers health, readiness and metrics', async () => {
    expect((await ponte.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await ponte.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready', checks: { database: 'ok', queue: 'ok' } });
    const metrics = await ponte.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('ponte_http_requests_total{method="GET",route="/healthz",status="200"}');
    expect(metrics.body).toContain('ponte_queue_depth{queue="api-access.purge-request-log"}');
    expect(metrics.body).toContain('ponte_job_duration_seconds');
  });

  it('gives every response a request id', async () => {
    const response = await ponte.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
