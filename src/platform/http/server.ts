import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from '../logging/logger.ts';
import { Problem, type ProblemType, platformProblems } from './problems.ts';
import { sendProblem, toProblem } from './problem-response.ts';
import { API_TAGS, documentProblems, openapiTransform, openapiTransformObject } from './openapi.ts';
import { clientErrorProblem, frameworkErrorProblem, refuseHostileInput } from './hostile-input.ts';
import { DOCS_CONTENT_SECURITY_POLICY, registerSecurityHeaders } from './security-headers.ts';
import { type AttemptCounter, registerFailedAttemptLimits } from './failed-attempt-limits.ts';
import type { HttpServer } from './http-server.ts';
import { registerGuideRoutes } from './guides.ts';

// Modules and ponte.ts name the type through this file, with createHttpServer.
export type { HttpServer } from './http-server.ts';

/** Where the OpenAPI description is served: the one address the README, the fuzz and /docs use. */
const OPENAPI_PATH = '/openapi.json';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The Fastify instance every module registers its routes on: zod validation, problem+json errors, a request id on
 * every response, and the OpenAPI 3.1 description. Building it is separate from listening, so tests use inject().
 */
export async function createHttpServer(options: {
  logger: Logger;
  /** This Ponte's address, read when an answer is written: without PUBLIC_URL it is known only once listening. */
  publicUrl: () => string;
  version: string;
  /** Which proxies' X-Forwarded-For names the client (Fastify's trustProxy); false takes the socket's address. */
  trustProxy: false | string[];
  /** Where refused attempts on routes with `failedAttemptLimits` are counted. */
  attemptCounter: AttemptCounter;
}): Promise<HttpServer> {
  const app = Fastify({
    loggerInstance: options.logger,
    // One log line per request, written by the onResponse hook below with the route pattern instead of the URL.
    logController: new LogController({ disableRequestLogging: true }),
    // A caller's own request id is kept when it is sane, so a partner can quote it back to support.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // Node would answer a missing Host header itself, with an empty body: hostile-input.ts answers it with a problem.
    http: { requireHostHeader: false },
    frameworkErrors: frameworkErrorProblem,
    clientErrorHandler: (error, socket) => clientErrorProblem(error, socket, options.publicUrl()),
    trustProxy: options.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('publicUrl', options.publicUrl);

  // Headers first: every later hook may end the request with an error, which must carry them too.
  await registerSecurityHeaders(app);
  refuseHostileInput(app as unknown as FastifyInstance);
  // Cookies are parsed before the authentication hooks, which read the console's session cookie.
  await app.register(cookie);
  await registerFailedAttemptLimits(app, options.attemptCounter);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every documented route lists the problems any request can meet before its handler runs (a NUL in the URL, a
  // missing Host header, a body that is not JSON or too large); the hooks and routes add their own.
  app.addHook('onRoute', (route) => {
    const input = [platformProblems.validation_failed, platformProblems.bad_request];
    const body: ProblemType[] = [platformProblems.payload_too_large];
    // A route that names its own media types (`consumes`) parses its body itself: only its size can be refused.
    if (route.schema?.consumes === undefined) body.push(platformProblems.malformed_json, platformProblems.unsupported_media_type);
    const unexpected = route.url.startsWith('/v1/') || route.url.startsWith('/hooks/') ? [platformProblems.internal_error] : [];
    documentProblems(route, [...input, ...(route.schema?.body ? body : []), ...unexpected]);
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    request.log[level](
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.type.status >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, new Problem(platformProblems.route_not_found, `${request.method} ${request.url.split('?')[0]} is not a Ponte route`)),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ponte API',
        version: options.version,
        description:
          'Integration hub API. Exchange an API key for a 12-hour access token at POST /v1/auth/token, then send it as `Authorization: Bearer <token>`. Errors are application/problem+json (RFC 9457) with a stable `code`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: options.publicUrl() }],
      tags: [...API_TAGS],
      // Every operation states its own security too (the public ones an empty list): see the api-access hooks.
      security: [{ bearerAuth: [] }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: '12-hour access token (`pat_…`) from POST /v1/auth/token or POST /v1/auth/login' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'ponte_session',
            description: 'The console’s and the portal’s session, set by POST /v1/auth/sessions; writes also need the x-csrf-token header',
          },
        },
      },
    },
    transform: openapiTransform,
    // Schemas with an id (the problem+json body) become components that operations refer to.
    transformObject: openapiTransformObject,
  });
  // One address for the description: /openapi.json. swagger-ui's page always fetches its own ./json (its initializer
  // sets that URL after any configuration), so /docs/json and /docs/yaml answer with a permanent redirect instead of
  // a second copy: the page follows it, and an old link learns the one address.
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: DOCS_CONTENT_SECURITY_POLICY,
    uiHooks: {
      onRequest: (request, reply, done) => {
        if (request.routeOptions.url === '/docs/json' || request.routeOptions.url === '/docs/yaml') return void reply.redirect(OPENAPI_PATH, 301);
        done();
      },
    },
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
  // Beside swagger-ui's /docs/* files: the router prefers these fixed paths to its wildcard.
  registerGuideRoutes(app as unknown as HttpServer);

  return app as unknown as HttpServer;
}
