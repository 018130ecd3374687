import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HISTORY_TYPES, MODERATION_STATUS, isHugmeStatusId, isRaStatusId } from './catalog.ts';
import { newComplaint } from './complaint-factory.ts';
import type { HugmeSandboxContext } from './context.ts';
import { HugmeError } from './errors.ts';
import { createClient } from './history-generator.ts';
import { addHistory, addInteraction, consumerReplica, evaluate, hugmeDate, setStatus, touch } from './ticket-changes.ts';
import { type HugmeTicket, ticketSchema } from './ticket-schema.ts';

const statusId = (valid: (id: number) => boolean, what: string) =>
  z
    .union([z.number().int(), z.object({ id: z.number().int() }).transform((status) => status.id)])
    .refine(valid, { error: `${what} desconhecido` });

const credentialsBody = z
  .strictObject({
    company_name: z.string().trim().min(1).max(200).optional(),
    client_id: z.string().trim().regex(/^[A-Za-z0-9._-]{3,100}$/).optional(),
    client_secret: z.string().min(8).max(200).optional(),
    complaints_per_day: z.number().min(0).max(200).optional(),
    history_days: z.number().int().min(0).max(3650).optional(),
  })
  .optional();

const complaintBody = z.strictObject({
  client_id: z.string(),
  company_id: z.number().int().optional(),
  complaint_title: z.string().trim().min(1).optional(),
  complaint_content: z.string().trim().min(1).optional(),
  customer: z
    .strictObject({
      name: z.string().min(1).optional(),
      email: z.array(z.string()).optional(),
      cpf: z.array(z.string()).optional(),
      phone_numbers: z.array(z.string()).optional(),
    })
    .optional(),
  ra_status: statusId(isRaStatusId, 'ra_status').optional(),
  hugme_status: statusId(isHugmeStatusId, 'hugme_status').optional(),
});

const complaintPatch = z.strictObject({
  complaint_title: z.string().trim().min(1).optional(),
  complaint_content: z.string().trim().min(1).optional(),
  ra_status: statusId(isRaStatusId, 'ra_status').optional(),
  hugme_status: statusId(isHugmeStatusId, 'hugme_status').optional(),
  frozen: z.boolean().optional(),
  active: z.boolean().optional(),
  /** A consumer's message: private (interaction type 6, the default) or a public réplica (type 1, RA status 7). */
  consumer_reply: z.strictObject({ message: z.string().trim().min(1), public: z.boolean().default(false) }).optional(),
  /** The consumer's evaluation (interaction type 11; RA status 18/19, HugMe status 3). */
  evaluation: z
    .strictObject({
      rating: z.number().int().min(0).max(10),
      resolved_issue: z.boolean(),
      back_doing_business: z.boolean(),
      consideration: z.string().trim().min(1).nullable().default(null),
    })
    .optional(),
  /** Reclame Aqui's answer to a pending moderation request. */
  moderation_result: z.enum(['approved', 'refused']).optional(),
});

const ticketParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * The sandbox's own control API (not HugMe's): test clients with a generated history, complaints created and
 * changed by hand (each change bumps `last_modification_date`), forced token expiry, attachment downloads and the
 * rate limit's tally of accepted and refused calls per client.
 * It is neither authenticated, rate limited nor faulted.
 */
