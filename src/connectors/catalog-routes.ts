import { z } from 'zod';
import { requirePrincipal } from '../platform/http/principal.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { CONNECTORS, connectorManifest, describeConnector } from './catalog.ts';
import { AUTH_SCHEMES, CONNECTOR_CATEGORIES, ONBOARDING_FLOWS, RECORD_MODELS } from './sdk/manifest.ts';

const localized = z.object({ 'pt-BR': z.string(), en: z.string() });
const jsonSchema = z.record(z.string(), z.unknown()).describe('JSON Schema (draft 2020-12)');
const connectorSchema = z.object({
  key: z.string(),
  name: z.string(),
  category: z.enum(CONNECTOR_CATEGORIES),
  description: localized,
  authScheme: z.enum(AUTH_SCHEMES),
  onboardingFlow: z.enum(ONBOARDING_FLOWS),
  defaultSyncIntervalMinutes: z.number().int(),
  webhooks: z.boolean(),
  models: z.array(z.enum(RECORD_MODELS)),
  events: z.array(z.string()),
  credentialsSchema: jsonSchema,
  configSchema: jsonSchema,
  actions: z.array(z.object({ key: z.string(), name: localized, inputSchema: jsonSchema })),
  checklist: z.array(z.object({ key: z.string(), label: localized })),
});

// Described once: the manifests do not change while Ponte runs.
const described = Object.values(CONNECTORS).map(describeConnector);

export function registerCatalogRoutes(app: HttpServer): void {
  app.get(
    '/v1/connectors',
    {
      schema: {
        tags: ['connectors'],
        summary: 'The connector catalog, with credential and config fields as JSON Schema',
        security: [{ bearerAuth: [] }],
        response: { 200: z.object({ data: z.array(connectorSchema) }) },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return { data: described };
    },
  );

  app.get(
    '/v1/connectors/:key',
    {
      schema: {
        tags: ['connectors'],
        summary: 'One connector of the catalog',
        security: [{ bearerAuth: [] }],
        params: z.object({ key: z.string() }),
        response: { 200: connectorSchema },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return describeConnector(connectorManifest(request.params.key));
    },
  );
}
