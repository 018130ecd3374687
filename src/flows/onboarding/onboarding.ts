import { integrationProblems, manifestFor, parseFields, type IntegrationRow, type Verification } from '../../modules/integrations/index.ts';
import { actorOf, assertRole, systemActor, type Actor } from '../../platform/actor.ts';
import type { Database, Transaction } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { JobData, JobDefinition } from '../../platform/queue/job-definition.ts';
import { ClockTimers } from '../../platform/queue/clock-timers.ts';
import { AWAITING_CREDENTIALS, type OnboardingDeps } from './deps.ts';
import { waitingFor, type Expectation } from './waiting-for.ts';
import { approvalSlaJob, keyExchangeJob, keyExpiryJob, ONBOARDING_JOBS, onboardingMailJob, onboardingReminderJob, validationRequestJob } from './jobs.ts';
import type { OnboardingMailKind } from './messages.ts';

const HOUR_MS = 3_600_000;
/** The flow itself, when it moves a ticket along on a customer's behalf (customers cannot change a ticket's status). */
const FLOW = systemActor('onboarding');
const DAY_MS = 24 * HOUR_MS;


export interface IntegrationRequest {
  accountId: string;
  connector: string;
  environment: 'sandbox' | 'production';
  config?: Record<string, unknown> | undefined;
  credentials?: Record<string, unknown> | undefined;
  /** Who to write to about this integration; by default the account's contact, else the requesting user. */
  contact?: { email: string; name?: string | undefined } | undefined;
}

/** Where a submission came from: the /connect page, an e-mail reply, or the API. */
export interface SubmissionSource {
  via: 'connect' | 'email' | 'api';
  linkId?: string | null;
  ticketMessageId?: string | null;
  /** When the provider says the key was generated; else the key's 12 hours count from receipt. */
  keyGeneratedAt?: Date | null;
}

/** What a submission led to, for the page or the e-mail reply that made it. */
export type SubmissionOutcome =
  | { result: 'active'; integration: IntegrationRow }
  | { result: 'pending_approval'; integration: IntegrationRow }
  | { result: 'exchanging'; integration: IntegrationRow }
  | { result: 'refused'; integration: IntegrationRow; reason: string };

interface Contact {
  email: string;
  name: string | null;
  locale: 'pt-BR' | 'en';
}

/** An onboarding writes to someone: without a contact it cannot start. */
function requireContact(contact: Contact | null): Contact {
  if (contact) return contact;
  throw new Problem(integrationProblems.contact_missing, 'The account has no contact e-mail: set one (PATCH /v1/accounts/{id}) or give body.contact', { field: 'body.contact' });
}


/**
 * Onboarding, as the articles describe it and Ponte runs it by itself: a request opens a ticket and e-mails the
 * customer a one-time /connect link; what the customer submits is verified (PagHiper, Reclame Aqui), exchanged at once
 * (Maxi Frota's 12-hour key) or sent for the provider's approval (Ticket Log's 15 days); timers remind, expire and
 * warn on the queue; agents can step in at every point.
 */
export class Onboarding {
  readonly #timers: ClockTimers;

  constructor(private readonly deps: OnboardingDeps) {
    this.#timers = new ClockTimers(deps.queue, deps.clock, deps.settings.timerLookMs);
  }

