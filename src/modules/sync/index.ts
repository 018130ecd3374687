export { SyncService, type RunningSync } from './service.ts';
export { SyncEngine, type EngineSettings } from './engine.ts';
export { CallbackInbox } from './callbacks.ts';
export { registerHookRoutes } from './hook-routes.ts';
export type { IntegrationSource, SyncIntegration } from './source.ts';
export { applyRecords, contentHash } from './change-detection.ts';
export { ConnectorRuntime, type ConnectorTarget, type RuntimeResilience } from './connector-runtime.ts';
export { SharedRateLimiter } from './shared-rate-limiter.ts';
export { recordAccountsChangedSince, syncRunIntegrationsChangedSince } from './changes.ts';
