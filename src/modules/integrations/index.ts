export { IntegrationsService, type NewIntegration } from './service.ts';
export { IntegrationStore } from './store.ts';
export { registerIntegrationRoutes } from './routes.ts';
export { integrationProblems } from './errors.ts';
export { INTEGRATION_STATES, type IntegrationState } from './schema.ts';
