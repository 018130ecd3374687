import { VERSION } from './version.ts';
import type { Config, ProcessRole } from './platform/config.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { loadKeyring } from './platform/crypto/master-key.ts';
import type { Keyring } from './platform/crypto/keyring.ts';
import { openDatabase, type DatabaseHandle } from './platform/database/database.ts';
import { runMigrations } from './platform/database/migrate.ts';
import { registerHealthRoutes } from './platform/http/health.ts';
import { Metrics } from './platform/http/metrics.ts';
import { createHttpServer, type HttpServer } from './platform/http/server.ts';
import { DEFAULT_WEB_DIST, registerWebApp } from './platform/http/web-app.ts';
import { createLogger, type Logger } from './platform/logging/logger.ts';
import { Queue } from './platform/queue/queue.ts';
import { AccountsService, PasswordTokens, registerAccountRoutes } from './modules/accounts/index.ts';
import { createApiAccessModule, type ApiAccessModule } from './modules/api-access/index.ts';
import { AuditService, registerAuditRoutes } from './modules/audit/index.ts';
import { CredentialVault } from './modules/credentials/index.ts';
import { checkMaintenanceWindow, checkSyntax, checkVersion, PartnerApisService, registerPartnerApiRoutes } from './modules/partner-apis/index.ts';
import { registerCatalogRoutes } from './connectors/catalog-routes.ts';
import { EventReactions, EventsService, registerEventRoutes } from './modules/events/index.ts';
import { ConnectLinks, IntegrationsService, IntegrationStore, registerIntegrationRoutes } from './modules/integrations/index.ts';
import { createNotifications, registerNotificationModuleRoutes, type MessageTemplates, type NotificationsService, type NotificationWorker, type OptOuts, type WhatsappSenders, type WorkerSettings } from './modules/notifications/index.ts';
import { registerSupportReportRoutes, registerSupportRoutes, registerTicketRoutes, SupportDesk, SupportReports, SupportSla, TicketsService } from './modules/tickets/index.ts';
import { SupportMailIntake } from './flows/support/mail-intake.ts';
import { syncFailureTickets } from './flows/support/sync-failures.ts';
import { createMailer, mailDomainOf, ReplyAddresses, startInboundMailServer, type InboundMail, type InboundMailServer, type Mailer } from './platform/mail/index.ts';
import { createBusinessCalendar } from './platform/calendar/business-calendar.ts';
import { setUpAccount } from './flows/account-setup.ts';
import { PasswordAccess } from './flows/password-access/password-access.ts';
import { registerPasswordAccessRoutes } from './flows/password-access/routes.ts';
import { DEFAULT_ONBOARDING_SETTINGS, type OnboardingSettings } from './flows/onboarding/deps.ts';
import { Onboarding } from './flows/onboarding/onboarding.ts';
import { OnboardingMailSender } from './flows/onboarding/mail.ts';
import { OnboardingReplies } from './flows/onboarding/replies.ts';
import { registerOnboardingRoutes } from './flows/onboarding/routes.ts';
import { registerConnectRoutes } from './flows/onboarding/connect-routes.ts';
import { ConnectorActions } from './flows/connector-actions.ts';
import { standardAnswer } from './flows/support/standard-answers.ts';
import { Diagnostics } from './flows/support/diagnostics.ts';
import { EscalationWebhook } from './flows/support/escalation-webhook.ts';
import { GUIDES_PATH } from './platform/http/problems.ts';
import { registerConnectorActionRoutes } from './flows/connector-actions-routes.ts';
import { DEFAULT_LIVE_SETTINGS, LiveUpdates, type LiveSettings } from './flows/live-updates.ts';
import { registerLiveUpdateRoutes } from './flows/live-updates-routes.ts';
import { ComplaintConversion } from './flows/complaints/conversion.ts';
import { ComplaintDesk } from './flows/complaints/desk.ts';
import { registerComplaintRoutes } from './flows/complaints/routes.ts';
import { ComplaintsService } from './modules/complaints/index.ts';
import { registerReportRoutes, ReportsOverview } from './modules/reports/index.ts';
import { CallbackInbox, ConnectorRuntime, registerHookRoutes, SyncEngine, SyncService, type EngineSettings, type RuntimeResilience } from './modules/sync/index.ts';

