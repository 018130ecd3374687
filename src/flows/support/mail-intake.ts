import type { AccountsService } from '../../modules/accounts/index.ts';
import { MailAlreadyTaken, type SupportDesk, type TicketsService } from '../../modules/tickets/index.ts';
import { customerContactActor, systemActor, type Actor } from '../../platform/actor.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { InboundMail } from '../../platform/mail/index.ts';

/** Request ids as Ponte makes them (`x-request-id`: a random UUID), wherever they are quoted in the text. */
const REQUEST_ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** An id the caller chose (any `x-request-id` Ponte accepts), when the text labels it: "request id: lote-42". */
const LABELLED_REQUEST_ID = /(?:x-request-id|request[ -]?id)\s*[:=]?\s*([A-Za-z0-9._:-]{1,128})/gi;
const SYSTEM = systemActor('support.mail-intake');
const MAX_SUBJECT = 200;

interface Deps {
  database: DatabaseHandle;
  logger: Logger;
  accounts: AccountsService;
  tickets: TicketsService;
  desk: SupportDesk;
  /** The support address (PONTE_SUPPORT_ADDRESS): mail to it opens tickets. */
  supportAddress: string;
}

/**
 * Intake by e-mail: a message to the support address becomes a support ticket (SupportDesk.intake) for the account of
 * its sender, who must be a user of that account or its contact e-mail; anything else is kept aside with the reason,
 * never given to a guessed account. A request id quoted in it has its evidence copied from the request log. A message
 * delivered twice (the same Message-ID) opens one ticket.
 */
export class SupportMailIntake {
  constructor(private readonly deps: Deps) {}

  /** Whether an envelope recipient is the support address. */
  isSupportAddress(address: string): boolean {
    return address.trim().replace(/^<(.*)>$/, '$1').toLowerCase() === this.deps.supportAddress.toLowerCase();
  }

  async receive(mail: InboundMail): Promise<void> {
    const { database, tickets } = this.deps;
    if (mail.messageId && (await tickets.hasMailMessage(database.db, mail.messageId))) return;
    if (mail.automatic) return this.#setAside(mail, 'Sent by a program (an automatic reply or a bounce)');
    const from = mail.from?.address ?? mail.envelope.from;
    const sender = await this.#senderOf(from);
    if ('reason' in sender) return this.#setAside(mail, sender.reason);
    try {
      await this.#open(mail, sender);
    } catch (error) {
      // Delivered twice at once: the other delivery opened the ticket, and this one's transaction left nothing.
      if (error instanceof MailAlreadyTaken) return;
      throw error;
    }
  }

  async #open(mail: InboundMail, sender: { accountId: string; actor: Actor }): Promise<void> {
    const { database, tickets } = this.deps;
    const from = mail.from?.address ?? mail.envelope.from;

    const subject = (mail.subject.trim() || 'Sem assunto').slice(0, MAX_SUBJECT);
    const description = mail.newText.trim() || mail.subject.trim() || '(mensagem sem texto)';
    const intake = {
      accountId: sender.accountId,
      subject,
      description,
      requester: { email: from, name: mail.from?.name || null },
      mail: {
        from,
        to: mail.envelope.to,
        subject: mail.subject,
        attachments: mail.attachments.map((attachment) => ({ filename: attachment.filename ?? 'anexo', contentType: attachment.contentType, size: attachment.size })),
        mailMessageId: mail.messageId,
      },
    };
    const text = `${mail.subject}\n${mail.newText}`;
    const labelled = [...text.matchAll(LABELLED_REQUEST_ID)].map((match) => match[1]!.replace(/[.:]+$/, ''));
    const cited = [...new Set([...labelled, ...(text.match(REQUEST_ID) ?? [])])];
    for (const requestId of cited) {
      try {
        await this.deps.desk.intake(sender.actor, { ...intake, requestId });
        return;
      } catch (error) {
        // Not one of the account's requests: the next id quoted, or a ticket without the evidence.
        if (!(error instanceof Problem && error.type.code === 'support_request_not_found')) throw error;
      }
    }
    const ticket = await this.deps.desk.intake(sender.actor, intake);
    if (cited.length > 0) {
      await database.transaction(({ db }) =>
        tickets.addMessage(db, SYSTEM, ticket.id, {
          direction: 'inbound',
          visibility: 'internal',
          body: `Nenhum dos request ids citados no e-mail (${cited.join(', ')}) foi registrado para esta conta: a evidência não foi copiada.`,
        }),
      );
    }
  }

  /** The sender's account: a customer user's, or the one account whose contact e-mail it is. */
  async #senderOf(address: string): Promise<{ accountId: string; actor: Actor } | { reason: string }> {
    const { database, accounts } = this.deps;
    const user = await accounts.findUser(database.db, address);
    if (user) {
      if (user.role !== 'customer' || !user.accountId) return { reason: `The sender ${address} is a ${user.role} user, not a customer of an account` };
      return { accountId: user.accountId, actor: { role: 'customer', userId: user.id, accountId: user.accountId } };
    }
    const matching = (await accounts.listAccounts(SYSTEM)).filter((account) => account.contactEmail?.toLowerCase() === address.toLowerCase());
    if (matching.length === 1) return { accountId: matching[0]!.id, actor: customerContactActor(matching[0]!.id, address) };
    if (matching.length > 1) return { reason: `The sender ${address} is the contact of ${matching.length} accounts: an agent picks the account` };
    return { reason: `The sender ${address} is no user or contact of any account` };
  }

  async #setAside(mail: InboundMail, reason: string): Promise<void> {
    this.deps.logger.warn({ reason, envelopeFrom: mail.envelope.from }, 'support e-mail kept aside');
    await this.deps.database.transaction(({ db }) =>
      this.deps.tickets.setAside(db, {
        reason,
        envelopeFrom: mail.envelope.from,
        envelopeTo: mail.envelope.to,
        fromAddress: mail.from?.address ?? null,
        subject: mail.subject,
        body: mail.newText,
        mailMessageId: mail.messageId,
      }),
    );
  }
}
