import { z } from 'zod';
import { ANSWER_TYPES, COMPLAINT_PRIORITIES, complaintProblems, type ComplaintsService } from '../../modules/complaints/index.ts';
import { integrationProblems } from '../../modules/integrations/index.ts';
import { ticketProblems } from '../../modules/tickets/index.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { ComplaintDesk } from './desk.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const statusSchema = z.object({ id: z.number(), name: z.string() }).nullable();

const SETTINGS_EXAMPLE = {
  enabled: true,
  customerType: 'Consumidor final',
  region: 'Sudeste',
  creatorUserId: 'usr_5h9k3m7p1s5v9y3b7e1g',
  sector: 'SAC',
  occurrenceType: 'Reclamação',
  occurrence: 'Reclame Aqui',
  solutions: ['Estorno realizado', 'Produto trocado', 'Esclarecimento prestado'],
  priorities: { 'Grupo VIP': 'urgent' },
} as const;

const settingsBody = z.strictObject({
  enabled: z.boolean().describe('Automatic conversion: each complaint synced becomes a ticket'),
  customerType: text(100).describe('Tipo de cliente'),
  region: text(100).describe('Região'),
  creatorUserId: text(100).describe('Usuário: the admin or agent the tickets are created for (assigned to)'),
  sector: text(100).describe('Setor'),
  occurrenceType: text(100).describe('Tipo de ocorrência'),
  occurrence: text(100).describe('Ocorrência'),
  solutions: z
    .array(text(200))
    .min(1)
    .max(50)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a solution')
    .describe('Soluções: what a complaint ticket may be closed with'),
  priorities: z
    .record(text(100), z.enum(COMPLAINT_PRIORITIES))
    .default({})
    .describe('Sync group name → ticket priority; without an entry the group’s words decide (urgente, alta, baixa…), else normal'),
});

const settingsSchema = settingsBody.extend({
  integrationId: z.string(),
  solutions: z.array(z.string()),
  priorities: z.record(z.string(), z.enum(COMPLAINT_PRIORITIES)),
  creatorUserId: z.string(),
  customerType: z.string(),
  region: z.string(),
  sector: z.string(),
  occurrenceType: z.string(),
  occurrence: z.string(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
});

const answerSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  type: z.enum(ANSWER_TYPES),
  outcome: z.enum(['sent', 'failed']).describe('sent: HugMe took it; failed: it was refused or HugMe was not reached, and nothing reached the consumer'),
  messageId: z.string().nullable().describe('The ticket message holding the text (public answer, private message; a moderation’s text is an internal note)'),
  interactionId: z.string().nullable().describe('HugMe’s interaction id'),
  providerMessage: z.string().nullable().describe('HugMe’s words'),
  problemCode: z.string().nullable(),
  error: z.string().nullable(),
  actor: z.string(),
  at: z.iso.datetime(),
});

const ANSWER_EXAMPLE = {
  id: 'cans_3f7j1n5r9v3z7d1h5l9p',
  ticketId: 'tkt_9a3e7i1m5q9u3y7c1g5k',
  type: 'public_answer',
  outcome: 'sent',
  messageId: 'msg_2b6f0j4n8r2v6z0d4h8l',
  interactionId: '160441007',
  providerMessage: 'Resposta pública enviada com sucesso',
  problemCode: null,
  error: null,
  actor: 'usr_5h9k3m7p1s5v9y3b7e1g',
  at: '2026-03-02T14:10:00.000Z',
} as const;

const complaintSchema = z.object({
  ticketId: z.string(),
  ticket: z.object({ status: z.string(), stage: z.string().nullable(), priority: z.string(), assigneeId: z.string().nullable(), solution: z.string().nullable() }),
  integrationId: z.string(),
  complaintId: z.string().describe('HugMe’s ticket id'),
  reclameAquiId: z.string().nullable().describe('Reclame Aqui’s complaint id'),
  consumer: z.object({ name: z.string().nullable(), email: z.string().nullable() }),
  raStatus: statusSchema,
  hugmeStatus: statusSchema,
  answered: z.boolean(),
  rating: z.number().nullable(),
  closedAtProvider: z.iso.datetime().nullable(),
  syncGroup: z.string().nullable(),
  defaults: z.object({
    customerType: z.string(),
    region: z.string(),
    creatorUserId: z.string(),
    sector: z.string(),
    occurrenceType: z.string(),
    occurrence: z.string(),
    solutions: z.array(z.string()),
  }),
  allowedSolutions: z.array(z.string()),
  answers: z.array(answerSchema),
});

