import { z } from 'zod';
import type { Complaint, ComplaintInteraction, NormalisedRecord } from '../sdk/records.ts';
import { ProviderError } from '../sdk/provider-error.ts';

/**
 * HugMe tickets (providers.md §2) into Ponte's `Complaint`. Only the fields the record needs are checked, and
 * loosely (nullable and optional where the one real sample could hide variation), so a new provider field never
 * breaks a sync while a missing id or date does (`bad_response`).
 */
const named = z.object({ id: z.coerce.number(), name: z.string().nullish() }).nullish();
const dateText = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date');

const hugmeTicketSchema = z.object({
  id: z.union([z.number(), z.string().regex(/^\d+$/)]),
  source_external_id: z.union([z.string(), z.number()]).nullish(),
  complaint_title: z.string().nullish(),
  complaint_content: z.string().nullish(),
  complaint_response_content: z.string().nullish(),
  complaint_response_date: z.string().nullish(),
  creation_date: dateText,
  last_modification_date: dateText,
  closed_date: z.string().nullish(),
  hugme_status: named,
  ra_status: named,
  company: named,
  customer: z
    .object({
      name: z.string().nullish(),
      email: z.array(z.string()).nullish(),
      cpf: z.array(z.string()).nullish(),
      cnpj: z.array(z.string()).nullish(),
    })
    .nullish(),
  rating: z.union([z.string(), z.number()]).nullish(),
  // A count sent as text ("3") is still the count.
  interactions_count: z.coerce.number().int().nonnegative().nullish(),
  interactions: z
    .array(
      z
        .object({
          ticket_interaction_id: z.union([z.string(), z.number()]).nullish(),
          ticket_interaction_type_id: z.coerce.number(),
          ticket_interaction_name: z.string().nullish(),
          message: z.string().nullish(),
          privacy: z.boolean().nullish(),
          creation_date: z.string().nullish(),
        })
        .loose(),
    )
    .nullish(),
});

type HugmeInteraction = NonNullable<z.infer<typeof hugmeTicketSchema>['interactions']>[number];

/** Interaction type 2 is the company's public answer (providers.md §2). */
const PUBLIC_ANSWER_TYPE = 2;
/** The consumer's réplica (1), private message (6) and evaluation (11); type 7 is a third party's comment. */
const CONSUMER_TYPES: readonly number[] = [1, 6, 11];
/** Private messages of the company (3) and of the consumer (6). */
const PRIVATE_TYPES: readonly number[] = [3, 6];

function toComplaint(raw: unknown): Complaint {
  const parsed = hugmeTicketSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    throw new ProviderError('bad_response', `HugMe ticket ${String(id ?? '?')} has an unexpected shape: ${z.prettifyError(parsed.error)}`);
  }
  const ticket = parsed.data;
  const interactions = ticket.interactions ?? [];
  const customer = ticket.customer;
  return {
    provider: 'reclame-aqui',
    externalId: String(ticket.id),
    sourceExternalId: ticket.source_external_id == null || ticket.source_external_id === '' ? null : String(ticket.source_external_id),
    title: ticket.complaint_title ?? '',
    content: ticket.complaint_content ?? '',
    hugmeStatus: status(ticket.hugme_status),
    raStatus: status(ticket.ra_status),
    customer: {
      name: customer?.name || null,
      email: customer?.email?.find(Boolean) ?? null,
      document: customer?.cpf?.find(Boolean) ?? customer?.cnpj?.find(Boolean) ?? null,
    },
    companyId: ticket.company ? String(ticket.company.id) : null,
    answered: Boolean(ticket.complaint_response_date || ticket.complaint_response_content) || interactions.some((i) => i.ticket_interaction_type_id === PUBLIC_ANSWER_TYPE),
    rating: rating(ticket.rating),
    interactionsCount: ticket.interactions_count ?? interactions.length,
    interactions: interactions.flatMap(toInteraction),
    createdAt: isoDate(ticket.creation_date),
    updatedAt: isoDate(ticket.last_modification_date),
    closedAt: ticket.closed_date ? isoDate(ticket.closed_date) : null,
  };
}

/** An interaction without an id cannot be told apart from the next one: it is left out rather than guessed. */
function toInteraction(raw: HugmeInteraction): ComplaintInteraction[] {
  if (raw.ticket_interaction_id === null || raw.ticket_interaction_id === undefined || raw.ticket_interaction_id === '') return [];
  const type = raw.ticket_interaction_type_id;
  const at = raw.creation_date && !Number.isNaN(Date.parse(raw.creation_date)) ? isoDate(raw.creation_date) : null;
  return [
    {
      id: String(raw.ticket_interaction_id),
      type,
      typeName: raw.ticket_interaction_name ?? null,
      fromConsumer: CONSUMER_TYPES.includes(type),
      private: raw.privacy ?? PRIVATE_TYPES.includes(type),
      message: raw.message ?? '',
      createdAt: at,
    },
  ];
}

export function toRecord(raw: unknown): NormalisedRecord {
  const data = toComplaint(raw);
  return { model: 'complaint', externalId: data.externalId, data };
}

function status(value: { id: number; name?: string | null } | null | undefined): Complaint['hugmeStatus'] {
  return value ? { id: value.id, name: value.name ?? '' } : null;
}

/** HugMe sends "-1" (as text) for an unrated complaint. */
function rating(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : null;
}

/** HugMe writes UTC with milliseconds (`2021-04-30T12:18:30.000Z`); a date-time without a zone is read as UTC. */
function isoDate(value: string): string {
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) throw new ProviderError('bad_response', `HugMe sent an unreadable date: ${value}`);
  return new Date(ms).toISOString();
}
