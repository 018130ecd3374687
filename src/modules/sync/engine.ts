import { and, eq, sql } from 'drizzle-orm';
import type { ConnectorRuntime } from './connector-runtime.ts';
import type { FetchRequest } from '../../connectors/sdk/client.ts';
import { connectorManifest } from '../../connectors/catalog.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { EventOrigin, EventsService } from '../events/index.ts';
import { applyRecords, type ChangeCounts } from './change-detection.ts';
import { LeaseHeartbeat } from './lease-heartbeat.ts';
import { addCounts, emptyCounts, finishRun, startRun, type RunKind } from './runs.ts';
import { recordOutcome, releaseLease, renewLease, takeLease } from './schedules.ts';
import { syncCursors } from './schema.ts';
import { retryTransient, type StepRetrySettings } from './step-retry.ts';
import type { IntegrationSource, SyncIntegration } from './source.ts';
import { describeError } from '../../platform/database/query-errors.ts';

export interface EngineSettings {
  /**
   * How long a sync's hold on an integration lasts unless renewed. A heartbeat renews it while the sync works, so
   * this bounds how long a dead process's sync blocks the integration, not how long a sync may run.
   */
  leaseSeconds: number;
  /** Pages one poll may fetch of each model before it hands over to a new poll job. */
  maxPagesPerPoll: number;
  /** How long one poll works before it hands over to a new poll job (so a dead worker's poll job expires soon). */
  maxPollSeconds: number;
  /** How long one backfill job works before it hands over to a new job (so a dead worker's job expires soon). */
  maxBackfillSecondsPerJob: number;
  /** In-place retries of a page whose provider call failed transiently (5xx, dropped connection, timeout). */
  stepRetry: StepRetrySettings;
}

export interface PageOutcome {
  counts: ChangeCounts;
  nextCursor: string | null;
  done: boolean;
}

/** What happened to a run that did not simply succeed. */
export interface RunHandle {
  id: string;
  counts: ChangeCounts;
  /** Throws when the heartbeat found the lease reclaimed; call before each page, so a run that lost it stops. */
  assertLeaseHeld(): void;
}

export type RunEnd =
  | { status: 'succeeded' }
  /** Not run: the integration is not active, or another sync holds it (`busy`). */
  | { status: 'skipped'; busy: boolean }
  | { status: 'deferred'; retryAfterSeconds: number }
  | { status: 'reconnect_required'; reason: string };

/**
 * The shared core of polls, backfills and callbacks: takes the integration's lease, runs the connector, and commits
 * each page of records with its events and its cursor in one transaction.
 */
export class SyncEngine {
  constructor(
    readonly database: DatabaseHandle,
    readonly runtime: ConnectorRuntime,
    readonly source: IntegrationSource,
    readonly events: EventsService,
    readonly clock: Clock,
    readonly logger: Logger,
    readonly settings: EngineSettings,
  ) {}

  /**
   * Runs `work` holding the integration's lease and a sync-run record. Provider failures end the run the way the
   * engine handles them: a rate limit defers it, refused credentials stop the integration, others fail it (and
   * the job retries with backoff).
   */
  async withRun(integrationId: string, kind: RunKind, work: (integration: SyncIntegration, run: RunHandle) => Promise<void>): Promise<RunEnd> {
    const integration = await this.source.get(integrationId);
    if (!integration || integration.state !== 'active') return { status: 'skipped', busy: false };
    const { db } = this.database;
    const { leaseSeconds } = this.settings;
    // The run's id names the lease's owner: a reaper of a dead holder's lease knows which run it left unfinished.
    const runId = newId('syncRun');
    if (!(await takeLease(db, integrationId, runId, this.clock.now(), leaseSeconds))) return { status: 'skipped', busy: true };
    const heartbeat = new LeaseHeartbeat(integrationId, leaseSeconds, () => renewLease(db, integrationId, runId, this.clock.now(), leaseSeconds), this.logger);
    const startedAt = this.clock.now();
    const counts = emptyCounts();
    try {
      await startRun(db, runId, integrationId, kind, startedAt);
      await work(integration, { id: runId, counts, assertLeaseHeld: () => heartbeat.assertHeld() });
      await finishRun(db, runId, { at: this.clock.now(), startedAt, status: 'succeeded', counts });
      return { status: 'succeeded' };
    } catch (error) {
      const message = describeError(error);
      if (error instanceof ProviderError && error.kind === 'rate_limited') {
        await finishRun(db, runId, { at: this.clock.now(), startedAt, status: 'deferred', counts, error: message });
        return { status: 'deferred', retryAfterSeconds: Math.max(1, error.details.retryAfterSeconds ?? 60) };
      }
      await finishRun(db, runId, { at: this.clock.now(), startedAt, status: 'failed', counts, error: message });
      if (error instanceof ProviderError && error.kind === 'auth') {
        const reason = error.details.providerMessage ?? message;
        await this.database.transaction(async (tx) => {
          if (!(await this.source.markReconnectRequired(tx.db, integrationId, reason))) return;
          await this.events.append(tx.db, [
            { accountId: integration.accountId, integrationId, environment: integration.environment, type: 'integration.reconnect_required', data: { reason } },
          ]);
        });
        return { status: 'reconnect_required', reason };
      }
      throw error;
    } finally {
      await heartbeat.stop();
      await releaseLease(db, integrationId, runId);
    }
  }

