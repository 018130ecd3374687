import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { NormalisedRecord } from '../../connectors/sdk/records.ts';
import type { Database } from '../../platform/database/database.ts';
import type { EventOrigin, NewEvent } from '../events/index.ts';
import { records } from './schema.ts';

export interface ChangeCounts {
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface IntegrationRef {
  id: string;
  accountId: string;
  environment: 'sandbox' | 'production';
}

/** Where a page's events come from: one origin for all, or one per record and event (a backfill meets news too). */
export type RecordOrigin = EventOrigin | ((record: NormalisedRecord, eventType: string) => EventOrigin);

/** Key order must not change a hash: the same content always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const contentHash = (data: unknown) => createHash('sha256').update(stableJson(data)).digest('hex');

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Sources see different parts of one object (PagHiper's list has no paid amount or payer phone, its notification
 * has): a field a source leaves empty keeps what another source saw, in nested objects too, so two sources never
 * flip a record back and forth.
 */
function merge(previous: Record<string, unknown> | undefined, incoming: Record<string, unknown>): Record<string, unknown> {
  if (!previous) return incoming;
  const merged = { ...incoming };
  for (const [key, value] of Object.entries(previous)) {
    if ((merged[key] === null || merged[key] === undefined) && value !== null && value !== undefined) merged[key] = value;
    else if (isPlainObject(merged[key]) && isPlainObject(value)) merged[key] = merge(value, merged[key]);
  }
  return merged;
}

const statusOf = (data: Record<string, unknown>) => (typeof data.status === 'string' ? data.status : null);

/** HugMe's interaction type of a consumer's evaluation: written by the consumer, but a rating, not a reply. */
const EVALUATION_INTERACTION = 11;

/** A complaint's messages from its consumer (réplicas and private messages), evaluations left out. */
function consumerReplies(data: Record<string, unknown> | undefined): number {
  const interactions = data?.interactions;
  if (!Array.isArray(interactions)) return 0;
  return interactions.filter((item: { fromConsumer?: unknown; type?: unknown }) => item.fromConsumer === true && item.type !== EVALUATION_INTERACTION).length;
}

/**
 * Domain events for a record's change: creation, a status move (pending → paid), or another update. A complaint
 * whose consumer wrote again is still `complaint.updated` (the record changed: webhooks and the complaint tickets
 * follow every update) and also `complaint.consumer_replied`, the news a rule can choose without comparing counts.
 */
function eventsFor(model: string, previous: { status: string | null; data: Record<string, unknown> } | undefined, after: string | null, data: Record<string, unknown>): string[] {
  if (!previous) return model === 'payment' && after && after !== 'pending' ? [`${model}.created`, `${model}.${after}`] : [`${model}.created`];
  if (model === 'payment' && after && previous.status !== after) return [`${model}.${after}`];
  if (model === 'complaint' && consumerReplies(data) > consumerReplies(previous.data)) return [`${model}.updated`, `${model}.consumer_replied`];
  return [`${model}.updated`];
}

/**
 * Upserts a batch of records of one integration by (model, external id) with a content hash, counting what was
 * added, updated and unchanged, and returns the events of the real changes. Runs in the caller's transaction, with
 * the cursor that follows these records, so both commit or neither does.
 */
export async function applyRecords(
  tx: Database,
  integration: IntegrationRef,
  batch: NormalisedRecord[],
  now: Date,
  origin: RecordOrigin = 'live',
): Promise<{ counts: ChangeCounts; events: NewEvent[] }> {
  const counts: ChangeCounts = { fetched: batch.length, added: 0, updated: 0, unchanged: 0, deleted: 0 };
  const events: NewEvent[] = [];
  if (batch.length === 0) return { counts, events };
  // One writer of an integration's records at a time (a poll and a callback may meet); released at commit.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${integration.id}))`);

  // A page may carry one object twice (PagHiper re-reads the last day): the last one seen wins.
  const latest = new Map<string, NormalisedRecord>();
  for (const record of batch) latest.set(`${record.model}\u0000${record.externalId}`, record);
  const byModel = new Map<string, NormalisedRecord[]>();
  for (const record of latest.values()) byModel.set(record.model, [...(byModel.get(record.model) ?? []), record]);

  for (const [model, list] of byModel) {
    const existing = await tx
      .select({ externalId: records.externalId, hash: records.hash, status: records.status, data: records.data })
      .from(records)
      .where(and(eq(records.integrationId, integration.id), eq(records.model, model), inArray(records.externalId, list.map((r) => r.externalId))));
    const known = new Map(existing.map((row) => [row.externalId, row]));
    const inserts: (typeof records.$inferInsert)[] = [];
    const seenOnly: string[] = [];
    for (const record of list) {
      const previous = known.get(record.externalId);
      const data = merge(previous?.data as Record<string, unknown> | undefined, record.data as unknown as Record<string, unknown>);
      const hash = contentHash(data);
      if (previous && previous.hash === hash) {
        counts.unchanged++;
        seenOnly.push(record.externalId);
        continue;
      }
      const status = statusOf(data);
      if (previous) counts.updated++;
      else counts.added++;
      inserts.push({ integrationId: integration.id, accountId: integration.accountId, model, externalId: record.externalId, hash, status, data, firstSeenAt: now, lastSeenAt: now, updatedAt: now });
      const before = previous ? { status: previous.status, data: previous.data as Record<string, unknown> } : undefined;
      for (const type of eventsFor(model, before, status, data)) {
        events.push({
          accountId: integration.accountId,
          integrationId: integration.id,
          environment: integration.environment,
          type,
          subjectModel: model,
          subjectId: record.externalId,
          data: { [model]: data, ...(previous ? { previousStatus: previous.status } : {}) },
          origin: typeof origin === 'function' ? origin(record, type) : origin,
        });
      }
    }
    if (inserts.length > 0) {
      await tx
        .insert(records)
        .values(inserts)
        .onConflictDoUpdate({
          target: [records.integrationId, records.model, records.externalId],
          set: { hash: sql`excluded.hash`, status: sql`excluded.status`, data: sql`excluded.data`, lastSeenAt: now, updatedAt: now, deletedAt: null },
        });
    }
    if (seenOnly.length > 0) {
      await tx
        .update(records)
        .set({ lastSeenAt: now })
        .where(and(eq(records.integrationId, integration.id), eq(records.model, model), inArray(records.externalId, seenOnly)));
    }
  }
  return { counts, events };
}
