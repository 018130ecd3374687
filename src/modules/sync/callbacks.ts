import { createHash, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Keyring, SealedSecret } from '../../platform/crypto/keyring.ts';
import { bulkInsertReturningIds } from '../../platform/database/bulk-insert.ts';
import { GroupCommit } from '../../platform/group-commit.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import { applyRecords } from './change-detection.ts';
import type { SyncEngine } from './engine.ts';
import { syncProblems } from './errors.ts';
import { callbackJob } from './jobs.ts';
import { emptyCounts, recordFinishedRun } from './runs.ts';
import { callbackDeliveries, syncSchedules } from './schema.ts';

/** What a callback's sender is told: stored (and its job queued), or a delivery already stored before. */
export interface CallbackReceipt {
  deliveryId: string | null;
  duplicate: boolean;
}

/** A callback checked and sealed, waiting for its batch's transaction. */
interface IncomingDelivery {
  id: string;
  integrationId: string;
  receivedAt: Date;
  contentType: string;
  sealedBody: SealedSecret;
  bodyDigest: string;
}

/** Callbacks stored per transaction at most. */
const MAX_BATCH = 100;
/**
 * How long an integration whose callback token was verified is believed to exist without reading it again. Ponte
 * never deletes an integration (a cancelled one stays, and its callbacks are rejected by the job), so a stale hit
 * needs a row removed by hand: its callbacks are then still stored and acknowledged for up to this long, and each is
 * marked `rejected` ("the integration is not active") by its job, visibly, changing nothing else.
 */
const KNOWN_INTEGRATION_TTL_MS = 60_000;
const KNOWN_INTEGRATIONS_MAX = 10_000;

/**
 * Provider callbacks: stored sealed before they are answered, processed by a job that confirms them with the
 * provider (PagHiper's callback has no signature: the call back is its proof), deduplicated by body and by the
 * provider's delivery id.
 *
 * Callbacks arriving together are stored together (a group commit): one multi-row insert of the deliveries and one
 * insert of their jobs in one transaction, and each sender is answered once that transaction has committed.
 */
export class CallbackInbox {
  /** Integration id → the callback token last verified for it, for integrations known to exist. */
  readonly #known = new LRUCache<string, string>({ max: KNOWN_INTEGRATIONS_MAX, ttl: KNOWN_INTEGRATION_TTL_MS });
  readonly #batches: GroupCommit<IncomingDelivery, CallbackReceipt>;

