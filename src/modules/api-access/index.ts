import type { Clock } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { authAttemptLimits, type AuthFailureSettings, type AuthRouteLimits } from './auth-attempt-limits.ts';
import { AuthAttempts } from './auth-attempts.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { GatewayAuthenticator } from './gateway.ts';
import { GatewayRequestLog } from './gateway-log.ts';
import { registerGatewayRoutes } from './gateway-routes.ts';
import { registerApiAccessHooks } from './http-hooks.ts';
import { TokenIntrospection } from './introspection.ts';
import { purgeRequestLogJob } from './jobs.ts';
import { registerKeyRoutes } from './key-routes.ts';
import { ApiKeysService, type PartnerApiDirectory } from './keys.ts';
import { RequestLog, type RequestLogObserver } from './request-log.ts';
import { registerRequestLogRoutes } from './request-log-routes.ts';
import { AccessTokensService } from './tokens.ts';
import { registerSessionRoutes } from './session-routes.ts';
import { WebSessions } from './sessions.ts';

export { ApiKeysService, type PartnerApiDirectory } from './keys.ts';
export { AccessTokensService } from './tokens.ts';
export { RequestLog, type LoggedRequest, type RequestLogObserver } from './request-log.ts';

export interface ApiAccessModule {
  keys: ApiKeysService;
  tokens: AccessTokensService;
  requestLog: RequestLog;
  /** RFC 7662 introspection for partner APIs' gateways (POST /v1/auth/introspect). */
  introspection: TokenIntrospection;
  /** Refused sign-ins, counted for the limits on the sign-in routes; the HTTP server is built with it. */
  authAttempts: AuthAttempts;
  /** The limits on the sign-in routes, for the flows' routes that take credentials (password resets). */
  authLimits: AuthRouteLimits;
  registerRoutes(app: HttpServer): void;
  registerJobs(queue: Queue): Promise<void>;
  startWorkers(queue: Queue): Promise<void>;
}

export function createApiAccessModule(deps: {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  audit: AuditService;
  accounts: AccountsService;
  /** The operator's partner APIs (partner-apis' service): keys and tokens may be for one of them. */
  partnerApis: PartnerApiDirectory;
  requestLogRetentionDays: number;
  requestLogObserver?: RequestLogObserver | undefined;
  authFailureLimits: AuthFailureSettings;
  /** Derives the key of the console sessions' CSRF tokens. */
  keyring: Pick<Keyring, 'deriveKeys'>;
  /** Where people reach Ponte: an https address makes the session cookies Secure even when a proxy's TLS is not seen. */
  publicUrl: string;
}): ApiAccessModule {
  const keys = new ApiKeysService(deps.database, deps.clock, deps.audit, deps.accounts, deps.partnerApis);
  const tokens = new AccessTokensService(deps.database, deps.clock, keys, deps.accounts, deps.partnerApis);
  const introspection = new TokenIntrospection(deps.database, deps.clock, deps.accounts, deps.partnerApis);
  const requestLog = new RequestLog(deps.database, deps.clock, deps.logger, deps.requestLogObserver);
  const authAttempts = new AuthAttempts(deps.database, deps.clock);
  const sessions = new WebSessions(deps.keyring, deps.clock, deps.publicUrl.startsWith('https:'));
  const limits = authAttemptLimits(deps.authFailureLimits);
  return {
    keys,
    tokens,
    requestLog,
    introspection,
    authAttempts,
    authLimits: limits,
    registerRoutes(app) {
      registerApiAccessHooks(app, { tokens, sessions, requestLog, clock: deps.clock });
      registerAuthRoutes(app, { tokens, limits });
      registerSessionRoutes(app, { database: deps.database, tokens, accounts: deps.accounts, sessions, limits });
      registerGatewayRoutes(app, { gateways: new GatewayAuthenticator(keys), introspection, gatewayLog: new GatewayRequestLog(deps.database), limits: limits.gateway });
      registerKeyRoutes(app, { keys });
      registerRequestLogRoutes(app, { requestLog });
    },
    async registerJobs(queue) {
      await queue.register(purgeRequestLogJob);
      // 03:17 São Paulo time: off-peak, and off the hour when other cron jobs pile up.
      await queue.schedule(purgeRequestLogJob, '17 3 * * *', {});
    },
    async startWorkers(queue) {
      await queue.work(purgeRequestLogJob, async () => {
        const purged = await requestLog.purge(deps.requestLogRetentionDays);
        deps.logger.info({ ...purged, authAttemptBuckets: await authAttempts.purgeEnded() }, 'purged the request log');
      });
    },
  };
}
