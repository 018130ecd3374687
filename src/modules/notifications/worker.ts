import { inArray } from 'drizzle-orm';
import type { AccountsService } from '../accounts/index.ts';
import type { IntegrationStore } from '../integrations/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { Event, EventsService } from '../events/index.ts';
import { DeliveryError, type Delivery, type EmailTarget, type WebhookTarget } from './delivery.ts';
import { dispatchEvents, type DispatchContext } from './dispatcher.ts';
import type { EndpointHealth, WebhookOutcome } from './endpoint-health.ts';
import { emailChannel } from './email-channel.ts';
import type { NotificationChannel } from './channels.ts';
import type { RenderedEmail, RenderedMessage, RenderedWhatsapp, RenderRequest } from './message.ts';
import { emailUnsubscribeHeaders } from './opt-outs.ts';
import { notificationRules } from './schema.ts';
import { claimDue, deferUntil, markCanceled, markFailed, markSent, markSkipped, sentToSince, type NotificationRow } from './send-queue.ts';
import { outsideQuietHours, startOfLocalDay, type SendingManners } from './sending-manners.ts';
import { mannersOf } from './settings.ts';
import { applyEarlyStatuses } from './whatsapp-webhook.ts';

export type RuleRow = typeof notificationRules.$inferSelect;
import { signingSecretsOf, webhookChannel } from './webhook-channel.ts';
import type { WhatsappTarget } from './whatsapp-channel.ts';
import { TEST_EVENT_TYPE } from './templates.ts';
import { describeError } from '../../platform/database/query-errors.ts';

export interface WorkerSettings {
  /** Notifications sent at once by one process. */
  concurrency: number;
  /** How long a claimed notification stays with its worker before another may take it (longer than any send). */
  leaseSeconds: number;
  /** Events read per dispatcher round. */
  dispatchBatch: number;
  /** The Message-ID domain of e-mails and the User-Agent of webhooks. */
  mailDomain: string;
  userAgent: string;
}

export interface WorkerDeps {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  events: EventsService;
  vault: CredentialVault;
  mailer: Mailer | null;
  accounts: AccountsService;
  integrationStore: Pick<IntegrationStore, 'connectorsOf'>;
  /** Renders a notification from the account's template or the catalog entry's built-in one. */
  renderer?: { render(request: RenderRequest): Promise<RenderedMessage> };
  /** Sends WhatsApp template messages; absent, WhatsApp notifications fail saying so. */
  whatsapp?: NotificationChannel<WhatsappTarget, RenderedWhatsapp>;
  /** People who asked not to hear from an account again, and the one-click unsubscribe of e-mails to them. */
  optOuts?: {
    isOptedOut(db: DatabaseHandle['db'], address: { accountId: string; channel: 'email' | 'whatsapp' | 'webhook'; address: string }): Promise<boolean>;
    unsubscribeUrl(address: { accountId: string; address: string }): string;
  };
  /** Told each webhook delivery's outcome: disables endpoints that keep failing (endpoint-health.ts). */
  endpointHealth?: EndpointHealth;
  /** Told each delivery's outcome (the Prometheus metrics). */
  observer?: { deliveryFinished(channel: string, outcome: 'sent' | 'retrying' | 'failed' | 'canceled'): void };
}

const TICK_MS = 1000;

/**
 * The send queue's worker, in every process that runs workers: each second, and at once whenever a send finishes
 * while more were due, it turns new events into notifications (one dispatcher at a time across processes) and sends
 * what is due, a bounded number at once.
 */
export class NotificationWorker {
  readonly #inFlight = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> = Promise.resolve();
  /** A round is queued behind the current one. */
  #queued = false;
  /** The last round filled every free slot: more are probably due. */
  #backlog = false;

