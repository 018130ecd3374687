import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestClient } from './auth.ts';
import { uploadedFileSchema, type UploadedFile } from './body-parsers.ts';
import {
  CLOSED_RA_STATUSES,
  DETAIL_TYPES,
  EVALUATED_RA_STATUSES,
  HISTORY_TYPES,
  MODERATION_OTHER_COMPANY,
  MODERATION_REASON_IDS,
  MODERATION_STATUS,
} from './catalog.ts';
import type { HugmeSandboxContext } from './context.ts';
import { HugmeError } from './errors.ts';
import { OTHER_COMPANIES } from './names.ts';
import type { SandboxClient } from './store.ts';
import { addHistory, addInteraction, answerPublicly, attach, makeDetail, requestEvaluation, requestModeration } from './ticket-changes.ts';
import { type HugmeTicket, type WriteResult, writeResultSchema } from './ticket-schema.ts';

/** Ids arrive as JSON numbers or as form strings; both mean the same. */
const numeric = (what: string) =>
  z.union([z.number(), z.string()], { error: `obrigatório: ${what}` }).transform((value, ctx) => {
    const number = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(number) && number > 0) return number;
    ctx.addIssue({ code: 'custom', message: `deve ser ${what}` });
    return z.NEVER;
  });
const text = z.string({ error: 'obrigatório' }).trim().min(1, 'não pode ser vazio').max(20_000, 'longo demais');

const publicBody = z.object({ id: numeric('o id numérico do ticket'), message: text });
const privateBody = z.object({
  id: numeric('o id numérico do ticket'),
  message: text,
  email: z.string({ error: 'obrigatório' }).trim().pipe(z.email({ error: 'e-mail inválido' })),
  file: uploadedFileSchema.optional(),
});
const evaluationBody = z.object({ id: numeric('o id numérico do ticket') });
const moderationBody = z.object({
  id: numeric('o id numérico do ticket'),
  reason: numeric(`um motivo de moderação (${MODERATION_REASON_IDS.join(', ')})`),
  message: text,
  migrateTO: numeric('o id numérico da empresa de destino').optional(),
  file: uploadedFileSchema.optional(),
});
const response = { 200: writeResultSchema };

/**
 * The write side of `/api/ticket/v1/tickets`: public answer, private message and its end, evaluation and
 * moderation requests. Each answers 200 with `{success:true, message, data:{id, ticket_interaction_id?}}`
 * (the provider's own body is unknown).
 */
