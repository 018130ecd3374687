export { PartnerApisService, type PartnerApi, type PartnerApiDetail } from './service.ts';
export { partnerApiProblems } from './errors.ts';
export { registerPartnerApiRoutes } from './routes.ts';
export { checkMaintenanceWindow, checkSyntax, checkVersion } from './checks.ts';
export type { ApiDescription, ApiOperation, CallFacts, CatalogEntry, JsonSchema, LocalizedText, MaintenanceWindow } from './description.ts';
