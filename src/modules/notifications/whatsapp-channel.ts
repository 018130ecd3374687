import { WhatsappCloudError } from '../../connectors/whatsapp-cloud/client.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { NotificationChannel } from './channels.ts';
import { DeliveryError } from './delivery.ts';
import type { RenderedWhatsapp } from './message.ts';
import type { WhatsappSenders } from './whatsapp-senders.ts';

/** A WhatsApp recipient: a phone in E.164 (`+5511987654321`). The account and environment are the event's. */
export interface WhatsappTarget {
  phone: string;
}

/** Where an admin sets a sender up, named in the error of a message that had none. */
const SENDER_ROUTE = 'PUT /v1/accounts/{accountId}/whatsapp-senders/{environment}';

/**
 * Sends approved template messages through the account's WhatsApp Business number (the Cloud API). Accepted is not
 * delivered: the returned `wamid` is what the status webhook later names. Graph's refusals become DeliveryErrors,
 * permanent unless Graph says to try later (throttling, Meta's temporary failures).
 */
export function whatsappChannel(senders: Pick<WhatsappSenders, 'client'>): NotificationChannel<WhatsappTarget, RenderedWhatsapp> {
  return {
    name: 'whatsapp',
    async send(delivery, target, message) {
      const { accountId, environment } = delivery.event;
      const sender = await senders.client(accountId, environment).catch((error: unknown) => {
        // The sandbox not running, say: nothing the message did, so worth another try.
        throw new DeliveryError(error instanceof Error ? error.message : String(error), false);
      });
      if (!sender) throw new DeliveryError(`the account has no WhatsApp sender for ${environment}: configure one at ${SENDER_ROUTE}`, true);
      try {
        const sent = await sender.client.sendTemplate({
          to: target.phone,
          template: message.templateName,
          language: message.language,
          parameters: { body: message.parameters },
        });
        return { providerMessageId: sent.messageId };
      } catch (error) {
        // The client's messages carry Graph's code and details, with the token already cut out.
        if (error instanceof WhatsappCloudError) throw new DeliveryError(`WhatsApp (${error.reason}): ${error.message}`, !error.retryable);
        if (error instanceof ProviderError) throw new DeliveryError(`WhatsApp: ${error.message}`, !error.retryable);
        throw error;
      }
    },
  };
}
