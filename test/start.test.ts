import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChild } from './support/child-process.ts';
import { createTestDatabase } from './support/test-database.ts';

describe('ponte start', { timeout: 120_000 }, () => {
  it('serves health and a 401 problem for a request without a token, then stops cleanly on SIGTERM', async () => {
    const testDatabase = await createTestDatabase();
    try {
      const server = startChild('bin/ponte.js', ['start'], { ...testDatabase.env, PORT: '0', LOG_LEVEL: 'info' });
      const [, address] = await server.waitForLine(/"address":"(http:\/\/[^"]+)"/);
      const health = await fetch(`${address}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const denied = await fetch(`${address}/v1/accounts`);
      expect(denied.status).toBe(401);
      expect(denied.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await denied.json()) as { code: string }).code).toBe('unauthenticated');
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      expect(server.output()).toContain('shutting down');
    } finally {
      await testDatabase.dispose();
    }
  });

  it('initialises an empty data folder on its own', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-empty-'));
    try {
      const server = startChild('bin/ponte.js', ['start'], { PONTE_DATA_DIR: path.join(dataDir, 'nested', 'data'), PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', PONTE_MASTER_KEY: '' });
      const [, address] = await server.waitForLine(/"address":"(http:\/\/[^"]+)"/);
      expect((await fetch(`${address}/readyz`)).status).toBe(200);
      server.child.kill('SIGINT');
      expect((await server.exited).code).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
