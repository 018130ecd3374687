import { MailError, type Mailer } from '../../platform/mail/index.ts';
import { DeliveryError, type Delivery, type EmailTarget } from './delivery.ts';
import { renderEmail } from './templates.ts';

/**
 * Sends the event's e-mail in the rule's language. The Message-ID comes from the notification, so a retry after a
 * lost answer is recognisably the same message.
 */
export async function sendEmail(mailer: Mailer | null, delivery: Delivery, target: EmailTarget, domain: string): Promise<void> {
  if (!mailer) throw new DeliveryError('No mail server is configured: set SMTP_URL and retry', true);
  const message = renderEmail(delivery.event, delivery.locale);
  try {
    const sent = await mailer.send({
      to: target.emailTo,
      ...message,
      messageId: `<${delivery.notificationId}@${domain}>`,
      headers: { 'X-Ponte-Notification': delivery.notificationId, 'X-Ponte-Event': delivery.event.type },
    });
    if (sent.rejected.length > 0 && sent.accepted.length === 0) throw new DeliveryError(`Every recipient was refused: ${sent.rejected.join(', ')}`, true);
  } catch (error) {
    if (error instanceof MailError) throw new DeliveryError(error.message, error.permanent);
    throw error;
  }
}
