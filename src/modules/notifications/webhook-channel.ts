import { request } from 'undici';
import { Webhook } from 'standardwebhooks';
import type { Clock } from '../../platform/clock.ts';
import type { NotificationChannel } from './channels.ts';
import { DeliveryError, type Delivery, type WebhookTarget } from './delivery.ts';
import { isPrivateAddress, PrivateAddressError, publicOnlyAgent } from './endpoint-guard.ts';

const TIMEOUT_MS = 10_000;

/** The secrets that sign a rule's webhooks now: the current one, and the rotated-out one until its grace ends. */
export function signingSecretsOf(rule: { previousSecretValidUntil: Date | null }, sealed: Record<string, string>, now: Date): string[] {
  const current = sealed.signingSecret!;
  const previous = sealed.previousSigningSecret;
  return previous && rule.previousSecretValidUntil && rule.previousSecretValidUntil > now ? [current, previous] : [current];
}

/** The Standard Webhooks body: the event's type, when it happened, and what it says. */
export function webhookPayload(event: Delivery['event']): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt,
    data: { eventId: event.id, accountId: event.accountId, integrationId: event.integrationId, environment: event.environment, subject: event.subject, ...event.data },
  });
}

/**
 * Posts the event to the rule's endpoint, signed by the Standard Webhooks scheme. `webhook-id` is the notification's
 * id, the same on every retry, so the receiver can drop repeats. Only a 2xx answer counts as delivered; 410 Gone
 * means the endpoint is retired for good.
 */
export async function sendWebhook(delivery: Delivery, target: WebhookTarget, userAgent: string, now: Date): Promise<void> {
  // Production webhooks reach the public internet only; the sandbox environment may post to a local receiver.
  const publicOnly = delivery.event.environment === 'production';
  const host = new URL(target.url).hostname.replace(/^\[|\]$/g, '');
  if (publicOnly && isPrivateAddress(host)) throw new DeliveryError(new PrivateAddressError(host).message, true);
  const payload = webhookPayload(delivery.event);
  // Space-separated signatures, one per valid secret (Standard Webhooks): a receiver holding either one verifies.
  const signature = target.signingSecrets.map((secret) => new Webhook(secret).sign(delivery.notificationId, now, payload)).join(' ');
  let status: number;
  try {
    const response = await request(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': userAgent,
        'webhook-id': delivery.notificationId,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      ...(publicOnly ? { dispatcher: publicOnlyAgent } : {}),
    });
    status = response.statusCode;
    // The receiver's answer is not ours to keep (it may echo anything back).
    await response.body.dump();
  } catch (error) {
    const refused = [error, (error as { cause?: unknown }).cause].find((candidate) => candidate instanceof PrivateAddressError);
    if (refused) throw new DeliveryError((refused as Error).message, true);
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : ((error as { code?: string }).code ?? (error as Error).message);
    throw new DeliveryError(`The endpoint could not be reached: ${reason}`, false);
  }
  if (status >= 200 && status < 300) return;
  throw new DeliveryError(`The endpoint answered HTTP ${status}`, status === 410, status);
}

/** Signed webhooks as a channel: the message is the event itself (the Standard Webhooks body), so none is rendered. */
export function webhookChannel(userAgent: string, clock: Clock): NotificationChannel<WebhookTarget, null> {
  return {
    name: 'webhook',
    async send(delivery, target) {
      await sendWebhook(delivery, target, userAgent, clock.now());
      return { providerMessageId: null };
    },
  };
}
