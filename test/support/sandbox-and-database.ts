import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';
import { startChild, type RunningChild } from './child-process.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** A Ponte running as a child process (test/fixtures/ponte-process.ts), called with its operator token. */
export interface PonteProcess {
  child: RunningChild;
  /** Where it listens: the whole API, or only health and metrics for a worker (PONTE_ROLE=worker). */
  address: string;
  call(method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }>;
}

export interface SandboxAndDatabase {
  /** The PagHiper sandbox's base URL. */
  sandboxUrl: string;
  database: TestDatabase;
  /** Ponte processes the test starts: killed (SIGKILL) after the file's tests. */
  children: RunningChild[];
  /**
   * Starts a Ponte process on the database, its PagHiper calls going to the sandbox; killed after the tests. `script`
   * is test/fixtures/ponte-process.ts or one that wraps it (the soak's reads its own memory).
   */
  startPonte(env?: Record<string, string>, script?: string): Promise<PonteProcess>;
  /** A new sandbox store connected through `ponte` as an active PagHiper integration of a new account: its id, and the store's PagHiper key. */
  connectStore(ponte: PonteProcess, accountName: string): Promise<{ integrationId: string; apiKey: string }>;
}

/**
 * For a test file that runs Ponte as child processes: a PagHiper sandbox and a database of the file's own, made
 * before its tests and disposed of after them, with every child process it registered.
 */
export function usePaghiperSandboxAndDatabase(seed: number): SandboxAndDatabase {
  let sandbox: FastifyInstance | undefined;
  const harness: SandboxAndDatabase = {
    sandboxUrl: '',
    database: undefined as unknown as TestDatabase,
    children: [],
    async startPonte(env = {}, script = 'test/fixtures/ponte-process.ts') {
      const child = startChild(script, [], {
        ...harness.database.env,
        PORT: '0',
        SANDBOX_URLS: JSON.stringify({ paghiper: harness.sandboxUrl }),
        ...env,
      });
      harness.children.push(child);
      const [, token] = await child.waitForLine(/^token (\S+)$/m);
      const [, address] = await child.waitForLine(/^listening (\S+)$/m);
      return {
        child,
        address: address!,
        async call(method, path, body) {
          const response = await fetch(`${address}${path}`, {
            method,
            headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
          });
          return { status: response.status, body: (await response.json()) as Record<string, unknown> };
        },
      };
    },
    async connectStore(ponte, accountName) {
      const credentials = (await (await fetch(`${harness.sandboxUrl}/_control/credentials`, { method: 'POST' })).json()) as { apiKey: string; token: string };
      const account = await ponte.call('POST', '/v1/accounts', { name: accountName });
      const integration = await ponte.call('POST', '/v1/integrations', {
        accountId: account.body.id,
        connector: 'paghiper',
        environment: 'sandbox',
        config: { retroactiveMonths: 0 },
        credentials: { apiKey: credentials.apiKey, token: credentials.token },
      });
      expect(integration.body.state).toBe('active');
      return { integrationId: String(integration.body.id), apiKey: credentials.apiKey };
    },
  };
  beforeAll(async () => {
    sandbox = await buildPaghiperSandbox({ seed, chargesPerDay: 3, historyDays: 2 });
    harness.sandboxUrl = await sandbox.listen({ host: '127.0.0.1', port: 0 });
    harness.database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const child of harness.children) child.child.kill('SIGKILL');
    await Promise.all(harness.children.map((child) => child.exited));
    await sandbox?.close();
    await harness.database?.dispose();
  });
  return harness;
}
