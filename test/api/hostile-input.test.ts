import net from 'node:net';
import { Writable } from 'node:stream';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestLog } from '../../src/modules/api-access/index.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

let ponte: TestPonte;
let admin: string;
let address: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  admin = await ponte.adminToken();
  address = await ponte.listen();
});
afterAll(async () => ponte?.dispose());

const auth = () => ({ authorization: `Bearer ${admin}` });

async function loggedRequest(requestId: string) {
  const list = await ponte.app.inject({ method: 'GET', url: `/v1/api-requests?requestId=${requestId}`, headers: auth() });
  expect(list.statusCode).toBe(200);
  return (list.json().data as Record<string, unknown>[])[0];
}

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string, field?: string) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(response.body);
  expect(body).toMatchObject({ status, code, type: `${address}/docs/guides/problems#${code}` });
  if (field) expect(body.field).toBe(field);
  // Even answers written before any hook runs carry the security headers.
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
}

describe('hostile input', () => {
  it('a NUL byte in a query, even unauthenticated, is refused and the request log goes on recording', async () => {
    const poisoned = await ponte.app.inject({ method: 'GET', url: '/v1/accounts?x=%00', headers: { 'x-request-id': 'nul-query' } });
    expectProblem(poisoned, 400, 'validation_failed', 'query.x');
    await ponte.apiAccess.requestLog.flush();
    const later = await ponte.app.inject({ method: 'GET', url: '/v1/accounts', headers: { ...auth(), 'x-request-id': 'after-nul' } });
    expect(later.statusCode).toBe(200);
    expect(await loggedRequest('after-nul')).toMatchObject({ route: '/v1/accounts', status: 200 });
    // The refused request is in the log too, its NUL replaced.
    expect(await loggedRequest('nul-query')).toMatchObject({ status: 400, problemCode: 'validation_failed', payload: { query: { x: '\uFFFD' } } });
  });

  it('a NUL byte in a path, a query or a JSON body is a problem naming the field, never a 500', async () => {
    expectProblem(await ponte.app.inject({ method: 'GET', url: '/v1/integrations/%00', headers: auth() }), 400, 'validation_failed', 'path');
    expectProblem(await ponte.app.inject({ method: 'GET', url: '/v1/notification-rules?accountId=%00', headers: auth() }), 400, 'validation_failed', 'query.accountId');
    expectProblem(await ponte.app.inject({ method: 'POST', url: '/hooks/%00/x', payload: 'a=b' }), 400, 'validation_failed', 'path');
    const body = await ponte.app.inject({ method: 'POST', url: '/v1/accounts', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"name":"Frota\\u0000 Ltda"}' });
    expectProblem(body, 400, 'validation_failed', 'body.name');
    const nested = await ponte.app.inject({ method: 'POST', url: '/v1/accounts', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"name":"ok","x":[{"y":"\\u0000"}]}' });
    expectProblem(nested, 400, 'validation_failed', 'body.x.0.y');
    // An escaped backslash before u0000 is text, not a NUL.
    const text = await ponte.app.inject({ method: 'POST', url: '/v1/accounts', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"name":"C:\\\\u0000 Ltda"}' });
    expect(text.statusCode).toBe(201);
    expect(text.json().name).toBe('C:\\u0000 Ltda');
  });

  it('what the router and the HTTP parser refuse is problem+json too', async () => {
    expectProblem(await ponte.app.inject({ method: 'GET', url: `/v1/integrations/${'x'.repeat(2000)}`, headers: auth() }), 414, 'uri_too_long', 'path');
    expectProblem(await ponte.app.inject({ method: 'GET', url: '/v1/integrations/%E0%A4%A', headers: auth() }), 400, 'bad_request', 'path');
    // Only a real socket meets Node's parser: a 40 KB header is over its limit.
    const huge = await request(`${address}/v1/accounts`, { headers: { 'x-filler': 'a'.repeat(40_000) } });
    expectProblem({ statusCode: huge.statusCode, headers: huge.headers, body: await huge.body.text() }, 431, 'header_too_large', 'header');
    // A request without the Host header HTTP/1.1 requires, written by hand (every client adds one).
    const noHost = await rawRequest(address, 'GET /v1/accounts HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(noHost).toMatch(/^HTTP\/1\.1 400/);
    expect(noHost).toMatch(/content-type: application\/problem\+json/i);
    expect(noHost).toContain('"field":"header.host"');
    // A plugin's own refusal (a static file path it will not serve) is not an internal error.
    expectProblem(await ponte.app.inject({ method: 'GET', url: `/docs/static/${'a'.repeat(300)}` }), 404, 'not_found');
    const healthy = await request(`${address}/healthz`);
    expect(healthy.statusCode).toBe(200);
    await healthy.body.dump();
  });

  it('text from outside reaches the database without its NUL bytes, whoever writes it', async () => {
    // Services act for any actor (jobs, provider callbacks): the database seam keeps NUL out below the HTTP checks.
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota\0 Sul' });
    expect(account.name).toBe('Frota\uFFFD Sul');
    await ponte.events.append(ponte.database.db, [
      { accountId: account.id, environment: 'sandbox', type: 'test.nul', data: { note: 'a\0b', 'k\0': ['\0'] } },
    ]);
    await ponte.eventsReadable();
    const page = await ponte.events.list(ponte.database.db, { accountId: account.id, limit: 10 });
    expect(page.data[0]!.data).toEqual({ note: 'a\uFFFDb', 'k\uFFFD': ['\uFFFD'] });
    // A lone surrogate is valid JSON but not text jsonb can hold (the account's audit entry keeps its name).
    const surrogate = await ponte.app.inject({ method: 'POST', url: '/v1/accounts', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"name":"Frota \\ud800 Norte"}' });
    expect(surrogate.statusCode, surrogate.body).toBe(201);
  });

  it('a row the database refuses is dropped and counted; the rows beside it are written; no log line carries them', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }) });
    const dropped: string[] = [];
    const log = new RequestLog(ponte.database, ponte.clock, logger, { requestLogRowsDropped: (reason, count) => dropped.push(`${reason}:${count}`) });
    const entry = (requestId: string, status: number) => ({
      at: new Date(),
      requestId,
      apiKeyId: null,
      userId: null,
      environment: null,
      method: 'GET',
      route: '/v1/accounts',
      path: '/v1/accounts',
      status,
      latencyMs: 1,
      problemCode: null,
      payload: { query: { marker: `secret-marker-${requestId}` } },
    });
    const ids = Array.from({ length: 9 }, (_, i) => `split-${i}`);
    // Status 2^40 does not fit the integer column: PostgreSQL refuses that row, and only that row.
    ids.forEach((id, i) => log.append(entry(id, i === 4 ? 2 ** 40 : 200)));
    await log.flush();
    for (const id of ids.filter((_, i) => i !== 4)) expect(await loggedRequest(id)).toMatchObject({ status: 200 });
    expect(await loggedRequest('split-4')).toBeUndefined();
    expect(dropped).toEqual(['refused:1']);
    // Later rows are written at once, not behind a batch that keeps failing.
    log.append(entry('split-after', 200));
    await log.flush();
    expect(await loggedRequest('split-after')).toMatchObject({ status: 200 });
    await log.close();
    const text = lines.join('');
    expect(text).toContain('split-4');
    expect(text).not.toContain('secret-marker');
    expect(text).not.toContain('params:');
  });

  it('a request log whose database is gone does not keep the process from stopping', async () => {
    const dropped: string[] = [];
    // A real pool aimed at a port nothing listens on: every write fails as with a database that went away.
    const unreachable = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/gone', connectionTimeoutMillis: 2000 });
    const log = new RequestLog({ ...ponte.database, db: drizzle(unreachable) }, ponte.clock, createLogger({ level: 'silent' }), {
      requestLogRowsDropped: (reason, count) => dropped.push(`${reason}:${count}`),
    });
    log.append({ at: new Date(), requestId: 'lost', apiKeyId: null, userId: null, environment: null, method: 'GET', route: '/v1/x', path: '/v1/x', status: 200, latencyMs: 1, problemCode: null, payload: null });
    await log.flush();
    // Its retry timer must not hold the process open, and closing gives up what cannot be written, counted.
    await log.close();
    expect(dropped).toEqual(['shutdown:1']);
    await unreachable.end();
  });
});

/** One request written by hand on a fresh socket; resolves with everything the server answered. */
function rawRequest(baseUrl: string, text: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
