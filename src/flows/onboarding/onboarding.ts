import { integrationProblems, manifestFor, parseFields, type IntegrationRow, type Transition } from '../../modules/integrations/index.ts';
import { actorOf, assertRole, type Actor } from '../../platform/actor.ts';
import { Problem } from '../../platform/http/problems.ts';
import { approvalDueAt, AWAITING_CREDENTIALS, type OnboardingDeps } from './deps.ts';
import { keyExchangeJob, keyExpiryJob } from './jobs.ts';
import { FLOW, OnboardingSteps, type Contact, type SubmissionOutcome } from './steps.ts';
import { OnboardingTimers } from './timers.ts';
import { waitingFor, type Expectation } from './waiting-for.ts';


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
  readonly #steps: OnboardingSteps;
  /** Its e-mails and timers on the queue: registered and worked by the processes that run workers. */
  readonly queueSide: OnboardingTimers;

  constructor(private readonly deps: OnboardingDeps) {
    this.#steps = new OnboardingSteps(deps);
    this.queueSide = new OnboardingTimers(deps, this.#steps);
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
    const contact = await this.#steps.contactFor(actor, account, input.contact);
    const base = { accountId: account.id, connector: manifest.key, environment: input.environment, config };

    if (!credentials) {
      const to = requireContact(contact);
      return database.transaction(async (tx) => {
        const row = await integrations.insert(tx.db, actor, { ...base, state: 'requested' });
        const ticket = await this.#steps.openTicket(tx.db, actor, row, account.name, to);
        await this.#steps.askForCredentials(tx, actor, row, ticket, 'awaiting_customer', 'instructions', null);
        return (await integrations.findRow(tx.db, row.id))!;
      });
    }

    if (kind === 'provider_approval') {
      const to = requireContact(contact);
      return database.transaction(async (tx) => {
        const row = await integrations.insert(tx.db, actor, { ...base, state: 'credentials_received' });
        await integrations.storeCredentials(tx.db, row, credentials, { verified: false });
        const ticket = await this.#steps.openTicket(tx.db, actor, row, account.name, to);
        return this.#steps.sendForApproval(tx, actor, row, ticket);
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
          const ticket = await this.#steps.openTicket(tx.db, actor, row, account.name, contact);
          await this.#steps.afterActivation(tx, active, ticket);
        }
        return active;
      });
    }
    // Refused: the integration waits for corrected credentials, and the customer is told how; the API caller gets the 422.
    // With nobody to tell, nothing is kept: the caller corrects and asks again.
    const reason = this.#steps.reasonOf(verification);
    if (!contact) throw new Problem(integrationProblems.provider_refused_credentials, reason, { field: 'body.credentials' });
    const waiting = await database.transaction(async (tx) => {
      const row = await integrations.insert(tx.db, actor, { ...base, state: first });
      const ticket = await this.#steps.openTicket(tx.db, actor, row, account.name, contact);
      return this.#steps.askForCredentials(tx, FLOW, row, ticket, kind === 'key_exchange' ? 'key_expired' : 'awaiting_customer', kind === 'key_exchange' ? 'key_expired' : 'credentials_refused', reason);
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
      if (kind === 'provider_approval') return this.#steps.sendForApproval(tx, actor, moved, ticket);
      const transitionId = await integrations.currentStep(tx.db, row.id);
      if (kind === 'key_exchange') {
        // The key's 12 hours run from its generation when the provider tells it, else from now; the timer survives restarts.
        const expiresAt = new Date((source.keyGeneratedAt ?? this.deps.clock.now()).getTime() + this.deps.settings.keyValidityMs);
        await this.#steps.timer(tx, keyExpiryJob, { integrationId: row.id, transitionId }, expiresAt);
      }
      // Verified (or exchanged) right after this commits; should this process stop first, the queue does it.
      await this.deps.queue.send(keyExchangeJob, { integrationId: row.id, transitionId }, { tx, startAfter: new Date(Date.now() + this.deps.settings.connectFallbackMs) });
      return integrations.findRow(tx.db, row.id) as Promise<IntegrationRow>;
    });
    if (kind === 'provider_approval') return { result: 'pending_approval', integration: received };
    return this.#steps.connect(received.id, await integrations.currentStep(database.db, received.id));
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
        return this.#steps.askForCredentials(tx, actor, row, ticket, 'needs_revision', 'needs_revision', reason);
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
        const reason = `Aprovado pelo provedor, mas as credenciais foram recusadas: ${this.#steps.reasonOf(verification)}`;
        return this.#steps.askForCredentials(tx, actor, row, ticket, 'needs_revision', 'needs_revision', reason);
      }
      const active = await integrations.activate(tx, actor, row, { ticketId: ticket?.id ?? null, data: decision.reason ? { note: decision.reason } : {} });
      if (credentials && row.credentialId) await integrations.confirmCredentials(tx.db, row.credentialId, credentials, verification.tokens);
      if (ticket) await this.#steps.afterActivation(tx, active, ticket);
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

  /**
   * A new /connect link e-mailed to the integration's contact with the instructions again (the customer lost the
   * e-mail, or its link expired); earlier links stop working.
   */
  async resendLink(actor: Actor, integrationId: string): Promise<{ expiresAt: string }> {
    const { integrations, database, connectLinks, settings } = this.deps;
    const row = await integrations.get(actor, integrationId);
    if (!(AWAITING_CREDENTIALS as readonly string[]).includes(row.state)) {
      throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; it is not waiting for credentials`, { state: row.state, allowedStates: [...AWAITING_CREDENTIALS] });
    }
    const ticket = await this.deps.tickets.findFirstFor(database.db, row.id, 'onboarding');
    if (!ticket) throw new Problem(integrationProblems.contact_missing, 'The integration has no onboarding ticket to write from: nobody to send a link to');
    return database.transaction(async (tx) => {
      const { link } = await connectLinks.issue(tx.db, row, settings.connectLinkValidMs);
      await this.#steps.mail(tx, row, ticket.id, 'instructions', link.id, null);
      await this.deps.tickets.addMessage(tx.db, FLOW, ticket.id, { direction: 'outbound', visibility: 'internal', body: `Novo link seguro enviado a pedido de ${actorOf(actor)}.` });
      return { expiresAt: link.expiresAt.toISOString() };
    });
  }

  /** The integration's timeline, and who it waits for now, since when and until when (see waitingFor). */
  async timeline(actor: Actor, integrationId: string): Promise<{ data: Transition[]; waitingFor: Expectation | null }> {
    const data = await this.deps.integrations.timeline(actor, integrationId);
    const row = (await this.deps.integrations.findRow(this.deps.database.db, integrationId))!;
    return { data, waitingFor: await waitingFor(this.deps, row, data.at(-1)?.at ?? null) };
  }

  /** When the provider's approval of an integration pending since its last move is due. */
  approvalDeadlineOf(row: Pick<IntegrationRow, 'updatedAt'>): Date {
    return approvalDueAt(this.deps.settings, row.updatedAt);
  }
}
