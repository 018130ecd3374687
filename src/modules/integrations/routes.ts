import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { SyncService } from '../sync/index.ts';
import { INTEGRATION_EXAMPLE, RECORD_EXAMPLE } from './examples.ts';
import { integrationProblems } from './errors.ts';
import { presentIntegration } from './presenter.ts';
import { INTEGRATION_STATES } from './schema.ts';
import type { IntegrationsService } from './service.ts';
import { integrationSchema, recordSchema, syncRunSchema, syncRequestSchema } from './wire.ts';

const params = z.object({ integrationId: z.string() });
const notFound = problemResponses(integrationProblems.integration_not_found);
const stateConflict = problemResponses(integrationProblems.integration_not_found, integrationProblems.integration_state_conflict);
const integration = (example: z.input<typeof integrationSchema>) => integrationSchema.meta({ examples: [example] });

export function registerIntegrationRoutes(
  app: HttpServer,
  deps: { integrations: IntegrationsService; vault: CredentialVault; sync: SyncService; clock: Clock; publicUrl: () => string },
): void {
  const { integrations } = deps;
  const present = (row: Parameters<typeof presentIntegration>[0]) => presentIntegration(row, { ...deps, publicUrl: deps.publicUrl() });

  app.get(
    '/v1/integrations',
    {
      schema: {
        ...operation({
          id: 'listIntegrations',
          tag: 'integrations',
          summary: 'Integrations you can see',
          description: 'In id order, 100 a page by default; pass the last id as `after` for the next page. A customer sees its own account’s integrations only; cancelled integrations are left out.',
        }),
        querystring: z.strictObject({
          accountId: z.string().optional(),
          connector: z.string().optional(),
          state: z.enum(INTEGRATION_STATES).optional(),
          environment: z.enum(['sandbox', 'production']).optional(),
          after: z.string().optional().describe('The last id of the previous page'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ data: z.array(integrationSchema) }).meta({ examples: [{ data: [INTEGRATION_EXAMPLE] }] }) },
      },
    },
    async (request) => ({ data: await Promise.all((await integrations.list(requirePrincipal(request), request.query)).map(present)) }),
  );

  app.get(
    '/v1/integrations/:integrationId',
    {
      schema: {
        ...operation({
          id: 'getIntegration',
          tag: 'integrations',
          summary: 'One integration, with its callback URL, sync state and backfill progress',
          description: 'Its lifecycle state (and why), masked credential fingerprint, config, callback URL to give the provider, next and last sync, and the backfill’s progress. Another account’s integration answers 404.',
        }),
        params,
        response: { 200: integration(INTEGRATION_EXAMPLE), ...notFound },
      },
    },
    async (request) => present(await integrations.get(requirePrincipal(request), request.params.integrationId)),
  );

  app.patch(
    '/v1/integrations/:integrationId',
    {
      schema: {
        ...operation({
          id: 'updateIntegrationConfig',
          tag: 'integrations',
          summary: 'Change config fields (validated against the connector’s bounds)',
          description: 'The fields sent replace those of the current config; the result must satisfy the connector’s bounds (e.g. a sync interval of 10 to 1440 minutes for Reclame Aqui). A new sync interval takes effect from the next run.',
        }),
        params,
        body: z.strictObject({ config: z.record(z.string(), z.unknown()) }).meta({ examples: [{ config: { syncIntervalMinutes: 15 } }] }),
        response: {
          200: integration({ ...INTEGRATION_EXAMPLE, config: { ...INTEGRATION_EXAMPLE.config, syncIntervalMinutes: 15 }, sync: { ...INTEGRATION_EXAMPLE.sync, intervalMinutes: 15 } }),
          ...notFound,
        },
      },
    },
    async (request) => present(await integrations.updateConfig(requirePrincipal(request), request.params.integrationId, request.body.config)),
  );

  app.delete(
    '/v1/integrations/:integrationId',
    {
      schema: {
        ...operation({
          id: 'cancelIntegration',
          tag: 'integrations',
          summary: 'Cancel an integration; its syncs stop',
          description: 'Its syncs stop and its credentials are destroyed; its records and events stay. A cancelled integration answers 404 afterwards.',
        }),
        params,
        response: { 204: z.null().describe('Cancelled'), ...notFound },
      },
    },
    async (request, reply) => {
      await integrations.remove(requirePrincipal(request), request.params.integrationId);
      return reply.status(204).send(null);
    },
  );

  for (const [action, id, summary, description, state] of [
    ['pause', 'pauseIntegration', 'Stop syncing until resumed', 'Only an active integration can be paused; callbacks received meanwhile are still stored and handled on resume.', 'paused'],
    ['resume', 'resumeIntegration', 'Sync again', 'Only a paused integration can be resumed; it syncs at once and then on its interval.', 'active'],
  ] as const) {
    app.post(
      `/v1/integrations/:integrationId/${action}`,
      {
        schema: {
          ...operation({ id, tag: 'integrations', summary, description }),
          params,
          response: { 200: integration({ ...INTEGRATION_EXAMPLE, state }), ...stateConflict },
        },
      },
      async (request) => present(await integrations[action](requirePrincipal(request), request.params.integrationId)),
    );
  }

  app.post(
    '/v1/integrations/:integrationId/sync',
    {
      schema: {
        ...operation({
          id: 'syncIntegrationNow',
          tag: 'integrations',
          summary: 'Poll the provider now, or as soon as the sync running now ends',
          description: 'Queues a poll of an active integration. When a sync holds the integration, the answer names it and the poll starts once it has ended; follow it in GET /v1/integrations/{integrationId}/sync-runs.',
        }),
        params,
        response: {
          202: syncRequestSchema.meta({
            examples: [{ queued: true, running: { runId: 'run_0a4e8i2m6q0u4y8c2g6k', kind: 'backfill', startedAt: '2026-03-02T12:00:00.000Z', leaseUntil: '2026-03-02T12:00:30.000Z' } }],
          }),
          ...stateConflict,
        },
      },
    },
    async (request, reply) => {
      const running = await integrations.syncNow(requirePrincipal(request), request.params.integrationId);
      return reply.status(202).send({ queued: true as const, running });
    },
  );

  app.get(
    '/v1/integrations/:integrationId/records',
    {
      schema: {
        ...operation({
          id: 'listIntegrationRecords',
          tag: 'integrations',
          summary: 'The integration’s normalised records, newest first',
          description: 'Payments, fuel transactions or complaints as Ponte normalised them, with the provider’s id, status and content hash. Page back with `before` set to the smallest `id` of the previous page.',
        }),
        params,
        querystring: z.strictObject({ model: z.string().optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ data: z.array(recordSchema) }).meta({ examples: [{ data: [RECORD_EXAMPLE] }] }), ...notFound },
      },
    },
    async (request) => {
      await integrations.get(requirePrincipal(request), request.params.integrationId);
      return { data: await deps.sync.records(request.params.integrationId, request.query) };
    },
  );

  app.get(
    '/v1/integrations/:integrationId/sync-runs',
    {
      schema: {
        ...operation({
          id: 'listSyncRuns',
          tag: 'integrations',
          summary: 'Polls, backfill steps and callback batches, newest first, with their counts',
          description: 'Each run’s kind, status, duration, counts (fetched, added, updated, unchanged, deleted) and error: where to look when data stops arriving.',
        }),
        params,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: {
          200: z.object({ data: z.array(syncRunSchema) }).meta({
            examples: [
              {
                data: [
                  {
                    id: 'run_0a4e8i2m6q0u4y8c2g6k',
                    kind: 'poll',
                    status: 'succeeded',
                    startedAt: '2026-03-02T12:05:00.000Z',
                    finishedAt: '2026-03-02T12:05:02.310Z',
                    durationMs: 2310,
                    counts: { fetched: 42, added: 3, updated: 1, unchanged: 38, deleted: 0 },
                    error: null,
                  },
                ],
              },
            ],
          }),
          ...notFound,
        },
      },
    },
    async (request) => {
      await integrations.get(requirePrincipal(request), request.params.integrationId);
      return { data: await deps.sync.runs(request.params.integrationId, request.query.limit) };
    },
  );

}
