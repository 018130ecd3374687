import { z } from 'zod';
import { requireRole } from '../../platform/http/principal.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { RequestLog } from './request-log.ts';
import { ENVIRONMENTS } from './schema.ts';

const apiRequestSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  requestId: z.string(),
  apiKeyId: z.string().nullable(),
  userId: z.string().nullable(),
  environment: z.enum(ENVIRONMENTS).nullable(),
  method: z.string(),
  route: z.string(),
  path: z.string(),
  status: z.number().int(),
  latencyMs: z.number().int(),
  problemCode: z.string().nullable(),
  payload: z.unknown().describe('For failures: the query and body sent, secrets redacted'),
});

export function registerRequestLogRoutes(app: HttpServer, deps: { requestLog: RequestLog }): void {
  app.get(
    '/v1/api-requests',
    {
      schema: {
        tags: ['api keys'],
        summary: 'The API request log, newest first (admins)',
        security: [{ bearerAuth: [] }],
        querystring: z.strictObject({
          apiKeyId: z.string().optional(),
          userId: z.string().optional(),
          environment: z.enum(ENVIRONMENTS).optional(),
          status: z.coerce.number().int().min(100).max(599).optional(),
          problemCode: z.string().optional(),
          route: z.string().optional().describe('Route pattern, e.g. /v1/accounts/:accountId'),
          requestId: z.string().optional(),
          failedOnly: z.stringbool().optional(),
          from: z.iso.datetime().optional(),
          to: z.iso.datetime().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.object({ data: z.array(apiRequestSchema) }) },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      const { from, to, ...filter } = request.query;
      const data = await deps.requestLog.list({
        ...filter,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return { data };
    },
  );
}
