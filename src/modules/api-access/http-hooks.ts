import type { FastifyRequest } from 'fastify';
import { documentProblems } from '../../platform/http/openapi.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { Clock } from '../../platform/clock.ts';
import type { CallerHint } from './tokens.ts';
import type { AccessTokensService } from './tokens.ts';
import type { RequestLog } from './request-log.ts';
import { apiAccessProblems } from './errors.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type WebSessions } from './sessions.ts';
import { boundedErrorMessage, boundedPayload } from './gateway-log.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without an access token (the token exchange itself, the login). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** What the token exchange learned about the caller before it failed or succeeded. */
    /** When the request came in, on Ponte's clock. */
    receivedAt?: Date;
    callerHint?: CallerHint;
    /** The detail of the problem answered, for the request log. */
    problemDetail?: string;
    /** The session token, when the `ponte_session` cookie (not a bearer header) authenticated the request. */
    sessionToken?: string;
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
  apiAccessProblems.token_for_partner_api,
];
// A bearer token, or the console's session cookie (whose writes also need the CSRF header).
const BEARER_OR_SESSION: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
/** Methods that change nothing: a cookie-authenticated request with one of them needs no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Authenticates every `/v1` route that is not public, and writes every `/v1` request to the request log. */
export function registerApiAccessHooks(app: HttpServer, deps: { tokens: AccessTokensService; sessions: WebSessions; requestLog: RequestLog; clock: Clock }): void {
  // The description says what the onRequest hook below does: public routes need nothing, the others a bearer token.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1/') || !route.schema || route.schema.hide) return;
    const isPublic = route.config?.public === true;
    route.schema = { ...route.schema, security: isPublic ? [] : BEARER_OR_SESSION };
    if (!isPublic) documentProblems(route, AUTHENTICATION_PROBLEMS);
  });

  app.addHook('onRequest', async (request) => {
    // The time a request is logged at is when it came in: the moment its token was checked.
    request.receivedAt = deps.clock.now();
    request.callerHint = {};
    // Unmatched routes fall through to the not-found handler, so a wrong path says so even without a token.
    if (!isApiRequest(request) || !request.routeOptions.url || request.routeOptions.config.public) return;
    const authorization = request.headers.authorization;
    const session = authorization === undefined ? request.cookies[SESSION_COOKIE] : undefined;
    if (!session) {
      request.principal = await deps.tokens.authenticate(authorization, request.callerHint);
      return;
    }
    request.principal = await deps.tokens.authenticateToken(session, `cookie.${SESSION_COOKIE}`, request.callerHint);
    request.sessionToken = session;
    // A browser sends the cookie with any request to Ponte; only Ponte's own page can read the CSRF token to send it.
    if (!SAFE_METHODS.has(request.method) && !deps.sessions.csrfMatches(session, request.headers[CSRF_HEADER])) {
      throw new Problem(apiAccessProblems.csrf_token_invalid, `Send the ${CSRF_COOKIE} cookie's value (csrfToken of POST /v1/auth/sessions) as the ${CSRF_HEADER} header`, { field: `header.${CSRF_HEADER}` });
    }
  });

  // The problem's detail is what the caller read: the log keeps it (redacted, cut short) as the error message.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isApiRequest(request) || reply.statusCode < 400 || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json')) return payload;
    try {
      const detail = (JSON.parse(payload) as { detail?: unknown }).detail;
      if (typeof detail === 'string') request.problemDetail = detail;
    } catch {
      // Not JSON after all: the log goes without a message.
    }
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!isApiRequest(request)) return;
    const principal = request.principal;
    const hint = request.callerHint ?? {};
    const failed = reply.statusCode >= 400;
    deps.requestLog.append({
      at: request.receivedAt ?? deps.clock.now(),
      requestId: request.id,
      apiKeyId: principal?.apiKeyId ?? hint.apiKeyId ?? null,
      tokenId: principal?.tokenId ?? hint.tokenId ?? null,
      userId: principal?.userId ?? hint.userId ?? null,
      environment: principal?.environment ?? hint.environment ?? null,
      // Ponte's own API: rows of partner APIs come from their gateways (POST /v1/api-requests/batch).
      partnerApiId: null,
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      path: request.url.split('?')[0]!,
      status: reply.statusCode,
      latencyMs: Math.round(reply.elapsedTime),
      problemCode: request.problemCode ?? null,
      errorMessage: failed ? boundedErrorMessage(request.problemDetail) : null,
      payload: failed ? boundedPayload({ query: request.query ?? null, body: request.body ?? null }) : null,
    });
  });
}