export function registerActionRoutes(app: FastifyInstance, ctx: HugmeSandboxContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { ids } = ctx.store;
  const now = () => ctx.now().getTime();

  routes.post('/api/ticket/v1/tickets/message/public', { schema: { body: publicBody, response } }, async (request): Promise<WriteResult> => {
    const { client, ticket } = findTicket(ctx, request, request.body.id);
    refuseIfClosed(ticket);
    if (EVALUATED_RA_STATUSES.includes(ticket.ra_status.id)) throw new HugmeError('ticket_state', 'reclamação já avaliada');
    const interaction = answerPublicly(ids, ticket, request.body.message, now(), client.apiUser);
    return done('Resposta pública enviada com sucesso', ticket, interaction.ticket_interaction_id);
  });

  routes.post('/api/ticket/v1/tickets/message/private', { schema: { body: privateBody, response } }, async (request): Promise<WriteResult> => {
    const { client, ticket } = findTicket(ctx, request, request.body.id);
    refuseIfClosed(ticket);
    const details: { type: { id: number; name: string }; value: string }[] = [{ type: DETAIL_TYPES.email, value: request.body.email }];
    if (request.body.file) details.push({ type: DETAIL_TYPES.attachment, value: uploadUrl(request.body.file) });
    const interaction = addInteraction(ids, ticket, { type: 3, message: request.body.message, at: now(), responsible: client.apiUser, details });
    if (request.body.file) keepFile(ctx, client, interaction.details, request.body.file);
    return done('Mensagem privada enviada com sucesso', ticket, interaction.ticket_interaction_id);
  });

  routes.post(
    '/api/ticket/v1/tickets/message/private/:id/end',
    { schema: { params: z.object({ id: numeric('o id numérico do ticket') }), response } },
    async (request): Promise<WriteResult> => {
      const { client, ticket } = findTicket(ctx, request, request.params.id);
      addHistory(ids, ticket, HISTORY_TYPES.privateEnd, now(), client.apiUser);
      return done('Mensagem privada encerrada com sucesso', ticket);
    },
  );

  routes.post('/api/ticket/v1/tickets/evaluation', { schema: { body: evaluationBody, response } }, async (request): Promise<WriteResult> => {
    const { client, ticket } = findTicket(ctx, request, request.body.id);
    refuseIfClosed(ticket);
    if (EVALUATED_RA_STATUSES.includes(ticket.ra_status.id)) throw new HugmeError('ticket_state', 'reclamação já avaliada');
    if (ticket.request_evaluation) throw new HugmeError('ticket_state', 'avaliação já solicitada');
    const lastPublic = ticket.interactions.filter((i) => !i.privacy && i.ticket_interaction_type_id !== 11).at(-1);
    if (lastPublic?.ticket_interaction_type_id !== 2) {
      throw new HugmeError('ticket_state', 'a última interação pública precisa ser uma resposta da empresa');
    }
    requestEvaluation(ids, ticket, now(), client.apiUser);
    return done('Avaliação solicitada com sucesso', ticket);
  });

  routes.post('/api/ticket/v1/tickets/moderation', { schema: { body: moderationBody, response } }, async (request): Promise<WriteResult> => {
    const { reason, migrateTO, file } = request.body;
    if (!MODERATION_REASON_IDS.includes(reason)) throw new HugmeError('invalid_moderation_reason', `use ${MODERATION_REASON_IDS.join(', ')}`);
    if (reason === MODERATION_OTHER_COMPANY && migrateTO === undefined) {
      throw new HugmeError('invalid_request', 'migrateTO é obrigatório quando reason=1');
    }
    const { client, ticket } = findTicket(ctx, request, request.body.id);
    if (migrateTO !== undefined && (migrateTO === ticket.company.id || !knownCompany(ctx, migrateTO))) {
      throw new HugmeError('invalid_request', `migrateTO ${migrateTO} não é uma empresa válida de destino`);
    }
    refuseIfClosed(ticket);
    if (ticket.moderation.status === MODERATION_STATUS.pending) throw new HugmeError('ticket_state', 'já existe uma moderação em análise');
    requestModeration(ids, ticket, reason, now(), client.apiUser);
    if (file) attachModerationFile(ctx, client, ticket, file, now());
    return done('Moderação solicitada com sucesso', ticket);
  });
}

function findTicket(ctx: HugmeSandboxContext, request: FastifyRequest, id: number): { client: SandboxClient; ticket: HugmeTicket } {
  const client = requestClient(request);
  const ticket = ctx.store.ticketOf(client.clientId, id);
  if (!ticket) throw new HugmeError('ticket_not_found', String(id));
  return { client, ticket };
}

function refuseIfClosed(ticket: HugmeTicket): void {
  if (!ticket.active || ticket.frozen || CLOSED_RA_STATUSES.includes(ticket.ra_status.id)) {
    throw new HugmeError('ticket_state', `reclamação ${ticket.ra_status.name.toLowerCase()}`);
  }
}

function knownCompany(ctx: HugmeSandboxContext, id: number): boolean {
  if (OTHER_COMPANIES.some((company) => company.id === id)) return true;
  for (const client of ctx.store.clients.values()) if (client.companies.some((company) => company.id === id)) return true;
  return false;
}

/** Stores an uploaded file under its attachment detail, so the attachment link serves it back. */
function keepFile(ctx: HugmeSandboxContext, client: SandboxClient, details: { ticket_detail_id: string; ticket_detail_type_id: number }[], file: UploadedFile): void {
  const detail = details.find((d) => d.ticket_detail_type_id === DETAIL_TYPES.attachment.id);
  if (detail) ctx.store.files.set(detail.ticket_detail_id, { clientId: client.clientId, ...file });
}

/** A moderation request is no interaction: its evidence file joins the ticket's private attachments. */
function attachModerationFile(ctx: HugmeSandboxContext, client: SandboxClient, ticket: HugmeTicket, file: UploadedFile, at: number): void {
  const detail = makeDetail(ctx.store.ids, DETAIL_TYPES.attachment, uploadUrl(file), at, true);
  attach(ticket, detail, true);
  keepFile(ctx, client, [detail], file);
}

const uploadUrl = (file: UploadedFile) => `https://uploads.hugme-sandbox.invalid/${encodeURIComponent(file.filename)}`;

function done(message: string, ticket: HugmeTicket, interactionId?: string): WriteResult {
  return { success: true, message, data: { id: ticket.id, ...(interactionId ? { ticket_interaction_id: interactionId } : {}) } };
}
