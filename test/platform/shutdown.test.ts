import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startChild } from '../support/child-process.ts';
import { waitFor } from '../support/wait.ts';

const FIXTURE = 'test/fixtures/slow-job-process.ts';
let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(async () => testDatabase?.dispose());

describe('a job acknowledged before shutdown', { timeout: 180_000 }, () => {
  it('is finished before the process exits on SIGTERM', async () => {
    const worker = startChild(FIXTURE, [], { ...testDatabase.env, PORT: '0', SEND_JOB: 'graceful', SLOW_JOB_MS: '1500' });
    const [, id] = await worker.waitForLine(/^started (\S+) 0$/m);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    expect(worker.output()).toContain(`finished ${id}`);
  });

  it('is retried by the next process when it outlives the shutdown bound, and by a restart after SIGKILL', async () => {
    const cut = startChild(FIXTURE, [], {
      ...testDatabase.env,
      PORT: '0',
      SEND_JOB: 'cut-short',
      SLOW_JOB_MS: '8000',
      PONTE_SHUTDOWN_TIMEOUT_SECONDS: '1',
    });
    const [, cutId] = await cut.waitForLine(/^started (\S+) 0$/m);
    cut.child.kill('SIGTERM');
    expect((await cut.exited).code).toBe(0);
    expect(cut.output()).not.toContain(`finished ${cutId}`);

    const killed = startChild(FIXTURE, [], { ...testDatabase.env, PORT: '0', SEND_JOB: 'killed', SLOW_JOB_MS: '8000' });
    const started = new Set<string>();
    await waitFor(() => {
      for (const [, id] of killed.output().matchAll(/^started (\S+) \d+$/gm)) started.add(id!);
      return started.size === 2;
    }, 60_000);
    killed.child.kill('SIGKILL');
    await killed.exited;

    // The next process finishes both: the one failed at shutdown at once, the one held by the dead worker once it expires.
    const next = startChild(FIXTURE, [], { ...testDatabase.env, PORT: '0', SLOW_JOB_MS: '0' });
    await waitFor(() => next.output().includes(`finished ${cutId}`) && [...started].every((id) => next.output().includes(`finished ${id}`)), 60_000);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
    // Each job's result was written exactly once across the three processes.
    const everything = [cut, killed, next].map((process) => process.output()).join('\n');
    for (const id of started) expect(everything.match(new RegExp(`^finished ${id}$`, 'gm'))).toHaveLength(1);
  });
});
