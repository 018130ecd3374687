import { z } from 'zod';

/**
 * The wire shape of one HugMe ticket, after the full real sample behind providers.md §2 (field names, nesting, ids
 * as numbers at the top and as strings inside interactions). The sandbox stores tickets in exactly this shape, and
 * every response is checked against it on the way out.
 */
const iso = z.string();
const named = z.object({ id: z.number(), name: z.string() });
const nullableNamed = z.object({ id: z.number(), name: z.string().nullable() });

export const detailSchema = z.object({
  ticket_detail_id: z.string(),
  ticket_detail_type_id: z.number(),
  name: z.string(),
  value: z.string(),
  code: z.string().nullable(),
  creation_date: iso,
  privacy: z.boolean(),
  modification_date: iso.nullable(),
});

export const interactionSchema = z.object({
  ticket_interaction_id: z.string(),
  ticket_interaction_type_id: z.number(),
  ticket_interaction_name: z.string(),
  customer_id: z.string().nullable(),
  responsible_id: z.number().nullable(),
  responsible_name: z.string().nullable(),
  message: z.string(),
  privacy: z.boolean(),
  creation_date: iso,
  modification_date: iso.nullable(),
  delivered: z.boolean(),
  readed: z.boolean(),
  visualized: z.boolean(),
  video: z.string().nullable(),
  picture: z.string().nullable(),
  details: z.array(detailSchema),
});

export const customerSchema = z.object({
  id: z.number(),
  duplicate_id: z.number(),
  name: z.string(),
  birthday: z.array(iso),
  cpf: z.array(z.string()),
  rg: z.array(z.string()),
  cnpj: z.array(z.string()),
  gender: z.array(z.string()),
  email: z.array(z.string()),
  phone_numbers: z.array(z.string()),
  photo: z.array(z.string()),
  city: z.array(named),
  state: z.array(z.object({ id: z.number(), name: z.string(), fs: z.string() })),
  type: z.string(),
  tags: z.array(z.string()),
  pending_tickets_count: z.number(),
});

const attachedSchema = z.object({
  id: z.string(),
  type_detail_id: z.number(),
  name: z.string(),
  detail_description: z.string(),
  creation_date: iso,
  privacy: z.boolean(),
});

const historicalSchema = z.object({
  id: z.number(),
  user: z.object({ id: z.number(), name: z.string().nullable(), email: z.string().nullable() }),
  auto: nullableNamed,
  creation_date: iso,
  type: named,
});

export const ticketSchema = z.object({
  id: z.number(),
  source_external_id: z.string(),
  complaint_title: z.string(),
  complaint_content: z.string(),
  complaint_response_content: z.string().nullable(),
  complaint_response_date: iso.nullable(),
  creation_date: iso,
  insertion_date: iso,
  last_modification_date: iso,
  closed_date: iso.nullable(),
  hugme_status: named,
  ra_status: named,
  source: named,
  information_source: named,
  company: named,
  customer: customerSchema,
  user: nullableNamed,
  favorable_assessment: z.object({ id: z.number(), description: z.string() }),
  ra: z.object({
    replicas_count: z.number(),
    source_id: z.number(),
    source_name: z.string(),
    deactivation_date: iso.nullable(),
    deactivation_reason: z.string().nullable(),
    internal_process: z.boolean(),
    blackfriday: z.boolean(),
  }),
  moderation: z.object({
    user: nullableNamed,
    status: z.string().nullable(),
    reason: z.number().nullable(),
    request_date: iso.nullable(),
    response_date: iso.nullable(),
  }),
  request_moderation: z.boolean(),
  request_evaluation: z.boolean(),
  frozen: z.boolean(),
  active: z.boolean(),
  filed: z.boolean(),
  resolved_issue: z.boolean().nullable(),
  back_doing_business: z.boolean().nullable(),
  ra_reason: z.string().nullable(),
  ra_feeling: z.string().nullable(),
  rating: z.string(),
  rating_date: iso.nullable(),
  consumer_consideration: z.string().nullable(),
  consumer_consideration_date: iso.nullable(),
  company_consideration: z.string().nullable(),
  company_consideration_date: iso.nullable(),
  public_treatment_time: z.string().nullable(),
  private_treatment_time: z.string().nullable(),
  last_replica_date: iso.nullable(),
  comments_count: z.number(),
  redistributions_count: z.number(),
  ticket_moderations_count: z.number(),
  ticket_messages_count: z.number(),
  interactions_count: z.number(),
  interactions_not_readed_count: z.number(),
  customer_interactions_count: z.number(),
  company_interactions_count: z.number(),
  tags: z.array(z.string()),
  attached: z.array(attachedSchema),
  categories: z.array(z.object({ id: z.number(), code: z.number(), description: z.string(), creation_date: iso })),
  historical: z.array(historicalSchema),
  interactions: z.array(interactionSchema),
});

export type HugmeTicket = z.infer<typeof ticketSchema>;
export type HugmeInteraction = z.infer<typeof interactionSchema>;
export type HugmeDetail = z.infer<typeof detailSchema>;
export type HugmeCustomer = z.infer<typeof customerSchema>;

export const ticketListSchema = z.object({
  data: z.array(ticketSchema),
  meta: z.object({ page: z.object({ number: z.number(), size: z.number() }), total: z.number() }),
});

/** What this sandbox answers to a successful write (providers.md: the provider's own body is unknown). */
export const writeResultSchema = z.object({
  success: z.literal(true),
  message: z.string(),
  data: z.object({ id: z.number(), ticket_interaction_id: z.string().optional() }),
});

export type WriteResult = z.infer<typeof writeResultSchema>;
