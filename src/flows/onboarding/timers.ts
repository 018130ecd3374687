import { manifestFor } from '../../modules/integrations/index.ts';
import { systemActor } from '../../platform/actor.ts';
import type { OnboardingDeps } from './deps.ts';
import { approvalSlaJob, keyExchangeJob, keyExpiryJob, ONBOARDING_JOBS, onboardingMailJob, reconnectSweepJob, onboardingReminderJob, validationRequestJob } from './jobs.ts';
import { FLOW, type OnboardingSteps } from './steps.ts';

/** The onboarding's side on the queue: its e-mails, reminders, the key's expiry, the approval's SLA, the validation request. */
export class OnboardingTimers {
  constructor(
    private readonly deps: OnboardingDeps,
    private readonly steps: OnboardingSteps,
  ) {}

  /** How often this process's timers of a job (`onboarding.reminder`, ...) have looked at the clock. */
  looks(jobName: string): number {
    return this.steps.timers.looks(jobName);
  }

  async registerJobs(): Promise<void> {
    for (const job of ONBOARDING_JOBS) await this.deps.queue.register(job);
    await this.deps.queue.schedule(reconnectSweepJob, '* * * * *', {});
  }

  /**
   * Integrations whose credentials stopped working (DESIGN: `reconnect_required` opens a ticket and tells the customer):
   * each gets its onboarding ticket back (or a new one), a /connect link for new credentials, and the provider's words
   * by e-mail, once. Returns how many were asked.
   */
  async askForReconnects(): Promise<number> {
    const { integrations, database, accounts, connectLinks, tickets, settings } = this.deps;
    let asked = 0;
    for await (const row of this.#waitingForReconnect()) {
      if (await connectLinks.currentFor(database.db, row.id)) continue;
      const account = await accounts.findAccount(database.db, row.accountId);
      const ticket = await tickets.findFirstFor(database.db, row.id, 'onboarding');
      if (!account || (!ticket && !account.contactEmail)) continue;
      const done = await database.transaction(async (tx) => {
        // Under the row's lock, checked again: two sweeps (or a sweep and the customer) never both ask.
        const locked = await integrations.lockRow(tx.db, row.id);
        if (locked?.state !== 'reconnect_required' || (await connectLinks.currentFor(tx.db, row.id))) return false;
        const contact = { email: account.contactEmail!, name: account.contactName, locale: account.locale };
        const to = ticket ?? (await this.steps.openTicket(tx.db, FLOW, row, account.name, contact, `O provedor recusou as credenciais da integração em funcionamento: ${row.stateReason ?? 'sem motivo informado'}.`));
        const { link } = await connectLinks.issue(tx.db, row, settings.connectLinkValidMs);
        await tickets.setStatus(tx.db, FLOW, to.id, 'waiting_customer', row.stateReason ?? 'The provider refused the credentials');
        // A Maxi Frota customer needs a new key, not a second look at the old one.
        const kind = integrations.flowKindOf(row) === 'key_exchange' ? 'key_expired' : 'credentials_refused';
        await this.steps.mail(tx, row, to.id, kind, link.id, row.stateReason);
        return true;
      });
      if (done) asked += 1;
    }
    return asked;
  }