export function registerControlRoutes(app: FastifyInstance, ctx: HugmeSandboxContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { store } = ctx;
  const now = () => ctx.now().getTime();

  routes.post('/_control/credentials', { schema: { body: credentialsBody } }, async (request, reply) => {
    const body = request.body ?? {};
    if (body.client_id && store.clients.has(body.client_id)) throw new HugmeError('client_exists', body.client_id);
    const client = createClient(store, {
      seed: ctx.seed,
      now: ctx.now(),
      complaintsPerDay: body.complaints_per_day ?? ctx.complaintsPerDay,
      historyDays: body.history_days ?? ctx.historyDays,
      companyName: body.company_name,
      clientId: body.client_id,
      clientSecret: body.client_secret,
    });
    const company = client.companies[0]!;
    return reply.status(201).send({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      company: { id: company.id, name: company.name },
      companies: client.companies.map(({ id, name }) => ({ id, name })),
      tickets: store.ticketsOf(client.clientId).length,
    });
  });

  routes.post('/_control/complaints', { schema: { body: complaintBody, response: { 201: ticketSchema } } }, async (request, reply) => {
    const body = request.body;
    const client = store.clients.get(body.client_id);
    if (!client) throw new HugmeError('client_not_found', body.client_id);
    const company = body.company_id === undefined ? client.companies[0]! : client.companies.find((c) => c.id === body.company_id);
    if (!company) throw new HugmeError('company_not_found', String(body.company_id));
    const at = now();
    const ticket = newComplaint(store, ctx.controlPicker, {
      company,
      clientId: client.clientId,
      createdAt: at,
      insertedAt: at,
      title: body.complaint_title,
      content: body.complaint_content,
      customer: body.customer,
      attachmentChance: 0,
    });
    setStatus(ticket, { ra: body.ra_status, hugme: body.hugme_status });
    store.addTicket(client.clientId, ticket);
    return reply.status(201).send(ticket);
  });

  routes.get('/_control/complaints/:id', { schema: { params: ticketParams, response: { 200: ticketSchema } } }, async (request) =>
    findTicket(ctx, request.params.id),
  );

  routes.patch(
    '/_control/complaints/:id',
    { schema: { params: ticketParams, body: complaintPatch, response: { 200: ticketSchema } } },
    async (request) => {
      const ticket = findTicket(ctx, request.params.id);
      applyPatch(ctx, ticket, request.body, now());
      return ticket;
    },
  );

  routes.post(
    '/_control/tokens/expire',
    { schema: { body: z.strictObject({ client_id: z.string().optional() }).optional() } },
    async (request) => {
      const clientId = request.body?.client_id;
      if (clientId && !store.clients.has(clientId)) throw new HugmeError('client_not_found', clientId);
      return { expired: store.expireTokens(now(), clientId) };
    },
  );

  // What the rate limit did: a test under pressure asserts that no call was refused.
  routes.get('/_control/rate-limit', async () => ({ limit: ctx.rate.limit, windowSeconds: ctx.rate.windowMs / 1000, clients: ctx.rate.tally() }));

  routes.get(
    '/_control/files/:detailId',
    { schema: { params: z.object({ detailId: z.string() }), querystring: z.object({ expires: z.coerce.number().optional() }) } },
    async (request, reply) => {
      const file = store.files.get(request.params.detailId);
      const expires = request.query.expires;
      if (!file || (expires !== undefined && expires * 1000 < now())) throw new HugmeError('attachment_not_found');
      return reply.type(file.mimetype).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.content);
    },
  );
}

function findTicket(ctx: HugmeSandboxContext, id: number): HugmeTicket {
  const entry = ctx.store.tickets.get(id);
  if (!entry) throw new HugmeError('ticket_not_found', String(id));
  return entry.ticket;
}

function applyPatch(ctx: HugmeSandboxContext, ticket: HugmeTicket, patch: z.infer<typeof complaintPatch>, at: number): void {
  const { ids } = ctx.store;
  if (patch.moderation_result && ticket.moderation.status !== MODERATION_STATUS.pending) {
    throw new HugmeError('ticket_state', 'nenhuma moderação em análise');
  }
  if (patch.complaint_title !== undefined) ticket.complaint_title = patch.complaint_title;
  if (patch.complaint_content !== undefined) ticket.complaint_content = patch.complaint_content;
  if (patch.frozen !== undefined) ticket.frozen = patch.frozen;
  if (patch.active !== undefined) ticket.active = patch.active;
  if (patch.consumer_reply) {
    if (patch.consumer_reply.public) consumerReplica(ids, ticket, patch.consumer_reply.message, at);
    else addInteraction(ids, ticket, { type: 6, message: patch.consumer_reply.message, at });
  }
  if (patch.evaluation) {
    const { rating, resolved_issue, back_doing_business, consideration } = patch.evaluation;
    evaluate(ids, ticket, { rating, resolved: resolved_issue, wouldReturn: back_doing_business, consideration, at });
  }
  if (patch.moderation_result) {
    ticket.moderation.status = patch.moderation_result === 'approved' ? MODERATION_STATUS.approved : MODERATION_STATUS.refused;
    ticket.moderation.response_date = hugmeDate(at);
    addHistory(ids, ticket, HISTORY_TYPES.moderation, at);
  }
  if (patch.ra_status !== undefined || patch.hugme_status !== undefined) {
    setStatus(ticket, { ra: patch.ra_status, hugme: patch.hugme_status });
    addHistory(ids, ticket, HISTORY_TYPES.status, at);
  }
  touch(ticket, at);
}
