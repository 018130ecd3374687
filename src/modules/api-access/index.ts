import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { authAttemptLimits, type AuthFailureSettings } from './auth-attempt-limits.ts';
import { AuthAttempts } from './auth-attempts.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { registerApiAccessHooks } from './http-hooks.ts';
import { purgeRequestLogJob } from './jobs.ts';
import { registerKeyRoutes } from './key-routes.ts';
import { ApiKeysService } from './keys.ts';
import { RequestLog, type RequestLogObserver } from './request-log.ts';
import { registerRequestLogRoutes } from './request-log-routes.ts';
import { AccessTokensService } from './tokens.ts';

export { ApiKeysService } from './keys.ts';
export { AccessTokensService } from './tokens.ts';
export { RequestLog, type LoggedRequest, type RequestLogObserver } from './request-log.ts';

export interface ApiAccessModule {
  keys: ApiKeysService;
  tokens: AccessTokensService;
  requestLog: RequestLog;
  /** Refused sign-ins, counted for the limits on the sign-in routes; the HTTP server is built with it. */
  authAttempts: AuthAttempts;
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
  requestLogRetentionDays: number;
  requestLogObserver?: RequestLogObserver | undefined;
  authFailureLimits: AuthFailureSettings;
}): ApiAccessModule {
  const keys = new ApiKeysService(deps.database, deps.clock, deps.audit, deps.accounts);
  const tokens = new AccessTokensService(deps.database, deps.clock, keys, deps.accounts);
  const requestLog = new RequestLog(deps.database, deps.clock, deps.logger, deps.requestLogObserver);
  const authAttempts = new AuthAttempts(deps.database, deps.clock);
  return {
    keys,
    tokens,
    requestLog,
    authAttempts,
    registerRoutes(app) {
      registerApiAccessHooks(app, { tokens, requestLog, clock: deps.clock });
      registerAuthRoutes(app, { tokens, limits: authAttemptLimits(deps.authFailureLimits) });
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
