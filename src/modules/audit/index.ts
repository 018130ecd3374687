export { AuditService, type AuditEntry, type AuditEntryInput } from './service.ts';
export { registerAuditRoutes } from './routes.ts';