export { VERSION };

export interface PonteOptions {
  clock?: Clock;
  logger?: Logger;
  /**
   * What this process runs (default: the configuration's, PONTE_ROLE): `api` serves the HTTP API and only sends jobs;
   * `worker` runs the job workers, the sync scheduler and the send queue, and serves only health and metrics; `all`
   * does both. Tests that drive the workers by hand build an `api` Ponte.
   */
  role?: ProcessRole;
  /** Seconds between the queue's maintenance runs (expiring jobs of dead workers); tests shorten it. */
  queueMaintenanceSeconds?: number;
  /** Base URL of each running provider sandbox, by connector key: where the sandbox environment's calls go. */
  sandboxUrls?: Partial<Record<string, string>>;
  sync?: Partial<EngineSettings>;
  /** How provider calls wait for the shared rate limit, and for how long at most (tests compress time with both). */
  providerCalls?: Pick<RuntimeResilience, 'sleep' | 'maxRateLimitWaitMs'>;
  /** Per job name, a shorter expiry than its definition's, so jobs of a killed worker come back sooner (tests). */
  jobExpirySeconds?: Record<string, number>;
  /** The mail server for notification e-mails, instead of SMTP_URL (`ponte start`'s local mailbox). */
  smtpUrl?: string;
  notifications?: Partial<WorkerSettings>;
  /** Onboarding's deadlines and checks (tests shorten them). */
  onboarding?: Partial<OnboardingSettings>;
  /** How often GET /v1/live streams are checked for changes and kept alive (tests shorten the heartbeat). */
  live?: Partial<LiveSettings>;
}

/** One running Ponte: database, queue, services and the HTTP server, built but not yet listening. */
export interface Ponte {
  config: Config;
  clock: Clock;
  logger: Logger;
  database: DatabaseHandle;
  queue: Queue;
  metrics: Metrics;
  keyring: Keyring;
  app: HttpServer;
  vault: CredentialVault;
  audit: AuditService;
  accounts: AccountsService;
  apiAccess: ApiAccessModule;
  partnerApis: PartnerApisService;
  events: EventsService;
  sync: SyncService;
  integrations: IntegrationsService;
  notifications: NotificationsService;
  /** Accounts' WhatsApp Business numbers, with their sealed tokens: the WhatsApp channel's clients. */
  whatsappSenders: WhatsappSenders;
  /** Who asked not to be notified (one-click unsubscribe, a "SAIR" reply), and the unsubscribe links. */
  optOuts: OptOuts;
  /** Accounts' message templates (e-mail and WhatsApp) and the rendering of buyer notifications. */
  messageTemplates: MessageTemplates;
  tickets: TicketsService;
  /** Integration requests and their onboarding: tickets, e-mails, /connect links, timers, decisions. */
  onboarding: Onboarding;
  /** Inbound mail as the SMTP listener takes it: replies to tickets' addresses, and mail to the support address. */
  inbound: { accepts(address: string): boolean; receive(mail: InboundMail): Promise<void> };
  /** SLA timers of support tickets. */
  sla: SupportSla;
  /** The support desk: intake, evidence, stages and the escalation gate. */
  supportDesk: SupportDesk;
  /** Password reset and invitation e-mails, and the links' use. */
  passwordAccess: PasswordAccess;
  /** Takes replies to onboarding e-mails (the inbound SMTP listener's, or the local mailbox's, handler). */
  onboardingReplies: OnboardingReplies;
  /** Makes reply addresses that route to a ticket, and reads them back. */
  replyAddresses: ReplyAddresses;
  /** The inbound SMTP listener, when PONTE_INBOUND_SMTP_PORT is set. */
  inboundMail: InboundMailServer | null;
  /** Turns events into notifications and sends them; runs by itself in the worker and all roles. */
  notificationWorker: NotificationWorker;
  /** Flows' reactions to events (tickets for sync failures, complaints as tickets); run in the worker and all roles. */
  eventReactions: EventReactions;
  /** What this process runs: api, worker or all. */
  role: ProcessRole;
  /** Starts listening on the configured host and port; returns the address. */
  listen(): Promise<string>;
  /** Stops taking requests and jobs, lets running work finish within the shutdown bound, and closes the database. */
  close(): Promise<void>;
}

