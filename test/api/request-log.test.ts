import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;

beforeAll(async () => {
  ponte = await startTestPonte();
});
afterAll(async () => ponte?.dispose());

describe('the API request log', () => {
  it('writes successes and failures with who, what and how it ended, and no secret', async () => {
    const partner = await ponte.accounts.createUser(cliActor, { email: 'dev@parceiro.example', name: 'Dev', role: 'agent' });
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'Parceiro', environment: 'production', users: [partner.id] });
    const tokenResponse = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key } });
    const token = tokenResponse.json().access_token as string;
    const ok = await ponte.app.inject({ method: 'GET', url: '/v1/accounts', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'partner-req-1' } });
    expect(ok.headers['x-request-id']).toBe('partner-req-1');
    // A failure whose body carries secrets: the key in a known field and a token pasted into free text.
    const failed = await ponte.app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      payload: { apiKey: key.key, environment: 'sandbox' },
    });
    expect(failed.json().code).toBe('api_key_wrong_environment');
    const failedWithText = await ponte.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { email: 'bad', name: `my token is ${token}`, role: 'agent' },
    });
    expect(failedWithText.statusCode).toBe(400);

    const admin = await ponte.adminToken();
    const list = await ponte.app.inject({ method: 'GET', url: `/v1/api-requests?apiKeyId=${key.id}`, headers: { authorization: `Bearer ${admin}` } });
    expect(list.statusCode).toBe(200);
    const rows = list.json().data as Record<string, unknown>[];
    const success = rows.find((row) => row.requestId === 'partner-req-1');
    expect(success).toMatchObject({
      apiKeyId: key.id,
      userId: partner.id,
      environment: 'production',
      method: 'GET',
      route: '/v1/accounts',
      status: 200,
      problemCode: null,
      payload: null,
    });
    expect(success!.latencyMs).toEqual(expect.any(Number));
    const failure = rows.find((row) => row.problemCode === 'api_key_wrong_environment');
    // Logged under the environment the request was for, not the key's.
    expect(failure).toMatchObject({ apiKeyId: key.id, environment: 'sandbox', status: 403, route: '/v1/auth/token' });
    expect(failure!.payload).toMatchObject({ body: { apiKey: '[REDACTED]', environment: 'sandbox' } });
    const validation = rows.find((row) => row.problemCode === 'validation_failed');
    expect(validation).toMatchObject({ userId: partner.id, status: 400, route: '/v1/users' });

    // Not a trace of the key or the token anywhere in the table.
    const dump = await ponte.database.pool.query('select row_to_json(r)::text as text from api_requests r');
    const text = dump.rows.map((row) => row.text).join('\n');
    expect(text).not.toContain(key.key);
    expect(text).not.toContain(token);
    expect(text).toContain('[REDACTED]');
  });

  it('filters by status, problem code and failures, and is for admins only', async () => {
    await ponte.app.inject({ method: 'GET', url: '/v1/accounts' });
    const admin = await ponte.adminToken();
    const get = (query: string) =>
      ponte.app.inject({ method: 'GET', url: `/v1/api-requests?${query}`, headers: { authorization: `Bearer ${admin}` } });
    const unauthenticated = (await get('problemCode=unauthenticated')).json().data;
    expect(unauthenticated.length).toBeGreaterThan(0);
    expect(unauthenticated.every((row: { status: number }) => row.status === 401)).toBe(true);
    const failures = (await get('failedOnly=true&limit=1000')).json().data;
    expect(failures.every((row: { status: number }) => row.status >= 400)).toBe(true);
    expect((await get('status=999')).json()).toMatchObject({ code: 'validation_failed', field: 'query.status' });
  });

  it('purges rows older than the retention period', async () => {
    await ponte.apiAccess.requestLog.flush();
    const before = (await ponte.database.pool.query('select count(*)::int as n from api_requests')).rows[0].n;
    expect(before).toBeGreaterThan(0);
    await ponte.database.pool.query("update api_requests set at = now() - interval '40 days' where route = '/v1/auth/token'");
    const purged = await ponte.apiAccess.requestLog.purge(30);
    expect(purged.requests).toBeGreaterThan(0);
    const left = await ponte.database.pool.query("select count(*)::int as n from api_requests where route = '/v1/auth/token'");
    expect(left.rows[0].n).toBe(0);
  });
});
