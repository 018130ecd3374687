import { z } from 'zod';
import { defineJob } from '../../platform/queue/job-definition.ts';

/** One poll of an integration: every model, page after page, until the provider has nothing more or a budget is spent. */
export const pollJob = defineJob({
  name: 'sync.poll',
  // `requested`: someone asked for this poll (POST …/sync); it waits for a sync holding the integration, where a
  // scheduled poll would leave the integration to it.
  schema: z.object({ integrationId: z.string(), requested: z.boolean().optional() }),
  // At most one poll waits per integration (its singleton key); the lease keeps running ones apart.
  policy: 'short',
  retryLimit: 4,
  retryDelaySeconds: 15,
  // A poll works at most maxPollSeconds (plus the page under way) and hands over to the next job, so the job of a
  // dead worker comes back within minutes. A live one outliving this would be retried and skip, its lease still held.
  expireInSeconds: 180,
});

/** The retroactive window of a new integration, resumed from its stored cursor after any interruption. */
export const backfillJob = defineJob({
  name: 'sync.backfill',
  schema: z.object({ integrationId: z.string() }),
  // The queue's retries (15–30 s, then doubling) are for outages: a step that failed transiently has already been
  // tried again in place within seconds (step-retry.ts) before its job fails.
  retryLimit: 8,
  retryDelaySeconds: 15,
  // Each job works at most maxBackfillSecondsPerJob (plus the page under way) and hands over to the next.
  expireInSeconds: 180,
});

/** A stored provider callback, read and confirmed with the provider. */
export const callbackJob = defineJob({
  name: 'sync.callback',
  schema: z.object({ deliveryId: z.string() }),
  retryLimit: 6,
  retryDelaySeconds: 10,
  // One confirmation call to the provider and one transaction.
  expireInSeconds: 120,
});

/** Hourly: pending payments past their due date become overdue (`payment.overdue`, once each). */
export const overdueJob = defineJob({
  name: 'sync.detect-overdue',
  schema: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 60,
  expireInSeconds: 600,
});

/**
 * Hourly, at the minute the daily digests are due: each fuel-card integration's vehicles get their summary of the
 * day the digest closes (`fuel_transaction.daily_summary`), once. Hourly rather than daily, so that a worker down at
 * the digest's time catches up within the hour, and a newly active integration is marked before its first digest.
 */
export const dailySummaryJob = defineJob({
  name: 'sync.daily-summaries',
  schema: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 60,
  expireInSeconds: 600,
});

export const SYNC_JOBS = [pollJob, backfillJob, callbackJob, overdueJob, dailySummaryJob];