export interface Services {
  vault: CredentialVault;
  audit: AuditService;
  accounts: AccountsService;
  apiAccess: ApiAccessModule;
  /** The operator's APIs that Ponte fronts for authentication and diagnoses like its own. */
  partnerApis: PartnerApisService;
}

/** The modules' services over an open database: what the server and the CLI share. */
export function createServices(deps: {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  keyring: Keyring;
  metrics?: Metrics;
  /** Ponte's own OpenAPI document, for the diagnostics of calls to Ponte's API (none at the command line). */
  ownApiDocument?: () => unknown;
}): Services {
  const vault = new CredentialVault(deps.database, deps.keyring, deps.clock);
  const audit = new AuditService(deps.clock);
  const accounts = new AccountsService(deps.database, deps.clock, audit);
  const partnerApis = new PartnerApisService(deps.database, deps.clock, audit, deps.ownApiDocument);
  const apiAccess = createApiAccessModule({
    database: deps.database,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    accounts,
    partnerApis,
    requestLogRetentionDays: deps.config.requestLogRetentionDays,
    requestLogObserver: deps.metrics,
    authFailureLimits: deps.config.authFailureLimits,
    keyring: deps.keyring,
    publicUrl: deps.config.publicUrl,
  });
  return { vault, audit, accounts, apiAccess, partnerApis };
}

/** The integration and sync services, which need the queue (the CLI gives them one it only sends jobs through). */
export function createSyncServices(
  base: Services & { config: Config; database: DatabaseHandle; clock: Clock; logger: Logger; keyring: Keyring; queue: Queue },
  options: PonteOptions,
) {
  const events = new EventsService(base.clock, base.database.signals);
  const store = new IntegrationStore(base.database.db, base.clock);
  const runtime = new ConnectorRuntime(base.vault, base.clock, options.sandboxUrls ?? {}, { ...options.providerCalls, database: base.database }, base.config.providerBaseUrls);
  const engine = new SyncEngine(base.database, runtime, store, events, base.clock, base.logger, {
    // Renewed every 10 s while a sync works: a dead process's syncs are reclaimed within about 35 s.
    leaseSeconds: 30,
    maxPagesPerPoll: 50,
    maxPollSeconds: 60,
    maxBackfillSecondsPerJob: 60,
    // A transient failure is tried again after 0.5–1 s, then 1–2 s and 2–4 s, before the job fails and the queue's
    // slower retries take over.
    stepRetry: { retries: 3, firstDelayMs: 500 },
    ...options.sync,
  });
  const sync = new SyncService(engine, new CallbackInbox(engine, base.keyring, base.queue), base.queue);
  const integrations = new IntegrationsService({ database: base.database, store, accounts: base.accounts, vault: base.vault, runtime, sync, events, audit: base.audit });
  return { events, sync, integrations, integrationStore: store, runtime };
}

/** Replies with their attachments; bigger ones are refused at once (552), before they are read. */
const INBOUND_MAIL_MAX_BYTES = 10 * 1024 * 1024;


