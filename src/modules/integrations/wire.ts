import { z } from 'zod';
import { INTEGRATION_STATES } from './schema.ts';

const timestamp = z.iso.datetime().nullable();

export const integrationSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  connector: z.string(),
  environment: z.enum(['sandbox', 'production']),
  state: z.enum(INTEGRATION_STATES),
  stateReason: z.string().nullable(),
  config: z.record(z.string(), z.unknown()),
  credential: z.object({ maskedFingerprint: z.string(), lastVerifiedAt: timestamp, expiresAt: timestamp }).nullable(),
  callbackUrl: z.string().nullable().describe('The URL to give the provider for its callbacks (“URL de Callback”)'),
  sync: z
    .object({
      enabled: z.boolean(),
      intervalMinutes: z.number().int(),
      nextSyncAt: z.iso.datetime(),
      lastSyncAt: timestamp,
      lastSuccessAt: timestamp,
      lastStatus: z.enum(['succeeded', 'failed', 'deferred']).nullable(),
      lastError: z.string().nullable(),
      lastCallbackAt: timestamp,
      firstDataAt: timestamp,
    })
    .nullable(),
  backfill: z
    .object({
      status: z.enum(['pending', 'running', 'succeeded', 'failed']),
      window: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
      done: z.number().int(),
      total: z.number().int(),
      records: z.number().int(),
      error: z.string().nullable(),
      startedAt: z.iso.datetime(),
      finishedAt: timestamp,
    })
    .nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const recordSchema = z.object({
  id: z.number().int(),
  model: z.string(),
  externalId: z.string(),
  status: z.string().nullable(),
  hash: z.string(),
  data: z.record(z.string(), z.unknown()),
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const counts = z.object({ fetched: z.number(), added: z.number(), updated: z.number(), unchanged: z.number(), deleted: z.number() });

export const syncRunSchema = z.object({
  id: z.string(),
  kind: z.enum(['poll', 'backfill', 'callback']),
  status: z.enum(['running', 'succeeded', 'failed', 'deferred']),
  startedAt: z.iso.datetime(),
  finishedAt: timestamp,
  durationMs: z.number().int().nullable(),
  counts,
  error: z.string().nullable(),
});

export const syncRequestSchema = z.object({
  queued: z.literal(true),
  running: z
    .object({
      runId: z.string(),
      kind: z.enum(['poll', 'backfill', 'callback']),
      startedAt: z.iso.datetime(),
      leaseUntil: z.iso.datetime().describe('When its hold on the integration runs out unless renewed (it is, every few seconds, while it works)'),
    })
    .nullable()
    .describe('The sync holding the integration now, if one does: the queued poll starts once it has ended'),
});

export const checklistSchema = z.object({
  status: z.enum(['green', 'yellow', 'red']),
  items: z.array(z.object({ key: z.string(), status: z.enum(['green', 'yellow', 'red']), reason: z.string() })),
});
