import { integrationProblems, manifestFor, type IntegrationRow, type Verification } from '../../modules/integrations/index.ts';
import { actorOf, systemActor, type Actor } from '../../platform/actor.ts';
import type { Database, Transaction } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { JobData, JobDefinition } from '../../platform/queue/job-definition.ts';
import { ClockTimers } from '../../platform/queue/clock-timers.ts';
import { approvalDueAt, daysAfter, type OnboardingDeps } from './deps.ts';
import { approvalSlaJob, keyExchangeJob, onboardingMailJob, onboardingReminderJob, validationRequestJob } from './jobs.ts';
import type { OnboardingMailKind } from './messages.ts';

/** The flow itself, when it moves a ticket along on a customer's behalf (customers cannot change a ticket's status). */
export const FLOW = systemActor('onboarding');

export interface Contact {
  email: string;
  name: string | null;
  locale: 'pt-BR' | 'en';
}

/** What a submission led to, for the page or the e-mail reply that made it. */
export type SubmissionOutcome =
  | { result: 'active'; integration: IntegrationRow }
  | { result: 'pending_approval'; integration: IntegrationRow }
  | { result: 'exchanging'; integration: IntegrationRow }
  | { result: 'refused'; integration: IntegrationRow; reason: string };

/** The steps the onboarding paths share: asking for credentials, sending them for approval, activation, tickets, e-mails, timers. */
export class OnboardingSteps {
  readonly timers: ClockTimers;

  constructor(private readonly deps: OnboardingDeps) {
    this.timers = new ClockTimers(deps.queue, deps.clock, deps.settings.timerLookMs);
  }

  /** Verifies (self-service) or exchanges (key exchange) the credentials just received; the outcome moves the flow. */
  async connect(integrationId: string, transitionId: string): Promise<SubmissionOutcome> {
    const { integrations, database } = this.deps;
    const actor = FLOW;
    const row = (await integrations.findRow(database.db, integrationId))!;
    if (row.state !== 'credentials_received' || (await integrations.currentStep(database.db, integrationId)) !== transitionId) return { result: 'exchanging', integration: row };
    const kind = integrations.flowKindOf(row);
    const ticket = await this.deps.tickets.findFirstFor(database.db, row.id, 'onboarding');
    const credentials = (await integrations.revealCredentials(row))!;
    let verification: Verification;
    try {
      verification = await integrations.verify({ ...row, config: row.config as Record<string, unknown> }, credentials);
    } catch (error) {
      if (!(error instanceof Problem) || error.type !== integrationProblems.provider_unavailable) throw error;
      // The provider is out: the key stays sealed and the exchange is tried again; its 12-hour timer still runs.
      await this.deps.queue.send(keyExchangeJob, { integrationId, transitionId }, { startAfter: new Date(Date.now() + this.deps.settings.exchangeRetryMs), singletonKey: integrationId });
      this.deps.logger.warn({ integrationId, err: error }, 'the provider could not be reached to verify credentials; trying again');
      return { result: 'exchanging', integration: row };
    }
    return database.transaction(async (tx) => {
      const current = await integrations.lockRow(tx.db, integrationId);
      // Another run of this step (the queue's fallback, an expiry) got there first.
      if (!current || current.state !== 'credentials_received' || (await integrations.currentStep(tx.db, integrationId)) !== transitionId) return { result: 'exchanging' as const, integration: current ?? row };
      if (!verification.ok) {
        const reason = this.reasonOf(verification);
        if (kind === 'self_service') await integrations.move(tx.db, actor, current, 'connecting', { ticketId: ticket?.id ?? null });
        const waiting = await this.askForCredentials(tx, actor, current, ticket, kind === 'key_exchange' ? 'key_expired' : 'awaiting_customer', kind === 'key_exchange' ? 'key_expired' : 'credentials_refused', reason);
        return { result: 'refused' as const, integration: waiting, reason };
      }
      if (kind === 'self_service') await integrations.move(tx.db, actor, current, 'connecting', { ticketId: ticket?.id ?? null });
      const active = await integrations.activate(tx, actor, current, { ticketId: ticket?.id ?? null });
      if (current.credentialId) await integrations.confirmCredentials(tx.db, current.credentialId, credentials, verification.tokens);
      if (ticket) await this.afterActivation(tx, active, ticket);
      return { result: 'active' as const, integration: active };
    });
  }


  /** Moves to a state where the customer must act, with a fresh /connect link e-mailed and reminders set. */
  async askForCredentials(
    tx: Transaction,
    actor: Actor,
    row: IntegrationRow,
    ticket: { id: string } | null,
    state: 'awaiting_customer' | 'key_expired' | 'needs_revision',
    mail: OnboardingMailKind,
    reason: string | null,
    /** What the e-mail says was wrong, when it differs from the state's reason (null: the key's 12 hours ran out). */
    mailReason: string | null = reason,
  ): Promise<IntegrationRow> {
    const { integrations, connectLinks, settings } = this.deps;
    const moved = await integrations.move(tx.db, actor, row, state, { reason, ticketId: ticket?.id ?? null });
    const transitionId = await integrations.currentStep(tx.db, row.id);
    const { link } = await connectLinks.issue(tx.db, moved, settings.connectLinkValidMs);
    if (ticket) {
      await this.deps.tickets.setStatus(tx.db, FLOW, ticket.id, 'waiting_customer', reason ?? undefined);
      await this.mail(tx, moved, ticket.id, mail, link.id, mailReason);
    }
    const now = this.deps.clock.now();
    for (const days of settings.reminderBusinessDays) {
      await this.timer(tx, onboardingReminderJob, { integrationId: row.id, transitionId, businessDays: days }, this.deps.calendar.addBusinessDays(now, days));
    }
    return moved;
  }

