import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContinuousWorker } from '../../src/platform/queue/continuous-worker.ts';
import { defineJob } from '../../src/platform/queue/job-definition.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

let ponte: TestPonte;

beforeAll(async () => {
  ponte = await startTestPonte();
});
afterAll(async () => ponte?.dispose());

const pooledJob = defineJob({ name: 'test.pooled', schema: z.object({ slow: z.boolean() }), retryLimit: 0 });

describe('a continuous worker', { timeout: 90_000 }, () => {
  it('starts the next job as soon as one ends: a slow job holds one slot, not a batch', async () => {
    await ponte.queue.register(pooledJob);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let running = 0;
    let mostAtOnce = 0;
    let fastDone = 0;
    ponte.queue.workContinuously(
      pooledJob,
      async ({ slow }) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        try {
          if (slow) await released;
          else fastDone++;
        } finally {
          running--;
        }
      },
      { concurrency: 2 },
    );
    const slowId = await ponte.queue.send(pooledJob, { slow: true });
    await waitFor(() => running === 1);
    for (let i = 0; i < 6; i++) await ponte.queue.send(pooledJob, { slow: false });
    // A batch of two would wait for its slow job before fetching more: here the free slot keeps taking jobs.
    await waitFor(() => fastDone === 6, 30_000);
    expect((await ponte.queue.job(pooledJob, slowId))?.state).toBe('active');
    release();
    await waitFor(async () => (await ponte.queue.job(pooledJob, slowId))?.state === 'completed');
    expect(mostAtOnce).toBe(2);
  });
});

describe('a continuous worker whose job ends in an error it could not record (the database away)', () => {
  it('reports it, keeps taking jobs and still stops', async () => {
    const errors: string[] = [];
    let fetched = 0;
    const worker = new ContinuousWorker<{ id: string }>(
      {
        // Ten jobs, then an empty queue.
        fetch: async (max) => Array.from({ length: Math.min(max, 10 - fetched) }, () => ({ id: `job-${++fetched}` })),
        run: async (job) => {
          if (job.id === 'job-2') throw new Error('boss.fail: Connection terminated unexpectedly');
        },
        onError: (error, during) => errors.push(`${during}: ${(error as Error).message}`),
      },
      2,
      5,
    );
    await waitFor(() => fetched >= 10);
    expect(await worker.stop(1_000)).toEqual([]);
    expect(errors).toEqual(['run: boss.fail: Connection terminated unexpectedly']);
  });
});
