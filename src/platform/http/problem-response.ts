import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type FieldError, Problem, platformProblems, problemTypeUri } from './problems.ts';

/** The problem+json body of an error, as sent to the client. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  requestId: string;
  field?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

// Fastify's validation contexts, named as the problem's `field` prefix.
const LOCATIONS: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'header' };

function fieldPath(location: string, path: readonly PropertyKey[]): string {
  return [location, ...path.map(String)].join('.');
}

/** Maps anything thrown while handling a request to a Problem; unknown errors become a bare internal_error. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const location = LOCATIONS[fastifyError.validationContext ?? 'body'] ?? 'body';
    const errors: FieldError[] = fastifyError.validation.flatMap((issue) => {
      const path = issue.instancePath.split('/').filter(Boolean);
      const keys = (issue.params as { keys?: string[] }).keys;
      if (issue.keyword === 'unrecognized_keys' && keys) {
        return keys.map((key) => ({ field: fieldPath(location, [...path, key]), message: 'is not a known field' }));
      }
      return [{ field: fieldPath(location, path), message: issue.message ?? 'is not valid' }];
    });
    return new Problem(platformProblems.validation_failed, errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      field: errors[0]?.field,
      errors,
    });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new Problem(platformProblems.malformed_json, fastifyError.message, { field: 'body' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new Problem(platformProblems.unsupported_media_type, fastifyError.message, { field: 'header.content-type' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(platformProblems.payload_too_large, fastifyError.message, { field: 'body' });
  }
  // A plugin's own refusal is the caller's error, not ours: @fastify/static's 403 for a file name it will not serve
  // (too long, say) is a file that is not there.
  const status = fastifyError.statusCode ?? 500;
  if (status === 404 || status === 403) return new Problem(platformProblems.not_found);
  if (status === 405) return new Problem(platformProblems.method_not_allowed);
  if (status >= 400 && status < 500) return new Problem(platformProblems.bad_request, 'The request cannot be served as it is');
  return new Problem(platformProblems.internal_error);
}

/** `publicUrl` is this Ponte's address: the `type` URI is the code's section in the guides it serves. */
export function problemBody(problem: Problem, requestId: string, publicUrl: string, instance?: string): ProblemBody {
  const { field, errors, ...rest } = problem.extensions;
  return {
    type: problemTypeUri(publicUrl, problem.type.code),
    title: problem.type.title,
    status: problem.type.status,
    code: problem.type.code,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(instance ? { instance } : {}),
    requestId,
    ...(field ? { field } : {}),
    ...(errors ? { errors } : {}),
    ...rest,
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  request.problemCode = problem.type.code;
  // A problem that knows when to come back (a provider's rate limit) says so in the header clients read.
  const retryAfter = problem.extensions.retryAfterSeconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
  return reply
    .status(problem.type.status)
    .type('application/problem+json; charset=utf-8')
    .send(problemBody(problem, request.id, request.server.publicUrl(), request.url.split('?')[0]));
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This Ponte's public address (PUBLIC_URL, else the address it listens on): problem `type` URIs start with it. */
    publicUrl(): string;
  }
  interface FastifyRequest {
    /** The problem code of the response, when it is an error; read by the request log. */
    problemCode?: string;
  }
}
