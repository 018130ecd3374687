import { z } from 'zod';
import type { HttpServer } from '../../platform/http/server.ts';
import { requireRole } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { AuditService } from './service.ts';

const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export function registerAuditRoutes(app: HttpServer, deps: { database: DatabaseHandle; audit: AuditService }): void {
  app.get(
    '/v1/audit-log',
    {
      schema: {
        ...operation({
          id: 'listAuditEntries',
          tag: 'audit',
          summary: 'Admin actions, newest first (admins only)',
          description: 'Who created, changed, revoked or deleted what, and when. Page back with `before` set to the oldest `at` of the previous page.',
        }),
        querystring: z.strictObject({
          actor: z.string().optional(),
          action: z.string().optional(),
          targetId: z.string().optional(),
          before: z.iso.datetime().optional().describe('Only entries before this time, to page back'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({ data: z.array(auditEntrySchema) }).meta({
            examples: [
              {
                data: [
                  {
                    id: 'aud_8c2e6g0j4l8n2q6s0u4w',
                    at: '2026-03-01T13:50:12.000Z',
                    actor: 'usr_5h9k3m7p1s5v9y3b7e1g',
                    action: 'api_key.created',
                    targetType: 'api_key',
                    targetId: 'key_9d2f6h0k4m8p1r5t3v7x',
                    details: { name: 'Integração ERP Transportes Rio Claro', environment: 'sandbox', userIds: ['usr_3f8h1k5m9p2r6t0w4y7a'] },
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
      const { before, ...filter } = request.query;
      const data = await deps.audit.list(deps.database.db, { ...filter, before: before ? new Date(before) : undefined });
      return { data };
    },
  );
}