  constructor(
    private readonly engine: SyncEngine,
    private readonly keyring: Keyring,
    private readonly queue: Queue,
  ) {
    this.#batches = new GroupCommit({
      write: (deliveries) => this.#store(deliveries),
      maxBatch: MAX_BATCH,
      // PGlite has one session: a second transaction would only wait for the first.
      concurrency: engine.database.engine === 'pglite' ? 1 : 2,
    });
  }

  urlPath(integrationId: string): string {
    return `/hooks/${integrationId}/${this.keyring.callbackToken(integrationId)}`;
  }

  /** Batches and callbacks stored so far by this process. */
  get storeStats() {
    return this.#batches.stats;
  }

  /** Stores the callback (with its job) and says so once committed; throws callback_not_found or callback_empty. */
  async receive(integrationId: string, token: string, contentType: string, body: string): Promise<CallbackReceipt> {
    if (!(await this.#isGenuine(integrationId, token))) throw new Problem(syncProblems.callback_not_found);
    if (!body.trim()) throw new Problem(syncProblems.callback_empty, undefined, { field: 'body' });
    const id = newId('callbackDelivery');
    return this.#batches.submit({
      id,
      integrationId,
      receivedAt: this.engine.clock.now(),
      contentType,
      sealedBody: this.keyring.seal(body, id),
      bodyDigest: createHash('sha256').update(body).digest('hex'),
    });
  }

  /**
   * The token first (an HMAC in memory, so a forged URL costs no query), then the integration's existence, both
   * remembered for a while once true.
   */
  async #isGenuine(integrationId: string, token: string): Promise<boolean> {
    const verified = this.#known.get(integrationId);
    if (verified !== undefined && sameText(verified, token)) return true;
    if (!this.keyring.matchesCallbackToken(integrationId, token)) return false;
    if (!(await this.engine.source.get(integrationId))) return false;
    this.#known.set(integrationId, token);
    return true;
  }

  /** One transaction for the batch: the deliveries in one statement, then the jobs of those new, in one more. */
  async #store(deliveries: IncomingDelivery[]): Promise<CallbackReceipt[]> {
    return this.engine.database.transaction(async (tx) => {
      // One statement whatever the batch's size (a parameter per column); a body stored before is skipped.
      const inserted = await bulkInsertReturningIds(tx.db, callbackDeliveries, deliveries.map((delivery) => ({ ...delivery, status: 'received' as const })), 'on conflict do nothing');
      const stored = new Set(inserted);
      const fresh = deliveries.filter((delivery) => stored.has(delivery.id));
      await this.queue.sendMany(callbackJob, fresh.map((delivery) => ({ data: { deliveryId: delivery.id } })), { tx });
      // A body already stored (before, or earlier in this very batch) was not inserted: a duplicate.
      return deliveries.map((delivery) => (stored.has(delivery.id) ? { deliveryId: delivery.id, duplicate: false } : { deliveryId: null, duplicate: true }));
    });
  }

  async process(deliveryId: string): Promise<void> {
    const { database, clock, source, runtime, events } = this.engine;
    const [delivery] = await database.db.select().from(callbackDeliveries).where(eq(callbackDeliveries.id, deliveryId));
    if (!delivery || delivery.status !== 'received') return;
    const integration = await source.get(delivery.integrationId);
    const reject = (error: string) =>
      database.db.update(callbackDeliveries).set({ status: 'rejected', error, processedAt: clock.now() }).where(eq(callbackDeliveries.id, deliveryId));
    if (!integration || integration.state !== 'active') return void (await reject('the integration is not active'));
    const client = runtime.client(integration.connector);
    if (!client.handleCallback) return void (await reject('this connector takes no callbacks'));

    const body = await this.keyring.open(delivery.sealedBody as SealedSecret, delivery.id);
    let result;
    try {
      result = await client.handleCallback(await runtime.contextOf(integration), { contentType: delivery.contentType, body });
    } catch (error) {
      if (error instanceof ProviderError && !error.retryable) return void (await reject(error.message));
      throw error;
    }
    const startedAt = clock.now();
    // The run is written finished, with the records it brought: a process killed here leaves no run `running`.
    const run = { id: newId('syncRun'), integrationId: integration.id, kind: 'callback' as const, startedAt };
    await database.transaction(async ({ db }) => {
      const [seen] = await db
        .select({ id: callbackDeliveries.id })
        .from(callbackDeliveries)
        .where(and(eq(callbackDeliveries.integrationId, integration.id), eq(callbackDeliveries.deliveryId, result.deliveryId), ne(callbackDeliveries.id, deliveryId)));
      const now = clock.now();
      if (seen) {
        await db.update(callbackDeliveries).set({ status: 'duplicate', processedAt: now }).where(eq(callbackDeliveries.id, deliveryId));
        return recordFinishedRun(db, { ...run, at: clock.now(), counts: emptyCounts() });
      }
      await db.update(callbackDeliveries).set({ status: 'processed', deliveryId: result.deliveryId, processedAt: now }).where(eq(callbackDeliveries.id, deliveryId));
      // Only a callback the provider confirmed counts as "heard from".
      await db.update(syncSchedules).set({ lastCallbackAt: now }).where(eq(syncSchedules.integrationId, integration.id));
      const applied = await applyRecords(db, integration, result.records, now);
      await events.append(db, applied.events);
      if (result.records.length > 0) {
        await db.update(syncSchedules).set({ firstDataAt: sql`coalesce(${syncSchedules.firstDataAt}, ${now})` }).where(eq(syncSchedules.integrationId, integration.id));
      }
      await recordFinishedRun(db, { ...run, at: clock.now(), counts: applied.counts });
    });
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
