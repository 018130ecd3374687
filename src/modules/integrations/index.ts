export { IntegrationsService } from './service.ts';
export { IntegrationStore } from './store.ts';
export { registerIntegrationRoutes } from './routes.ts';
export { integrationProblems } from './errors.ts';
