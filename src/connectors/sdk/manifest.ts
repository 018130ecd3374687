import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';
import type { MaintenanceWindow } from './resilience/maintenance-windows.ts';
import { CLOCK_TIME, defaultTemplateVariables, type NotificationCatalogEntry, type NotificationVariable, type RecordRecipientPaths } from './notification-catalog.ts';

export const CONNECTOR_CATEGORIES = ['fuel_card', 'payment_gateway', 'complaint_channel'] as const;
export const ONBOARDING_FLOWS = ['self_service', 'key_exchange', 'provider_approval'] as const;
export const RECORD_MODELS = ['payment', 'fuel_transaction', 'complaint'] as const;
export const AUTH_SCHEMES = ['body_credentials', 'oauth2_client_credentials', 'http_basic', 'authorization_key_exchange'] as const;

export type { LocalizedText } from './localized-text.ts';

export interface ConnectorAction<Input extends z.ZodObject = z.ZodObject> {
  key: string;
  name: LocalizedText;
  input: Input;
}

export interface ChecklistItem {
  key: string;
  label: LocalizedText;
}

/**
 * What Ponte knows about a provider before running any of its code: the catalog entry, the forms (credential and
 * config fields with their bounds), the sync defaults, the onboarding flow, and what the connector emits and does.
 */
export interface ConnectorManifest<Credentials extends z.ZodObject = z.ZodObject, Config extends z.ZodObject = z.ZodObject> {
  key: string;
  name: string;
  category: (typeof CONNECTOR_CATEGORIES)[number];
  description: LocalizedText;
  authScheme: (typeof AUTH_SCHEMES)[number];
  credentials: Credentials;
  config: Config;
  /** The provider's real base URLs, by API; the sandbox environment replaces them with the local sandboxes'. */
  baseUrls: Record<string, string>;
  defaultSyncIntervalMinutes: number;
  /** Whether the provider calls Ponte back (PagHiper's notification) besides being polled. */
  webhooks: boolean;
  onboardingFlow: (typeof ONBOARDING_FLOWS)[number];
  models: (typeof RECORD_MODELS)[number][];
  events: string[];
  actions: ConnectorAction[];
  checklist: ChecklistItem[];
  /**
   * The provider's limit on calls, shared by every worker process: per credential, or, with `sharedBy`, per value of
   * that credential field (the provider's client id), so integrations given the same client share one budget.
   */
  rateLimit?: { callsPerMinute: number; sharedBy?: keyof z.output<Credentials> & string };
  /** Recurring periods when the provider is down for maintenance: calls are deferred until the window ends. */
  maintenanceWindows?: MaintenanceWindow[];
  /** The notifications the connector offers (its catalog): name, happy-path step, trigger, audience, built-in templates. */
  notifications: NotificationCatalogEntry[];
  /** The template variables its records fill; a template of this connector may use only these. */
  notificationVariables: NotificationVariable[];
  /** Where a record's own person (payer, consumer, driver) is in an event's data; absent: its records name nobody to write to. */
  recordRecipient?: RecordRecipientPaths;
}

/** Declares a connector, checking what types cannot: a sane key, sync bounds that hold the default, unique names. */
export function defineConnector<Credentials extends z.ZodObject, Config extends z.ZodObject>(
  manifest: ConnectorManifest<Credentials, Config>,
): ConnectorManifest<Credentials, Config> {
  if (!/^[a-z][a-z0-9-]*$/.test(manifest.key)) throw new Error(`Connector key "${manifest.key}" must be kebab-case`);
  const defaults = manifest.config.safeParse({});
  const interval = defaults.success ? (defaults.data as { syncIntervalMinutes?: number }).syncIntervalMinutes : undefined;
  if (interval !== undefined && interval !== manifest.defaultSyncIntervalMinutes) {
    throw new Error(`${manifest.key}: the config's default sync interval differs from defaultSyncIntervalMinutes`);
  }
  for (const [what, list] of [
    ['event', manifest.events],
    ['action', manifest.actions.map((action) => action.key)],
    ['checklist item', manifest.checklist.map((item) => item.key)],
  ] as const) {
    if (new Set(list).size !== list.length) throw new Error(`${manifest.key}: a ${what} is declared twice`);
  }
  checkNotifications(manifest);
  return manifest;
}

/** The catalog must hold together: unique keys and variables, known events, times of day, built-in templates using declared variables. */
function checkNotifications(manifest: ConnectorManifest): void {
  const variables = new Set(manifest.notificationVariables.map((variable) => variable.name));
  if (variables.size !== manifest.notificationVariables.length) throw new Error(`${manifest.key}: a notification variable is declared twice`);
  const keys = manifest.notifications.map((entry) => entry.key);
  if (new Set(keys).size !== keys.length) throw new Error(`${manifest.key}: a notification catalog entry is declared twice`);
  for (const entry of manifest.notifications) {
    const where = `${manifest.key}: notification ${entry.key}`;
    const { trigger } = entry;
    if (trigger.kind === 'event' && !manifest.events.includes(trigger.eventType)) throw new Error(`${where} is triggered by ${trigger.eventType}, which the connector does not emit`);
    if (trigger.kind !== 'event' && !CLOCK_TIME.test(trigger.at)) throw new Error(`${where}: "${trigger.at}" is not a time of day (HH:MM)`);
    if (trigger.kind !== 'event' && !manifest.models.includes(trigger.model)) throw new Error(`${where}: the connector has no ${trigger.model} records`);
    const unknown = defaultTemplateVariables(entry).filter((name) => !variables.has(name));
    if (unknown.length > 0) throw new Error(`${where}: its built-in templates use ${unknown.join(', ')}, which the connector does not declare`);
  }
}

/** Sync interval in minutes within the connector's bounds, with the bounds in the message. */
export const syncIntervalMinutes = (min: number, max: number, fallback: number) =>
  z
    .number({ error: `must be a whole number of minutes from ${min} to ${max}` })
    .int(`must be a whole number of minutes from ${min} to ${max}`)
    .min(min, `must be at least ${min} minutes`)
    .max(max, `must be at most ${max} minutes`)
    .default(fallback)
    .describe(`Minutes between syncs (${min}–${max})`);

/** Months of history fetched on activation; 0 fetches today only. */
export const retroactiveMonths = (max: number, fallback: number) =>
  z
    .number({ error: `must be a whole number of months from 0 to ${max}` })
    .int(`must be a whole number of months from 0 to ${max}`)
    .min(0, 'must not be negative (0 fetches today only)')
    .max(max, `must be at most ${max} months`)
    .default(fallback)
    .describe(`Months of history fetched on activation (0 = today only, up to ${max})`);

/** A secret credential field: flagged so forms mask it and nothing echoes it. */
export const secretField = (schema: z.ZodString, description: string) => schema.meta({ description, writeOnly: true, format: 'password' });
