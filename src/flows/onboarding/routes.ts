import { z } from 'zod';
import { accountProblems } from '../../modules/accounts/index.ts';
import {
  checklistSchema,
  INTEGRATION_EXAMPLE,
  integrationProblems,
  integrationSchema,
  INTEGRATION_STATES,
  presentIntegration,
  type IntegrationRow,
  type IntegrationsService,
} from '../../modules/integrations/index.ts';
import type { CredentialVault } from '../../modules/credentials/index.ts';
import type { NotificationsService } from '../../modules/notifications/index.ts';
import type { SyncService } from '../../modules/sync/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { checklistOf } from '../checklist.ts';
import type { Onboarding } from './onboarding.ts';

const params = z.object({ integrationId: z.string() });
const integration = (example: z.input<typeof integrationSchema>) => integrationSchema.meta({ examples: [example] });
const decisionProblems = problemResponses(platformProblems.forbidden, integrationProblems.integration_not_found, integrationProblems.integration_state_conflict, integrationProblems.provider_unavailable);
const TICKET_LOG_EXAMPLE = { ...INTEGRATION_EXAMPLE, connector: 'ticket-log', config: { clientCode: 12345, cardTypeCode: 4, syncIntervalMinutes: 60, retroactiveMonths: 3 }, callbackUrl: null, sync: null, backfill: null };

const transitionSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  from: z.enum(INTEGRATION_STATES).nullable().describe('Null for the creation'),
  to: z.enum(INTEGRATION_STATES),
  actor: z.string().describe('A user or API key id, `cli`, `system:<job>`, `provider:<connector>`, or `contact:<address>` for a customer known by a link or a reply'),
  reason: z.string().nullable(),
  ticketId: z.string().nullable(),
  messageId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

const waitingForSchema = z.object({
  who: z.enum(['customer', 'ponte', 'provider']),
  what: z.enum(['credentials', 'key_exchange', 'approval']).describe('credentials: the customer hands them over (/connect); key_exchange: Ponte exchanges a received key before its 12 hours end; approval: the provider’s 15 days'),
  since: z.iso.datetime(),
  dueAt: z.iso.datetime().nullable(),
  businessMsLeft: z.number().int().nullable().describe('Office time left until dueAt on the business calendar, in milliseconds'),
});

