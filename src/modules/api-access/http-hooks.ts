import type { FastifyRequest } from 'fastify';
import { documentProblems } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import { redactSecrets } from '../../platform/logging/redact.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { Clock } from '../../platform/clock.ts';
import type { CallerHint } from './tokens.ts';
import type { AccessTokensService } from './tokens.ts';
import type { RequestLog } from './request-log.ts';
import { apiAccessProblems } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without an access token (the token exchange itself, the login). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** What the token exchange learned about the caller before it failed or succeeded. */
    callerHint?: CallerHint;
  }
}

const isApiRequest = (request: FastifyRequest) => request.url.startsWith('/v1/');

/** What the authentication below can answer on a route that needs a token. */
const AUTHENTICATION_PROBLEMS = [
  platformProblems.unauthenticated,
  apiAccessProblems.token_malformed,
  apiAccessProblems.token_invalid,
  apiAccessProblems.token_expired,
  apiAccessProblems.api_key_revoked,
];
const BEARER = [{ bearerAuth: [] }];

/** Authenticates every `/v1` route that is not public, and writes every `/v1` request to the request log. */
export function registerApiAccessHooks(app: HttpServer, deps: { tokens: AccessTokensService; requestLog: RequestLog; clock: Clock }): void {
  // The description says what the onRequest hook below does: public routes need nothing, the others a bearer token.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1/') || !route.schema || route.schema.hide) return;
    const isPublic = route.config?.public === true;
    route.schema = { ...route.schema, security: isPublic ? [] : BEARER };
    if (!isPublic) documentProblems(route, AUTHENTICATION_PROBLEMS);
  });

  app.addHook('onRequest', async (request) => {
    request.callerHint = {};
    // Unmatched routes fall through to the not-found handler, so a wrong path says so even without a token.
    if (!isApiRequest(request) || !request.routeOptions.url || request.routeOptions.config.public) return;
    request.principal = await deps.tokens.authenticate(request.headers.authorization);
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!isApiRequest(request)) return;
    const principal = request.principal;
    const hint = request.callerHint ?? {};
    const failed = reply.statusCode >= 400;
    deps.requestLog.append({
      at: deps.clock.now(),
      requestId: request.id,
      apiKeyId: principal?.apiKeyId ?? hint.apiKeyId ?? null,
      userId: principal?.userId ?? hint.userId ?? null,
      environment: principal?.environment ?? hint.environment ?? null,
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      path: request.url.split('?')[0]!,
      status: reply.statusCode,
      latencyMs: Math.round(reply.elapsedTime),
      problemCode: request.problemCode ?? null,
      payload: failed ? redactSecrets({ query: request.query ?? null, body: request.body ?? null }) : null,
    });
  });
}