  /** Every integration in reconnect_required, a page at a time. */
  async *#waitingForReconnect() {
    let after: string | undefined;
    for (;;) {
      const page = await this.deps.integrations.list(FLOW, { state: 'reconnect_required', limit: 200, after });
      yield* page;
      if (page.length < 200) return;
      after = page.at(-1)!.id;
    }
  }

  async startWorkers(sendMail: (data: { integrationId: string; ticketId: string; kind: string; linkId: string | null; reason: string | null }, jobId: string) => Promise<void>): Promise<void> {
    const { queue } = this.deps;
    await queue.work(onboardingMailJob, async (data, job) => sendMail(data, job.id));
    await queue.work(reconnectSweepJob, async () => void (await this.askForReconnects()));
    const { timers } = this.steps;
    await queue.work(onboardingReminderJob, async (data, job) => void ((await timers.due(onboardingReminderJob, data, job.id)) && (await this.#remind(data.integrationId, data.transitionId, data.businessDays))));
    await queue.work(keyExpiryJob, async (data, job) => void ((await timers.due(keyExpiryJob, data, job.id)) && (await this.#expireKey(data.integrationId, data.transitionId))));
    await queue.work(keyExchangeJob, async (data) => void (await this.steps.connect(data.integrationId, data.transitionId)));
    await queue.work(approvalSlaJob, async (data, job) => void ((await timers.due(approvalSlaJob, data, job.id)) && (await this.#approvalSla(data.integrationId, data.transitionId, data.stage))));
    await queue.work(validationRequestJob, async (data, job) => void ((await timers.due(validationRequestJob, data, job.id)) && (await this.#requestValidation(data.integrationId, data.transitionId, data.attempt))));
  }

  async #remind(integrationId: string, transitionId: string, businessDays: number): Promise<void> {
    const { integrations, database } = this.deps;
    const row = await integrations.findRow(database.db, integrationId);
    if (!row || !(await this.steps.stillAt(integrationId, transitionId))) return;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    if (!ticket) return;
    await database.transaction(async (tx) => {
      if (!(await integrations.firstFiring(tx.db, integrationId, transitionId, `reminder:${businessDays}`))) return;
      // The link the customer already has keeps working while it can; a new one only replaces an expired link.
      const current = await this.deps.connectLinks.currentFor(tx.db, row.id);
      const link = current && current.expiresAt.getTime() > this.deps.clock.now().getTime() ? current : (await this.deps.connectLinks.issue(tx.db, row, this.deps.settings.connectLinkValidMs)).link;
      await this.steps.mail(tx, row, ticket.id, 'reminder', link.id, `${businessDays}`);
    });
  }

  async #expireKey(integrationId: string, transitionId: string): Promise<void> {
    const { integrations, database } = this.deps;
    if (!(await this.steps.stillAt(integrationId, transitionId))) return;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    await database.transaction(async (tx) => {
      const row = (await integrations.findRow(tx.db, integrationId))!;
      if (row.state !== 'credentials_received' || !(await integrations.firstFiring(tx.db, integrationId, transitionId, 'key_expiry'))) return;
      // The key waited its 12 hours while the provider could not be reached (or it was already old when it came).
      const reason = 'A chave de autorização passou de 12 horas sem poder ser trocada com a Maxi Frota; gere uma nova no portal.';
      await this.steps.askForCredentials(tx, systemActor('onboarding.key-expiry'), row, ticket, 'key_expired', 'key_expired', reason, null);
    });
  }

  async #approvalSla(integrationId: string, transitionId: string, stage: 'warning' | 'breach'): Promise<void> {
    const { integrations, database } = this.deps;
    if (!(await this.steps.stillAt(integrationId, transitionId))) return;
    const row = (await integrations.findRow(database.db, integrationId))!;
    if (row.state !== 'pending_provider_approval') return;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    const { approvalSlaDays, approvalWarningDay } = this.deps.settings;
    const note =
      stage === 'warning'
        ? `Aprovação da ${manifestFor(row.connector).name} pendente há ${approvalWarningDay} dias: o prazo de ${approvalSlaDays} dias vence em ${approvalSlaDays - approvalWarningDay} dias. Cobre o provedor.`
        : `Prazo de ${approvalSlaDays} dias para a aprovação da ${manifestFor(row.connector).name} vencido.`;
    await database.transaction(async (tx) => {
      if (!(await integrations.firstFiring(tx.db, integrationId, transitionId, `approval_sla:${stage}`))) return;
      await integrations.announce(tx.db, row, stage === 'warning' ? 'integration.approval_sla_warning' : 'integration.approval_sla_breached', { slaDays: approvalSlaDays, ticketId: ticket?.id ?? null });
      if (ticket) await this.deps.tickets.addMessage(tx.db, systemActor('onboarding.approval-sla'), ticket.id, { direction: 'outbound', visibility: 'internal', body: note });
    });
  }

  async #requestValidation(integrationId: string, transitionId: string, attempt: number): Promise<void> {
    const { integrations, database } = this.deps;
    if (!(await this.steps.stillAt(integrationId, transitionId))) return;
    const row = (await integrations.findRow(database.db, integrationId))!;
    const ticket = await this.deps.tickets.findFirstFor(database.db, integrationId, 'onboarding');
    if (!ticket) return;
    const arrived = (await integrations.recordCount(integrationId)) > 0;
    await database.transaction(async (tx) => {
      if (!(await integrations.firstFiring(tx.db, integrationId, transitionId, `validation_request:${attempt}`))) return;
      if (arrived) {
        await this.steps.mail(tx, row, ticket.id, 'validation_request', null, null);
        await this.deps.tickets.setStatus(tx.db, FLOW, ticket.id, 'waiting_customer', 'Waiting for the customer to validate the first data');
      } else if (attempt + 1 >= this.deps.settings.validationChecks) {
        // No data after all the checks: an agent looks into it rather than the step ending unseen.
        await this.deps.tickets.addMessage(tx.db, FLOW, ticket.id, {
          direction: 'outbound',
          visibility: 'internal',
          body: 'Nenhum dado chegou do provedor desde a ativação: a validação dos primeiros dados não foi pedida ao cliente. Verifique as sincronizações da integração.',
        });
      } else {
        await this.steps.timer(tx, validationRequestJob, { integrationId, transitionId, attempt: attempt + 1 }, new Date(this.deps.clock.now().getTime() + this.deps.settings.validationCheckMinutes * 60_000));
      }
    });
  }
}
