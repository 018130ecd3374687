import type { Clock } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { FailedAttemptLimit } from '../../platform/http/failed-attempt-limits.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { EventsService } from '../events/index.ts';
import type { IntegrationStore, IntegrationsService } from '../integrations/index.ts';
import type { SyncService } from '../sync/index.ts';
import { CatalogActivation, registerCatalogActivationRoutes } from './catalog-activation.ts';
import { EndpointHealth } from './endpoint-health.ts';
import { registerEndpointHealthRoutes } from './endpoint-health-routes.ts';
import { registerMessageTemplateRoutes } from './message-template-routes.ts';
import { MessageTemplates } from './message-templates.ts';
import { registerOptOutRoutes } from './opt-out-routes.ts';
import { OptOuts } from './opt-outs.ts';
import { registerNotificationReportRoutes } from './report-routes.ts';
import { NotificationReports } from './reports.ts';
import { registerNotificationRoutes } from './routes.ts';
import { NotificationsService } from './service.ts';
import { NotificationSettingsService, registerNotificationSettingsRoutes } from './settings.ts';
import { whatsappChannel } from './whatsapp-channel.ts';
import { registerWhatsappRoutes } from './whatsapp-routes.ts';
import { WhatsappSenders } from './whatsapp-senders.ts';
import { WhatsappWebhook } from './whatsapp-webhook.ts';
import { NotificationWorker, type WorkerDeps, type WorkerSettings } from './worker.ts';

export interface NotificationDeps {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  keyring: Keyring;
  vault: CredentialVault;
  audit: AuditService;
  accounts: AccountsService;
  events: EventsService;
  integrations: IntegrationsService;
  integrationStore: IntegrationStore;
  sync: SyncService;
  mailer: Mailer | null;
  observer: WorkerDeps['observer'];
  /** Where the sandbox environment's WhatsApp goes (the local Cloud API sandbox), if it runs. */
  whatsappSandboxUrl: string | undefined;
  publicUrl: () => string;
  worker: WorkerSettings;
}

/** The notifications module's parts, built once per process and wired together. */
export function createNotifications(deps: NotificationDeps) {
  const { database, clock, logger, audit, accounts, vault, events, mailer } = deps;
  const whatsappSenders = new WhatsappSenders({
    database,
    clock,
    vault,
    audit,
    accounts,
    // The sandbox environment sends to the local sandbox, production to Meta, as connectors' calls do.
    graphBaseUrl: (environment) => {
      if (environment === 'production') return 'https://graph.facebook.com';
      if (!deps.whatsappSandboxUrl) throw new Error('The WhatsApp Cloud API sandbox is not running (start Ponte with PONTE_SANDBOXES=on)');
      return deps.whatsappSandboxUrl;
    },
  });
  const optOuts = new OptOuts({ database, clock, audit, accounts, keyring: deps.keyring, publicUrl: deps.publicUrl });
  const whatsappWebhook = new WhatsappWebhook({ database, clock, logger, senders: whatsappSenders, optOuts });
  // A WhatsApp template is checked against the account's approved ones at Meta (or the sandbox's) when saved.
  const messageTemplates = new MessageTemplates({
    database,
    clock,
    audit,
    accounts,
    events,
    whatsappTemplates: { parameterCount: (accountId, name, language) => whatsappSenders.templateParameterCount(accountId, name, language) },
  });
  const endpointHealth = new EndpointHealth({ database, clock, logger, audit, accounts, mailer, mailDomain: deps.worker.mailDomain });
  const notificationWorker = new NotificationWorker(
    { database, clock, logger, events, vault, mailer, accounts, integrationStore: deps.integrationStore, whatsapp: whatsappChannel(whatsappSenders), renderer: messageTemplates, optOuts, observer: deps.observer, endpointHealth },
    deps.worker,
  );
  const notifications = new NotificationsService({ database, clock, vault, accounts, audit, integrations: deps.integrations, sender: notificationWorker });
  const settings = new NotificationSettingsService({ database, clock, accounts, audit });
  const reports = new NotificationReports({ database, clock, accounts, integrations: deps.integrations, events, sync: deps.sync });
  const activation = new CatalogActivation({ database, notifications, templates: messageTemplates });
  return { notifications, notificationWorker, whatsappSenders, optOuts, messageTemplates, whatsappWebhook, endpointHealth, settings, reports, activation };
}

export type Notifications = ReturnType<typeof createNotifications>;

export function registerNotificationModuleRoutes(
  app: HttpServer,
  parts: Notifications,
  deps: { database: DatabaseHandle; accounts: AccountsService; publicUrl: () => string; secretLinkLimits: FailedAttemptLimit[] },
): void {
  registerNotificationRoutes(app, { notifications: parts.notifications });
  registerNotificationSettingsRoutes(app, { settings: parts.settings });
  registerWhatsappRoutes(app, { senders: parts.whatsappSenders, webhook: parts.whatsappWebhook, publicUrl: deps.publicUrl });
  registerOptOutRoutes(app, { database: deps.database, optOuts: parts.optOuts, accounts: deps.accounts, linkLimits: deps.secretLinkLimits });
  registerEndpointHealthRoutes(app, { endpointHealth: parts.endpointHealth });
  registerNotificationReportRoutes(app, { reports: parts.reports });
  registerMessageTemplateRoutes(app, { messageTemplates: parts.messageTemplates });
  registerCatalogActivationRoutes(app, { activation: parts.activation });
}
