export { TicketsService } from './service.ts';
export { registerTicketRoutes } from './routes.ts';
export { SupportDesk } from './support-desk.ts';
export { registerSupportRoutes } from './support-routes.ts';
export { SupportSla } from './sla.ts';
export { SupportReports } from './reports.ts';
export { registerSupportReportRoutes } from './sla-routes.ts';
