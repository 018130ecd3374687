import { z } from 'zod';
import { Problem } from '../platform/http/problems.ts';
import { defineProblems } from '../platform/http/problems.ts';
import { maxiFrotaManifest } from './maxi-frota/manifest.ts';
import { paghiperManifest } from './paghiper/manifest.ts';
import { reclameAquiManifest } from './reclame-aqui/manifest.ts';
import type { ConnectorManifest } from './sdk/manifest.ts';
import type { CatalogTrigger, NotificationCatalogEntry, RecordRecipientPaths } from './sdk/notification-catalog.ts';
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

/** A catalog entry by its full name, `connector:key` (`paghiper:boleto.created`); null when there is none. */
export function catalogEntryOf(name: string): { connector: ConnectorManifest; entry: NotificationCatalogEntry } | null {
  const at = name.indexOf(':');
  const connector = at > 0 ? CONNECTORS[name.slice(0, at)] : undefined;
  const entry = connector?.notifications.find((candidate) => candidate.key === name.slice(at + 1));
  return connector && entry ? { connector, entry } : null;
}

/** When a rule turned on from the entry sends by default: when the event comes, or relative to the record's due date, or a time of day. */
function defaultTimingOf(trigger: CatalogTrigger): { delaySeconds: number } | { daysFromDueDate: number; at: string } | { dailyAt: string } {
  if (trigger.kind === 'due_date') return { daysFromDueDate: trigger.daysFromDueDate, at: trigger.at };
  if (trigger.kind === 'daily_digest') return { dailyAt: trigger.at };
  return { delaySeconds: 0 };
}

/** A connector's notification catalog as the API shows it. */
export function describeNotifications(manifest: ConnectorManifest) {
  return {
    connector: manifest.key,
    recordRecipient: manifest.recordRecipient ?? null,
    variables: manifest.notificationVariables,
    entries: manifest.notifications.map((entry) => ({
      id: `${manifest.key}:${entry.key}`,
      key: entry.key,
      name: entry.name,
      priority: entry.priority,
      recognisedBy: entry.recognisedBy,
      trigger: entry.trigger,
      defaultTiming: defaultTimingOf(entry.trigger),
      audience: entry.audience,
      defaultTemplates: entry.defaultTemplates,
    })),
  };
}

/** Where records of a model name their person: records are normalised per model, so any connector of it answers. */
export function recordRecipientOf(model: string | undefined): RecordRecipientPaths | undefined {
  return Object.values(CONNECTORS).find((manifest) => manifest.recordRecipient && (manifest.models as string[]).includes(model ?? ''))?.recordRecipient;
}
