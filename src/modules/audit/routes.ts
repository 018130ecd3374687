import { z } from 'zod';
import type { HttpServer } from '../../platform/http/server.ts';
import { requireRole } from '../../platform/http/principal.ts';
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
        tags: ['audit'],
        summary: 'Admin actions, newest first (admins only)',
        security: [{ bearerAuth: [] }],
        querystring: z.strictObject({
          actor: z.string().optional(),
          action: z.string().optional(),
          targetId: z.string().optional(),
          before: z.iso.datetime().optional().describe('Only entries before this time, to page back'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ data: z.array(auditEntrySchema) }) },
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
