import type { EventRow, MessageRow, TicketRow } from './queries.ts';

/** A ticket as services return it and the API shows it. */
export function presentTicket(row: TicketRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    integrationId: row.integrationId,
    kind: row.kind,
    subject: row.subject,
    status: row.status,
    assigneeId: row.assigneeId,
    requester: { email: row.requesterEmail, name: row.requesterName },
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
    category: row.category,
    stage: row.stage,
    team: row.team,
    priority: row.priority,
    solution: row.solution,
    finalCategory: row.finalCategory,
    confirmedByRequester: row.confirmedByRequester,
  };
}
export type Ticket = ReturnType<typeof presentTicket>;

export function presentMessage(row: MessageRow) {
  return {
    id: row.id,
    ticketId: row.ticketId,
    direction: row.direction,
    visibility: row.visibility,
    author: row.author,
    from: row.fromAddress,
    to: row.toAddresses ?? [],
    subject: row.subject,
    body: row.body,
    attachments: row.attachments,
    mailMessageId: row.mailMessageId,
    createdAt: row.createdAt.toISOString(),
  };
}
export type TicketMessage = ReturnType<typeof presentMessage>;

export function presentEvent(row: EventRow) {
  return { id: row.id, at: row.at.toISOString(), actor: row.actor, type: row.type, data: row.data };
}
export type TicketEvent = ReturnType<typeof presentEvent>;

export type TicketDetail = Ticket & { messages: TicketMessage[]; timeline: TicketEvent[] };
