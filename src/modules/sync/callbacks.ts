import { createHash } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Keyring, SealedSecret } from '../../platform/crypto/keyring.ts';
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

/**
 * Provider callbacks: stored sealed before they are answered, processed by a job that confirms them with the
 * provider (PagHiper's callback has no signature: the call back is its proof), deduplicated by body and by the
 * provider's delivery id.
 */
export class CallbackInbox {
  constructor(
    private readonly engine: SyncEngine,
    private readonly keyring: Keyring,
    private readonly queue: Queue,
  ) {}

  urlPath(integrationId: string): string {
    return `/hooks/${integrationId}/${this.keyring.callbackToken(integrationId)}`;
  }

  async receive(integrationId: string, token: string, contentType: string, body: string): Promise<{ deliveryId: string | null; duplicate: boolean }> {
    const integration = await this.engine.source.get(integrationId);
    if (!integration || !this.keyring.matchesCallbackToken(integrationId, token)) throw new Problem(syncProblems.callback_not_found);
    if (!body.trim()) throw new Problem(syncProblems.callback_empty, undefined, { field: 'body' });
    const id = newId('callbackDelivery');
    const now = this.engine.clock.now();
    return this.engine.database.transaction(async (tx) => {
      const inserted = await tx.db
        .insert(callbackDeliveries)
        .values({
          id,
          integrationId,
          receivedAt: now,
          contentType,
          sealedBody: this.keyring.seal(body, id),
          bodyDigest: createHash('sha256').update(body).digest('hex'),
          status: 'received',
        })
        .onConflictDoNothing()
        .returning({ id: callbackDeliveries.id });
      if (inserted.length === 0) return { deliveryId: null, duplicate: true };
      await this.queue.send(callbackJob, { deliveryId: id }, { tx });
      return { deliveryId: id, duplicate: false };
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
