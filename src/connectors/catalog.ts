import { z } from 'zod';
import { Problem } from '../platform/http/problems.ts';
import { defineProblems } from '../platform/http/problems.ts';
import { maxiFrotaManifest } from './maxi-frota/manifest.ts';
import { paghiperManifest } from './paghiper/manifest.ts';
import { reclameAquiManifest } from './reclame-aqui/manifest.ts';
import type { ConnectorManifest } from './sdk/manifest.ts';
import type { NotificationCatalogEntry, RecordRecipientPaths } from './sdk/notification-catalog.ts';
import { ticketLogManifest } from './ticket-log/manifest.ts';

export const connectorProblems = defineProblems({
  connector_not_found: { status: 404, title: 'There is no connector with this key' },
});

/** Every connector Ponte ships, by key. */
export const CONNECTORS: Record<string, ConnectorManifest> = Object.fromEntries(
  [paghiperManifest, reclameAquiManifest, ticketLogManifest, maxiFrotaManifest].map((manifest) => [manifest.key, manifest as ConnectorManifest]),
);

export function connectorManifest(key: string, field = 'params.key'): ConnectorManifest {
  const manifest = CONNECTORS[key];
  if (!manifest) {
    throw new Problem(connectorProblems.connector_not_found, `Known connectors: ${Object.keys(CONNECTORS).join(', ')}`, { field });
  }
  return manifest;
}

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;

/** A manifest as the API shows it: the zod schemas turned into JSON Schema, so a form can be drawn from them. */
export function describeConnector(manifest: ConnectorManifest) {
  return {
    key: manifest.key,
    name: manifest.name,
    category: manifest.category,
    description: manifest.description,
    authScheme: manifest.authScheme,
    onboardingFlow: manifest.onboardingFlow,
    defaultSyncIntervalMinutes: manifest.defaultSyncIntervalMinutes,
    webhooks: manifest.webhooks,
    models: manifest.models,
    events: manifest.events,
    credentialsSchema: jsonSchemaOf(manifest.credentials),
    configSchema: jsonSchemaOf(manifest.config),
    actions: manifest.actions.map((action) => ({ key: action.key, name: action.name, inputSchema: jsonSchemaOf(action.input) })),
    checklist: manifest.checklist,
  };
}

/** A catalog entry by its full name (`paghiper:boleto.due_soon`), or null when no connector offers it. */
export function catalogEntryOf(name: string): { connector: ConnectorManifest; entry: NotificationCatalogEntry } | null {
  const [key, entryKey] = name.split(':', 2);
  const connector = key ? CONNECTORS[key] : undefined;
  const entry = connector?.notifications?.find((candidate) => candidate.key === entryKey);
  return connector && entry ? { connector, entry } : null;
}

/** Where records of a model name their person: records are normalised per model, so any connector of it answers. */
export function recordRecipientOf(model: string | undefined): RecordRecipientPaths | undefined {
  return Object.values(CONNECTORS).find((manifest) => manifest.recordRecipient && (manifest.models as string[]).includes(model ?? ''))?.recordRecipient;
}
