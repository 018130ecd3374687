import { z } from 'zod';
import { MESSAGE_DIRECTIONS, MESSAGE_VISIBILITIES, TICKET_CATEGORIES, TICKET_KINDS, TICKET_LOCALES, TICKET_PRIORITIES, TICKET_STAGES, TICKET_STATUSES, TICKET_TEAMS } from './schema.ts';

const timestamp = z.iso.datetime();

export const ticketSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  integrationId: z.string().nullable().describe('The integration the ticket is about, if any'),
  kind: z.enum(TICKET_KINDS),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  assigneeId: z.string().nullable().describe('The admin or agent working it'),
  requester: z.object({ email: z.string(), name: z.string().nullable() }).describe('Who the ticket answers to'),
  locale: z.enum(TICKET_LOCALES).describe('The language the customer is written to in'),
  createdAt: timestamp,
  updatedAt: timestamp,
  lastMessageAt: timestamp.nullable().describe('When the last public message was added'),
  category: z.enum(TICKET_CATEGORIES).nullable().describe('What it is about; for support tickets, one of the partner API procedure’s nine categories'),
  stage: z.enum(TICKET_STAGES).nullable().describe('Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets'),
  team: z.enum(TICKET_TEAMS).nullable().describe('The team working it; null for onboarding tickets'),
  priority: z.enum(TICKET_PRIORITIES),
  solution: z.string().nullable().describe('Set on closing: what solved it'),
  finalCategory: z.enum(TICKET_CATEGORIES).nullable().describe('Set on closing: the category it turned out to be'),
  confirmedByRequester: z.boolean().nullable().describe('Set on closing: whether the requester confirmed the solution'),
});

export const ticketMessageSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  direction: z.enum(MESSAGE_DIRECTIONS).describe('inbound: from the customer; outbound: from the operator'),
  visibility: z.enum(MESSAGE_VISIBILITIES).describe('internal: a note among staff, never shown to customers'),
  author: z.string().describe('Who added it: a user or key id, `system:<job>`, `contact:<address>`'),
  from: z.string().nullable(),
  to: z.array(z.string()),
  subject: z.string().nullable(),
  body: z.string(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number().int() })).describe('What came attached to the e-mail (the files are not kept here)'),
  mailMessageId: z.string().nullable().describe('The e-mail’s Message-ID, for messages that came or went by e-mail'),
  createdAt: timestamp,
});

const ticketEventSchema = z.object({
  id: z.string(),
  at: timestamp,
  actor: z.string(),
  type: z.string().describe('created, message_added, status_changed, assigned, …'),
  data: z.record(z.string(), z.unknown()),
});

export const ticketDetailSchema = ticketSchema.extend({
  messages: z.array(ticketMessageSchema).describe('Oldest first; customers do not see internal notes'),
  timeline: z.array(ticketEventSchema).describe('Every change, oldest first'),
});

const body = z.string().trim().min(1).max(20_000);

export const newTicketBody = z.strictObject({
  accountId: z.string().optional().describe('Required for staff; a customer’s own account by default'),
  integrationId: z.string().optional(),
  kind: z.enum(TICKET_KINDS).default('onboarding'),
  subject: z.string().trim().min(1).max(200),
  requester: z
    .strictObject({ email: z.email().max(320), name: z.string().trim().min(1).max(200).optional() })
    .optional()
    .describe('Default: the user opening the ticket'),
  locale: z.enum(TICKET_LOCALES).optional().describe('Default pt-BR'),
  message: z.strictObject({ body, visibility: z.enum(MESSAGE_VISIBILITIES).optional().describe('Default public; internal for staff only') }).optional(),
});

export const newMessageBody = z.strictObject({
  body,
  visibility: z.enum(MESSAGE_VISIBILITIES).default('public').describe('internal: a note among staff (staff only)'),
  awaitCustomer: z.boolean().optional().describe('Staff: the reply asks the customer for something, so the ticket waits for them'),
});

export const ticketChangesBody = z
  .strictObject({
    status: z.enum(TICKET_STATUSES).optional(),
    assigneeId: z.string().max(100).nullable().optional().describe('An admin or agent user id; null: nobody'),
    reason: z.string().trim().min(1).max(2000).optional().describe('Why the status changes: shown on the timeline'),
  })
  .refine((changes) => changes.status !== undefined || changes.assigneeId !== undefined, { message: 'Send status, assigneeId or both' });

export const ticketQuery = z.strictObject({
  accountId: z.string().optional(),
  integrationId: z.string().optional(),
  kind: z.enum(TICKET_KINDS).optional(),
  status: z.enum(TICKET_STATUSES).optional(),
  assigneeId: z.string().optional(),
  after: z.string().optional().describe('The last id of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
