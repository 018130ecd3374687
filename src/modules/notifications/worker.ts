import type { AccountsService } from '../accounts/index.ts';
import type { IntegrationStore } from '../integrations/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { CredentialVault } from '../credentials/index.ts';
import { EVENTS_APPENDED_SIGNAL, type Event, type EventsService } from '../events/index.ts';
import { DeliveryError, type Delivery, type EmailTarget, type WebhookTarget } from './delivery.ts';
import { dispatchEvents, type DispatchContext } from './dispatcher.ts';
import type { EndpointHealth, WebhookOutcome } from './endpoint-health.ts';
import { emailChannel } from './email-channel.ts';
import type { NotificationChannel } from './channels.ts';
import type { RenderedEmail, RenderedMessage, RenderedWhatsapp, RenderRequest } from './message.ts';
import { emailUnsubscribeHeaders } from './opt-outs.ts';
import type { notificationRules } from './schema.ts';
import { claimDue, deferUntil, expireEveryClaim, latestRetryAt, markCanceled, markFailed, markSent, markSkipped, releaseClaims, sentToSince, type ClaimedRow, type NotificationRow } from './send-queue.ts';
import { CompletionWriter } from './completions.ts';
import { RuleCache } from './rule-cache.ts';
import { announceDue, NOTIFICATIONS_DUE_SIGNAL } from './notification-signals.ts';
import { SendLoop, WakeLoop } from './send-loop.ts';
import { outsideQuietHours, startOfLocalDay, type SendingManners } from './sending-manners.ts';
import { mannersOf } from './settings.ts';
import { applyEarlyStatuses } from './whatsapp-webhook.ts';

/** Time a send may take (a webhook's 10 s timeout, a slow SMTP server) before its lease must still hold. */
const LEASE_MARGIN_MS = 30_000;

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
  /** How often the dispatcher and the sender look for work with no signal (default 5 s). */
  fallbackTickMs?: number;
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

/** Without a signal, the dispatcher and the sender look for work this often (missed signals, retries coming due). */
const FALLBACK_TICK_MS = 5000;


interface ClaimedBatch {
  rules: Map<string, RuleRow>;
  manners: Map<string, SendingManners>;
}

/**
 * The send queue's worker, in every process that runs workers, as two loops: the dispatcher turns new events into
 * notifications (one dispatcher at a time across processes), woken when events are committed; the sender keeps a
 * bounded number of sends in flight continuously from a local buffer of claimed notifications, woken when some are
 * committed due, and writes their outcomes in batches. Both also look every few seconds in case a signal was missed.
 */
