import type { Delivery } from './delivery.ts';
import type { Channel } from './schema.ts';

/**
 * One way of sending a notification (e-mail, a signed webhook, WhatsApp; SMS or another provider later): sends one
 * rendered message to one target, or throws a DeliveryError (`permanent` when retrying cannot help).
 */
export interface NotificationChannel<Target, Message> {
  readonly name: Channel;
  /** Resolves once the provider accepted the message; its own id, when it gives one, is what later statuses name. */
  send(delivery: Delivery, target: Target, message: Message): Promise<{ providerMessageId: string | null }>;
}
