export { AuditService } from './service.ts';
export { registerAuditRoutes } from './routes.ts';
