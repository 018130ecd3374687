import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { partnerApiProblems } from './errors.ts';
import type { PartnerApisService } from './service.ts';
import { DEFAULT_WINDOW_TIMEZONE } from './windows.ts';

const params = z.object({ partnerApiId: z.string().max(64).describe('A partner API’s id (`papi_…`), or `ponte` for Ponte’s own API') });
const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) => z.strictObject({ 'pt-BR': text(max), en: text(max) });

const partnerApiSchema = z.object({ id: z.string(), name: z.string(), slug: z.string(), createdAt: z.iso.datetime() });

const catalogEntrySchema = z.strictObject({
  product: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'lower-case letters, digits, dots, dashes and underscores')
    .describe('The product’s key, e.g. proposta-fgts'),
  name: localized(200),
  operationIds: z.array(text(200)).max(200).default([]).describe('The operations that carry the product; each must be in the imported OpenAPI document'),
  versions: z
    .array(z.string().regex(/^v\d+$/, 'a version like v1 or v2'))
    .max(20)
    .default([])
    .describe('The API versions that offer it; empty: every version (or none, when not offered through the API)'),
  offeredThroughApi: z.boolean().describe('false: the product exists but not through the API (e.g. only in the console)'),
  consoleHint: localized(1000).optional().describe('What to do instead, for a product not offered through the API'),
});

const windowSchema = z.strictObject({
  name: text(200),
  cron: text(200).describe('Five fields: minute hour day-of-month month day-of-week, in `timezone`'),
  durationMinutes: z.number().int().min(1).max(7 * 24 * 60),
  timezone: text(100).default(DEFAULT_WINDOW_TIMEZONE).describe('IANA time zone of the cron’s times'),
  advice: localized(1000).optional().describe('What to tell a partner whose call fell inside (default: reprocess after the window ends)'),
});

const operationSchema = z.object({
  method: z.string(),
  path: z.string(),
  operationId: z.string().nullable(),
  version: z.string().nullable(),
  basePath: z.string(),
  request: z.object({ body: z.unknown(), bodyRequired: z.boolean(), query: z.unknown(), path: z.unknown() }).describe('JSON Schemas, `$ref`s resolved'),
  dialect: z.enum(['3.0', '3.1']),
});

const detailSchema = z.object({
  id: z.string(),
  slug: z.string().nullable(),
  partnerApiId: z.string().nullable().describe('null for Ponte’s own API'),
  name: z.string(),
  versions: z.array(z.string()),
  document: z.object({ openapi: z.string(), title: z.string(), version: z.string(), importedAt: z.iso.datetime(), importedBy: z.string() }).nullable(),
  operations: z.array(operationSchema),
  products: z.array(catalogEntrySchema),
  maintenanceWindows: z.array(windowSchema),
});

