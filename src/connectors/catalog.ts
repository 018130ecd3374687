import { z } from 'zod';
import { Problem } from '../platform/http/problems.ts';
import { defineProblems } from '../platform/http/problems.ts';
import { maxiFrotaManifest } from './maxi-frota/manifest.ts';
import { paghiperManifest } from './paghiper/manifest.ts';
import { reclameAquiManifest } from './reclame-aqui/manifest.ts';
import type { ConnectorManifest } from './sdk/manifest.ts';
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
