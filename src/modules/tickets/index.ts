export { TicketsService } from './service.ts';
export { recordTicketEvent } from './timeline.ts';
export { type Ticket } from './presenter.ts';
export { ticketProblems } from './errors.ts';
export { registerTicketRoutes } from './routes.ts';
export { SupportDesk } from './support-desk.ts';
export { registerSupportRoutes } from './support-routes.ts';
