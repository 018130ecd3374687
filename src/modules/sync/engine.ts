import { sql } from 'drizzle-orm';
import type { ConnectorRuntime } from './connector-runtime.ts';
import type { ChangesPage, ConnectorContext, FetchRequest } from '../../connectors/sdk/client.ts';
import { connectorManifest } from '../../connectors/catalog.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { EventsService } from '../events/index.ts';
import { applyRecords, type ChangeCounts, type RecordOrigin } from './change-detection.ts';
import { LeaseHeartbeat } from './lease-heartbeat.ts';
import { addCounts, emptyCounts, type RunKind } from './runs.ts';
import { beginRun, endRun, type RunOutcome } from './run-lease.ts';
import { recordOutcome, renewLease } from './schedules.ts';
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
  /**
   * The connector context of this run: the credential is read and opened once, when the run begins, serves every
   * provider call of the run, and is dropped with the run (tokens the connector refreshes are sealed back as before).
   */
  context: ConnectorContext<unknown, unknown>;
  /** Each model's cursor as the run found it (see beginRun). */
  cursors: ReadonlyMap<string, string | null>;
  /**
   * Cursors of pages that changed nothing, stored by the run's last statement rather than each in a transaction of
   * its own. A crash before that reads those pages again from the last stored cursor: they held no record, and change
   * detection makes a re-read harmless, so nothing is lost or told twice.
   */
  unsavedCursors: Map<string, string | null>;
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
   * the job retries with backoff). With `recordOutcome`, the schedule's last status is written with the run's end
   * (what recordSyncEnd writes), in the same statement.
   */
  async withRun(
    integrationId: string,
    kind: RunKind,
    work: (integration: SyncIntegration, run: RunHandle) => Promise<void>,
    options: { recordOutcome?: boolean } = {},
  ): Promise<RunEnd> {
    const integration = await this.source.get(integrationId);
    if (!integration || integration.state !== 'active') return { status: 'skipped', busy: false };
    const { db } = this.database;
    const { leaseSeconds } = this.settings;
    // The run's id names the lease's owner: a reaper of a dead holder's lease knows which run it left unfinished.
    const runId = newId('syncRun');
    const startedAt = this.clock.now();
    const begun = await beginRun(db, { id: runId, integrationId, kind, at: startedAt, leaseSeconds });
    if (!begun) return { status: 'skipped', busy: true };
    const heartbeat = new LeaseHeartbeat(integrationId, leaseSeconds, () => renewLease(db, integrationId, runId, this.clock.now(), leaseSeconds), this.logger);
    const counts = emptyCounts();
    const unsavedCursors = new Map<string, string | null>();
    let end: RunEnd = { status: 'succeeded' };
    let runStatus: 'succeeded' | 'failed' | 'deferred' = 'succeeded';
    let runError: string | null = null;
    let outcome: RunOutcome | undefined;
    try {
      try {
        const context = await this.runtime.contextOf(integration);
        await work(integration, { id: runId, counts, context, cursors: begun.cursors, unsavedCursors, assertLeaseHeld: () => heartbeat.assertHeld() });
        outcome = { status: 'succeeded' };
      } catch (error) {
        runError = describeError(error);
        runStatus = 'failed';
        if (error instanceof ProviderError && error.kind === 'rate_limited') {
          const retryAfterSeconds = Math.max(1, error.details.retryAfterSeconds ?? 60);
          runStatus = 'deferred';
          end = { status: 'deferred', retryAfterSeconds };
          const at = this.clock.now();
          outcome = { status: 'deferred', error: `rate limited; retrying in ${retryAfterSeconds} s`, nextSyncAt: new Date(at.getTime() + retryAfterSeconds * 1000) };
        } else if (error instanceof ProviderError && error.kind === 'auth') {
          const reason = error.details.providerMessage ?? runError;
          end = { status: 'reconnect_required', reason };
          outcome = { status: 'failed', error: reason };
          // While the lease is still held, so no other sync of the integration starts before it stops.
          await this.database.transaction(async (tx) => {
            if (!(await this.source.markReconnectRequired(tx.db, integrationId, reason))) return;
            await this.events.append(tx.db, [
              { accountId: integration.accountId, integrationId, environment: integration.environment, type: 'integration.reconnect_required', data: { reason } },
            ]);
          });
        } else {
          throw error;
        }
      }
    } finally {
      await heartbeat.stop();
      await endRun(db, {
        id: runId,
        integrationId,
        at: this.clock.now(),
        startedAt,
        status: runStatus,
        counts,
        error: runError,
        cursors: unsavedCursors,
        ...(options.recordOutcome && outcome ? { outcome } : {}),
      });
    }
    return end;
  }

  /** One page from the provider, with the run's context, its transient failures tried again in place. */
  async fetchFromProvider(integration: SyncIntegration, context: ConnectorContext<unknown, unknown>, request: FetchRequest): Promise<ChangesPage> {
    const client = this.runtime.client(integration.connector);
    return retryTransient(() => client.fetchChanges(context, request), this.settings.stepRetry, (error, attempt) =>
      this.logger.warn({ err: error, integrationId: integration.id, model: request.model, attempt }, 'provider failed transiently; trying the page again'),
    );
  }

  /** A fetched page committed in one transaction: its records, their events and whatever `commitCursor` writes. */
  async commitPage(
    integration: SyncIntegration,
    page: ChangesPage,
    commitCursor: (tx: Database, page: PageOutcome) => Promise<void>,
    origin: RecordOrigin = 'live',
  ): Promise<PageOutcome> {
    return this.database.transaction(async ({ db }) => {
      const now = this.clock.now();
      const { counts, events } = await applyRecords(db, integration, page.records, now, origin);
      await this.events.append(db, events);
      const outcome = { counts, nextCursor: page.nextCursor, done: page.done };
      await commitCursor(db, outcome);
      return outcome;
    });
  }

  /** One page from the connector, committed with its events and with whatever `commitCursor` writes. */
  async fetchPage(
    integration: SyncIntegration,
    context: ConnectorContext<unknown, unknown>,
    request: FetchRequest,
    commitCursor: (tx: Database, page: PageOutcome) => Promise<void>,
    origin: RecordOrigin = 'live',
  ): Promise<PageOutcome> {
    return this.commitPage(integration, await this.fetchFromProvider(integration, context, request), commitCursor, origin);
  }

  /**
   * A poll: every model of the connector from its stored cursor, until done or a budget (pages per model, seconds)
   * is spent; then `more` asks for another poll to continue from the cursors it committed. A page with records is
   * committed with its cursor in one transaction; a page without writes nothing until the run's end.
   */
  async poll(integrationId: string): Promise<RunEnd & { more: boolean }> {
    let more = false;
    const deadline = Date.now() + this.settings.maxPollSeconds * 1000;
    const end = await this.withRun(
      integrationId,
      'poll',
      async (integration, run) => {
        for (const model of connectorManifest(integration.connector).models) {
          let cursor = run.cursors.get(model) ?? null;
          let done = false;
          for (let page = 0; page < this.settings.maxPagesPerPoll && !done; page++) {
            if (Date.now() >= deadline) return void (more = true);
            run.assertLeaseHeld();
            const fetched = await this.fetchFromProvider(integration, run.context, { model, cursor });
            if (fetched.records.length === 0) {
              run.unsavedCursors.set(model, fetched.nextCursor);
            } else {
              run.unsavedCursors.delete(model);
              const outcome = await this.commitPage(integration, fetched, (tx, result) => this.saveCursor(tx, integrationId, model, result.nextCursor));
              addCounts(run.counts, outcome.counts);
            }
            cursor = fetched.nextCursor;
            done = fetched.done;
          }
          if (!done) more = true;
        }
      },
      { recordOutcome: true },
    );
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

  async saveCursor(tx: Database, integrationId: string, model: string, cursor: string | null): Promise<void> {
    const updatedAt = this.clock.now();
    await tx
      .insert(syncCursors)
      .values({ integrationId, model, cursor, updatedAt })
      .onConflictDoUpdate({ target: [syncCursors.integrationId, syncCursors.model], set: { cursor, updatedAt } });
  }
}
