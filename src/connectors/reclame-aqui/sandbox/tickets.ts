import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availabilitySchema, requestClient } from './auth.ts';
import type { HugmeSandboxContext } from './context.ts';
import { HugmeError } from './errors.ts';
import { parseTicketQuery, runTicketQuery } from './query.ts';
import { ticketListSchema } from './ticket-schema.ts';

/** How long an attachment link stays valid, in seconds (the provider calls it temporary; the value is ours). */
const ATTACHMENT_LINK_SECONDS = 300;

/** The read side of `/api/ticket`: availability, the ticket list, its count and attachment links. */
export function registerTicketRoutes(app: FastifyInstance, ctx: HugmeSandboxContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/ticket/availability', { schema: { response: { 200: availabilitySchema } } }, async () => ({
    success: true as const,
    message: 'API disponível',
  }));

  routes.get('/api/ticket/v1/tickets', { schema: { response: { 200: ticketListSchema } } }, async (request) => {
    const query = parseTicketQuery(request.query as Record<string, unknown>);
    const { data, total } = runTicketQuery(ctx.store.ticketsOf(requestClient(request).clientId), query);
    return { data, meta: { page: { number: query.page.number, size: query.page.size }, total } };
  });

  routes.get('/api/ticket/v1/tickets/count', { schema: { response: { 200: z.object({ data: z.number() }) } } }, async (request) => {
    const query = parseTicketQuery(request.query as Record<string, unknown>);
    const tickets = ctx.store.ticketsOf(requestClient(request).clientId);
    return { data: tickets.filter((ticket) => query.filters.every((keep) => keep(ticket))).length };
  });

  routes.get(
    '/api/ticket/v1/tickets/attachment/:detailId',
    {
      schema: {
        params: z.object({ detailId: z.string().regex(/^\d+$/, 'deve ser o ticket_detail_id numérico') }),
        response: { 200: z.object({ url: z.string(), name: z.string(), expires_in: z.number() }) },
      },
    },
    async (request) => {
      const file = ctx.store.files.get(request.params.detailId);
      if (!file || file.clientId !== requestClient(request).clientId) throw new HugmeError('attachment_not_found');
      const expires = Math.floor(ctx.now().getTime() / 1000) + ATTACHMENT_LINK_SECONDS;
      const base = `${request.protocol}://${request.host}`;
      return {
        url: `${base}/_control/files/${request.params.detailId}?expires=${expires}`,
        name: file.filename,
        expires_in: ATTACHMENT_LINK_SECONDS,
      };
    },
  );
}
