import type { AccountsService } from '../../modules/accounts/index.ts';
import { manifestFor, type ConnectLink, type ConnectLinks, type IntegrationsService } from '../../modules/integrations/index.ts';
import type { SyncService } from '../../modules/sync/index.ts';
import type { TicketsService } from '../../modules/tickets/index.ts';
import { systemActor } from '../../platform/actor.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { MailError, type Mailer, type ReplyAddresses } from '../../platform/mail/index.ts';
import { renderOnboardingMail, type FuelRecordRow, type OnboardingMailKind } from './messages.ts';

export interface OnboardingMailJob {
  integrationId: string;
  ticketId: string;
  kind: string;
  linkId: string | null;
  /** The provider's words or the agent's reason, when the e-mail carries one. */
  reason: string | null;
}

interface Deps {
  database: DatabaseHandle;
  logger: Logger;
  accounts: AccountsService;
  integrations: IntegrationsService;
  connectLinks: ConnectLinks;
  tickets: TicketsService;
  sync: SyncService;
  mailer: Mailer | null;
  replyAddresses: ReplyAddresses;
  /** Where Ponte is reached from outside: /connect links start with it. */
  publicUrl: () => string;
  /** What Message-IDs end in. */
  mailDomain: string;
}

const actor = systemActor('onboarding.mail');

const LINK_OMITTED = { 'pt-BR': '[link seguro enviado por e-mail]', en: '[secure link sent by e-mail]' } as const;

/**
 * Sends one onboarding e-mail and keeps it on the ticket. Rendered at send time from the ticket, the account and the
 * link id (the /connect token is derived again, never stored). The Message-ID comes from the job, so a retried job
 * whose e-mail was already recorded sends nothing twice; replies go to the ticket's signed address.
 */
export class OnboardingMailSender {
  constructor(private readonly deps: Deps) {}

  async send(job: OnboardingMailJob, jobId: string): Promise<void> {
    const { database, tickets, integrations, accounts } = this.deps;
    const messageId = `<onb-${jobId}@${this.deps.mailDomain}>`;
    const ticket = await tickets.get(actor, job.ticketId);
    if (ticket.messages.some((message) => message.mailMessageId === messageId)) return;
    const row = await integrations.findRow(database.db, job.integrationId);
    const account = row ? await accounts.findAccount(database.db, row.accountId) : null;
    if (!row || !account || !ticket.requester.email) return;
    const locale = ticket.locale;
    const kind = job.kind as OnboardingMailKind;
    // A newer e-mail carries the link that replaced this one (or the link was used meanwhile): this one would send a dead link.
    const link = job.linkId ? await this.deps.connectLinks.find(database.db, job.linkId) : null;
    if (link && (link.replacedAt || link.usedAt)) return;
    const variables = await this.#variables(kind, job, row, link, { accountName: account.name, contactName: ticket.requester.name ?? account.contactName ?? account.name, ticketNumber: ticket.id });
    const mail = renderOnboardingMail(kind, locale, variables as never);
    const replyTo = this.deps.replyAddresses.addressFor(ticket.id);
    const to = [ticket.requester.email];
    if (!this.deps.mailer) {
      this.deps.logger.warn({ ticketId: ticket.id, kind }, 'no mail server (SMTP_URL): the onboarding e-mail is kept on the ticket only');
    } else {
      try {
        await this.deps.mailer.send({ to, subject: mail.subject, text: mail.text, html: mail.html, messageId, headers: { 'Reply-To': replyTo, 'X-Ponte-Ticket': ticket.id } });
      } catch (error) {
        // A permanent refusal will not get better by retrying: it is kept on the ticket for an agent to see.
        if (!(error instanceof MailError) || !error.permanent) throw error;
        await database.transaction(({ db }) => tickets.addMessage(db, actor, ticket.id, { direction: 'outbound', visibility: 'internal', body: `O e-mail "${mail.subject}" para ${to.join(', ')} foi recusado: ${error.message}` }));
        return;
      }
    }
    // The ticket keeps what was sent, but not the /connect link: it would let whoever reads the ticket hand over credentials.
    const kept = 'connectUrl' in variables ? mail.text.replaceAll(String(variables.connectUrl), LINK_OMITTED[locale]) : mail.text;
    await database.transaction(({ db }) =>
      tickets.addMessage(db, actor, ticket.id, { direction: 'outbound', visibility: 'public', from: replyTo, to, subject: mail.subject, body: kept, mailMessageId: messageId }),
    );
  }

  async #variables(kind: OnboardingMailKind, job: OnboardingMailJob, row: { id: string; connector: string }, link: ConnectLink | null, base: { accountName: string; contactName: string; ticketNumber: string }) {
    const manifest = manifestFor(row.connector);
    const customer = { ...base, connectorName: manifest.name };
    const withLink = link ? { connectUrl: `${this.deps.publicUrl()}/connect/${this.deps.connectLinks.tokenOf(link.id)}`, linkExpiresAt: link.expiresAt } : { connectUrl: `${this.deps.publicUrl()}/connect`, linkExpiresAt: new Date() };
    switch (kind) {
      case 'instructions':
        return { ...customer, ...withLink, flow: manifest.onboardingFlow };
      case 'reminder':
        return { ...customer, ...withLink, flow: manifest.onboardingFlow, businessDays: Number(job.reason ?? 1) };
      case 'key_expired':
        return { ...customer, ...withLink, reason: job.reason ? 'refused' : 'expired', providerMessage: job.reason };
      case 'credentials_refused':
        return { ...customer, ...withLink, providerMessage: job.reason };
      case 'pending_approval':
        return { ...customer, approvalDeadline: job.reason ?? new Date() };
      case 'needs_revision':
        return { ...customer, ...withLink, reason: job.reason ?? '' };
      case 'activated':
        return customer;
      case 'validation_request': {
        const records = await this.deps.sync.records(row.id, { model: 'fuel_transaction', limit: 5 });
        return { ...customer, records: records.map((record) => fuelRow(record.data)), totalRecords: await this.deps.sync.recordCount(row.id), portalUrl: null };
      }
      case 'agent_alert':
        return { subject: base.ticketNumber, body: job.reason ?? '', ticketNumber: base.ticketNumber, link: null };
    }
  }
}

function fuelRow(data: Record<string, unknown>): FuelRecordRow {
  const driver = data.driver as { name?: string | null } | null | undefined;
  return {
    occurredAt: String(data.occurredAt ?? ''),
    plate: String(data.vehiclePlate ?? '—'),
    driver: driver?.name ?? null,
    fuel: String(data.fuelTypeRaw ?? data.fuelType ?? ''),
    litres: Number(data.liters ?? 0),
    amount: Number(data.totalAmount ?? 0),
  };
}