const PARTNER_API_EXAMPLE = { id: 'papi_3k7n1q5t9w2z6c0f4h8j', name: 'API de Crédito', slug: 'credito', createdAt: '2026-03-02T12:00:00.000Z' };
const PRODUCT_EXAMPLES = [
  { product: 'proposta-fgts', name: { 'pt-BR': 'Proposta de antecipação do FGTS', en: 'FGTS advance proposal' }, operationIds: ['createFgtsProposal'], versions: ['v2'], offeredThroughApi: true },
  {
    product: 'portabilidade',
    name: { 'pt-BR': 'Portabilidade de crédito', en: 'Credit portability' },
    operationIds: [],
    versions: [],
    offeredThroughApi: false,
    consoleHint: { 'pt-BR': 'Faça a portabilidade pelo console do parceiro.', en: 'Request portability in the partner console.' },
  },
];
const WINDOW_EXAMPLES = [
  {
    name: 'Fechamento diário',
    cron: '30 23 * * *',
    durationMinutes: 60,
    timezone: 'America/Sao_Paulo',
    advice: { 'pt-BR': 'Reenvie a proposta depois das 00:30.', en: 'Resend the proposal after 00:30.' },
  },
];
const DETAIL_EXAMPLE = {
  id: PARTNER_API_EXAMPLE.id,
  slug: 'credito',
  partnerApiId: PARTNER_API_EXAMPLE.id,
  name: 'API de Crédito',
  versions: ['v1', 'v2'],
  document: { openapi: '3.1.0', title: 'API de Crédito', version: '2.3.0', importedAt: '2026-03-02T12:05:00.000Z', importedBy: 'usr_2c6g0k4o8s2w6a0e4i8m' },
  operations: [
    {
      method: 'POST',
      path: '/v2/propostas/fgts',
      operationId: 'createFgtsProposal',
      version: 'v2',
      basePath: '',
      request: { body: { type: 'object', required: ['cpf', 'valor'], properties: { cpf: { type: 'string' }, valor: { type: 'number' } } }, bodyRequired: true, query: null, path: null },
      dialect: '3.1' as const,
    },
  ],
  products: PRODUCT_EXAMPLES,
  maintenanceWindows: WINDOW_EXAMPLES,
};

const notFound = problemResponses(platformProblems.forbidden, partnerApiProblems.partner_api_not_found);

