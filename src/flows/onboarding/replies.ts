import type { IntegrationsService } from '../../modules/integrations/index.ts';
import type { TicketsService } from '../../modules/tickets/index.ts';
import { customerContactActor, systemActor } from '../../platform/actor.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { InboundMail, ReplyAddresses } from '../../platform/mail/index.ts';
import { AWAITING_CREDENTIALS } from './deps.ts';
import type { Onboarding } from './onboarding.ts';

/** A Maxi Frota authorization key as its portal shows it: five groups of four letters and digits. */
const AUTHORIZATION_KEY = /\b[A-Z0-9]{4}(?:-[A-Z0-9]{4}){4}\b/;
const REDACTED_KEY = '[chave de autorização recebida pela Ponte e removida desta mensagem]';

interface Deps {
  database: DatabaseHandle;
  logger: Logger;
  tickets: TicketsService;
  integrations: IntegrationsService;
  onboarding: Onboarding;
  replyAddresses: ReplyAddresses;
}

/**
 * Replies to onboarding e-mails. A reply reaches its ticket only through a signed routing address; anything else is
 * kept aside, never attached to a guessed ticket. A Maxi Frota key found in a reply counts as the customer's
 * submission, and the message is stored without it.
 */
export class OnboardingReplies {
  constructor(private readonly deps: Deps) {}

  async receive(mail: InboundMail): Promise<void> {
    const { database, tickets } = this.deps;
    const ticketId = mail.envelope.to.map((address) => this.deps.replyAddresses.routingIdOf(address)).find((id) => id !== null) ?? null;
    if (mail.automatic) return this.#setAside(mail, 'Sent by a program (an automatic reply or a bounce)');
    if (!ticketId) return this.#setAside(mail, 'The routing address does not verify');
    const ticket = await tickets.get(systemActor('onboarding.replies'), ticketId).catch((error: unknown) => {
      if (error instanceof Problem && error.type.status === 404) return null;
      throw error;
    });
    if (!ticket) return this.#setAside(mail, `The ticket ${ticketId} does not exist`);
    if (ticket.status === 'closed') return this.#setAside(mail, `The ticket ${ticketId} is closed`);

    const from = mail.from?.address ?? mail.envelope.from;
    const actor = customerContactActor(ticket.accountId, from);
    const integration = ticket.integrationId ? await this.deps.integrations.findRow(database.db, ticket.integrationId) : null;
    const takesKeys = integration !== null && this.deps.integrations.flowKindOf(integration) === 'key_exchange';
    // Looked for in the whole text (a key written below the quoted e-mail counts too), and removed from whatever is kept,
    // on any ticket: a key is never stored in clear.
    // The reply's own words first, then its subject, then the quoted part (a key pasted below it): the newest key wins.
    const keyIn = (text: string) => new RegExp(AUTHORIZATION_KEY.source, 'i').exec(text)?.[0].toUpperCase() ?? null;
    const key = takesKeys ? (keyIn(mail.newText) ?? keyIn(mail.subject) ?? keyIn(mail.text)) : null;
    const { message, created } = await database.transaction(({ db }) =>
      tickets.addMessage(db, actor, ticket.id, {
        direction: 'inbound',
        visibility: 'public',
        from,
        to: mail.envelope.to,
        subject: redactKeys(mail.subject),
        body: redactKeys(mail.newText),
        attachments: mail.attachments.map((attachment) => ({ filename: attachment.filename ?? 'anexo', contentType: attachment.contentType, size: attachment.size })),
        mailMessageId: mail.messageId,
      }),
    );
    if (!key || !integration) return;
    // The same e-mail delivered again (say, after a failure below answered 451): its key is tried again only while
    // the integration still waits for one.
    const state = (await this.deps.integrations.findRow(database.db, integration.id))?.state ?? '';
    if (!created && !(AWAITING_CREDENTIALS as readonly string[]).includes(state)) return;
    try {
      await this.deps.onboarding.submit(actor, integration.id, { authorizationKey: key }, { via: 'email', ticketMessageId: message.id });
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      // Not waiting for a key (already active, say): an agent reads the reply; the key itself is not kept.
      await database.transaction(({ db }) =>
        tickets.addMessage(db, systemActor('onboarding.replies'), ticket.id, { direction: 'inbound', visibility: 'internal', body: `A chave enviada por e-mail não foi usada: ${error.detail ?? error.type.title}` }),
      );
    }
  }

  async #setAside(mail: InboundMail, reason: string): Promise<void> {
    this.deps.logger.warn({ reason, envelopeFrom: mail.envelope.from }, 'inbound e-mail kept aside');
    await this.deps.database.transaction(({ db }) =>
      this.deps.tickets.setAside(db, {
        reason,
        envelopeFrom: mail.envelope.from,
        envelopeTo: mail.envelope.to,
        fromAddress: mail.from?.address ?? null,
        subject: redactKeys(mail.subject),
        // Kept aside unread by any flow: a key in it is removed all the same.
        body: redactKeys(mail.newText),
        mailMessageId: mail.messageId,
      }),
    );
  }
}

/** The text with every authorization key in it replaced. */
const redactKeys = (text: string) => text.replace(new RegExp(AUTHORIZATION_KEY.source, 'gi'), REDACTED_KEY);
