import { z } from 'zod';
import { requireRole } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { RequestLog } from './request-log.ts';
import { ENVIRONMENTS } from './schema.ts';

const apiRequestSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  requestId: z.string(),
  apiKeyId: z.string().nullable(),
  tokenId: z.string().nullable(),
  userId: z.string().nullable(),
  environment: z.enum(ENVIRONMENTS).nullable().describe('The environment the request was for'),
  partnerApiId: z.string().nullable().describe('The partner API the request went to (rows its gateway posted); null for Ponte’s own'),
  method: z.string(),
  route: z.string(),
  path: z.string(),
  status: z.number().int(),
  latencyMs: z.number().int(),
  problemCode: z.string().nullable(),
  errorMessage: z.string().nullable().describe('For failures: the problem’s detail as answered, secrets redacted'),
  payload: z.unknown().describe('For failures: the query and body sent, secrets redacted'),
});

export function registerRequestLogRoutes(app: HttpServer, deps: { requestLog: RequestLog }): void {
  app.get(
    '/v1/api-requests',
    {
      schema: {
        ...operation({
          id: 'listApiRequests',
          tag: 'request-log',
          summary: 'The API request log, newest first (admins)',
          description:
            'Every /v1 request with its key, token, user, environment, route, status, latency and problem code, and the requests partner APIs’ gateways posted; failures keep the error message and the query and body sent, secrets redacted. The support desk’s evidence: filter by key, user, route, request id or period.',
        }),
        querystring: z.strictObject({
          apiKeyId: z.string().optional(),
          userId: z.string().optional(),
          environment: z.enum(ENVIRONMENTS).optional(),
          status: z.coerce.number().int().min(100).max(599).optional(),
          problemCode: z.string().optional(),
          route: z.string().optional().describe('Route pattern, e.g. /v1/accounts/:accountId'),
          requestId: z.string().optional(),
          partnerApiId: z.string().optional().describe('Only rows of this partner API; `ponte` for Ponte’s own API'),
          failedOnly: z.stringbool().optional(),
          from: z.iso.datetime().optional(),
          to: z.iso.datetime().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: {
          200: z.object({ data: z.array(apiRequestSchema) }).meta({
            examples: [
              {
                data: [
                  {
                    id: 'req_2b6d0f4h8k1m5p9r3t7v',
                    at: '2026-03-02T09:12:31.482Z',
                    requestId: '5b0e7c1e-8d3a-4f57-9a43-2f0c6a1d9e10',
                    apiKeyId: 'key_9d2f6h0k4m8p1r5t3v7x',
                    tokenId: 'tok_4c8g2k6o0s4w8a2e6i0m',
                    userId: 'usr_3f8h1k5m9p2r6t0w4y7a',
                    environment: 'sandbox',
                    partnerApiId: null,
                    method: 'POST',
                    route: '/v1/integrations',
                    path: '/v1/integrations',
                    status: 422,
                    latencyMs: 412,
                    problemCode: 'provider_refused_credentials',
                    errorMessage: 'PagHiper refused the credentials: token inválido',
                    payload: { query: {}, body: { accountId: 'acc_7k2m9q4x8c1v5b3n6z0p', connector: 'paghiper', environment: 'sandbox', credentials: '[REDACTED]' } },
                  },
                ],
              },
            ],
          }),
          ...problemResponses(platformProblems.forbidden),
        },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      const { from, to, partnerApiId, ...filter } = request.query;
      const data = await deps.requestLog.list({
        ...filter,
        partnerApiId: partnerApiId === undefined ? undefined : partnerApiId === 'ponte' ? null : partnerApiId,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return { data };
    },
  );
}
