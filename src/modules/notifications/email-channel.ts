import { MailError, type Mailer } from '../../platform/mail/index.ts';
import { DeliveryError, type Delivery, type EmailTarget } from './delivery.ts';
import type { NotificationChannel } from './channels.ts';
import type { RenderedEmail } from './message.ts';
import { renderEmail } from './templates.ts';

const EMAIL_ADDRESS = /[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+/g;

/**
 * Sends the notification's e-mail: the rendered one (an account's or a catalog entry's template), or the event's
 * standard message in the rule's language. The Message-ID comes from the notification, so a retry after a lost
 * answer is recognisably the same message. `headers` adds e.g. the one-click unsubscribe of RFC 8058.
 */
async function sendEmail(
  mailer: Mailer | null,
  delivery: Delivery,
  target: EmailTarget,
  domain: string,
  rendered?: RenderedEmail,
  headers: Record<string, string> = {},
): Promise<void> {
  if (!mailer) throw new DeliveryError('No mail server is configured: set SMTP_URL and retry', true);
  const { subject, text, html } = rendered ?? renderEmail(delivery.event, delivery.locale);
  try {
    const sent = await mailer.send({
      to: target.emailTo,
      subject,
      text,
      html,
      messageId: `<${delivery.notificationId}@${domain}>`,
      headers: { ...headers, 'X-Ponte-Notification': delivery.notificationId, 'X-Ponte-Event': delivery.event.type },
    });
    if (sent.rejected.length > 0 && sent.accepted.length === 0) throw new DeliveryError(`Every recipient was refused (${sent.rejected.length})`, true);
  } catch (error) {
    // SMTP replies often echo the address: a buyer's address is personal data, kept out of the queue and the logs.
    if (error instanceof MailError) throw new DeliveryError(error.message.replace(EMAIL_ADDRESS, '<address>'), error.permanent);
    throw error;
  }
}

/** E-mail as a channel: the message is the rendered e-mail (or none, for the event's standard one). */
export function emailChannel(mailer: Mailer | null, domain: string): NotificationChannel<EmailTarget & { headers?: Record<string, string> }, RenderedEmail | undefined> {
  return {
    name: 'email',
    async send(delivery, target, message) {
      await sendEmail(mailer, delivery, target, domain, message, target.headers);
      return { providerMessageId: null };
    },
  };
}
