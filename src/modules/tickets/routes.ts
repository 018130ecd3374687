import { z } from 'zod';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { integrationProblems } from '../integrations/index.ts';
import { supportProblems, ticketProblems } from './errors.ts';
import { MESSAGE_EXAMPLE, TICKET_DETAIL_EXAMPLE, TICKET_EXAMPLE } from './examples.ts';
import type { TicketsService } from './service.ts';
import { newMessageBody, newTicketBody, ticketChangesBody, ticketDetailSchema, ticketMessageSchema, ticketQuery, ticketSchema } from './wire.ts';

const params = z.object({ ticketId: z.string() });
const notFound = problemResponses(ticketProblems.ticket_not_found);

/** The tickets API. Changes run in one transaction each, through the same service methods the flows call in theirs. */
export function registerTicketRoutes(app: HttpServer, deps: { database: DatabaseHandle; tickets: TicketsService }): void {
  const { database, tickets } = deps;

  app.get(
    '/v1/tickets',
    {
      schema: {
        ...operation({
          id: 'listTickets',
          tag: 'tickets',
          summary: 'Tickets you can see',
          description: 'In id order, 100 a page by default; pass the last id as `after` for the next page. Filter by account, integration, kind, status or assignee. A customer sees its own account’s tickets only.',
        }),
        querystring: ticketQuery,
        response: { 200: z.object({ data: z.array(ticketSchema) }).meta({ examples: [{ data: [TICKET_EXAMPLE] }] }) },
      },
    },
    async (request) => ({ data: await tickets.list(requirePrincipal(request), request.query) }),
  );

  app.get(
    '/v1/tickets/set-aside-mail',
    {
      schema: {
        ...operation({
          id: 'listSetAsideMail',
          tag: 'tickets',
          summary: 'E-mail no ticket could take, newest first (admins and agents)',
          description: 'Replies whose routing address did not verify (forged, altered or unsigned), replies to a closed or unknown ticket, and automatic replies: kept here for an agent, never attached to a guessed ticket.',
        }),
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z
            .object({
              data: z.array(
                z.object({
                  id: z.string(),
                  receivedAt: z.iso.datetime(),
                  reason: z.string(),
                  envelopeFrom: z.string(),
                  envelopeTo: z.array(z.string()),
                  fromAddress: z.string().nullable(),
                  subject: z.string(),
                  body: z.string(),
                  mailMessageId: z.string().nullable(),
                }),
              ),
            })
            .meta({
              examples: [
                {
                  data: [
                    {
                      id: 'mail_5j9n3r7v1z5d9h3l7p1t',
                      receivedAt: '2026-03-02T12:30:00.000Z',
                      reason: 'The routing address does not verify',
                      envelopeFrom: 'marina.souza@transportesrioclaro.com.br',
                      envelopeTo: ['suporte+tkt_000000000000000000000.aaaaaaaaaaaaaaaaaaaa@ponte.example'],
                      fromAddress: 'marina.souza@transportesrioclaro.com.br',
                      subject: 'Re: Integração Maxi Frota',
                      body: 'Segue a chave.',
                      mailMessageId: '<CAF1234@mail.example>',
                    },
                  ],
                },
              ],
            }),
          ...problemResponses(platformProblems.forbidden),
        },
      },
    },
    async (request) => ({ data: await tickets.listSetAside(requirePrincipal(request), request.query.limit) }),
  );

  app.post(
    '/v1/tickets',
    {
      schema: {
        ...operation({
          id: 'openTicket',
          tag: 'tickets',
          summary: 'Open a ticket for an account, with a first message',
          description:
            'Staff open one for any account; a customer for its own (the default). The requester is by default the user opening it. A first message from a customer is from the customer; one from staff is to the customer, or an internal note.',
        }),
        body: newTicketBody.meta({
          examples: [
            {
              integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
              kind: 'onboarding',
              subject: 'Integração do cartão Maxi Frota',
              message: { body: 'Bom dia! Quero integrar o cartão Maxi Frota da nossa frota.' },
            },
          ],
        }),
        response: {
          201: ticketDetailSchema.meta({ examples: [{ ...TICKET_DETAIL_EXAMPLE, status: 'open', assigneeId: null, messages: TICKET_DETAIL_EXAMPLE.messages.slice(0, 1), timeline: TICKET_DETAIL_EXAMPLE.timeline.slice(0, 2) }] }),
          ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden, accountProblems.account_not_found, integrationProblems.integration_not_found),
        },
      },
    },
    async (request, reply) => {
      const actor = requirePrincipal(request);
      const accountId = request.body.accountId ?? actor.accountId;
      if (!accountId) throw new Problem(platformProblems.validation_failed, 'accountId: is required', { field: 'body.accountId' });
      const opened = await database.transaction(({ db }) => tickets.open(db, actor, { ...request.body, accountId }));
      return reply.status(201).send(await tickets.get(actor, opened.id));
    },
  );

  app.get(
    '/v1/tickets/:ticketId',
    {
      schema: {
        ...operation({
          id: 'getTicket',
          tag: 'tickets',
          summary: 'One ticket, with its messages and timeline',
          description: 'Messages and timeline oldest first. A customer sees its own account’s tickets only (another’s answers 404) and never internal notes.',
        }),
        params,
        response: { 200: ticketDetailSchema.meta({ examples: [TICKET_DETAIL_EXAMPLE] }), ...notFound },
      },
    },
    async (request) => tickets.get(requirePrincipal(request), request.params.ticketId),
  );

  app.post(
    '/v1/tickets/:ticketId/messages',
    {
      schema: {
        ...operation({
          id: 'addTicketMessage',
          tag: 'tickets',
          summary: 'Reply on a ticket, or add an internal note',
          description:
            'A customer’s message is a public one from the customer, and puts a ticket waiting for the customer (or resolved) back to open. Staff reply publicly (with `awaitCustomer`, the ticket then waits for the customer) or add an internal note, which customers never see. A closed ticket answers 409.',
        }),
        params,
        body: newMessageBody.meta({ examples: [{ body: MESSAGE_EXAMPLE.body, visibility: 'public', awaitCustomer: true }] }),
        response: {
          201: ticketMessageSchema.meta({ examples: [MESSAGE_EXAMPLE] }),
          ...problemResponses(platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed),
        },
      },
    },
    async (request, reply) => {
      const actor = requirePrincipal(request);
      const { body, visibility, awaitCustomer } = request.body;
      const direction = actor.role === 'customer' ? 'inbound' : 'outbound';
      const { message } = await database.transaction(({ db }) => tickets.addMessage(db, actor, request.params.ticketId, { direction, visibility, body, awaitCustomer }));
      return reply.status(201).send(message);
    },
  );

  app.patch(
    '/v1/tickets/:ticketId',
    {
      schema: {
        ...operation({
          id: 'updateTicket',
          tag: 'tickets',
          summary: 'Change a ticket’s status or assignee',
          description: 'Admins and agents. The assignee must be an admin or agent user (null: nobody). A closed ticket stays closed (409). Each change lands on the ticket’s timeline.',
        }),
        params,
        body: ticketChangesBody.meta({ examples: [{ status: 'waiting_provider', assigneeId: 'usr_5h9k3m7p1s5v9y3b7e1g', reason: 'Cadastro enviado à Maxi Frota' }] }),
        response: {
          200: ticketDetailSchema.meta({ examples: [{ ...TICKET_DETAIL_EXAMPLE, status: 'waiting_provider' }] }),
          ...problemResponses(platformProblems.forbidden, ticketProblems.ticket_not_found, ticketProblems.ticket_closed, ticketProblems.ticket_assignee_invalid, supportProblems.support_stage_conflict),
        },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      const { ticketId } = request.params;
      const { status, assigneeId, reason } = request.body;
      await database.transaction(async ({ db }) => {
        if (assigneeId !== undefined) await tickets.assign(db, actor, ticketId, assigneeId);
        if (status !== undefined) await tickets.setStatus(db, actor, ticketId, status, reason);
      });
      return tickets.get(actor, ticketId);
    },
  );
}
