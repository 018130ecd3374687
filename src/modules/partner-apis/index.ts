export { PartnerApisService } from './service.ts';
export { partnerApiProblems } from './errors.ts';
export { registerPartnerApiRoutes } from './routes.ts';
export { checkMaintenanceWindow, checkSyntax, checkVersion } from './checks.ts';
export type { ApiDescription, CallFacts, CatalogEntry, MaintenanceWindow } from './description.ts';
