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

const echoJob = defineJob({ name: 'test.echo', schema: z.object({ value: z.number() }), retryLimit: 0 });
const flakyJob = defineJob({ name: 'test.flaky', schema: z.object({ failTimes: z.number() }), retryLimit: 3, retryDelaySeconds: 1 });
const doomedJob = defineJob({ name: 'test.doomed', schema: z.object({}), retryLimit: 1, retryDelaySeconds: 1 });

describe('the queue', { timeout: 90_000 }, () => {
  it('runs typed jobs and refuses data of the wrong shape', async () => {
    await ponte.queue.register(echoJob);
    const seen: number[] = [];
    await ponte.queue.work(echoJob, async (data) => void seen.push(data.value));
    await ponte.queue.send(echoJob, { value: 1 });
    await ponte.queue.send(echoJob, { value: 2 });
    await waitFor(() => seen.length === 2);
    expect(seen.sort()).toEqual([1, 2]);
    await expect(ponte.queue.send(echoJob, { value: 'x' } as never)).rejects.toThrow();
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    await ponte.queue.register(flakyJob);
    const attempts: number[] = [];
    await ponte.queue.work(flakyJob, async (data, job) => {
      attempts.push(job.retryCount);
      if (job.retryCount < data.failTimes) throw new Error(`failure ${job.retryCount}`);
    });
    const id = await ponte.queue.send(flakyJob, { failTimes: 2 });
    await waitFor(async () => (await ponte.queue.job(flakyJob, id))?.state === 'completed', 30_000);
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('moves a job to its dead-letter queue after the last retry', async () => {
    await ponte.queue.register(doomedJob);
    let runs = 0;
    await ponte.queue.work(doomedJob, async () => {
      runs++;
      throw new Error('always fails');
    });
    const id = await ponte.queue.send(doomedJob, {});
    await waitFor(async () => (await ponte.queue.job(doomedJob, id))?.state === 'failed', 30_000);
    expect(runs).toBe(2);
    await waitFor(async () => (await ponte.queue.deadLetters(doomedJob)) === 1);
  });

  it('holds a delayed job until its time', async () => {
    const delayedJob = defineJob({ name: 'test.delayed', schema: z.object({}), retryLimit: 0 });
    await ponte.queue.register(delayedJob);
    const id = await ponte.queue.send(delayedJob, {}, { startAfter: new Date(Date.now() + 60_000) });
    const ran: string[] = [];
    await ponte.queue.work(delayedJob, async (_data, job) => void ran.push(job.id));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran).toEqual([]);
    expect((await ponte.queue.job(delayedJob, id))?.state).toBe('created');
  });

  it('adds a job in the caller’s transaction, so a rollback takes it back', async () => {
    const txJob = defineJob({ name: 'test.in-transaction', schema: z.object({}), retryLimit: 0 });
    await ponte.queue.register(txJob);
    let rolledBackId = '';
    await expect(
      ponte.database.transaction(async (tx) => {
        rolledBackId = await ponte.queue.send(txJob, {}, { tx });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await ponte.queue.job(txJob, rolledBackId)).toBeNull();
    const committedId = await ponte.database.transaction((tx) => ponte.queue.send(txJob, {}, { tx }));
    expect(await ponte.queue.job(txJob, committedId)).not.toBeNull();
  });

  it('schedules the request-log purge every day', async () => {
    const schedules = await ponte.database.pool.query("select name, cron, options from pgboss.schedule where name = 'api-access.purge-request-log'");
    expect(schedules.rows).toEqual([expect.objectContaining({ name: 'api-access.purge-request-log', cron: '17 3 * * *' })]);
    expect(schedules.rows[0].options.tz).toBe('America/Sao_Paulo');
  });
});
