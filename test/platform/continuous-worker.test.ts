import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
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
