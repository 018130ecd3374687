import type { ConnectorContext, FetchRequest } from '../../connectors/sdk/client.ts';
import type { Database } from '../../platform/database/database.ts';
import type { SyncEngine } from './engine.ts';
import { syncCursors } from './schema.ts';
import type { SyncIntegration } from './source.ts';

/** Stores each model's cursor unless the model has one already (a poll that ran first keeps its own). */
async function insertMissingCursors(db: Database, integrationId: string, cursors: { model: string; cursor: string }[], at: Date): Promise<void> {
  if (cursors.length === 0) return;
  await db
    .insert(syncCursors)
    .values(cursors.map(({ model, cursor }) => ({ integrationId, model, cursor, updatedAt: at })))
    .onConflictDoNothing({ target: [syncCursors.integrationId, syncCursors.model] });
}

/**
 * Hands polling over to the backfill's high-water mark (the end of its window): each model's poll cursor starts
 * there, so the first poll reads only what changed after the window rather than the connector's default start, which
 * for some connectors is the whole retroactive window again. Stored as the backfill starts, so a poll that runs while
 * the backfill is still working (they take turns on the lease) does not read the window either. Connectors that
 * cannot start a poll at an instant (no `pollCursorFrom`) keep their default start.
 */
export async function handOverToPolling(
  engine: SyncEngine,
  integration: SyncIntegration,
  context: ConnectorContext<unknown, unknown>,
  models: readonly FetchRequest['model'][],
  highWaterMark: Date,
): Promise<void> {
  const client = engine.runtime.client(integration.connector);
  if (!client.pollCursorFrom) return;
  const cursors = models.map((model) => ({ model, cursor: client.pollCursorFrom!(context, model, highWaterMark) }));
  await insertMissingCursors(engine.database.db, integration.id, cursors, engine.clock.now());
}