  /** One page from the connector, committed with its events and with whatever `commitCursor` writes. */
  async fetchPage(
    integration: SyncIntegration,
    request: FetchRequest,
    commitCursor: (tx: Database, page: PageOutcome) => Promise<void>,
    origin: EventOrigin = 'live',
  ): Promise<PageOutcome> {
    const client = this.runtime.client(integration.connector);
    const context = await this.runtime.contextOf(integration);
    const page = await retryTransient(() => client.fetchChanges(context, request), this.settings.stepRetry, (error, attempt) =>
      this.logger.warn({ err: error, integrationId: integration.id, model: request.model, attempt }, 'provider failed transiently; trying the page again'),
    );
    return this.database.transaction(async ({ db }) => {
      const now = this.clock.now();
      const { counts, events } = await applyRecords(db, integration, page.records, now, origin);
      await this.events.append(db, events);
      const outcome = { counts, nextCursor: page.nextCursor, done: page.done };
      await commitCursor(db, outcome);
      return outcome;
    });
  }

  /**
   * A poll: every model of the connector from its stored cursor, until done or a budget (pages per model, seconds)
   * is spent; then `more` asks for another poll to continue from the cursors it committed.
   */
  async poll(integrationId: string): Promise<RunEnd & { more: boolean }> {
    let more = false;
    const deadline = Date.now() + this.settings.maxPollSeconds * 1000;
    const end = await this.withRun(integrationId, 'poll', async (integration, run) => {
      for (const model of connectorManifest(integration.connector).models) {
        let cursor = await this.cursorOf(integrationId, model);
        let done = false;
        for (let page = 0; page < this.settings.maxPagesPerPoll && !done; page++) {
          if (Date.now() >= deadline) return void (more = true);
          run.assertLeaseHeld();
          const outcome = await this.fetchPage(integration, { model, cursor }, (tx, result) => this.saveCursor(tx, integrationId, model, result.nextCursor));
          addCounts(run.counts, outcome.counts);
          cursor = outcome.nextCursor;
          done = outcome.done;
        }
        if (!done) more = true;
      }
    });
    await this.recordSyncEnd(integrationId, end);
    return { ...end, more };
  }

  /** After the last retry: the failure is recorded and told as an event; the next scheduled poll tries again. */
  async recordSyncFailure(integrationId: string, error: unknown): Promise<void> {
    const integration = await this.source.get(integrationId);
    if (!integration) return;
    const message = describeError(error);
    await this.database.transaction(async ({ db }) => {
      await recordOutcome(db, integrationId, { at: this.clock.now(), status: 'failed', error: message });
      await this.events.append(db, [
        { accountId: integration.accountId, integrationId, environment: integration.environment, type: 'integration.sync_failed', data: { error: message } },
      ]);
    });
  }

  /** What the checklist and the schedule read of a poll or a finished backfill: success, deferral or refusal. */
  async recordSyncEnd(integrationId: string, end: RunEnd): Promise<void> {
    const at = this.clock.now();
    const db = this.database.db;
    if (end.status === 'succeeded') {
      const [row] = await db.execute<{ any: boolean }>(sql`select exists (select 1 from records where integration_id = ${integrationId}) as any`).then((r) => r.rows);
      await recordOutcome(db, integrationId, { at, status: 'succeeded', gotData: row?.any === true });
    } else if (end.status === 'deferred') {
      await recordOutcome(db, integrationId, { at, status: 'deferred', error: `rate limited; retrying in ${end.retryAfterSeconds} s`, nextSyncAt: new Date(at.getTime() + end.retryAfterSeconds * 1000) });
    } else if (end.status === 'reconnect_required') {
      await recordOutcome(db, integrationId, { at, status: 'failed', error: end.reason });
    }
  }

  async cursorOf(integrationId: string, model: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ cursor: syncCursors.cursor })
      .from(syncCursors)
      .where(and(eq(syncCursors.integrationId, integrationId), eq(syncCursors.model, model)));
    return row?.cursor ?? null;
  }

  async saveCursor(tx: Database, integrationId: string, model: string, cursor: string | null): Promise<void> {
    const updatedAt = this.clock.now();
    await tx
      .insert(syncCursors)
      .values({ integrationId, model, cursor, updatedAt })
      .onConflictDoUpdate({ target: [syncCursors.integrationId, syncCursors.model], set: { cursor, updatedAt } });
  }
}
