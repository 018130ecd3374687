import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildPaghiperSandbox } from '../../src/connectors/paghiper/sandbox/app.ts';
import type { RunningChild } from './child-process.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface SandboxAndDatabase {
  /** The PagHiper sandbox's base URL. */
  sandboxUrl: string;
  database: TestDatabase;
  /** Ponte processes the test starts: killed (SIGKILL) after the file's tests. */
  children: RunningChild[];
}

/**
 * For a test file that runs Ponte as child processes: a PagHiper sandbox and a database of the file's own, made
 * before its tests and disposed of after them, with every child process it registered.
 */
export function usePaghiperSandboxAndDatabase(seed: number): SandboxAndDatabase {
  let sandbox: FastifyInstance | undefined;
  const harness = { sandboxUrl: '', database: undefined as unknown as TestDatabase, children: [] as RunningChild[] };
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