  readonly #dispatchContext: DispatchContext;
  /** How each channel sends one rendered message to one target; another provider or SMS is one more of these. */
  readonly #channels: {
    email: NotificationChannel<EmailTarget & { headers?: Record<string, string> }, RenderedEmail | undefined>;
    webhook: NotificationChannel<WebhookTarget, null>;
    whatsapp: NotificationChannel<WhatsappTarget, RenderedWhatsapp> | undefined;
  };

  constructor(
    private readonly deps: WorkerDeps,
    readonly settings: WorkerSettings,
  ) {
    this.#dispatchContext = {
      events: deps.events,
      contactsOf: async (db, ids) => new Map((await deps.accounts.accountsByIds(db, ids)).map((account) => [account.id, account.contactEmail])),
      mannersOf,
      connectorsOf: (db, ids) => deps.integrationStore.connectorsOf(db, ids),
    };
    this.#channels = { email: emailChannel(deps.mailer, settings.mailDomain), webhook: webhookChannel(settings.userAgent, deps.clock), whatsapp: deps.whatsapp };
  }

  start(): void {
    this.#timer ??= setInterval(() => this.#kick(), TICK_MS);
  }

  /** Stops taking work and waits for sends under way, at most `timeoutMs`; unfinished ones come back after their lease. */
  async stop(timeoutMs: number): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#ticking;
    await Promise.race([Promise.allSettled(this.#inFlight), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  /** One round: dispatch new events, then take as many due notifications as there is room for; returns how many. */
  async tick(): Promise<number> {
    await this.dispatch();
    const room = this.settings.concurrency - this.#inFlight.size;
    if (room <= 0) return 0;
    const claimed = await claimDue(this.deps.database.db, this.deps.clock.now(), room, this.settings.leaseSeconds);
    this.#backlog = claimed.length === room;
    if (claimed.length === 0) return 0;
    // The round's rules in one read, each signing secret opened once: a burst mostly shares a few rules.
    const ruleIds = [...new Set(claimed.map((row) => row.ruleId))];
    const rules = new Map((await this.deps.database.db.select().from(notificationRules).where(inArray(notificationRules.id, ruleIds))).map((rule) => [rule.id, rule]));
    // Quiet hours and caps of the round's accounts in one read, for the messages to people.
    const toPeople = [...new Set(claimed.filter((row) => row.channel !== 'webhook').map((row) => row.accountId))];
    const manners = await mannersOf(this.deps.database.db, toPeople);
    const secrets = new Map<string, Promise<string[]>>();
    const secretsOf = (rule: RuleRow) => {
      const id = rule.signingCredentialId!;
      if (!secrets.has(id)) secrets.set(id, this.#secretsOf(rule));
      return secrets.get(id)!;
    };
    for (const row of claimed) {
      const sending: Promise<void> = this.#send(row, rules.get(row.ruleId), secretsOf, manners.get(row.accountId)).finally(() => {
        this.#inFlight.delete(sending);
        // A burst is worked through at the speed of the sends, not one batch a second.
        if (this.#backlog) this.#kick();
      });
      this.#inFlight.add(sending);
    }
    return claimed.length;
  }

  /** Queues one round after the current one (at most one waits), while the worker runs. */
  #kick(): void {
    if (this.#queued || !this.#timer) return;
    this.#queued = true;
    this.#ticking = this.#ticking
      .then(async () => {
        this.#queued = false;
        await this.tick();
      })
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'notification worker round failed'));
  }

  /** Dispatches every event not read yet; returns how many were read. */
  async dispatch(): Promise<number> {
    let read = 0;
    for (;;) {
      const count = await this.deps.database.transaction((tx) => dispatchEvents(tx.db, this.#dispatchContext, this.deps.clock.now(), this.settings.dispatchBatch));
      read += count;
      if (count < this.settings.dispatchBatch) return read;
    }
  }

  /**
   * Dispatches every event committed so far, then sends until nothing is due (tests and benchmarks). Events wait
   * for any older transaction still running in the database before they can be read, so this waits with them.
   */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (await this.deps.events.heldBack(this.deps.database.db)) {
      if (Date.now() > deadline) throw new Error(`Events are still held back after ${timeoutMs} ms: a transaction in the database stays open`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.dispatch();
    let claimed: number;
    do {
      claimed = await this.tick();
      await Promise.allSettled(this.#inFlight);
    } while (claimed > 0);
  }

  /**
   * Sends one message by the rule's channel to `recipient` (the notification's address; a rule's test send goes to
   * its fixed ones); a DeliveryError says why it did not go. Returns the channel's id for the message, if it has one.
   */
  async deliver(
    rule: RuleRow,
    delivery: Delivery,
    secretsOf: (rule: RuleRow) => Promise<string[]> = (r) => this.#secretsOf(r),
    recipient: string | null = null,
  ): Promise<{ providerMessageId: string | null }> {
    const { event } = delivery;
    if (rule.channel === 'webhook') return this.#channels.webhook.send(delivery, { url: rule.webhookUrl!, signingSecrets: await secretsOf(rule) }, null);
    // A rule's test send has no record: it goes to the rule's fixed addresses, and a rule to a record's person has none.
    const addresses = recipient ? (rule.channel === 'email' ? recipient.split(', ') : [recipient]) : ((rule.channel === 'email' ? rule.emailTo : rule.phoneTo) ?? []);
    if (addresses.length === 0) throw new DeliveryError('The rule sends to each record’s own person: there is no address to send to without a record (preview its template instead)', true);
    const request: RenderRequest = { accountId: rule.accountId, templateId: rule.templateId, catalogEntry: rule.catalogEntry, channel: rule.channel, locale: delivery.locale, event };
    const templated = Boolean(rule.templateId || rule.catalogEntry) && event.type !== TEST_EVENT_TYPE;
    if (rule.channel === 'email') {
      // Only a record's person gets an unsubscribe link: staff and fixed lists are changed by editing the rule.
      const unsubscribeUrl = rule.recipient === 'record' && this.deps.optOuts ? this.deps.optOuts.unsubscribeUrl({ accountId: rule.accountId, address: addresses[0]! }) : undefined;
      const rendered = this.deps.renderer && (templated || unsubscribeUrl) ? await this.deps.renderer.render({ ...request, unsubscribeUrl }) : undefined;
      if (rendered && rendered.kind !== 'email') throw new DeliveryError(`The rule's template is for ${rendered.kind}, not e-mail`, true);
      return this.#channels.email.send(delivery, { emailTo: addresses, headers: unsubscribeUrl ? emailUnsubscribeHeaders(unsubscribeUrl) : {} }, rendered);
    }
    const whatsapp = this.#channels.whatsapp;
    if (!whatsapp || !this.deps.renderer) throw new DeliveryError('WhatsApp is not set up in this Ponte', true);
    const rendered = await this.deps.renderer.render(request);
    if (rendered.kind !== 'whatsapp') throw new DeliveryError(`The rule's template is for ${rendered.kind}, not WhatsApp`, true);
    let last: { providerMessageId: string | null } = { providerMessageId: null };
    for (const phone of addresses) last = await whatsapp.send(delivery, { phone }, rendered);
    return last;
  }


  /**
   * Whether a message to a person waits or is skipped rather than sent now: quiet hours (a backlog or a retry can
   * land in them) put it back until they end; an opt-out or the person's daily cap skips it for good.
   */
  async #heldBack(row: NotificationRow, rule: RuleRow, manners: SendingManners): Promise<boolean> {
    const { db } = this.deps.database;
    const now = this.deps.clock.now();
    const until = outsideQuietHours(manners, row.channel, rule.recipient, now);
    if (until > now) {
      await deferUntil(db, row, until, now);
      return true;
    }
    if (!row.recipient || rule.recipient === 'fixed') return false;
    if (this.deps.optOuts && (await this.deps.optOuts.isOptedOut(db, { accountId: row.accountId, channel: row.channel, address: row.recipient }))) {
      await markSkipped(db, row, 'opted_out', 'The person asked not to receive these messages any more', now);
      this.deps.observer?.deliveryFinished(row.channel, 'canceled');
      return true;
    }
    const cap = manners.dailyCap[row.channel];
    if (cap !== undefined && (await sentToSince(db, row, startOfLocalDay(manners, now))) >= cap) {
      await markSkipped(db, row, 'recipient_cap', `The person already got ${cap} ${row.channel} message(s) today, the account's daily cap`, now);
      this.deps.observer?.deliveryFinished(row.channel, 'canceled');
      return true;
    }
    return false;
  }

  async #secretsOf(rule: RuleRow): Promise<string[]> {
    return signingSecretsOf(rule, await this.deps.vault.reveal(rule.signingCredentialId!), this.deps.clock.now());
  }

  async #send(row: NotificationRow, rule: RuleRow | undefined, secretsOf: (rule: RuleRow) => Promise<string[]>, manners: SendingManners | undefined): Promise<void> {
    const { db } = this.deps.database;
    if (!rule || rule.deletedAt || !rule.enabled) {
      await markCanceled(db, row, rule?.deletedAt ? 'The rule was deleted' : 'The rule was disabled', this.deps.clock.now());
      this.deps.observer?.deliveryFinished(row.channel, 'canceled');
      return;
    }
    if (manners && (await this.#heldBack(row, rule, manners))) return;
    const delivery: Delivery = { notificationId: row.id, event: row.event as Event, locale: rule.locale };
    try {
      const { providerMessageId } = await this.deliver(rule, delivery, secretsOf, row.recipient);
      await markSent(db, row, this.deps.clock.now(), providerMessageId);
      // A status Meta sent back before this send was recorded waits for it.
      if (providerMessageId) await applyEarlyStatuses(db, { accountId: row.accountId, environment: row.environment, providerMessageId }, this.deps.clock.now(), this.deps.logger);
      this.deps.observer?.deliveryFinished(row.channel, 'sent');
      await this.#endpointOutcome(rule, { ok: true }); // endpoint health
    } catch (error) {
      const known = error instanceof DeliveryError;
      // Anything else is our own fault (a vault or database error): retried, and its message kept for the operator.
      const outcome = await markFailed(db, row, known ? error.message : `Ponte could not send it: ${describeError(error)}`, known && error.permanent, this.deps.clock.now());
      this.deps.observer?.deliveryFinished(row.channel, outcome);
      this.deps.logger.warn({ notification: row.id, channel: row.channel, attempt: row.attempts, outcome, err: known ? undefined : error, reason: known ? error.message : undefined }, 'notification not delivered');
      // endpoint health: only the endpoint's own failures count against it, after markFailed so its retry is canceled too.
      if (known) await this.#endpointOutcome(rule, { ok: false, status: error.status, error: error.message });
    }
  }

  // --- endpoint health (endpoint-health.ts): each webhook delivery's outcome moves the rule's failing clock.
  async #endpointOutcome(rule: RuleRow, outcome: WebhookOutcome): Promise<void> {
    if (rule.channel !== 'webhook' || !this.deps.endpointHealth) return;
    await this.deps.endpointHealth
      .recordWebhookOutcome(this.deps.database.db, rule, outcome, this.deps.clock.now())
      .catch((error: unknown) => this.deps.logger.error({ err: error, rule: rule.id }, 'could not record the webhook endpoint’s health'));
  }
}