/** The partner APIs the support desk diagnoses: registration, OpenAPI import, product catalog and maintenance windows (admins only). */
export function registerPartnerApiRoutes(app: HttpServer, deps: { partnerApis: PartnerApisService }): void {
  const { partnerApis } = deps;

  app.post(
    '/v1/partner-apis',
    {
      schema: {
        ...operation({
          id: 'registerPartnerApi',
          tag: 'partner-apis',
          summary: 'Register an API of the operator’s that Ponte fronts',
          description: 'Admins only. Then import its OpenAPI document, its product catalog and its maintenance windows, so that its partners’ failed calls are diagnosed as Ponte’s own are.',
        }),
        body: z.strictObject({ name: text(200), slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes') }).meta({ examples: [{ name: 'API de Crédito', slug: 'credito' }] }),
        response: { 201: partnerApiSchema.meta({ examples: [PARTNER_API_EXAMPLE] }), ...problemResponses(platformProblems.forbidden, partnerApiProblems.partner_api_slug_taken) },
      },
    },
    async (request, reply) => reply.status(201).send(await partnerApis.register(requirePrincipal(request), request.body)),
  );

  app.get(
    '/v1/partner-apis',
    {
      schema: {
        ...operation({ id: 'listPartnerApis', tag: 'partner-apis', summary: 'The registered partner APIs', description: 'Admins only, oldest first. Ponte’s own API is not listed: it is `ponte`.' }),
        response: { 200: z.object({ data: z.array(partnerApiSchema) }).meta({ examples: [{ data: [PARTNER_API_EXAMPLE] }] }), ...problemResponses(platformProblems.forbidden) },
      },
    },
    async (request) => ({ data: await partnerApis.list(requirePrincipal(request)) }),
  );

  app.get(
    '/v1/partner-apis/:partnerApiId',
    {
      schema: {
        ...operation({
          id: 'getPartnerApi',
          tag: 'partner-apis',
          summary: 'A partner API as the diagnostics see it',
          description:
            'Admins only. Its imported document, the operations extracted from it (method, path template, operationId, version, request schemas), its product catalog and maintenance windows. `ponte` is Ponte’s own API, described by its own OpenAPI document.',
        }),
        params,
        response: { 200: detailSchema.meta({ examples: [DETAIL_EXAMPLE] }), ...notFound },
      },
    },
    async (request) => partnerApis.detail(requirePrincipal(request), request.params.partnerApiId),
  );

  // YAML is taken as text here only; the service reads it (a JSON body arrives parsed, as everywhere).
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(['application/yaml', 'application/x-yaml', 'text/yaml'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.put(
      '/v1/partner-apis/:partnerApiId/openapi',
      {
        // Real OpenAPI documents run to megabytes.
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          ...operation({
            id: 'importPartnerApiDocument',
            tag: 'partner-apis',
            summary: 'Import the API’s OpenAPI 3.0 or 3.1 document (JSON or YAML), replacing the one before',
            description:
              'Admins only. The document is validated (a problem names where it is wrong, and the document before stays), stored, and its operations extracted: method, path template, operationId, version (from a `/v1/`, `/v2/`… path prefix, else the server URL’s, else `info.version`’s major) and the request schemas with `$ref`s resolved. Send it as `application/json`, or as `application/yaml`. Only references inside the document are followed.',
          }),
          consumes: ['application/json', 'application/yaml'],
          params,
          body: z
            .union([z.record(z.string(), z.unknown()), z.string()])
            .describe('The OpenAPI document itself')
            .meta({ examples: [{ openapi: '3.1.0', info: { title: 'API de Crédito', version: '2.3.0' }, paths: {} }] }),
          response: {
            200: detailSchema.meta({ examples: [DETAIL_EXAMPLE] }),
            ...problemResponses(
              platformProblems.forbidden,
              partnerApiProblems.partner_api_not_found,
              partnerApiProblems.partner_api_own_document,
              partnerApiProblems.partner_api_document_invalid,
              platformProblems.malformed_json,
              platformProblems.unsupported_media_type,
            ),
          },
        },
      },
      async (request) => partnerApis.importDocument(requirePrincipal(request), request.params.partnerApiId, request.body),
    );
  });

  app.put(
    '/v1/partner-apis/:partnerApiId/catalog',
    {
      schema: {
        ...operation({
          id: 'setPartnerApiCatalog',
          tag: 'partner-apis',
          summary: 'Replace the API’s product catalog',
          description:
            'Admins only. Which product exists in which version, through which operations, or that it is not offered through the API (with what to do instead). Every operationId must be in the imported document, every version one of the API’s; else nothing changes.',
        }),
        params,
        body: z.strictObject({ products: z.array(catalogEntrySchema).max(500) }).meta({ examples: [{ products: PRODUCT_EXAMPLES }] }),
        response: {
          200: z.object({ products: z.array(catalogEntrySchema) }).meta({ examples: [{ products: PRODUCT_EXAMPLES }] }),
          ...problemResponses(platformProblems.forbidden, partnerApiProblems.partner_api_not_found, partnerApiProblems.partner_api_catalog_invalid),
        },
      },
    },
    async (request) => ({ products: await partnerApis.setCatalog(requirePrincipal(request), request.params.partnerApiId, request.body.products) }),
  );

  app.put(
    '/v1/partner-apis/:partnerApiId/maintenance-windows',
    {
      schema: {
        ...operation({
          id: 'setPartnerApiMaintenanceWindows',
          tag: 'partner-apis',
          summary: 'Replace the API’s scheduled routines and maintenance windows',
          description:
            'Admins only. Each window starts at its cron’s times (five fields, in its IANA time zone, America/Sao_Paulo by default) and lasts `durationMinutes`; a call that falls inside is diagnosed as such, with the advice to reprocess. A cron or time zone that cannot be used is refused, naming the field.',
        }),
        params,
        body: z.strictObject({ windows: z.array(windowSchema).max(100) }).meta({ examples: [{ windows: WINDOW_EXAMPLES }] }),
        response: {
          200: z.object({ windows: z.array(windowSchema) }).meta({ examples: [{ windows: WINDOW_EXAMPLES }] }),
          ...problemResponses(platformProblems.forbidden, partnerApiProblems.partner_api_not_found, partnerApiProblems.partner_api_window_invalid),
        },
      },
    },
    async (request) => ({ windows: await partnerApis.setMaintenanceWindows(requirePrincipal(request), request.params.partnerApiId, request.body.windows) }),
  );
}