  /**
   * `POST /v1/integrations`. With credentials, self-service and key-exchange connectors are verified at once and start
   * `active`; a refusal leaves the integration waiting for the customer (ticket, e-mail, /connect link) and answers
   * 422 with the provider's words. Without credentials, or for a provider-approval connector, the onboarding starts.
   */
  async request(actor: Actor, input: IntegrationRequest): Promise<IntegrationRow> {
    const { accounts, integrations, database } = this.deps;
    const account = await accounts.getAccount(actor, input.accountId).catch((error: unknown) => {
      if (error instanceof Problem) throw new Problem(error.type, error.detail, { field: 'body.accountId' });
      throw error;
    });
    const manifest = manifestFor(input.connector);
    const kind = manifest.onboardingFlow;
    const config = parseFields(manifest.config, input.config, 'body.config') as Record<string, unknown>;
    const credentials = input.credentials === undefined ? null : (parseFields(manifest.credentials, input.credentials, 'body.credentials') as Record<string, string>);
    const contact = await this.#contactFor(actor, account, input.contact);
    const base = { accountId: account.id, connector: manifest.key, environment: input.environment, config };

    if (!credentials) {
      const to = requireContact(contact);
      return database.transaction(async (tx) => {
        const row = await integrations.insert(tx.db, actor, { ...base, state: 'requested' });
        const ticket = await this.#openTicket(tx.db, actor, row, account.name, to);
        await this.#askForCredentials(tx, actor, row, ticket, 'awaiting_customer', 'instructions', null);
        return (await integrations.findRow(tx.db, row.id))!;
      });
    }

    if (kind === 'provider_approval') {
      const to = requireContact(contact);
      return database.transaction(async (tx) => {
        const row = await integrations.insert(tx.db, actor, { ...base, state: 'credentials_received' });
        await integrations.storeCredentials(tx.db, row, credentials, { verified: false });
        const ticket = await this.#openTicket(tx.db, actor, row, account.name, to);
        return this.#sendForApproval(tx, actor, row, ticket);
      });
    }

    const target = { ...base, credentialId: null };
    const verification = await integrations.verify(target, credentials);
    const first = kind === 'self_service' ? 'connecting' : 'credentials_received';
    if (verification.ok) {
      return database.transaction(async (tx) => {
        const row = await integrations.insert(tx.db, actor, { ...base, state: first });
        await integrations.storeCredentials(tx.db, row, credentials, { verified: true, tokens: verification.tokens });
        const active = await integrations.activate(tx, actor, row);
        // The validation step needs someone to ask: without a contact, the API caller validates.
        if (kind === 'key_exchange' && contact) {
          const ticket = await this.#openTicket(tx.db, actor, row, account.name, contact);
          await this.#afterActivation(tx, active, ticket);
        }
        return active;
      });
    }
    // Refused: the integration waits for corrected credentials, and the customer is told how; the API caller gets the 422.
    // With nobody to tell, nothing is kept: the caller corrects and asks again.
    const reason = this.#reasonOf(verification);
    if (!contact) throw new Problem(integrationProblems.provider_refused_credentials, reason, { field: 'body.credentials' });
    const waiting = await database.transaction(async (tx) => {
      const row = await integrations.insert(tx.db, actor, { ...base, state: first });
      const ticket = await this.#openTicket(tx.db, actor, row, account.name, contact);
      return this.#askForCredentials(tx, FLOW, row, ticket, kind === 'key_exchange' ? 'key_expired' : 'awaiting_customer', kind === 'key_exchange' ? 'key_expired' : 'credentials_refused', reason);
    });
    throw new Problem(integrationProblems.provider_refused_credentials, reason, { field: 'body.credentials', integrationId: waiting.id, state: waiting.state });
  }

