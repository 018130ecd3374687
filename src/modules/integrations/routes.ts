import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { SyncService } from '../sync/index.ts';
import { checklistOf } from './checklist.ts';
import { presentIntegration } from './presenter.ts';
import { INTEGRATION_STATES } from './schema.ts';
import type { IntegrationsService } from './service.ts';
import { integrationSchema, recordSchema, syncRunSchema, syncRequestSchema, checklistSchema } from './wire.ts';

const security = [{ bearerAuth: [] }];
const params = z.object({ integrationId: z.string() });

export function registerIntegrationRoutes(
  app: HttpServer,
  deps: { integrations: IntegrationsService; vault: CredentialVault; sync: SyncService; notifications: NotificationsService; clock: Clock; publicUrl: () => string },
): void {
  const { integrations } = deps;
  const present = (row: Parameters<typeof presentIntegration>[0]) => presentIntegration(row, { ...deps, publicUrl: deps.publicUrl() });

  app.post(
    '/v1/integrations',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Connect an account to a connector; self-service credentials are verified with the provider first',
        security,
        body: z.strictObject({
          accountId: z.string(),
          connector: z.string(),
          environment: z.enum(['sandbox', 'production']),
          config: z.record(z.string(), z.unknown()).optional(),
          credentials: z.record(z.string(), z.unknown()).optional(),
        }),
        response: { 201: integrationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await present(await integrations.create(requirePrincipal(request), request.body))),
  );

  app.get(
    '/v1/integrations',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Integrations you can see',
        security,
        querystring: z.strictObject({
          accountId: z.string().optional(),
          connector: z.string().optional(),
          state: z.enum(INTEGRATION_STATES).optional(),
          environment: z.enum(['sandbox', 'production']).optional(),
          after: z.string().optional().describe('The last id of the previous page'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ data: z.array(integrationSchema) }) },
      },
    },
    async (request) => ({ data: await Promise.all((await integrations.list(requirePrincipal(request), request.query)).map(present)) }),
  );

  app.get(
    '/v1/integrations/:integrationId',
    { schema: { tags: ['integrations'], summary: 'One integration, with its callback URL, sync state and backfill progress', security, params, response: { 200: integrationSchema } } },
    async (request) => present(await integrations.get(requirePrincipal(request), request.params.integrationId)),
  );

  app.patch(
    '/v1/integrations/:integrationId',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Change config fields (validated against the connector’s bounds)',
        security,
        params,
        body: z.strictObject({ config: z.record(z.string(), z.unknown()) }),
        response: { 200: integrationSchema },
      },
    },
    async (request) => present(await integrations.updateConfig(requirePrincipal(request), request.params.integrationId, request.body.config)),
  );

  app.delete(
    '/v1/integrations/:integrationId',
    { schema: { tags: ['integrations'], summary: 'Cancel an integration; its syncs stop', security, params, response: { 204: z.null() } } },
    async (request, reply) => {
      await integrations.remove(requirePrincipal(request), request.params.integrationId);
      return reply.status(204).send(null);
    },
  );

  for (const [action, summary] of [
    ['pause', 'Stop syncing until resumed'],
    ['resume', 'Sync again'],
  ] as const) {
    app.post(
      `/v1/integrations/:integrationId/${action}`,
      { schema: { tags: ['integrations'], summary, security, params, response: { 200: integrationSchema } } },
      async (request) => present(await integrations[action](requirePrincipal(request), request.params.integrationId)),
    );
  }

  app.post(
    '/v1/integrations/:integrationId/sync',
    { schema: { tags: ['integrations'], summary: 'Poll the provider now, or as soon as the sync running now ends', security, params, response: { 202: syncRequestSchema } } },
    async (request, reply) => {
      const running = await integrations.syncNow(requirePrincipal(request), request.params.integrationId);
      return reply.status(202).send({ queued: true as const, running });
    },
  );

  app.post(
    '/v1/integrations/:integrationId/provider-decision',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Record the provider’s approval or rejection (provider_approval connectors such as Ticket Log)',
        security,
        params,
        body: z.strictObject({ approved: z.boolean(), reason: z.string().max(2000).optional() }),
        response: { 200: integrationSchema },
      },
    },
    async (request) => present(await integrations.decideApproval(requirePrincipal(request), request.params.integrationId, request.body)),
  );

  app.get(
    '/v1/integrations/:integrationId/records',
    {
      schema: {
        tags: ['integrations'],
        summary: 'The integration’s normalised records, newest first',
        security,
        params,
        querystring: z.strictObject({ model: z.string().optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ data: z.array(recordSchema) }) },
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
        tags: ['integrations'],
        summary: 'Polls, backfill steps and callback batches, newest first, with their counts',
        security,
        params,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: { 200: z.object({ data: z.array(syncRunSchema) }) },
      },
    },
    async (request) => {
      await integrations.get(requirePrincipal(request), request.params.integrationId);
      return { data: await deps.sync.runs(request.params.integrationId, request.query.limit) };
    },
  );

  app.get(
    '/v1/integrations/:integrationId/checklist',
    { schema: { tags: ['integrations'], summary: 'Health checklist: green, yellow or red items with reasons', security, params, response: { 200: checklistSchema } } },
    async (request) => {
      const row = await integrations.get(requirePrincipal(request), request.params.integrationId);
      return checklistOf(await present(row), deps.clock, await deps.notifications.countRulesFor(row));
    },
  );
}
