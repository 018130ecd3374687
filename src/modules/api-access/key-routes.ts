import { z } from 'zod';
import { requireRole } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { partnerApiProblems } from '../partner-apis/index.ts';
import { apiAccessProblems } from './errors.ts';
import type { ApiKeysService } from './keys.ts';
import { ENVIRONMENTS } from './schema.ts';

const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  environment: z.enum(ENVIRONMENTS),
  displayPrefix: z.string(),
  purpose: z.enum(['access', 'gateway']).describe('access: exchanged for tokens; gateway: a partner API gateway’s credential (HTTP Basic)'),
  partnerApiId: z.string().nullable().describe('The partner API the key is for; null for Ponte’s own API'),
  status: z.enum(['active', 'revoked']),
  userIds: z.array(z.string()),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
});
const keyParams = z.object({ keyId: z.string() });
const adminOnly = problemResponses(platformProblems.forbidden);

const keyExample = {
  id: 'key_9d2f6h0k4m8p1r5t3v7x',
  name: 'Integração ERP Transportes Rio Claro',
  environment: 'sandbox',
  displayPrefix: 'pk_sandbox_EXEM…',
  purpose: 'access',
  partnerApiId: null,
  status: 'active',
  userIds: ['usr_3f8h1k5m9p2r6t0w4y7a'],
  createdAt: '2026-03-01T13:45:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-03-02T09:12:31.000Z',
} as const;
const revokedKeyExample = { ...keyExample, status: 'revoked', revokedAt: '2026-03-05T18:00:00.000Z' } as const;

export function registerKeyRoutes(app: HttpServer, deps: { keys: ApiKeysService }): void {
  const { keys } = deps;

  app.post(
    '/v1/api-keys',
    {
      schema: {
        ...operation({
          id: 'createApiKey',
          tag: 'api-keys',
          summary: 'Create an API key (admins); the key is in this response only',
          description:
            'A key belongs to one environment and is linked to the users who may act through it; a key without users is an operator key that acts as admin. With `partnerApiId` the key is for that partner API: its tokens are introspected by the API’s gateway and never work on Ponte’s own routes. With `purpose: "gateway"` (and `partnerApiId`, no users) it is the credential of that API’s gateway for POST /v1/auth/introspect and POST /v1/api-requests/batch, and nothing else. Ponte keeps only a digest: copy `key` now, it is never shown again.',
        }),
        body: z
          .strictObject({
            name: z.string().trim().min(1).max(200),
            environment: z.enum(ENVIRONMENTS),
            users: z.array(z.string().min(1)).max(100).optional().describe('Ids or e-mails of the users allowed to use the key; none makes an operator key acting as admin'),
            partnerApiId: z.string().min(1).max(100).optional().describe('The partner API (papi_…) the key is for; absent for Ponte’s own API'),
            purpose: z.enum(['access', 'gateway']).default('access'),
          })
          .meta({ examples: [{ name: 'Integração ERP Transportes Rio Claro', environment: 'sandbox', users: ['marina.souza@transportesrioclaro.com.br'] }] }),
        response: {
          201: apiKeySchema
            .extend({ key: z.string().describe('The secret key: shown in this answer only') })
            .meta({ examples: [{ ...keyExample, lastUsedAt: null, key: 'pk_sandbox_EXEMPLO_nao_e_uma_chave_de_verdade' }] }),
          ...adminOnly,
          ...problemResponses(accountProblems.user_not_found, partnerApiProblems.partner_api_not_found, apiAccessProblems.gateway_key_needs_partner_api),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await keys.create(requireRole(request, 'admin'), request.body)),
  );

  app.get(
    '/v1/api-keys',
    {
      schema: {
        ...operation({
          id: 'listApiKeys',
          tag: 'api-keys',
          summary: 'API keys, without their secrets (admins)',
          description: 'Every key, oldest first, with its display prefix, linked users, status and last use; filter by environment or status.',
        }),
        querystring: z.strictObject({ environment: z.enum(ENVIRONMENTS).optional(), status: z.enum(['active', 'revoked']).optional() }),
        response: { 200: z.object({ data: z.array(apiKeySchema) }).meta({ examples: [{ data: [keyExample] }] }), ...adminOnly },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return { data: await keys.list(request.query) };
    },
  );

  app.get(
    '/v1/api-keys/:keyId',
    {
      schema: {
        ...operation({ id: 'getApiKey', tag: 'api-keys', summary: 'One API key (admins)', description: 'The key’s metadata, linked users and last use; never its secret.' }),
        params: keyParams,
        response: { 200: apiKeySchema.meta({ examples: [keyExample] }), ...problemResponses(platformProblems.forbidden, apiAccessProblems.api_key_not_found) },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return keys.get(request.params.keyId);
    },
  );

  app.post(
    '/v1/api-keys/:keyId/revoke',
    {
      schema: {
        ...operation({
          id: 'revokeApiKey',
          tag: 'api-keys',
          summary: 'Revoke an API key; its tokens stop working at once (admins)',
          description: 'Revoking cannot be undone: the partner needs a new key. Revoking a revoked key changes nothing and answers the key as it is.',
        }),
        params: keyParams,
        response: { 200: apiKeySchema.meta({ examples: [revokedKeyExample] }), ...problemResponses(platformProblems.forbidden, apiAccessProblems.api_key_not_found) },
      },
    },
    async (request) => keys.revoke(requireRole(request, 'admin'), request.params.keyId),
  );
}