  /** Credentials received for a provider-approval connector: to the provider, with the 15-day SLA timers. */
  async sendForApproval(tx: Transaction, actor: Actor, row: IntegrationRow, ticket: { id: string } | null): Promise<IntegrationRow> {
    const { integrations, settings, calendar } = this.deps;
    const moved = await integrations.move(tx.db, actor, row, 'pending_provider_approval', { ticketId: ticket?.id ?? null });
    const transitionId = await integrations.currentStep(tx.db, row.id);
    const now = this.deps.clock.now();
    const dueAt = approvalDueAt(settings, now);
    // The warning reaches agents in business hours; the breach is the SLA's own moment.
    await this.timer(tx, approvalSlaJob, { integrationId: row.id, transitionId, stage: 'warning' }, calendar.nextOpen(daysAfter(now, settings.approvalWarningDay)));
    await this.timer(tx, approvalSlaJob, { integrationId: row.id, transitionId, stage: 'breach' }, dueAt);
    if (ticket) {
      await this.deps.tickets.setStatus(tx.db, FLOW, ticket.id, 'waiting_provider', 'Sent for the provider\'s approval');
      await this.mail(tx, moved, ticket.id, 'pending_approval', null, dueAt.toISOString());
    }
    return moved;
  }

  /** Active after onboarding: the customer hears so, and is asked to validate the first data once it has arrived. */
  async afterActivation(tx: Transaction, row: IntegrationRow, ticket: { id: string }): Promise<void> {
    await this.mail(tx, row, ticket.id, 'activated', null, null);
    // Fuel cards end with the customer checking the first transactions; other connectors' onboarding ends here.
    if (!manifestFor(row.connector).models.includes('fuel_transaction')) {
      await this.deps.tickets.setStatus(tx.db, FLOW, ticket.id, 'resolved', 'Integration active');
      return;
    }
    await this.deps.tickets.setStatus(tx.db, FLOW, ticket.id, 'open', 'Integration active; the first data is validated next');
    const transitionId = await this.deps.integrations.currentStep(tx.db, row.id);
    await this.timer(tx, validationRequestJob, { integrationId: row.id, transitionId, attempt: 0 }, new Date(this.deps.clock.now().getTime() + 60_000));
  }

  /** The integration's onboarding ticket, opened by the flow with a staff note (by default: who asked for it). */
  async openTicket(db: Database, actor: Actor, row: IntegrationRow, accountName: string, contact: Contact, note?: string) {
    const manifest = manifestFor(row.connector);
    // The flow opens it (with a staff note saying who asked): customers may request integrations but not write notes.
    return this.deps.tickets.open(db, FLOW, {
      accountId: row.accountId,
      integrationId: row.id,
      kind: 'onboarding',
      subject: `Integração ${manifest.name} — ${accountName}`,
      requester: { email: contact.email, name: contact.name ?? undefined },
      locale: contact.locale,
      message: { body: note ?? `Integração ${manifest.name} (${row.environment}) solicitada por ${actorOf(actor)}.`, visibility: 'internal' },
    });
  }

  mail(tx: Transaction, row: IntegrationRow, ticketId: string, kind: OnboardingMailKind, linkId: string | null, reason: string | null): Promise<void> {
    return this.deps.queue.send(onboardingMailJob, { integrationId: row.id, ticketId, kind, linkId, reason }, { tx }).then(() => undefined);
  }

  timer<D extends JobDefinition>(tx: Transaction | null, job: D, data: Omit<JobData<D>, 'dueAt'>, at: Date): Promise<void> {
    return this.timers.set(job, { ...data, dueAt: at.toISOString() } as JobData<D> & { dueAt: string }, tx ? { tx } : {});
  }

  async stillAt(integrationId: string, transitionId: string): Promise<boolean> {
    return (await this.deps.integrations.currentStep(this.deps.database.db, integrationId)) === transitionId;
  }

  /** Who hears about the integration: the one given, else the account's contact, else the requesting user. */
  async contactFor(actor: Actor, account: { contactEmail: string | null; contactName: string | null; locale: 'pt-BR' | 'en' }, given: { email: string; name?: string | undefined } | undefined): Promise<Contact | null> {
    if (given) return { email: given.email, name: given.name ?? null, locale: account.locale };
    if (account.contactEmail) return { email: account.contactEmail, name: account.contactName, locale: account.locale };
    const user = actor.userId ? await this.deps.accounts.findUser(this.deps.database.db, actor.userId) : null;
    return user ? { email: user.email, name: user.name, locale: account.locale } : null;
  }

  reasonOf(verification: Extract<Verification, { ok: false }>): string {
    // The provider's own words when it gave any: what the customer can act on.
    return verification.providerMessage ?? verification.reason;
  }
}