const COMPLAINT_EXAMPLE = {
  ticketId: 'tkt_9a3e7i1m5q9u3y7c1g5k',
  ticket: { status: 'open', stage: 'received', priority: 'high', assigneeId: 'usr_5h9k3m7p1s5v9y3b7e1g', solution: null },
  integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
  complaintId: '43534294',
  reclameAquiId: '118273645',
  consumer: { name: 'Carla Dias', email: 'carla@example.com.br' },
  raStatus: { id: 6, name: 'Respondido' },
  hugmeStatus: { id: 2, name: 'Respondido' },
  answered: true,
  rating: null,
  closedAtProvider: null,
  syncGroup: 'Prioridade alta',
  defaults: { customerType: 'Consumidor final', region: 'Sudeste', creatorUserId: 'usr_5h9k3m7p1s5v9y3b7e1g', sector: 'SAC', occurrenceType: 'Reclamação', occurrence: 'Reclame Aqui', solutions: ['Estorno realizado', 'Esclarecimento prestado'] },
  allowedSolutions: ['Estorno realizado', 'Esclarecimento prestado'],
  answers: [ANSWER_EXAMPLE],
} as const;

// Only `type` is read here; the rest is the connector action's input (its manifest schema names a bad field), so the
// agent writes the same fields as `POST /v1/integrations/{id}/actions/{action}` takes, without `ticketId`.
const answerBody = z
  .object({ type: z.enum(ANSWER_TYPES).describe('The HugMe action') })
  .catchall(z.unknown())
  .meta({
    description:
      'public_answer: `message`. private_message: `message`, `email` (default: the consumer’s). request_evaluation: nothing else. request_moderation: `reason` (1, 4, 5, 15, 16, 17 or 19), `message`, and `migrateTo` with reason 1.',
    examples: [
      { type: 'public_answer', message: 'Olá, Carla! O estorno de R$ 159,90 foi feito hoje e aparece na sua fatura em até 2 dias úteis.' },
      { type: 'request_moderation', reason: '4', message: 'Reclamação em duplicidade da 118273640.' },
    ],
  });

const closeBody = z.strictObject({
  solution: text(200).describe('One of the integration’s solutions (`allowedSolutions`)'),
  reason: text(2000).optional().describe('Shown on the timeline'),
});

const params = z.object({ ticketId: z.string() });
const integrationParams = z.object({ integrationId: z.string() });

