import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { z } from 'zod';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from '../logging/logger.ts';
import { Problem, platformProblems } from './problems.ts';
import { sendProblem, toProblem } from './problem-response.ts';
import { clientErrorProblem, frameworkErrorProblem, refuseHostileInput } from './hostile-input.ts';
import { DOCS_CONTENT_SECURITY_POLICY, registerSecurityHeaders } from './security-headers.ts';
import { type AttemptCounter, registerFailedAttemptLimits } from './failed-attempt-limits.ts';

export type HttpServer = FastifyInstance<Server, IncomingMessage, ServerResponse, Logger, ZodTypeProvider>;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable problem code, e.g. token_expired'),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    field: z.string().optional().describe('Where the offending value was: body.x, query.x, header.x'),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .describe('application/problem+json (RFC 9457)');

/**
 * The Fastify instance every module registers its routes on: zod validation, problem+json errors, a request id on
 * every response, and the OpenAPI 3.1 description. Building it is separate from listening, so tests use inject().
 */
export async function createHttpServer(options: {
  logger: Logger;
  publicUrl: string;
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
    clientErrorHandler: clientErrorProblem,
    trustProxy: options.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  // Headers first: every later hook may end the request with an error, which must carry them too.
  await registerSecurityHeaders(app);
  refuseHostileInput(app as unknown as FastifyInstance);
  await registerFailedAttemptLimits(app, options.attemptCounter);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every API route documents its errors: problem+json with a stable code (the body itself is built by sendProblem).
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1/') && !route.url.startsWith('/hooks/')) return;
    const response = (route.schema?.response ?? {}) as Record<string, unknown>;
    route.schema = { ...route.schema, response: { ...response, '4XX': problemSchema, '5XX': problemSchema } };
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
      },
      servers: [{ url: options.publicUrl }],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: '12-hour access token' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CONTENT_SECURITY_POLICY });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app as unknown as HttpServer;
}