/** The routes of the integrations' onboarding: requests, submissions, the provider's decision, validation, timeline, checklist. */
export function registerOnboardingRoutes(
  app: HttpServer,
  deps: { onboarding: Onboarding; integrations: IntegrationsService; vault: CredentialVault; sync: SyncService; notifications: NotificationsService; clock: Clock; publicUrl: () => string },
): void {
  const { onboarding, integrations } = deps;
  const present = (row: IntegrationRow) => presentIntegration(row, { ...deps, publicUrl: deps.publicUrl() });

  app.post(
    '/v1/integrations',
    {
      schema: {
        ...operation({
          id: 'createIntegration',
          tag: 'integrations',
          summary: 'Request an integration; credentials given now are verified with the provider first',
          description:
            'Config and credentials are checked against the connector’s fields and bounds (see GET /v1/connectors/{key}). With credentials, self-service and key-exchange connectors are verified (the key exchanged) at once and start `active`, with a backfill of the retroactive window; a refusal answers 422 with the provider’s words and leaves the integration `awaiting_customer` (or `key_expired`), with a ticket and an e-mail giving the customer a /connect link. Without credentials, or for a provider-approval connector (Ticket Log), the onboarding starts: a ticket, the instructions e-mailed to the account’s contact, reminders, and the provider’s 15-day approval. Credentials are sealed and never returned.',
        }),
        body: z
          .strictObject({
            accountId: z.string(),
            connector: z.string(),
            environment: z.enum(['sandbox', 'production']),
            config: z.record(z.string(), z.unknown()).optional(),
            credentials: z.record(z.string(), z.unknown()).optional(),
            contact: z.strictObject({ email: z.email().max(320), name: z.string().trim().min(1).max(200).optional() }).optional().describe('Who to write to; by default the account’s contact, else the requesting user'),
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
          ...problemResponses(accountProblems.account_not_found, integrationProblems.provider_refused_credentials, integrationProblems.provider_unavailable, integrationProblems.contact_missing),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await present(await onboarding.request(requirePrincipal(request), request.body))),
  );

  app.post(
    '/v1/integrations/:integrationId/credentials',
    {
      schema: {
        ...operation({
          id: 'submitIntegrationCredentials',
          tag: 'integrations',
          summary: 'Hand over credentials for an integration waiting for them',
          description:
            'For an integration that is `awaiting_customer`, `key_expired`, `needs_revision` or `reconnect_required`: the credentials are sealed at once, then verified (self-service), exchanged (Maxi Frota’s key) or sent for the provider’s approval (Ticket Log). The answer is the integration after that step. The /connect page does the same for customers without an API key.',
        }),
        params,
        body: z.strictObject({ credentials: z.record(z.string(), z.unknown()) }).meta({ examples: [{ credentials: { authorizationKey: '7KQ2-M4PX-9TZB-C3NV-H8WD' } }] }),
        response: { 200: integration(INTEGRATION_EXAMPLE), ...problemResponses(integrationProblems.integration_not_found, integrationProblems.integration_state_conflict, integrationProblems.provider_unavailable) },
      },
    },
    async (request) => {
      const outcome = await onboarding.submit(requirePrincipal(request), request.params.integrationId, request.body.credentials, { via: 'api' });
      return present(outcome.integration);
    },
  );

  app.post(
    '/v1/integrations/:integrationId/connect-link',
    {
      schema: {
        ...operation({
          id: 'resendIntegrationConnectLink',
          tag: 'integrations',
          summary: 'E-mail the customer a new /connect link, with the instructions again',
          description:
            'For an integration waiting for the customer’s credentials whose link was lost or expired: a new single-use link goes to the onboarding ticket’s contact, and earlier links stop working. The link itself is never returned.',
        }),
        params,
        response: {
          202: z.object({ expiresAt: z.iso.datetime() }).meta({ examples: [{ expiresAt: '2026-03-09T12:00:00.000Z' }] }),
          ...problemResponses(integrationProblems.integration_not_found, integrationProblems.integration_state_conflict, integrationProblems.contact_missing),
        },
      },
    },
    async (request, reply) => reply.status(202).send(await onboarding.resendLink(requirePrincipal(request), request.params.integrationId)),
  );

  app.post(
    '/v1/integrations/:integrationId/approve',
    {
      schema: {
        ...operation({
          id: 'approveIntegration',
          tag: 'integrations',
          summary: 'Record the provider’s approval (provider-approval connectors such as Ticket Log; admins and agents)',
          description: 'The credentials are verified with the provider and the integration becomes `active`, with its backfill and syncs; the customer is told, and asked to validate the first data once it arrives.',
        }),
        params,
        body: z
          .strictObject({ note: z.string().trim().max(2000).optional().describe('What the provider said, for the timeline') })
          .optional()
          .meta({ examples: [{ note: 'Aprovado pela Ticket Log em 12/03, protocolo 88231' }] }),
        response: { 200: integration({ ...TICKET_LOG_EXAMPLE, state: 'active' }), ...decisionProblems },
      },
    },
    async (request) => present(await onboarding.decide(requirePrincipal(request), request.params.integrationId, { approved: true, reason: request.body?.note })),
  );

  app.post(
    '/v1/integrations/:integrationId/reject',
    {
      schema: {
        ...operation({
          id: 'rejectIntegration',
          tag: 'integrations',
          summary: 'Record the provider’s rejection, with its reason (admins and agents)',
          description: 'The integration moves to `needs_revision`; the reason is e-mailed to the customer with a new /connect link to resubmit, after which it waits for the provider again.',
        }),
        params,
        body: z.strictObject({ reason: z.string().trim().min(1, 'say why, for the customer').max(2000) }).meta({ examples: [{ reason: 'O CNPJ 12.345.678/0001-95 não consta no contrato da Ticket Log' }] }),
        response: { 200: integration({ ...TICKET_LOG_EXAMPLE, state: 'needs_revision', stateReason: 'O CNPJ 12.345.678/0001-95 não consta no contrato da Ticket Log' }), ...decisionProblems },
      },
    },
    async (request) => present(await onboarding.decide(requirePrincipal(request), request.params.integrationId, { approved: false, reason: request.body.reason })),
  );

  app.post(
    '/v1/integrations/:integrationId/validation',
    {
      schema: {
        ...operation({
          id: 'validateIntegrationData',
          tag: 'integrations',
          summary: 'The customer’s answer to “os dados estão corretos?”',
          description: '`confirmed: true` closes the onboarding; otherwise `divergence` says what is wrong, and the onboarding ticket is reopened for an agent.',
        }),
        params,
        body: z.strictObject({ confirmed: z.boolean(), divergence: z.string().trim().max(4000).optional() }).meta({ examples: [{ confirmed: false, divergence: 'Faltam os abastecimentos da placa ABC1D23 de 02/03' }] }),
        response: {
          200: z.object({ confirmed: z.boolean(), ticketId: z.string().nullable() }).meta({ examples: [{ confirmed: false, ticketId: 'tkt_4h8l2p6t0x4b8f2j6n0r' }] }),
          ...problemResponses(integrationProblems.integration_not_found, integrationProblems.integration_state_conflict, integrationProblems.validation_divergence_missing),
        },
      },
    },
    async (request) => onboarding.validate(requirePrincipal(request), request.params.integrationId, request.body),
  );

  app.get(
    '/v1/integrations/:integrationId/timeline',
    {
      schema: {
        ...operation({
          id: 'getIntegrationTimeline',
          tag: 'integrations',
          summary: 'Every lifecycle step of the integration, oldest first, with who moved it and why, and what it waits for now',
          description:
            'Each move: when, from and to which state, the actor (a person, a key, Ponte’s own jobs, the provider, or the customer through a link or a reply), the reason, and the ticket or message that caused it. `waitingFor` says who must act now (the customer, Ponte exchanging a key, or the provider approving), since when and by when, with the office time left on the business calendar; null when nobody is awaited.',
        }),
        params,
        response: {
          200: z.object({ data: z.array(transitionSchema), waitingFor: waitingForSchema.nullable() }).meta({
            examples: [
              {
                data: [
                  { id: 'trn_1a2b3c4d5e6f7g8h9i0j', at: '2026-03-02T12:00:00.000Z', from: null, to: 'requested', actor: 'usr_3f8h1k5m9p2r6t0w4y7a', reason: null, ticketId: null, messageId: null, data: {} },
                  { id: 'trn_2b3c4d5e6f7g8h9i0j1a', at: '2026-03-02T12:00:00.000Z', from: 'requested', to: 'awaiting_customer', actor: 'usr_3f8h1k5m9p2r6t0w4y7a', reason: null, ticketId: 'tkt_4h8l2p6t0x4b8f2j6n0r', messageId: null, data: {} },
                ],
                waitingFor: { who: 'customer', what: 'credentials', since: '2026-03-02T12:00:00.000Z', dueAt: '2026-03-09T12:00:00.000Z', businessMsLeft: 180_000_000 },
              },
            ],
          }),
          ...problemResponses(integrationProblems.integration_not_found),
        },
      },
    },
    async (request) => onboarding.timeline(requirePrincipal(request), request.params.integrationId),
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
          ...problemResponses(integrationProblems.integration_not_found),
        },
      },
    },
    async (request) => {
      const row = await integrations.get(requirePrincipal(request), request.params.integrationId);
      return checklistOf(await present(row), deps.clock, await deps.notifications.countRulesFor(row));
    },
  );
}