/** Complaints as tickets: the conversion settings of an integration, and answering and closing a complaint ticket. */
export function registerComplaintRoutes(app: HttpServer, deps: { complaints: ComplaintsService; desk: ComplaintDesk }): void {
  const { complaints, desk } = deps;
  const settingsResponses = {
    200: settingsSchema.meta({ examples: [{ ...SETTINGS_EXAMPLE, integrationId: 'int_6p0t4x8b2f6j0n4r8v2z', updatedAt: '2026-03-02T12:00:00.000Z', updatedBy: 'usr_2c6g0k4o8s2w6a0e4i8m' }] }),
    ...problemResponses(platformProblems.forbidden, integrationProblems.integration_not_found, complaintProblems.complaint_conversion_unsupported),
  };

  app.get(
    '/v1/integrations/:integrationId/complaint-conversion',
    {
      schema: {
        ...operation({
          id: 'getComplaintConversion',
          tag: 'support',
          summary: 'A complaint channel integration’s automatic conversion of complaints into tickets (admins and agents)',
          description: 'Off, with empty defaults, until set.',
        }),
        params: integrationParams,
        response: settingsResponses,
      },
    },
    async (request) => complaints.settings(requirePrincipal(request), request.params.integrationId),
  );

  app.put(
    '/v1/integrations/:integrationId/complaint-conversion',
    {
      schema: {
        ...operation({
          id: 'setComplaintConversion',
          tag: 'support',
          summary: 'Turn automatic conversion on or off, with the tickets’ defaults (admins and agents)',
          description:
            'With conversion on, every complaint synced (created, or first seen changing) becomes one `complaint` ticket of the integration’s account, with these defaults, assigned to `creatorUserId`, and with the priority of the integration’s sync group. The consumer’s messages arrive on it; closing it needs one of `solutions`. Every field is required; a bad one answers 400 (or 422 for a creator who is not an admin or agent) naming it, and nothing changes.',
        }),
        params: integrationParams,
        body: settingsBody.meta({ examples: [SETTINGS_EXAMPLE] }),
        response: { ...settingsResponses, ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden, integrationProblems.integration_not_found, complaintProblems.complaint_conversion_unsupported, complaintProblems.complaint_creator_invalid) },
      },
    },
    async (request) => complaints.setSettings(requirePrincipal(request), request.params.integrationId, request.body),
  );

  app.get(
    '/v1/complaints/:ticketId',
    {
      schema: {
        ...operation({
          id: 'getComplaint',
          tag: 'support',
          summary: 'The complaint behind a ticket: its Reclame Aqui status, defaults, allowed solutions and answers',
          description: 'A customer sees its own account’s only (another’s answers 404). The ticket’s messages and timeline are at GET /v1/tickets/{ticketId}.',
        }),
        params,
        response: { 200: complaintSchema.meta({ examples: [COMPLAINT_EXAMPLE] }), ...problemResponses(ticketProblems.ticket_not_found, complaintProblems.complaint_not_found) },
      },
    },
    async (request) => desk.get(requirePrincipal(request), request.params.ticketId),
  );

  app.post(
    '/v1/complaints/:ticketId/answers',
    {
      schema: {
        ...operation({
          id: 'answerComplaint',
          tag: 'support',
          summary: 'Answer a complaint on Reclame Aqui now: public answer, private message, evaluation or moderation request (admins and agents)',
          description:
            'Sent to HugMe inside this request, with the integration’s credentials and within its rate limit, and audited. On success the answer is recorded as sent (a public answer or private message also as an outbound message on the ticket). A refusal answers 422 `provider_refused_action` with HugMe’s words; an outage 502 or 429 with Retry-After; the attempt is then kept as failed on the timeline and nothing is marked sent. Input is checked against the connector action’s schema first: a 400 names the field and nothing is sent.',
        }),
        params,
        body: answerBody,
        response: {
          201: answerSchema.meta({ examples: [ANSWER_EXAMPLE] }),
          ...problemResponses(
            platformProblems.validation_failed,
            platformProblems.forbidden,
            ticketProblems.ticket_not_found,
            ticketProblems.ticket_closed,
            complaintProblems.complaint_not_found,
            integrationProblems.integration_state_conflict,
            integrationProblems.provider_refused_action,
            integrationProblems.provider_rate_limited,
            integrationProblems.provider_unavailable,
          ),
        },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await desk.answer(requirePrincipal(request), request.params.ticketId, request.body));
    },
  );

  app.post(
    '/v1/complaints/:ticketId/close',
    {
      schema: {
        ...operation({
          id: 'closeComplaint',
          tag: 'support',
          summary: 'Close a complaint ticket with one of its integration’s solutions (admins and agents)',
          description:
            'The ticket goes through the stages still ahead of it (resolved, then closed) with the solution and `complaint` as its final category. A solution outside the integration’s list answers 422 `complaint_solution_not_allowed` with `allowedSolutions`, and nothing changes. Closing a complaint ticket any other way (PATCH /v1/tickets/{id}, PATCH /v1/support/tickets/{id}) needs an allowed solution too.',
        }),
        params,
        body: closeBody.meta({ examples: [{ solution: 'Estorno realizado', reason: 'Consumidora confirmou o estorno na fatura' }] }),
        response: {
          200: complaintSchema.meta({ examples: [{ ...COMPLAINT_EXAMPLE, ticket: { ...COMPLAINT_EXAMPLE.ticket, status: 'closed', stage: 'closed', solution: 'Estorno realizado' } }] }),
          ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed, complaintProblems.complaint_not_found, complaintProblems.complaint_solution_not_allowed),
        },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      await desk.close(actor, request.params.ticketId, request.body);
      return desk.get(actor, request.params.ticketId);
    },
  );
}