export async function createPonte(config: Config, options: PonteOptions = {}): Promise<Ponte> {
  const role = options.role ?? config.role;
  const servesApi = role !== 'worker';
  const runsWorkers = role !== 'api';
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const keyring = await loadKeyring(config, logger);
  // Start-up can take a while (a new embedded folder is initialised first): say what it is doing meanwhile.
  logger.info(config.databaseUrl ? 'connecting to PostgreSQL' : `opening the embedded database in ${config.dataDir}`);
  const database = await openDatabase(config);
  if (database.embeddedOrigin) logger.info({ embeddedOrigin: database.embeddedOrigin }, `embedded database: ${database.embeddedOrigin.kind}`);
  let queue: Queue | undefined;
  let mailer: Mailer | null = null;
  try {
    logger.info('bringing the database schema up to date');
    await runMigrations(database);
    logger.info('starting the job queue');
    queue = new Queue({
      url: database.url,
      logger,
      maintenanceIntervalSeconds: options.queueMaintenanceSeconds,
      expiryOverrides: options.jobExpirySeconds,
      sendOnly: !runsWorkers,
    });
    await queue.start();
    let heldBackEvents = async () => 0;
    const metrics = new Metrics(() => queue!.depths(), () => heldBackEvents());
    queue.observe(metrics);

    // Ponte's own OpenAPI document exists once every route is registered (app.ready below): read lazily, when asked.
    let ownApiDocument: () => unknown = () => null;
    const services = createServices({ config, database, clock, logger, keyring, metrics, ownApiDocument: () => ownApiDocument() });
    const { vault, audit, accounts, apiAccess, partnerApis } = services;
    const { events, sync, integrations, integrationStore, runtime } = createSyncServices({ ...services, config, database, clock, logger, keyring, queue }, options);
    heldBackEvents = () => events.countHeldBack(database.db);
    sync.observe(metrics);
    const smtpUrl = options.smtpUrl ?? config.smtpUrl;
    mailer = smtpUrl ? createMailer({ url: smtpUrl, from: config.mailFrom }) : null;
    let publicUrl = config.publicUrl;
    const notificationParts = createNotifications({
      database,
      clock,
      logger,
      keyring,
      vault,
      audit,
      accounts,
      events,
      integrations,
      integrationStore,
      sync,
      mailer,
      observer: metrics,
      whatsappSandboxUrl: options.sandboxUrls?.['whatsapp-cloud'],
      publicUrl: () => publicUrl,
      worker: { concurrency: 100, leaseSeconds: 120, dispatchBatch: 500, mailDomain: mailDomainOf(config.mailFrom), userAgent: `Ponte/${VERSION} (webhooks)`, ...options.notifications },
    });
    const { notifications, notificationWorker, whatsappSenders, optOuts, messageTemplates } = notificationParts;
    const eventReactions = new EventReactions({ database, events, clock, logger });
    const calendar = createBusinessCalendar(config.businessCalendar);
    const sla = new SupportSla({ database, clock, calendar, audit });
    const tickets = new TicketsService({ database, clock, audit, accounts, integrations: integrationStore, sla });
    eventReactions.add(syncFailureTickets({ accounts, integrations, tickets, fallbackRequester: config.supportAddress ?? config.replyAddress }));
    // The partner API procedure's checks, on Ponte's own API and on the operator's APIs Ponte fronts.
    const diagnostics = new Diagnostics({
      clock,
      calendar,
      keys: apiAccess.keys,
      tokens: apiAccess.tokens,
      users: { find: (idOrEmail) => accounts.findUser(database.db, idOrEmail), byIds: (ids) => accounts.usersByIds(database.db, ids) },
      requestLog: apiAccess.requestLog,
      apis: { describe: (partnerApiId) => partnerApis.describe(partnerApiId), checkVersion, checkSyntax, checkMaintenanceWindow },
    });
    const supportDesk: SupportDesk = new SupportDesk({
      database,
      clock,
      audit,
      accounts,
      tickets,
      sla,
      requests: apiAccess.requestLog,
      diagnose: (call, scope) => diagnostics.run(call, scope),
      onEscalated: (tx, escalation) => escalationWebhook.escalated(tx, escalation),
      standardAnswer: (input) => standardAnswer({ ...input, guidesBaseUrl: `${publicUrl}${GUIDES_PATH}` }),
    });
    const escalationWebhook: EscalationWebhook = new EscalationWebhook({ queue, desk: supportDesk, clock, logger, userAgent: `Ponte/${VERSION} (escalations)` }, config.escalationWebhook ?? null);
    const connectorActions = new ConnectorActions({ database, integrations, runtime, audit });
    // Complaints from a complaint channel become tickets (a reaction to its sync's events) and are answered from them.
    const complaints = new ComplaintsService({ database, clock, audit, accounts, integrations });
    const complaintDesk = new ComplaintDesk({ database, clock, audit, complaints, tickets, desk: supportDesk, actions: connectorActions });
    tickets.addClosingCheck((db, ticket) => complaintDesk.checkClosing(db, ticket));
    eventReactions.add(new ComplaintConversion({ clock, audit, complaints, tickets, integrations: integrationStore }).reaction());
    const connectLinks = new ConnectLinks(keyring, clock);
    const replyAddresses = new ReplyAddresses({ baseAddress: config.replyAddress, keyring });
    const onboarding = new Onboarding({
      database,
      clock,
      logger,
      queue,
      calendar,
      accounts,
      integrations,
      connectLinks,
      tickets,
      settings: { ...DEFAULT_ONBOARDING_SETTINGS, ...options.onboarding },
    });
    const onboardingMail = new OnboardingMailSender({ database, logger, accounts, integrations, connectLinks, tickets, sync, mailer, replyAddresses, publicUrl: () => publicUrl, mailDomain: mailDomainOf(config.mailFrom) });
    const passwordAccess = new PasswordAccess({ database, logger, accounts, passwordTokens: new PasswordTokens(clock, audit), tokens: apiAccess.tokens, mailer, publicUrl: () => publicUrl, mailDomain: mailDomainOf(config.mailFrom) });
    const onboardingReplies = new OnboardingReplies({ database, logger, tickets, integrations, onboarding, replyAddresses });
    const supportMail = config.supportAddress ? new SupportMailIntake({ database, logger, accounts, tickets, desk: supportDesk, supportAddress: config.supportAddress }) : null;
    // A reply to a ticket's own address goes to its ticket as before; mail to the support address alone opens one.
    const inbound = {
      accepts: (address: string) => replyAddresses.covers(address) || (supportMail?.isSupportAddress(address) ?? false),
      receive: async (mail: InboundMail) => {
        const replies = mail.envelope.to.some((address) => replyAddresses.routingIdOf(address) !== null);
        const toSupport = mail.envelope.to.filter((address) => supportMail?.isSupportAddress(address));
        if (supportMail && toSupport.length > 0 && !replies) return supportMail.receive({ ...mail, envelope: { ...mail.envelope, to: toSupport } });
        return onboardingReplies.receive(mail);
      },
    };
    await apiAccess.registerJobs(queue);
    await sync.registerJobs();
    await onboarding.queueSide.registerJobs();
    await sla.registerJobs(queue);
    await escalationWebhook.registerJobs();

    const app = await createHttpServer({
      logger,
      publicUrl: () => publicUrl,
      version: VERSION,
      trustProxy: config.trustProxy,
      attemptCounter: apiAccess.authAttempts,
    });
    // A worker listens too, for its orchestrator's probes and Prometheus, but serves no API and no provider callback.
    registerHealthRoutes(app, { database: async () => void (await database.pool.query('select 1')), queue: () => queue!.ping() }, metrics);
    if (servesApi) {
      apiAccess.registerRoutes(app);
      const createUser: Parameters<typeof registerAccountRoutes>[1]['createUser'] = (actor, input) => passwordAccess.createUser(actor, input);
      registerAccountRoutes(app, { accounts, createAccount: (actor, input) => setUpAccount({ database, clock, audit, accounts }, actor, input), createUser });
      registerPasswordAccessRoutes(app, { passwordAccess, limits: apiAccess.authLimits });
      registerAuditRoutes(app, { database, audit });
      registerCatalogRoutes(app);
      registerEventRoutes(app, { database, events });
      registerIntegrationRoutes(app, { integrations, vault, sync, clock, publicUrl: () => publicUrl });
      registerOnboardingRoutes(app, { onboarding, integrations, vault, sync, notifications, clock, publicUrl: () => publicUrl });
      registerConnectRoutes(app, { database, keyring, accounts, integrations, connectLinks, tickets, onboarding, linkLimits: apiAccess.authLimits.secretLink });
      registerConnectorActionRoutes(app, { actions: connectorActions });
      registerNotificationModuleRoutes(app, notificationParts, { database, accounts, publicUrl: () => publicUrl, secretLinkLimits: apiAccess.authLimits.secretLink });
      registerTicketRoutes(app, { database, tickets });
      registerSupportRoutes(app, { database, desk: supportDesk });
      registerComplaintRoutes(app, { complaints, desk: complaintDesk });
      registerSupportReportRoutes(app, { database, clock, sla, reports: new SupportReports({ database, clock, sla }) });
      registerReportRoutes(app, { overview: new ReportsOverview({ database, clock }) });
      registerHookRoutes(app, { callbacks: sync.callbacks });
      registerPartnerApiRoutes(app, { partnerApis });
      // A stream ends with its token: signed out, revoked (a password reset, an environment switch) or purged.
      const tokenLasts = async (tokenId: string) => (await apiAccess.tokens.describe(tokenId)) !== null;
      registerLiveUpdateRoutes(app, { live: new LiveUpdates({ database, logger }, { ...DEFAULT_LIVE_SETTINGS, ...options.live }), clock, tokenLasts });
      await registerWebApp(app, { dist: config.webDist ?? DEFAULT_WEB_DIST, logger });
      // A person opening the bare address lands on the API's pages.
      app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/docs'));
    }
    await app.ready();
    if (servesApi) ownApiDocument = () => app.swagger();

    const alone = database.engine === 'pglite';
    if (alone) {
      // This process holds the embedded folder alone: whatever was running belonged to a process that died.
      const orphans = await queue.failOrphans();
      if (orphans > 0) logger.warn({ orphans }, 'jobs left running by a stopped process will be retried now');
      await notificationWorker.reclaimEveryClaim();
    }
    if (runsWorkers) {
      // Syncs a stopped process left: failed, and their work queued again (on PostgreSQL, once their leases run out).
      await sync.recoverAbandoned({ alone });
      await apiAccess.startWorkers(queue);
      await sync.startWorkers();
      await onboarding.queueSide.startWorkers((data, jobId) => onboardingMail.send(data, jobId));
      await sla.startWorkers(queue);
      await escalationWebhook.startWorkers();
      notificationWorker.start();
      eventReactions.start();
    }
    // Replies to onboarding e-mails come in where the API does (behind the operator's MX in production).
    const inboundMail =
      servesApi && config.inboundSmtp.port !== undefined
        ? await startInboundMailServer({
            host: config.inboundSmtp.host,
            port: config.inboundSmtp.port,
            maxMessageBytes: INBOUND_MAIL_MAX_BYTES,
            acceptsRecipient: inbound.accepts,
            logger,
            onMessage: inbound.receive,
          })
        : null;

    const startedQueue = queue;
    let closing: Promise<void> | undefined;
    return {
      config,
      clock,
      logger,
      database,
      queue: startedQueue,
      metrics,
      keyring,
      app,
      vault,
      audit,
      accounts,
      apiAccess,
      partnerApis,
      events,
      sync,
      integrations,
      notifications,
      whatsappSenders,
      optOuts,
      messageTemplates,
      tickets,
      onboarding,
      onboardingReplies,
      passwordAccess,
      inbound,
      sla,
      supportDesk,
      replyAddresses,
      inboundMail,
      notificationWorker,
      eventReactions,
      role,
      async listen() {
        // The one "listening" line of a start (Fastify's own, worded for Ponte).
        const address = await app.listen({ port: config.port, host: config.host, listenTextResolver: (at) => `Ponte is listening on ${at}` });
        if (!config.publicUrlGiven) publicUrl = address;
        return address;
      },
      close() {
        closing ??= (async () => {
          await inboundMail?.close();
          await app.close();
          await sync.stop();
          await eventReactions.stop();
          await notificationWorker.stop(config.shutdownTimeoutSeconds * 1000);
          await passwordAccess.idle();
          await startedQueue.stop(config.shutdownTimeoutSeconds * 1000);
          mailer?.close();
          await apiAccess.requestLog.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    mailer?.close();
    await queue?.stop(1000).catch(() => {});
    await database.close();
    throw error;
  }
}
