import {
  CONSUMER_INTERACTION_TYPES,
  DETAIL_TYPES,
  HISTORY_TYPES,
  INTERACTION_TYPES,
  MODERATION_STATUS,
  type InteractionTypeId,
  hugmeStatus,
  raStatus,
} from './catalog.ts';
import type { IdSequences } from './store.ts';
import type { HugmeDetail, HugmeInteraction, HugmeTicket } from './ticket-schema.ts';

/**
 * The changes a ticket goes through, shared by the history generator, the HugMe write routes and the control API,
 * so a generated ticket and a ticket changed by a test look alike. Every change bumps `last_modification_date`.
 */

/** HugMe dates: ISO 8601 in UTC, whole seconds (`2021-04-30T12:18:30.000Z`). */
export function hugmeDate(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

export interface Responsible {
  id: number;
  name: string;
  email?: string;
}

export interface NewInteraction {
  type: InteractionTypeId;
  message: string;
  at: number;
  /** Company user for company interactions; omitted for the consumer's. */
  responsible?: Responsible;
  details?: { type: { id: number; name: string }; value: string }[];
}

export function makeDetail(ids: IdSequences, type: { id: number; name: string }, value: string, at: number, privacy = false): HugmeDetail {
  return {
    ticket_detail_id: String(ids.take('detail')),
    ticket_detail_type_id: type.id,
    name: type.name,
    value,
    code: null,
    creation_date: hugmeDate(at),
    privacy,
    modification_date: null,
  };
}

/** Lists an attachment detail among the ticket's attachments (`attached[]`). */
export function attach(ticket: HugmeTicket, detail: HugmeDetail, privacy: boolean): void {
  ticket.attached.push({
    id: detail.ticket_detail_id,
    type_detail_id: detail.ticket_detail_type_id,
    name: detail.name,
    detail_description: detail.value,
    creation_date: detail.creation_date,
    privacy,
  });
}

export function addInteraction(ids: IdSequences, ticket: HugmeTicket, input: NewInteraction): HugmeInteraction {
  const privacy = input.type === 3 || input.type === 6;
  const fromConsumer = CONSUMER_INTERACTION_TYPES.includes(input.type);
  const interaction: HugmeInteraction = {
    ticket_interaction_id: String(ids.take('interaction')),
    ticket_interaction_type_id: input.type,
    ticket_interaction_name: INTERACTION_TYPES[input.type],
    customer_id: fromConsumer ? String(ticket.customer.id) : null,
    responsible_id: fromConsumer ? null : (input.responsible?.id ?? null),
    responsible_name: fromConsumer ? null : (input.responsible?.name ?? null),
    message: input.message,
    privacy,
    creation_date: hugmeDate(input.at),
    modification_date: null,
    delivered: true,
    readed: false,
    visualized: false,
    video: null,
    picture: null,
    details: (input.details ?? []).map((detail) => makeDetail(ids, detail.type, detail.value, input.at, privacy)),
  };
  if (!fromConsumer) markConsumerInteractionsRead(ticket);
  ticket.interactions.push(interaction);
  for (const detail of interaction.details) {
    if (detail.ticket_detail_type_id !== DETAIL_TYPES.attachment.id) continue;
    attach(ticket, detail, privacy);
  }
  if (input.type === 3) ticket.ticket_messages_count++;
  addHistory(ids, ticket, HISTORY_TYPES.interaction, input.at, input.responsible);
  recount(ticket);
  return interaction;
}

/** The company has seen everything the consumer wrote before it acted. */
function markConsumerInteractionsRead(ticket: HugmeTicket): void {
  for (const interaction of ticket.interactions) {
    if (!CONSUMER_INTERACTION_TYPES.includes(interaction.ticket_interaction_type_id)) continue;
    interaction.readed = true;
    interaction.visualized = true;
  }
}

export function addHistory(ids: IdSequences, ticket: HugmeTicket, type: { id: number; name: string }, at: number, user?: Responsible): void {
  ticket.historical.unshift({
    id: ids.take('historical'),
    user: user ? { id: user.id, name: user.name, email: user.email ?? null } : { id: -1, name: null, email: null },
    auto: { id: -1, name: null },
    creation_date: hugmeDate(at),
    type,
  });
  touch(ticket, at);
}

export function setStatus(ticket: HugmeTicket, change: { ra?: number; hugme?: number }): void {
  if (change.ra !== undefined) ticket.ra_status = raStatus(change.ra);
  if (change.hugme !== undefined) ticket.hugme_status = hugmeStatus(change.hugme);
}

export function touch(ticket: HugmeTicket, at: number): void {
  const date = hugmeDate(at);
  if (date > ticket.last_modification_date) ticket.last_modification_date = date;
}

function recount(ticket: HugmeTicket): void {
  const consumer = ticket.interactions.filter((i) => CONSUMER_INTERACTION_TYPES.includes(i.ticket_interaction_type_id));
  ticket.interactions_count = ticket.interactions.length;
  ticket.customer_interactions_count = consumer.length;
  ticket.company_interactions_count = ticket.interactions.length - consumer.length;
  ticket.interactions_not_readed_count = consumer.filter((i) => !i.readed).length;
}

/** The company's public answer (interaction type 2): Respondido, or Réplica da empresa after a consumer's réplica. */
export function answerPublicly(ids: IdSequences, ticket: HugmeTicket, message: string, at: number, responsible: Responsible): HugmeInteraction {
  const isReplica = ticket.ra_status.id === 7;
  const interaction = addInteraction(ids, ticket, { type: 2, message, at, responsible });
  ticket.complaint_response_content = message;
  ticket.complaint_response_date = hugmeDate(at);
  if (isReplica) {
    ticket.ra.replicas_count++;
    ticket.last_replica_date = hugmeDate(at);
  }
  setStatus(ticket, { ra: isReplica ? 8 : 6, hugme: 2 });
  return interaction;
}

/** A consumer's public réplica (a new manifestation after the company's answer). */
export function consumerReplica(ids: IdSequences, ticket: HugmeTicket, message: string, at: number): HugmeInteraction {
  const interaction = addInteraction(ids, ticket, { type: 1, message, at });
  ticket.ra.replicas_count++;
  ticket.last_replica_date = hugmeDate(at);
  setStatus(ticket, { ra: 7, hugme: 1 });
  return interaction;
}

export interface Evaluation {
  rating: number;
  resolved: boolean;
  wouldReturn: boolean;
  consideration: string | null;
  at: number;
}

/** The consumer's evaluation (interaction type 11): Avaliado Resolvido / Não Resolvido, HugMe Fechado. */
export function evaluate(ids: IdSequences, ticket: HugmeTicket, evaluation: Evaluation): HugmeInteraction {
  const { at } = evaluation;
  const interaction = addInteraction(ids, ticket, {
    type: 11,
    message: evaluation.consideration ?? '',
    at,
    details: [
      { type: DETAIL_TYPES.resolved, value: evaluation.resolved ? 'Sim' : 'Não' },
      { type: DETAIL_TYPES.wouldReturn, value: evaluation.wouldReturn ? 'Sim' : 'Não' },
      { type: DETAIL_TYPES.grade, value: String(evaluation.rating) },
    ],
  });
  ticket.rating = String(evaluation.rating);
  ticket.rating_date = hugmeDate(at);
  ticket.resolved_issue = evaluation.resolved;
  ticket.back_doing_business = evaluation.wouldReturn;
  ticket.consumer_consideration = evaluation.consideration;
  ticket.consumer_consideration_date = evaluation.consideration ? hugmeDate(at) : null;
  ticket.request_evaluation = false;
  ticket.closed_date = hugmeDate(at);
  setStatus(ticket, { ra: evaluation.resolved ? 18 : 19, hugme: 3 });
  return interaction;
}

export function requestEvaluation(ids: IdSequences, ticket: HugmeTicket, at: number, responsible: Responsible): void {
  ticket.request_evaluation = true;
  setStatus(ticket, { hugme: 22 });
  addHistory(ids, ticket, HISTORY_TYPES.evaluation, at, responsible);
}

export function requestModeration(ids: IdSequences, ticket: HugmeTicket, reason: number, at: number, responsible: Responsible): void {
  ticket.request_moderation = true;
  ticket.ticket_moderations_count++;
  ticket.moderation = {
    user: { id: responsible.id, name: responsible.name },
    status: MODERATION_STATUS.pending,
    reason,
    request_date: hugmeDate(at),
    response_date: null,
  };
  addHistory(ids, ticket, HISTORY_TYPES.moderation, at, responsible);
}
