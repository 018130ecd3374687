import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { createPonte, type Ponte } from '../../src/ponte.ts';
import { startChild } from '../support/child-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describe('ponte start --role', { timeout: 120_000 }, () => {
  const embedded = { DATABASE_URL: '', PONTE_DATA_DIR: path.join(os.tmpdir(), 'ponte-role-unused'), PORT: '0' };

  it('refuses the api and worker roles on the embedded database, naming what to set', async () => {
    const servers = [startChild('bin/ponte.js', ['start', '--role', 'worker'], embedded), startChild('bin/ponte.js', ['start'], { ...embedded, PONTE_ROLE: 'api' })];
    for (const server of servers) {
      expect((await server.exited).code).not.toBe(0);
      expect(server.output()).toMatch(/PONTE_ROLE: (worker|api) \(from --role or PONTE_ROLE\) needs DATABASE_URL \(PostgreSQL\)/);
    }
  });

  it('accepts only api, worker or all', async () => {
    const server = startChild('bin/ponte.js', ['start', '--role', 'scheduler'], embedded);
    expect((await server.exited).code).not.toBe(0);
    expect(server.output()).toContain('Allowed choices are api, worker, all');
  });
});

describe('what each role serves', { timeout: 120_000 }, () => {
  const databases: TestDatabase[] = [];
  let worker: Ponte;
  let api: Ponte;

  // Each on a database of its own (an embedded folder admits one Ponte): what differs is what each role registers.
  const startInProcess = async (role: 'api' | 'worker') => {
    const database = await createTestDatabase();
    databases.push(database);
    return createPonte(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...database.env }), { logger: pino({ level: 'silent' }), role });
  };
  beforeAll(async () => {
    worker = await startInProcess('worker');
    api = await startInProcess('api');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await Promise.all(databases.map((database) => database.dispose()));
  });

  it('a worker answers health, readiness and metrics, and no API or provider callback', async () => {
    expect((await worker.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await worker.app.inject({ url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
    expect((await worker.app.inject({ url: '/metrics' })).body).toContain('ponte_queue_depth');
    expect((await worker.app.inject({ url: '/v1/accounts' })).statusCode).toBe(404);
    expect((await worker.app.inject({ method: 'POST', url: '/hooks/paghiper/anything' })).statusCode).toBe(404);
  });

  it('the api serves the API and health', async () => {
    expect((await api.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await api.app.inject({ url: '/v1/accounts' })).statusCode).toBe(401);
    expect(api.role).toBe('api');
  });
});