  /**
   * Credentials handed over for an integration waiting for them (from /connect, an e-mail reply or the API): sealed at
   * once, then verified, exchanged or sent for approval by the integration's flow.
   */
  async submit(actor: Actor, integrationId: string, given: Record<string, unknown>, source: SubmissionSource): Promise<SubmissionOutcome> {
    const { integrations, database } = this.deps;
    const row = await integrations.get(actor, integrationId);
    if (!(AWAITING_CREDENTIALS as readonly string[]).includes(row.state)) {
      throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; it is not waiting for credentials`, { state: row.state, allowedStates: [...AWAITING_CREDENTIALS] });
    }
    const manifest = manifestFor(row.connector);
    const credentials = parseFields(manifest.credentials, given, 'body.credentials') as Record<string, string>;
    const kind = manifest.onboardingFlow;
    const ticket = await this.deps.tickets.findFirstFor(database.db, row.id, 'onboarding');
    const ticketId = ticket?.id ?? null;
    const received = await database.transaction(async (tx) => {
      const moved = await integrations.move(tx.db, actor, row, 'credentials_received', { ticketId, messageId: source.ticketMessageId ?? null, data: { via: source.via } });
      await integrations.storeCredentials(tx.db, moved, credentials, { verified: false });
      // Their step is over: links still out (the instructions', a reminder's) stop working.
      await this.deps.connectLinks.revokeFor(tx.db, row.id);
      if (kind === 'provider_approval') return this.#sendForApproval(tx, actor, moved, ticket);
      const transitionId = await integrations.currentStep(tx.db, row.id);
      if (kind === 'key_exchange') {
        // The key's 12 hours run from its generation when the provider tells it, else from now; the timer survives restarts.
        const expiresAt = new Date((source.keyGeneratedAt ?? this.deps.clock.now()).getTime() + this.deps.settings.keyValidityMs);
        await this.#timer(tx, keyExpiryJob, { integrationId: row.id, transitionId }, expiresAt);
      }
      // Verified (or exchanged) right after this commits; should this process stop first, the queue does it.
      await this.deps.queue.send(keyExchangeJob, { integrationId: row.id, transitionId }, { tx, startAfter: new Date(Date.now() + this.deps.settings.connectFallbackMs) });
      return integrations.findRow(tx.db, row.id) as Promise<IntegrationRow>;
    });
    if (kind === 'provider_approval') return { result: 'pending_approval', integration: received };
    return this.#connect(received.id, await integrations.currentStep(database.db, received.id));
  }

  /** An agent's (or the provider's) decision on a pending approval: approval activates, rejection asks for a revision. */
  async decide(actor: Actor, integrationId: string, decision: { approved: boolean; reason?: string | undefined }): Promise<IntegrationRow> {
    const { integrations, database } = this.deps;
    const row = await integrations.get(actor, integrationId);
    if (actor.role !== 'provider') assertRole(actor, 'admin', 'agent');
    if (row.state !== 'pending_provider_approval') {
      throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}, not waiting for the provider's approval`, { state: row.state, allowedStates: ['pending_provider_approval'] });
    }
    const ticket = await this.deps.tickets.findFirstFor(database.db, row.id, 'onboarding');
    if (!decision.approved) {
      const reason = decision.reason?.trim() || 'A Ticket Log pediu uma revisão dos dados enviados.';
      return database.transaction(async (tx) => {
        if (ticket) await this.deps.tickets.addMessage(tx.db, actor, ticket.id, { direction: 'inbound', visibility: 'internal', body: `Rejeitado pelo provedor: ${reason}` });
        return this.#askForCredentials(tx, actor, row, ticket, 'needs_revision', 'needs_revision', reason);
      });
    }
    // What was verified is what gets activated: the step and the credentials are checked again under the row's lock.
    const step = await integrations.currentStep(database.db, row.id);
    const credentials = await integrations.revealCredentials(row);
    const verification = credentials ? await integrations.verify({ ...row, config: row.config as Record<string, unknown> }, credentials) : ({ ok: false, reason: 'No credentials to verify', providerMessage: null } as const);
    return database.transaction(async (tx) => {
      const locked = await integrations.lockRow(tx.db, row.id);
      if (!locked || locked.state !== 'pending_provider_approval' || locked.credentialId !== row.credentialId || (await integrations.currentStep(tx.db, row.id)) !== step) {
        throw new Problem(integrationProblems.integration_state_conflict, 'The integration changed while the decision was being recorded; look at it again', { state: locked?.state ?? null, allowedStates: ['pending_provider_approval'] });
      }
      if (!verification.ok) {
        const reason = `Aprovado pelo provedor, mas as credenciais foram recusadas: ${this.#reasonOf(verification)}`;
        return this.#askForCredentials(tx, actor, row, ticket, 'needs_revision', 'needs_revision', reason);
      }
      const active = await integrations.activate(tx, actor, row, { ticketId: ticket?.id ?? null, reason: decision.reason ?? null });
      if (credentials && row.credentialId) await integrations.confirmCredentials(tx.db, row.credentialId, credentials, verification.tokens);
      if (ticket) await this.#afterActivation(tx, active, ticket);
      return active;
    });
  }

  /** The customer's answer to "os dados estão corretos?": confirmed, or the divergence found, which an agent takes up. */
  async validate(actor: Actor, integrationId: string, answer: { confirmed: boolean; divergence?: string | undefined }): Promise<{ confirmed: boolean; ticketId: string | null }> {
    const { integrations, database, tickets } = this.deps;
    const row = await integrations.get(actor, integrationId);
    if (row.state !== 'active') throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; its data can be validated once it is active`, { state: row.state, allowedStates: ['active'] });
    if (!answer.confirmed && !answer.divergence?.trim()) {
      throw new Problem(integrationProblems.validation_divergence_missing, 'Say what is wrong with the data in divergence', { field: 'body.divergence' });
    }
    const ticket = await tickets.findFirstFor(database.db, row.id, 'onboarding');
    return database.transaction(async (tx) => {
      await integrations.recordValidation(tx.db, actor, row, answer);
      if (ticket) {
        const body = answer.confirmed ? 'O cliente confirmou que os dados estão corretos.' : `O cliente encontrou uma divergência nos dados: ${answer.divergence!.trim()}`;
        await tickets.addMessage(tx.db, actor, ticket.id, { direction: 'inbound', visibility: 'public', body });
        await tickets.setStatus(tx.db, FLOW, ticket.id, answer.confirmed ? 'resolved' : 'open', answer.confirmed ? 'Data validated by the customer' : 'Divergence reported');
      }
      return { confirmed: answer.confirmed, ticketId: ticket?.id ?? null };
    });
  }

  /** Who the integration waits for now, since when and until when (see waitingFor). */
  waitingFor(actor: Actor, integrationId: string): Promise<Expectation | null> {
    return waitingFor(this.deps, actor, integrationId);
  }

  /** When the provider's approval of an integration pending since its last move is due. */
  approvalDeadlineOf(row: Pick<IntegrationRow, 'updatedAt'>): Date {
    return new Date(row.updatedAt.getTime() + this.deps.settings.approvalSlaDays * DAY_MS);
  }

  // ——— the queue's side: timers and deferred work ———

  async registerJobs(): Promise<void> {
    for (const job of ONBOARDING_JOBS) await this.deps.queue.register(job);
  }

  async startWorkers(sendMail: (data: { integrationId: string; ticketId: string; kind: string; linkId: string | null; reason: string | null }, jobId: string) => Promise<void>): Promise<void> {
    const { queue } = this.deps;
    await queue.work(onboardingMailJob, async (data, job) => sendMail(data, job.id));
    const timers = this.#timers;
    await queue.work(onboardingReminderJob, async (data) => void ((await timers.due(onboardingReminderJob, data)) && (await this.#remind(data.integrationId, data.transitionId, data.businessDays))));
    await queue.work(keyExpiryJob, async (data) => void ((await timers.due(keyExpiryJob, data)) && (await this.#expireKey(data.integrationId, data.transitionId))));
    await queue.work(keyExchangeJob, async (data) => void (await this.#connect(data.integrationId, data.transitionId)));
    await queue.work(approvalSlaJob, async (data) => void ((await timers.due(approvalSlaJob, data)) && (await this.#approvalSla(data.integrationId, data.transitionId, data.stage))));
    await queue.work(validationRequestJob, async (data) => void ((await timers.due(validationRequestJob, data)) && (await this.#requestValidation(data.integrationId, data.transitionId, data.attempt))));
  }

  /** Verifies (self-service) or exchanges (key exchange) the credentials just received; the outcome moves the flow. */
  async #connect(integrationId: string, transitionId: string): Promise<SubmissionOutcome> {
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
        const reason = this.#reasonOf(verification);
        if (kind === 'self_service') await integrations.move(tx.db, actor, current, 'connecting', { ticketId: ticket?.id ?? null });
        const waiting = await this.#askForCredentials(tx, actor, current, ticket, kind === 'key_exchange' ? 'key_expired' : 'awaiting_customer', kind === 'key_exchange' ? 'key_expired' : 'credentials_refused', reason);
        return { result: 'refused' as const, integration: waiting, reason };
      }
      if (kind === 'self_service') await integrations.move(tx.db, actor, current, 'connecting', { ticketId: ticket?.id ?? null });
      const active = await integrations.activate(tx, actor, current, { ticketId: ticket?.id ?? null });
      if (current.credentialId) await integrations.confirmCredentials(tx.db, current.credentialId, credentials, verification.tokens);
      if (ticket) await this.#afterActivation(tx, active, ticket);
      return { result: 'active' as const, integration: active };
    });
  }

  async #remind(integrationId: string, transitionId: string, businessDays: number): Promise<void> {
    const { integrations, database } = this.deps;
    const row = await integrations.findRow(database.db, integrationId);
    if (!row || !(await this.#stillAt(integrationId, transitionId))) return;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    if (!ticket) return;
    await database.transaction(async (tx) => {
      // The link the customer already has keeps working while it can; a new one only replaces an expired link.
      const current = await this.deps.connectLinks.currentFor(tx.db, row.id);
      const link = current && current.expiresAt.getTime() > this.deps.clock.now().getTime() ? current : (await this.deps.connectLinks.issue(tx.db, row, this.deps.settings.connectLinkValidMs)).link;
      await this.#mail(tx, row, ticket.id, 'reminder', link.id, `${businessDays}`);
    });
  }

  async #expireKey(integrationId: string, transitionId: string): Promise<void> {
    const { integrations, database } = this.deps;
    if (!(await this.#stillAt(integrationId, transitionId))) return;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    await database.transaction(async (tx) => {
      const row = (await integrations.findRow(tx.db, integrationId))!;
      if (row.state !== 'credentials_received') return;
      const reason = 'A chave de autorização passou de 12 horas sem poder ser trocada com a Maxi Frota; gere uma nova no portal.';
      await this.#askForCredentials(tx, systemActor('onboarding.key-expiry'), row, ticket, 'key_expired', 'key_expired', reason, null);
    });
  }

  async #approvalSla(integrationId: string, transitionId: string, stage: 'warning' | 'breach'): Promise<void> {
    const { integrations, database } = this.deps;
    if (!(await this.#stillAt(integrationId, transitionId))) return;
    const row = (await integrations.findRow(database.db, integrationId))!;
    if (row.state !== 'pending_provider_approval') return;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    const { approvalSlaDays, approvalWarningDay } = this.deps.settings;
    const note =
      stage === 'warning'
        ? `Aprovação da ${manifestFor(row.connector).name} pendente há ${approvalWarningDay} dias: o prazo de ${approvalSlaDays} dias vence em ${approvalSlaDays - approvalWarningDay} dias. Cobre o provedor.`
        : `Prazo de ${approvalSlaDays} dias para a aprovação da ${manifestFor(row.connector).name} vencido.`;
    await database.transaction(async (tx) => {
      await integrations.announce(tx.db, row, stage === 'warning' ? 'integration.approval_sla_warning' : 'integration.approval_sla_breached', { slaDays: approvalSlaDays, ticketId: ticket?.id ?? null });
      if (ticket) await this.deps.tickets.addMessage(tx.db, systemActor('onboarding.approval-sla'), ticket.id, { direction: 'outbound', visibility: 'internal', body: note });
    });
  }

  async #requestValidation(integrationId: string, transitionId: string, attempt: number): Promise<void> {
    const { integrations, database } = this.deps;
    if (!(await this.#stillAt(integrationId, transitionId))) return;
    const row = (await integrations.findRow(database.db, integrationId))!;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    if (!ticket) return;
    if ((await integrations.recordCount(integrationId)) > 0) {
      await database.transaction(async (tx) => this.#mail(tx, row, ticket.id, 'validation_request', null, null));
      return;
    }
    if (attempt + 1 >= this.deps.settings.validationChecks) {
      // No data after all the checks: an agent looks into it rather than the step ending unseen.
      await database.transaction(({ db }) =>
        this.deps.tickets.addMessage(db, FLOW, ticket.id, { direction: 'outbound', visibility: 'internal', body: 'Nenhum dado chegou do provedor desde a ativação: a validação dos primeiros dados não foi pedida ao cliente. Verifique as sincronizações da integração.' }),
      );
      return;
    }
    await this.#timer(null, validationRequestJob, { integrationId, transitionId, attempt: attempt + 1 }, new Date(this.deps.clock.now().getTime() + this.deps.settings.validationCheckMinutes * 60_000));
  }

  // ——— steps shared by the paths above ———

  /** Moves to a state where the customer must act, with a fresh /connect link e-mailed and reminders set. */
  async #askForCredentials(
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
      await this.#mail(tx, moved, ticket.id, mail, link.id, mailReason);
    }
    const now = this.deps.clock.now();
    for (const days of settings.reminderBusinessDays) {
      await this.#timer(tx, onboardingReminderJob, { integrationId: row.id, transitionId, businessDays: days }, this.deps.calendar.addBusinessDays(now, days));
    }
    return moved;
  }

  /** Credentials received for a provider-approval connector: to the provider, with the 15-day SLA timers. */
  async #sendForApproval(tx: Transaction, actor: Actor, row: IntegrationRow, ticket: { id: string } | null): Promise<IntegrationRow> {
    const { integrations, settings, calendar } = this.deps;
    const moved = await integrations.move(tx.db, actor, row, 'pending_provider_approval', { ticketId: ticket?.id ?? null });
    const transitionId = await integrations.currentStep(tx.db, row.id);
    const now = this.deps.clock.now().getTime();
    // The warning reaches agents in business hours; the breach is the SLA's own moment.
    await this.#timer(tx, approvalSlaJob, { integrationId: row.id, transitionId, stage: 'warning' }, calendar.nextOpen(new Date(now + settings.approvalWarningDay * DAY_MS)));
    await this.#timer(tx, approvalSlaJob, { integrationId: row.id, transitionId, stage: 'breach' }, new Date(now + settings.approvalSlaDays * DAY_MS));
    if (ticket) {
      await this.deps.tickets.setStatus(tx.db, FLOW, ticket.id, 'waiting_provider', 'Sent for the provider\'s approval');
      await this.#mail(tx, moved, ticket.id, 'pending_approval', null, new Date(now + settings.approvalSlaDays * DAY_MS).toISOString());
    }
    return moved;
  }

  /** Active after onboarding: the customer hears so, and is asked to validate the first data once it has arrived. */
  async #afterActivation(tx: Transaction, row: IntegrationRow, ticket: { id: string }): Promise<void> {
    await this.#mail(tx, row, ticket.id, 'activated', null, null);
    const transitionId = await this.deps.integrations.currentStep(tx.db, row.id);
    await this.#timer(tx, validationRequestJob, { integrationId: row.id, transitionId, attempt: 0 }, new Date(this.deps.clock.now().getTime() + 60_000));
  }

  async #openTicket(db: Database, actor: Actor, row: IntegrationRow, accountName: string, contact: Contact) {
    const manifest = manifestFor(row.connector);
    // The flow opens it (with a staff note saying who asked): customers may request integrations but not write notes.
    return this.deps.tickets.open(db, FLOW, {
      accountId: row.accountId,
      integrationId: row.id,
      kind: 'onboarding',
      subject: `Integração ${manifest.name} — ${accountName}`,
      requester: { email: contact.email, name: contact.name ?? undefined },
      locale: contact.locale,
      message: { body: `Integração ${manifest.name} (${row.environment}) solicitada por ${actorOf(actor)}.`, visibility: 'internal' },
    });
  }

  #mail(tx: Transaction, row: IntegrationRow, ticketId: string, kind: OnboardingMailKind, linkId: string | null, reason: string | null): Promise<void> {
    return this.deps.queue.send(onboardingMailJob, { integrationId: row.id, ticketId, kind, linkId, reason }, { tx }).then(() => undefined);
  }

  #timer<D extends JobDefinition>(tx: Transaction | null, job: D, data: Omit<JobData<D>, 'dueAt'>, at: Date): Promise<void> {
    return this.#timers.set(job, { ...data, dueAt: at.toISOString() } as JobData<D> & { dueAt: string }, tx ? { tx } : {});
  }

  async #stillAt(integrationId: string, transitionId: string): Promise<boolean> {
    return (await this.deps.integrations.currentStep(this.deps.database.db, integrationId)) === transitionId;
  }

  /** Who hears about the integration: the one given, else the account's contact, else the requesting user. */
  async #contactFor(actor: Actor, account: { contactEmail: string | null; contactName: string | null; locale: 'pt-BR' | 'en' }, given: IntegrationRequest['contact']): Promise<Contact | null> {
    if (given) return { email: given.email, name: given.name ?? null, locale: account.locale };
    if (account.contactEmail) return { email: account.contactEmail, name: account.contactName, locale: account.locale };
    const user = actor.userId ? await this.deps.accounts.findUser(this.deps.database.db, actor.userId) : null;
    return user ? { email: user.email, name: user.name, locale: account.locale } : null;
  }

  #reasonOf(verification: Extract<Verification, { ok: false }>): string {
    // The provider's own words when it gave any: what the customer can act on.
    return verification.providerMessage ?? verification.reason;
  }
}
