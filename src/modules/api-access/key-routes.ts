import { z } from 'zod';
import { requireRole } from '../../platform/http/principal.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { ApiKeysService } from './keys.ts';
import { ENVIRONMENTS } from './schema.ts';

const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  environment: z.enum(ENVIRONMENTS),
  displayPrefix: z.string(),
  status: z.enum(['active', 'revoked']),
  userIds: z.array(z.string()),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
});
const security = [{ bearerAuth: [] }];
const keyParams = z.object({ keyId: z.string() });

export function registerKeyRoutes(app: HttpServer, deps: { keys: ApiKeysService }): void {
  const { keys } = deps;

  app.post(
    '/v1/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key (admins); the key is in this response only',
        security,
        body: z.strictObject({
          name: z.string().trim().min(1).max(200),
          environment: z.enum(ENVIRONMENTS),
          users: z.array(z.string().min(1)).max(100).optional().describe('Ids or e-mails of the users allowed to use the key; none makes an operator key acting as admin'),
        }),
        response: { 201: apiKeySchema.extend({ key: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await keys.create(requireRole(request, 'admin'), request.body)),
  );

  app.get(
    '/v1/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'API keys, without their secrets (admins)',
        security,
        querystring: z.strictObject({ environment: z.enum(ENVIRONMENTS).optional(), status: z.enum(['active', 'revoked']).optional() }),
        response: { 200: z.object({ data: z.array(apiKeySchema) }) },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return { data: await keys.list(request.query) };
    },
  );

  app.get(
    '/v1/api-keys/:keyId',
    { schema: { tags: ['api keys'], summary: 'One API key (admins)', security, params: keyParams, response: { 200: apiKeySchema } } },
    async (request) => {
      requireRole(request, 'admin');
      return keys.get(request.params.keyId);
    },
  );

  app.post(
    '/v1/api-keys/:keyId/revoke',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key; its tokens stop working at once (admins)',
        security,
        params: keyParams,
        response: { 200: apiKeySchema },
      },
    },
    async (request) => keys.revoke(requireRole(request, 'admin'), request.params.keyId),
  );
}
