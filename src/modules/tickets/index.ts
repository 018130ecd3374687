export { TicketsService, type NewTicket, type NewMessage } from './service.ts';
export { registerTicketRoutes } from './routes.ts';
export { ticketProblems } from './errors.ts';
export type { Ticket, TicketDetail, TicketMessage } from './presenter.ts';
export { TICKET_KINDS, TICKET_STATUSES, type TicketKind, type TicketStatus, type AttachmentInfo } from './schema.ts';
