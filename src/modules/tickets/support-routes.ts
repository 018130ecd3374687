import { z } from 'zod';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { FINDING_CHECKS, FINDING_OUTCOMES } from '../../platform/findings.ts';
import { accountProblems } from '../accounts/index.ts';
import { supportProblems, ticketProblems } from './errors.ts';
import { TICKET_DETAIL_EXAMPLE } from './examples.ts';
import { ESCALATION_REQUIREMENTS, EVIDENCE_ITEMS, EVIDENCE_SOURCES, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STAGES, TICKET_TEAMS } from './schema.ts';
import type { SupportDesk } from './support-desk.ts';
import { slaViewSchema } from './sla-routes.ts';
import { ticketDetailSchema } from './wire.ts';

const params = z.object({ ticketId: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);

const supportTicketSchema = ticketDetailSchema.extend({
  evidence: z.object({
    items: z.array(
      z.object({
        item: z.enum(EVIDENCE_ITEMS),
        value: z.unknown().describe('Text, except the payload (JSON, secrets redacted) and the status (a number)'),
        source: z.enum(EVIDENCE_SOURCES).describe('request_log: copied from Ponte’s request log; agent: entered by an agent'),
        recordedBy: z.string(),
        recordedAt: z.iso.datetime(),
      }),
    ),
    missing: z.array(z.enum(ESCALATION_REQUIREMENTS)).describe('Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is'),
  }),
  diagnostics: z
    .object({
      ranAt: z.iso.datetime(),
      requestId: z.string(),
      findings: z.array(
        z.object({
          check: z.enum(FINDING_CHECKS),
          outcome: z.enum(FINDING_OUTCOMES),
          summary: z.object({ 'pt-BR': z.string(), en: z.string() }),
          data: z.record(z.string(), z.unknown()),
          guide: z.string().optional().describe('The guide section that explains it: /docs/guides/<page>#<anchor>'),
        }),
      ),
    })
    .nullable()
    .describe('The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw'),
  standardAnswer: z
    .object({
      subject: z.string(),
      body: z.string(),
      links: z.array(z.object({ title: z.string(), url: z.string() })),
      team: z.enum(TICKET_TEAMS),
    })
    .nullable()
    .describe('The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers)'),
  sla: slaViewSchema.nullable().describe('The SLA timers of the ticket’s category on the business calendar'),
});

const SUPPORT_EXAMPLE = {
  ...TICKET_DETAIL_EXAMPLE,
  id: 'tkt_9a3e7i1m5q9u3y7c1g5k',
  integrationId: null,
  kind: 'support',
  subject: 'Erro 403 ao pedir token em produção',
  status: 'open',
  category: 'invalid_api_key',
  stage: 'received',
  team: 'support',
  messages: [{ ...TICKET_DETAIL_EXAMPLE.messages[0], ticketId: 'tkt_9a3e7i1m5q9u3y7c1g5k', body: 'Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b' }],
  timeline: [],
  evidence: {
    items: [
      { item: 'apiKey', value: 'pk_sandbox_Ab3x…', source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
      { item: 'endpoint', value: 'POST /v1/auth/token', source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
      { item: 'environment', value: 'production', source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
      { item: 'errorMessage', value: 'api_key_wrong_environment: The API key belongs to the other environment', source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
      { item: 'occurredAt', value: '2026-03-02T08:55:12.000Z', source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
      { item: 'payload', value: { query: {}, body: { apiKey: '[REDACTED]', environment: 'production' } }, source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
      { item: 'user', value: 'dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)', source: 'request_log', recordedBy: 'usr_2c6g0k4o8s2w6a0e4i8m', recordedAt: '2026-03-02T09:00:00.000Z' },
    ],
    missing: ['diagnostics'],
  },
  diagnostics: null,
  standardAnswer: null,
  sla: {
    category: 'invalid_api_key',
    firstAnswer: { dueAt: '2026-03-02T11:00:00.000Z', doneAt: null, state: 'running', businessMsLeft: 6_900_000 },
    resolution: { dueAt: '2026-03-03T09:00:00.000Z', doneAt: null, state: 'running', businessMsLeft: 35_700_000 },
  },
} as const satisfies z.input<typeof supportTicketSchema>;

const intakeBody = z.strictObject({
  accountId: z.string().optional().describe('Required for staff; a customer’s own account by default'),
  subject: text(200),
  description: text(20_000).describe('What happened, in the partner’s words (keys and tokens pasted in are redacted)'),
  requestId: text(200).optional().describe('The `x-request-id` of the failed call: its evidence is copied from Ponte’s request log'),
  category: z.enum(TICKET_CATEGORIES).optional().describe('Default: suggested from the failed call’s problem code and the words used'),
});

const changesBody = z
  .strictObject({
    stage: z.enum(TICKET_STAGES).optional().describe('escalated passes the evidence gate; closed needs solution and finalCategory'),
    category: z.enum(TICKET_CATEGORIES).optional(),
    team: z.enum(TICKET_TEAMS).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    solution: text(20_000).optional(),
    finalCategory: z.enum(TICKET_CATEGORIES).optional(),
    confirmedByRequester: z.boolean().optional(),
    reason: text(2000).optional().describe('Why: shown on the timeline'),
  })
  .refine((changes) => Object.keys(changes).some((key) => key !== 'reason'), { message: 'Send at least one change' });

const evidenceBody = z
  .strictObject({
    apiKey: text(200).optional().describe('Kept masked: only its start'),
    user: text(320).optional(),
    environment: z.enum(['sandbox', 'production']).optional(),
    endpoint: text(300).optional().describe('Method and route, e.g. POST /v1/auth/token'),
    payload: z.unknown().optional().describe('What was sent; secrets are redacted'),
    occurredAt: z.iso.datetime().optional(),
    errorMessage: text(2000).optional(),
    status: z.number().int().min(100).max(599).optional(),
    problemCode: text(100).optional(),
    requestId: text(200).optional(),
  })
  .refine((values) => Object.values(values).some((value) => value !== undefined), { message: 'Send at least one evidence item' });

const answer = { 200: supportTicketSchema.meta({ examples: [SUPPORT_EXAMPLE] }) };

/** The support desk API: partner API tickets, their evidence and the escalation gate. */
export function registerSupportRoutes(app: HttpServer, deps: { database: DatabaseHandle; desk: SupportDesk }): void {
  const { database, desk } = deps;

  app.post(
    '/v1/support/tickets',
    {
      schema: {
        ...operation({
          id: 'openSupportTicket',
          tag: 'support',
          summary: 'Report a problem with Ponte’s API, citing the failed call’s request id',
          description:
            'Customers for their own account, staff for any. With `requestId`, the evidence (masked key, user, environment, endpoint, redacted payload, date and time, status, error) is copied from the request log; the request must be one of the account’s (else 404 and no ticket). The category is suggested from the problem code and the words used, unless given.',
        }),
        body: intakeBody.meta({
          examples: [{ subject: 'Erro 403 ao pedir token em produção', description: 'Desde hoje cedo o POST /v1/auth/token responde 403.', requestId: '7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b' }],
        }),
        response: {
          201: supportTicketSchema.meta({ examples: [SUPPORT_EXAMPLE] }),
          ...problemResponses(platformProblems.validation_failed, accountProblems.account_not_found, supportProblems.support_request_not_found),
        },
      },
    },
    async (request, reply) => {
      const actor = requirePrincipal(request);
      const accountId = request.body.accountId ?? actor.accountId;
      if (!accountId) throw new Problem(platformProblems.validation_failed, 'accountId: is required', { field: 'body.accountId' });
      const opened = await desk.intake(actor, { ...request.body, accountId });
      return reply.status(201).send(await desk.get(actor, opened.id));
    },
  );

  app.get(
    '/v1/support/tickets/:ticketId',
    {
      schema: {
        ...operation({
          id: 'getSupportTicket',
          tag: 'support',
          summary: 'One support ticket, with its stage, evidence and what evidence is missing',
          description: 'A customer sees its own account’s only (another’s answers 404), without internal notes.',
        }),
        params,
        response: { ...answer, ...problemResponses(ticketProblems.ticket_not_found) },
      },
    },
    async (request) => desk.get(requirePrincipal(request), request.params.ticketId),
  );

  app.patch(
    '/v1/support/tickets/:ticketId',
    {
      schema: {
        ...operation({
          id: 'updateSupportTicket',
          tag: 'support',
          summary: 'Move a support ticket’s stage, or change its category, team, priority or closing details',
          description:
            'Admins and agents. Stages: received → initial_analysis → investigation → resolved | escalated → closed; another move answers 409 with the current stage and the allowed ones. `escalated` passes the evidence gate; `closed` needs `solution` and `finalCategory`. Every change lands on the timeline; on a refusal nothing changes.',
        }),
        params,
        body: changesBody.meta({ examples: [{ stage: 'closed', solution: 'A chave era de homologação; o parceiro passou a usar a chave de produção.', finalCategory: 'invalid_api_key', confirmedByRequester: true }] }),
        response: {
          ...answer,
          ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed, supportProblems.support_stage_conflict, supportProblems.support_evidence_missing, supportProblems.support_closing_incomplete),
        },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      await database.transaction((tx) => desk.change(tx, actor, request.params.ticketId, request.body));
      return desk.get(actor, request.params.ticketId);
    },
  );

  app.post(
    '/v1/support/tickets/:ticketId/evidence',
    {
      schema: {
        ...operation({
          id: 'addSupportEvidence',
          tag: 'support',
          summary: 'Add evidence an agent found (admins and agents)',
          description: 'Each item given replaces the one before; keys are kept masked and payloads redacted.',
        }),
        params,
        body: evidenceBody.meta({ examples: [{ apiKey: 'pk_production_Ab3x…', user: 'dev@transportesrioclaro.com.br', environment: 'production', endpoint: 'GET /v1/integrations', payload: { query: { limit: 50 } }, occurredAt: '2026-03-02T03:12:00.000Z', errorMessage: 'HTTP 500 sem corpo' }] }),
        response: { ...answer, ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed) },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      await database.transaction(({ db }) => desk.addEvidence(db, actor, request.params.ticketId, request.body));
      return desk.get(actor, request.params.ticketId);
    },
  );

  app.post(
    '/v1/support/tickets/:ticketId/escalate',
    {
      schema: {
        ...operation({
          id: 'escalateSupportTicket',
          tag: 'support',
          summary: 'Escalate to engineering: only with every mandatory piece of evidence (admins and agents)',
          description:
            'Refused with 422 `support_evidence_missing` and the `missing` items while any of key, user, environment, endpoint, payload, date and time or error message is missing. Otherwise the stage becomes escalated, the team engineering, and the evidence is summed up in an internal note.',
        }),
        params,
        body: z.strictObject({ reason: text(2000).optional() }).meta({ examples: [{ reason: 'Erro 500 recorrente às 3h, sem causa no cadastro' }] }),
        response: {
          ...answer,
          ...problemResponses(platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed, supportProblems.support_stage_conflict, supportProblems.support_evidence_missing),
        },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      await database.transaction((tx) => desk.escalate(tx, actor, request.params.ticketId, request.body.reason));
      return desk.get(actor, request.params.ticketId);
    },
  );

  app.post(
    '/v1/support/tickets/:ticketId/diagnostics',
    {
      schema: {
        ...operation({
          id: 'diagnoseSupportTicket',
          tag: 'support',
          summary: 'Run the diagnostics again, on the cited call or on another one now cited (admins and agents)',
          description:
            'The partner API procedure’s checks (key, user, token, time, maintenance window, version, syntax, other partners with the same problem) on the logged call; each finding is pass, fail or unknown with the data it saw, and the run replaces the previous one as evidence. With `requestId`, that call’s evidence is copied first.',
        }),
        params,
        body: z.strictObject({ requestId: text(200).optional() }).meta({ examples: [{ requestId: '7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b' }] }),
        response: {
          ...answer,
          ...problemResponses(platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed, supportProblems.support_request_not_found, supportProblems.support_request_not_cited),
        },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      await desk.rediagnose(actor, request.params.ticketId, request.body.requestId);
      return desk.get(actor, request.params.ticketId);
    },
  );
}
