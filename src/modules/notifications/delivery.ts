import type { Event } from '../events/index.ts';
import type { Locale } from './schema.ts';

/** A failed delivery: `permanent` ones are not retried (the recipient does not exist, the endpoint is gone). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The HTTP status a webhook endpoint answered, when it answered (endpoint health counts a 410 as gone). */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** What a channel needs to send one notification. */
export interface Delivery {
  notificationId: string;
  event: Event;
  locale: Locale;
}

export interface EmailTarget {
  emailTo: string[];
}

export interface WebhookTarget {
  url: string;
  /** The current secret, then the rotated-out one while it is still valid: the message carries a signature of each. */
  signingSecrets: string[];
}
