import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { SyncService } from '../sync/index.ts';
import { checklistOf } from './checklist.ts';
import { INTEGRATION_EXAMPLE, RECORD_EXAMPLE } from './examples.ts';
import { integrationProblems } from './errors.ts';
import { presentIntegration } from './presenter.ts';
import { INTEGRATION_STATES } from './schema.ts';
import type { IntegrationsService } from './service.ts';
import { integrationSchema, recordSchema, syncRunSchema, syncRequestSchema, checklistSchema } from './wire.ts';

const params = z.object({ integrationId: z.string() });
const notFound = problemResponses(integrationProblems.integration_not_found);
const stateConflict = problemResponses(integrationProblems.integration_not_found, integrationProblems.integration_state_conflict);
const integration = (example: z.input<typeof integrationSchema>) => integrationSchema.meta({ examples: [example] });

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
        ...operation({
          id: 'createIntegration',
          tag: 'integrations',
          summary: 'Connect an account to a connector; self-service credentials are verified with the provider first',
          description:
            'Config and credentials are checked against the connector’s fields and bounds (see GET /v1/connectors/{key}). Self-service and key-exchange connectors verify the credentials with the provider before anything is stored and start `active`, with a backfill of the retroactive window; provider-approval connectors (Ticket Log) start waiting for the provider. Credentials are sealed and never returned.',
        }),
        body: z
          .strictObject({
            accountId: z.string(),
            connector: z.string(),
            environment: z.enum(['sandbox', 'production']),
            config: z.record(z.string(), z.unknown()).optional(),
            credentials: z.record(z.string(), z.unknown()).optional(),
          })
          .meta({
            examples: [
              {
                accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
                connector: 'paghiper',
                environment: 'sandbox',
                config: { syncIntervalMinutes: 5, retroactiveMonths: 3, paymentMethods: ['boleto', 'pix'] },
                credentials: { apiKey: 'apk_EXEMPLO_nao_e_uma_chave', token: 'TOKEN_DE_EXEMPLO_0000' },
              },
            ],
          }),
        response: {
          201: integration(INTEGRATION_EXAMPLE),
          ...problemResponses(accountProblems.account_not_found, integrationProblems.provider_refused_credentials, integrationProblems.provider_unavailable),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await present(await integrations.create(requirePrincipal(request), request.body))),
  );

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

  app.post(
    '/v1/integrations/:integrationId/provider-decision',
    {
      schema: {
        ...operation({
          id: 'decideProviderApproval',
          tag: 'integrations',
          summary: 'Record the provider’s approval or rejection (provider_approval connectors such as Ticket Log)',
          description:
            'Admins and agents. An approval verifies the credentials with the provider and activates the integration; a rejection moves it to `needs_revision` with the reason, for the customer to resubmit.',
        }),
        params,
        body: z
          .strictObject({ approved: z.boolean(), reason: z.string().max(2000).optional() })
          .meta({ examples: [{ approved: false, reason: 'O CNPJ 12.345.678/0001-95 não consta no contrato da Ticket Log' }] }),
        response: {
          200: integration({
            ...INTEGRATION_EXAMPLE,
            connector: 'ticket-log',
            state: 'needs_revision',
            stateReason: 'O CNPJ 12.345.678/0001-95 não consta no contrato da Ticket Log',
            config: { syncIntervalMinutes: 60, retroactiveMonths: 1 },
            callbackUrl: null,
            sync: null,
            backfill: null,
          }),
          ...problemResponses(
            platformProblems.forbidden,
            integrationProblems.integration_not_found,
            integrationProblems.integration_state_conflict,
            integrationProblems.provider_refused_credentials,
            integrationProblems.provider_unavailable,
          ),
        },
      },
    },
    async (request) => present(await integrations.decideApproval(requirePrincipal(request), request.params.integrationId, request.body)),
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

  app.get(
    '/v1/integrations/:integrationId/checklist',
    {
      schema: {
        ...operation({
          id: 'getIntegrationChecklist',
          tag: 'integrations',
          summary: 'Health checklist: green, yellow or red items with reasons',
          description: 'Evaluated now: credentials verified, a recent successful sync, the callback heard from (connectors with webhooks), notification rules, first data and onboarding complete; the overall status is the worst item’s.',
        }),
        params,
        response: {
          200: checklistSchema.meta({
            examples: [
              {
                status: 'yellow',
                items: [
                  { key: 'credentials_verified', status: 'green', reason: 'Verified with the provider at 2026-03-02T09:00:00.000Z' },
                  { key: 'recent_sync', status: 'green', reason: 'Last sync succeeded at 2026-03-02T12:05:02.310Z' },
                  { key: 'callback', status: 'yellow', reason: 'Callback URL configured (https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO); nothing received from the provider yet' },
                  { key: 'notification_rules', status: 'green', reason: '2 notification rules for this integration’s events' },
                  { key: 'first_data', status: 'green', reason: 'First data received at 2026-03-02T09:01:12.000Z' },
                  { key: 'onboarding_complete', status: 'green', reason: 'Onboarding complete' },
                ],
              },
            ],
          }),
          ...notFound,
        },
      },
    },
    async (request) => {
      const row = await integrations.get(requirePrincipal(request), request.params.integrationId);
      return checklistOf(await present(row), deps.clock, await deps.notifications.countRulesFor(row));
    },
  );
}
