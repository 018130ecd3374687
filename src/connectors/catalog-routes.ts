import { z } from 'zod';
import { requirePrincipal } from '../platform/http/principal.ts';
import { operation, problemResponses } from '../platform/http/openapi.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { CONNECTORS, connectorManifest, connectorProblems, describeConnector } from './catalog.ts';
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
// The catalog's own PagHiper entry is the example, so the example cannot drift from the answer.
const paghiperExample = described.find((connector) => connector.key === 'paghiper')!;

export function registerCatalogRoutes(app: HttpServer): void {
  app.get(
    '/v1/connectors',
    {
      schema: {
        ...operation({
          id: 'listConnectors',
          tag: 'connectors',
          summary: 'The connector catalog, with credential and config fields as JSON Schema',
          description:
            'Every provider Ponte connects to: category, onboarding flow, default sync interval, record models, events, actions and checklist, with the credential and config fields an integration needs (and their bounds) as JSON Schema, to build forms from.',
        }),
        response: { 200: z.object({ data: z.array(connectorSchema) }).meta({ examples: [{ data: [paghiperExample] }] }) },
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
        ...operation({
          id: 'getConnector',
          tag: 'connectors',
          summary: 'One connector of the catalog',
          description: 'One entry of the catalog by its key (`paghiper`, `reclame-aqui`, `maxi-frota`, `ticket-log`).',
        }),
        params: z.object({ key: z.string() }),
        response: { 200: connectorSchema.meta({ examples: [paghiperExample] }), ...problemResponses(connectorProblems.connector_not_found) },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return describeConnector(connectorManifest(request.params.key));
    },
  );
}
