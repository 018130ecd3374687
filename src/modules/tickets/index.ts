export { TicketsService } from './service.ts';
export { registerTicketRoutes } from './routes.ts';
