import { and, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '../../platform/database/database.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import { ABANDONED_RUN_ERROR, reclaimAbandonedSyncs } from './abandoned-syncs.ts';
import { backfillProgress, createBackfill, failBackfill, runBackfill } from './backfill.ts';
import type { CallbackInbox } from './callbacks.ts';
import type { SyncEngine } from './engine.ts';
import { digestMinutes, summariseClosedDay, summaryCandidates } from './daily-summaries.ts';
import { backfillJob, callbackJob, dailySummaryJob, overdueJob, pollJob, SYNC_JOBS } from './jobs.ts';
import { markOverduePayments } from './overdue.ts';
import { failRunsWithoutLease, listRuns, runHoldingLease } from './runs.ts';
import { claimDue, getSchedule, nextRunAfter, setEnabled, upsertSchedule } from './schedules.ts';
import { records, syncRuns } from './schema.ts';
import { describeError } from '../../platform/database/query-errors.ts';

/** How often each worker looks for integrations due to sync. */
const TICK_MS = 1000;
const CLAIM_BATCH = 200;
/** Every this many ticks a worker also reclaims the syncs of processes that stopped (their leases ran out). */
const RECLAIM_EVERY_TICKS = 5;
/**
 * Polls running at once in a process. Mostly waiting on the provider and on the database's round trips; on the
 * embedded database every query shares one session, so more would only queue there.
 */
const POLL_CONCURRENCY = 20;
/** How soon a poll someone asked for looks again when another sync holds the integration. */
const BUSY_RETRY_MS = 2_000;

/** What /metrics counts of the sync engine. */
export interface SyncObserver {
  leasesReclaimed(count: number): void;
}

/** The sync holding an integration now: what `POST …/sync` answers while one runs. */
export type RunningSync = NonNullable<Awaited<ReturnType<typeof runHoldingLease>>>;

/** The sync engine as the rest of Ponte uses it: scheduling, backfills, callbacks, and what it has recorded. */
export class SyncService {
  #ticker: NodeJS.Timeout | undefined;
  #ticking: Promise<void> = Promise.resolve();
  #observer: SyncObserver | undefined;

  constructor(
    readonly engine: SyncEngine,
    readonly callbacks: CallbackInbox,
    private readonly queue: Queue,
  ) {}

  /** Starts syncing a newly active integration: its first poll at once, and its backfill. */
  async activate(tx: Transaction, integrationId: string, intervalMinutes: number, retroactiveMonths: number): Promise<void> {
    const now = this.engine.clock.now();
    await upsertSchedule(tx.db, integrationId, intervalMinutes, nextRunAfter(now, intervalMinutes), true);
    await createBackfill(tx.db, integrationId, now, retroactiveMonths);
    await this.queue.send(backfillJob, { integrationId }, { tx });
  }

  /**
   * Fetches the retroactive window of `months` again: a new backfill, queued for the workers in the caller's
   * transaction. Returns the job's id, or null when a backfill of the integration is already under way.
   */
  async startBackfill(tx: Transaction, integrationId: string, months: number): Promise<string | null> {
    if (!(await createBackfill(tx.db, integrationId, this.engine.clock.now(), months, { unlessUnderWay: true }))) return null;
    return this.queue.send(backfillJob, { integrationId }, { tx });
  }

  /** Where a backfill job stands in the queue (`created` until a worker takes it), or null once it is gone. */
  backfillJobState(jobId: string) {
    return this.queue.job(backfillJob, jobId);
  }

  async reschedule(db: Database, integrationId: string, intervalMinutes: number): Promise<void> {
    const schedule = await getSchedule(db, integrationId);
    if (!schedule) return;
    await upsertSchedule(db, integrationId, intervalMinutes, nextRunAfter(this.engine.clock.now(), intervalMinutes), schedule.enabled);
  }

  async pause(db: Database, integrationId: string): Promise<void> {
    await setEnabled(db, integrationId, false);
  }

  async resume(db: Database, integrationId: string): Promise<void> {
    await setEnabled(db, integrationId, true);
  }

  observe(observer: SyncObserver): void {
    this.#observer = observer;
  }

  /**
   * Queues a poll now (at most one waiting per integration) and says which sync holds the integration, if one does:
   * the poll waits for it to end.
   */
  async syncNow(integrationId: string): Promise<RunningSync | null> {
    await this.#queuePoll({ integrationId, requested: true });
    return runHoldingLease(this.engine.database.db, integrationId, this.engine.clock.now());
  }

  async #queuePoll(data: { integrationId: string; requested?: boolean }, startAfter?: Date): Promise<void> {
    await this.queue.send(pollJob, data, { singletonKey: data.integrationId, ...(startAfter ? { startAfter } : {}) }).catch((error: Error) => {
      if (!/already waiting/.test(error.message)) throw error;
    });
  }

  async registerJobs(): Promise<void> {
    for (const job of SYNC_JOBS) await this.queue.register(job);
    // Five past each hour, São Paulo time.
    await this.queue.schedule(overdueJob, '5 * * * *', {});
    // Every hour at the minute the digests are due (07:00 São Paulo: on the hour); the day is summarised once.
    const minutes = digestMinutes();
    if (minutes.length > 0) await this.queue.schedule(dailySummaryJob, `${minutes.join(',')} * * * *`, {});
  }

  /** Marks overdue payments and appends their events, in one transaction. */
  async detectOverdue(): Promise<number> {
    return this.engine.database.transaction(async ({ db }) => {
      const events = await markOverduePayments(db, this.engine.source, this.engine.clock.now());
      await this.engine.events.append(db, events);
      return events.length;
    });
  }

  /**
   * Appends the daily summaries due now (`fuel_transaction.daily_summary`, one per vehicle that bought fuel on the
   * day the digest closes), one transaction per integration. Returns how many were appended.
   */
  async summariseDays(): Promise<number> {
    const now = this.engine.clock.now();
    let appended = 0;
    for (const integrationId of await summaryCandidates(this.engine.database.db, now)) {
      appended += await this.engine.database.transaction(async ({ db }) => {
        const events = await summariseClosedDay(db, this.engine.source, integrationId, now);
        await this.engine.events.append(db, events);
        return events.length;
      });
    }
    return appended;
  }

  async startWorkers(): Promise<void> {
    const poll = async ({ integrationId, requested }: { integrationId: string; requested?: boolean | undefined }, job: { retryCount: number }) => {
      try {
        const end = await this.engine.poll(integrationId);
        // A poll that spent its budget hands over to a new job, which continues from the committed cursors.
        if (end.status === 'succeeded' && end.more) await this.#queuePoll({ integrationId });
        if (end.status === 'skipped' && end.busy && requested) await this.#queuePoll({ integrationId, requested }, new Date(Date.now() + BUSY_RETRY_MS));
      } catch (error) {
        if (job.retryCount >= pollJob.retryLimit) await this.engine.recordSyncFailure(integrationId, error);
        throw error;
      }
    };
    // A pool rather than batches: the next poll starts as soon as one ends, so a slow provider holds one slot only.
    this.queue.workContinuously(pollJob, poll, { concurrency: POLL_CONCURRENCY });
    await this.queue.work(backfillJob, async ({ integrationId }, job) => {
      try {
        const end = await runBackfill(this.engine, integrationId);
        // A finished backfill is a successful sync: the checklist's "recent sync" and "first data" count it.
        if (end.status === 'succeeded' && !end.more) await this.engine.recordSyncEnd(integrationId, end);
        // A backfill works in bounded jobs: the next one continues from the committed position.
        if (end.more) await this.queue.send(backfillJob, { integrationId }, { singletonKey: `backfill:${integrationId}` }).catch(() => {});
        // Another sync held the integration: try again shortly rather than lose the backfill.
        if (end.status === 'skipped' && end.busy) {
          await this.queue.send(backfillJob, { integrationId }, { startAfter: new Date(Date.now() + 5000), singletonKey: `backfill:${integrationId}` }).catch(() => {});
        }
        if (end.status === 'deferred') {
          await this.queue.send(backfillJob, { integrationId }, { startAfter: new Date(Date.now() + end.retryAfterSeconds * 1000) });
        }
      } catch (error) {
        if (job.retryCount >= backfillJob.retryLimit) {
          await failBackfill(this.engine.database.db, integrationId, describeError(error));
          await this.engine.recordSyncFailure(integrationId, error);
        }
        throw error;
      }
    }, { batchSize: 2 });
    await this.queue.work(callbackJob, async ({ deliveryId }) => this.callbacks.process(deliveryId), { batchSize: 10 });
    await this.queue.work(overdueJob, async () => void (await this.detectOverdue()));
    await this.queue.work(dailySummaryJob, async () => void (await this.summariseDays()));
    let ticks = 0;
    this.#ticker = setInterval(() => {
      const reclaim = ticks++ % RECLAIM_EVERY_TICKS === 0;
      this.#ticking = this.#ticking.then(() => this.#scheduleOnce(reclaim));
    }, TICK_MS);
  }

  async #scheduleOnce(reclaim: boolean): Promise<void> {
    const { logger } = this.engine;
    if (reclaim) await this.reclaimAbandoned().catch((error: Error) => logger.error({ err: error }, 'reclaiming abandoned syncs failed'));
    await this.tick().catch((error: Error) => logger.error({ err: error }, 'sync scheduler tick failed'));
  }

  /**
   * Reclaims the syncs of processes that stopped: leases that ran out unrenewed (any live worker may reclaim a dead
   * one's), or, with `everyLease`, every lease. Their runs end failed and their work is queued again at once.
   */
  async reclaimAbandoned(options: { everyLease?: boolean } = {}): Promise<number> {
    const reclaimed = await reclaimAbandonedSyncs(this.engine.database, this.queue, this.engine.clock.now(), { everyLease: options.everyLease ?? false });
    if (reclaimed > 0) {
      this.#observer?.leasesReclaimed(reclaimed);
      this.engine.logger.warn({ reclaimed }, 'syncs left by a stopped process: their runs are failed and their work queued again');
    }
    return reclaimed;
  }

  /**
   * At start-up, before workers run: what stopped processes left behind. `alone`: no other process can be running
   * (the embedded database, whose folder this process holds), so every lease is a dead one's, reclaimed now.
   */
  async recoverAbandoned(options: { alone: boolean }): Promise<void> {
    await this.reclaimAbandoned({ everyLease: options.alone });
    const closed = await failRunsWithoutLease(this.engine.database.db, this.engine.clock.now(), ABANDONED_RUN_ERROR);
    if (closed.length > 0) this.engine.logger.warn({ runs: closed.length }, 'runs left running without a lease by a stopped process are marked failed');
  }

  /** Claims the integrations due now and queues their polls, in one transaction. */
  async tick(): Promise<number> {
    return this.engine.database.transaction(async (tx) => {
      const due = await claimDue(tx.db, this.engine.clock.now(), CLAIM_BATCH);
      // One statement for the whole batch: on PGlite this transaction holds the only session while it runs.
      await this.queue.sendMany(pollJob, due.map((integrationId) => ({ data: { integrationId }, singletonKey: integrationId })), { tx });
      return due.length;
    });
  }

  async stop(): Promise<void> {
    clearInterval(this.#ticker);
    await this.#ticking;
  }

  schedule(integrationId: string) {
    return getSchedule(this.engine.database.db, integrationId);
  }

  backfill(integrationId: string) {
    return backfillProgress(this.engine.database.db, integrationId);
  }

  runs(integrationId: string, limit: number) {
    return listRuns(this.engine.database.db, integrationId, limit);
  }

  async recordCount(integrationId: string): Promise<number> {
    const [row] = await this.engine.database.db.select({ n: count() }).from(records).where(eq(records.integrationId, integrationId));
    return row?.n ?? 0;
  }

  async records(integrationId: string, filter: { model?: string | undefined; before?: number | undefined; limit: number }) {
    const conditions = [eq(records.integrationId, integrationId)];
    if (filter.model) conditions.push(eq(records.model, filter.model));
    if (filter.before) conditions.push(lt(records.id, filter.before));
    const rows = await this.engine.database.db.select().from(records).where(and(...conditions)).orderBy(desc(records.id)).limit(filter.limit);
    return rows.map((row) => ({
      id: row.id,
      model: row.model,
      externalId: row.externalId,
      status: row.status,
      hash: row.hash,
      data: row.data as Record<string, unknown>,
      firstSeenAt: row.firstSeenAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  /** Finished sync runs per integration that started in [from, to), by outcome (all integrations without a list). */
  async runOutcomes(filter: { integrationIds?: string[] | undefined; from: Date; to: Date }): Promise<{ integrationId: string; succeeded: number; failed: number; deferred: number }[]> {
    if (filter.integrationIds?.length === 0) return [];
    const conditions: SQL[] = [gte(syncRuns.startedAt, filter.from), lt(syncRuns.startedAt, filter.to)];
    if (filter.integrationIds) conditions.push(inArray(syncRuns.integrationId, filter.integrationIds));
    const outcome = (status: string) => sql<number>`(count(*) filter (where ${syncRuns.status} = ${status}))::int`;
    return this.engine.database.db
      .select({ integrationId: syncRuns.integrationId, succeeded: outcome('succeeded'), failed: outcome('failed'), deferred: outcome('deferred') })
      .from(syncRuns)
      .where(and(...conditions))
      .groupBy(syncRuns.integrationId)
      .orderBy(syncRuns.integrationId);
  }
}