export class NotificationWorker {
  readonly #dispatchContext: DispatchContext;
  /** How each channel sends one rendered message to one target; another provider or SMS is one more of these. */
  readonly #channels: {
    email: NotificationChannel<EmailTarget & { headers?: Record<string, string> }, RenderedEmail | undefined>;
    webhook: NotificationChannel<WebhookTarget, null>;
    whatsapp: NotificationChannel<WhatsappTarget, RenderedWhatsapp> | undefined;
  };
  readonly #rules: RuleCache;
  readonly #completions: CompletionWriter;
  readonly #sender: SendLoop<ClaimedRow, ClaimedBatch>;
  readonly #dispatcher: WakeLoop;
  readonly #senderTick: WakeLoop;
  /** Rules whose endpoint failed since their row was read: the next success clears their failing clock. */
  readonly #failingRules = new Set<string>();
  #retryTimer: NodeJS.Timeout | undefined;
  #retryAt = Infinity;
  #unsubscribe: (() => void)[] = [];

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
    const { signals } = deps.database;
    this.#rules = new RuleCache({ vault: deps.vault, clock: deps.clock, signals });
    this.#completions = new CompletionWriter(deps.database.pool);
    const onError = (what: string) => (error: unknown) => deps.logger.error({ err: error }, what);
    this.#sender = new SendLoop({ concurrency: settings.concurrency, claim: (limit) => this.#claim(limit), send: (row, batch) => this.#send(row, batch), onError: onError('notification sender failed') });
    const tickMs = settings.fallbackTickMs ?? FALLBACK_TICK_MS;
    this.#dispatcher = new WakeLoop(() => this.#dispatchRound(), tickMs, onError('notification dispatcher round failed'));
    this.#senderTick = new WakeLoop(async () => this.#sender.wake(), tickMs, onError('notification sender failed'));
  }

  start(): void {
    if (this.#dispatcher.started) return;
    const { signals } = this.deps.database;
    this.#unsubscribe = [
      signals.subscribe(EVENTS_APPENDED_SIGNAL, () => this.#dispatcher.wake()),
      signals.subscribe(NOTIFICATIONS_DUE_SIGNAL, () => this.#sender.wake()),
      // Whatever was announced while nobody listened is found by a look now.
      signals.onGap(() => {
        this.#dispatcher.wake();
        this.#sender.wake();
      }),
    ];
    this.#dispatcher.start();
    this.#senderTick.start();
    this.#sender.start();
  }

  /**
   * Before start, in a process that knows it is alone (the embedded database): notifications a stopped process had
   * claimed are sent again now rather than when its 120 s lease runs out, with the same webhook-id. Returns how many.
   */
  async reclaimEveryClaim(): Promise<number> {
    const claims = await expireEveryClaim(this.deps.database.pool, this.deps.clock.now());
    if (claims > 0) this.deps.logger.warn({ claims }, 'notifications a stopped process was sending will be sent again now');
    return claims;
  }

  /** Stops taking work and waits for sends under way, at most `timeoutMs`; unfinished ones come back after their lease. */
  async stop(timeoutMs: number): Promise<void> {
    for (const stop of this.#unsubscribe.splice(0)) stop();
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#retryAt = Infinity;
    await Promise.all([this.#dispatcher.stop(), this.#senderTick.stop()]);
    const unsent = await this.#sender.stop(timeoutMs);
    await this.#completions.flush();
    this.#rules.close();
    // Claimed but never tried: back to the queue now rather than after the lease.
    await releaseClaims(this.deps.database.pool, unsent, this.deps.clock.now()).catch((error: unknown) => this.deps.logger.error({ err: error }, 'could not give back claimed notifications'));
  }

  async #dispatchRound(): Promise<void> {
    if ((await this.dispatch()) > 0) this.#sender.wake();
  }

  /** Dispatches every event not read yet; returns how many were read. */
  async dispatch(): Promise<number> {
    let read = 0;
    for (;;) {
      const count = await this.deps.database.transaction(async (tx) => {
        const result = await dispatchEvents(tx.db, this.#dispatchContext, this.deps.clock.now(), this.settings.dispatchBatch);
        // Every process's sender hears it once this transaction commits.
        if (result.made > 0) await announceDue(this.deps.database, tx.db);
        return result.read;
      });
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
    let sent: number;
    do {
      await this.dispatch();
      sent = await this.#sender.drain();
    } while (sent > 0);
  }

  /** Claims due notifications with what sending them needs: their rules (kept while unchanged) and, for people, the accounts' manners. */
  async #claim(limit: number): Promise<{ rows: ClaimedRow[]; batch: ClaimedBatch }> {
    const { db } = this.deps.database;
    const rows = await claimDue(this.deps.database.pool, this.deps.clock.now(), limit, this.settings.leaseSeconds);
    if (rows.length === 0) return { rows, batch: { rules: new Map(), manners: new Map() } };
    const rules = await this.#rules.rulesOf(db, rows);
    // Quiet hours and caps of the accounts, for the messages to people.
    const toPeople = [...new Set(rows.filter((row) => row.channel !== 'webhook').map((row) => row.accountId))];
    const manners = toPeople.length > 0 ? await mannersOf(db, toPeople) : new Map<string, SendingManners>();
    return { rows, batch: { rules, manners } };
  }

  /** Wakes the sender when a retry comes due, if before the fallback tick would. */
  #wakeAt(at: Date): void {
    if (!this.#dispatcher.started || at.getTime() >= this.#retryAt) return;
    clearTimeout(this.#retryTimer);
    this.#retryAt = at.getTime();
    this.#retryTimer = setTimeout(() => {
      this.#retryAt = Infinity;
      this.#sender.wake();
    }, Math.max(0, at.getTime() - Date.now())).unref();
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

  /** Sends one claimed notification; for a webhook, resolves once it went, to the writing of its outcome. */
  async #send(row: ClaimedRow, { rules, manners }: ClaimedBatch): Promise<{ writing: Promise<void> } | void> {
    const { db } = this.deps.database;
    // A row that waited in the buffer until its lease nearly ran out could be claimed by another worker while this one
    // sends it: the receiver would get it twice. It goes back to the queue unsent instead.
    const now = this.deps.clock.now();
    const margin = Math.min(LEASE_MARGIN_MS, (this.settings.leaseSeconds * 1000) / 2);
    if (row.leaseUntil && row.leaseUntil.getTime() - now.getTime() < margin) {
      await releaseClaims(this.deps.database.pool, [row], now);
      this.deps.logger.info({ notification: row.id, leaseUntil: row.leaseUntil }, 'notification given back unsent: its lease was running out');
      return;
    }
    const rule = rules.get(row.ruleId);
    if (!rule || rule.deletedAt || !rule.enabled) {
      await markCanceled(db, row, rule?.deletedAt ? 'The rule was deleted' : 'The rule was disabled', this.deps.clock.now());
      this.deps.observer?.deliveryFinished(row.channel, 'canceled');
      return;
    }
    const accountManners = manners.get(row.accountId);
    if (accountManners && (await this.#heldBack(row, rule, accountManners))) return;
    const delivery: Delivery = { notificationId: row.id, event: row.event as Event, locale: rule.locale };
    let providerMessageId: string | null;
    try {
      ({ providerMessageId } = await this.deliver(rule, delivery, (r) => this.#rules.signingSecrets(r), row.recipient));
    } catch (error) {
      const known = error instanceof DeliveryError;
      // Anything else is our own fault (a vault or database error): retried, and its message kept for the operator.
      const message = known ? error.message : `Ponte could not send it: ${describeError(error)}`;
      const outcome = await this.#complete(row, { error: message, permanent: known && error.permanent });
      this.deps.observer?.deliveryFinished(row.channel, outcome);
      this.deps.logger.warn({ notification: row.id, channel: row.channel, attempt: row.attempts, outcome, err: known ? undefined : error, reason: known ? error.message : undefined }, 'notification not delivered');
      // endpoint health: only the endpoint's own failures count against it, after the failure is written so its retry is canceled too.
      if (known) await this.#endpointOutcome(rule, { ok: false, status: error.status, error: error.message });
      return;
    }
    const succeeded = async () => {
      this.deps.observer?.deliveryFinished(row.channel, 'sent');
      // endpoint health: a success clears the failing clock, a write needed only when it runs.
      if (rule.failingSince || this.#failingRules.delete(rule.id)) await this.#endpointOutcome(rule, { ok: true });
    };
    // A webhook's slot goes to the next one while its outcome waits for the next batched write.
    if (row.channel === 'webhook') return { writing: this.#complete(row).then(succeeded) };
    // Messages to people are written one by one: the daily cap counts what was sent, at once.
    await markSent(db, row, this.deps.clock.now(), providerMessageId);
    // A status Meta sent back before this send was recorded waits for it.
    if (providerMessageId) await applyEarlyStatuses(db, { accountId: row.accountId, environment: row.environment, providerMessageId }, this.deps.clock.now(), this.deps.logger);
    await succeeded();
  }

  /** Writes an attempt's outcome: webhooks' in batches (nothing counts as sent before its row says so), the others' at once. */
  async #complete(row: ClaimedRow, failure?: { error: string; permanent: boolean }): Promise<'sent' | 'retrying' | 'failed'> {
    const now = this.deps.clock.now();
    const outcome =
      row.channel === 'webhook'
        ? await this.#completions.write({ row, at: now, failure })
        : failure
          ? await markFailed(this.deps.database.db, row, failure.error, failure.permanent, now)
          : 'sent';
    if (outcome === 'retrying') this.#wakeAt(latestRetryAt(now, row.attempts));
    return outcome;
  }

  // --- endpoint health (endpoint-health.ts): each webhook delivery's outcome moves the rule's failing clock.
  async #endpointOutcome(rule: RuleRow, outcome: WebhookOutcome): Promise<void> {
    if (rule.channel !== 'webhook' || !this.deps.endpointHealth) return;
    if (!outcome.ok) this.#failingRules.add(rule.id);
    await this.deps.endpointHealth
      .recordWebhookOutcome(this.deps.database.db, rule, outcome, this.deps.clock.now())
      .catch((error: unknown) => this.deps.logger.error({ err: error, rule: rule.id }, 'could not record the webhook endpoint’s health'));
  }
}
