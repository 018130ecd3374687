import { z } from 'zod';
import { requirePrincipal } from '../platform/http/principal.ts';
import { operation, problemResponses } from '../platform/http/openapi.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { CONNECTORS, connectorManifest, connectorProblems, describeConnector, describeNotifications } from './catalog.ts';
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

const condition = z.record(z.string(), z.union([z.string(), z.array(z.string())])).describe('Dotted paths of the event’s data and the value (or values) each must have');
const triggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), eventType: z.string(), where: condition.optional() }),
  z.object({ kind: z.literal('due_date'), model: z.literal('payment'), daysFromDueDate: z.number().int(), at: z.string(), while: z.array(z.string()), where: condition.optional() }),
  z.object({ kind: z.literal('daily_digest'), model: z.literal('fuel_transaction'), at: z.string(), groupBy: z.string() }),
]);
const emailTemplate = z.object({ subject: z.string(), body: z.string() });
const notificationCatalogSchema = z.object({
  connector: z.string(),
  recordRecipient: z
    .object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() })
    .nullable()
    .describe('Where a record’s own person (payer, consumer, driver) is in an event’s data; null: nobody to write to'),
  variables: z.array(z.object({ name: z.string(), description: localized, example: z.string() })).describe('What this connector’s records fill in a template: `{{ name }}`'),
  entries: z.array(
    z.object({
      id: z.string().describe('`connector:key`, as notification rules and templates name it'),
      key: z.string(),
      name: localized,
      priority: z.number().int().describe('Happy-path step (1 first); later steps supersede earlier ones still waiting'),
      recognisedBy: localized,
      trigger: triggerSchema,
      defaultTiming: z
        .union([z.object({ delaySeconds: z.number().int() }), z.object({ daysFromDueDate: z.number().int(), at: z.string() }), z.object({ dailyAt: z.string() })])
        .describe('When it is sent unless the rule says otherwise (times are HH:MM in the account’s time zone)'),
      audience: z.enum(['record', 'account_contact']),
      defaultTemplates: z.object({
        email: z.object({ 'pt-BR': emailTemplate, en: emailTemplate }),
        whatsapp: z.object({ name: z.string(), language: z.string(), parameters: z.array(z.string()), body: z.string().optional() }).optional(),
      }),
    }),
  ),
});

// Described once: the manifests do not change while Ponte runs.
const described = Object.values(CONNECTORS).map(describeConnector);
// The catalog's own PagHiper entry is the example, so the example cannot drift from the answer.
const paghiperExample = described.find((connector) => connector.key === 'paghiper')!;
const paghiperNotifications = describeNotifications(CONNECTORS.paghiper!);

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

  app.get(
    '/v1/connectors/:key/notifications',
    {
      schema: {
        ...operation({
          id: 'listConnectorNotifications',
          tag: 'connectors',
          summary: 'The notifications a connector offers, with the variables its templates may use',
          description:
            'The connector’s notification catalog: each entry’s name (pt-BR and en), happy-path priority, how Ponte recognises it (the provider’s status or rule), its trigger and default timing, who it goes to by default, and its built-in e-mail and WhatsApp templates; with the variables its records fill. A template that uses any other variable is refused when saved.',
        }),
        params: z.object({ key: z.string() }),
        response: {
          200: notificationCatalogSchema.meta({ examples: [{ ...paghiperNotifications, entries: paghiperNotifications.entries.slice(0, 2) }] }),
          ...problemResponses(connectorProblems.connector_not_found),
        },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return describeNotifications(connectorManifest(request.params.key));
    },
  );
}
