import { createHmac } from 'node:crypto';
import type { BusinessNumber, RecordedMessage } from './store.ts';

export interface WebhookSettings {
  url: string;
  appSecret: string;
  /** Statuses sent on their own after each accepted message, in this order (none by default). */
  autoStatuses: ('sent' | 'delivered' | 'read')[];
}

/** One POST the sandbox made (or tried) to the webhook. */
export interface WebhookDelivery {
  id: number;
  url: string;
  body: string;
  signature: string;
  /** The receiver's HTTP status, or null when it never answered. */
  status: number | null;
  error: string | null;
}

export interface StatusError {
  code: number;
  title: string;
  message?: string;
  details?: string;
}

const TIMEOUT_MS = 10_000;

const unixSeconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

/** `sha256=` and the hex HMAC-SHA256 of the exact bytes sent, keyed with the app secret (providers.md §6). */
function signatureOf(body: string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body, 'utf8').digest('hex')}`;
}

/** The envelope every WhatsApp webhook shares, around one `value`. */
function envelope(number: BusinessNumber, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: number.wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: number.displayPhoneNumber, phone_number_id: number.phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

export function statusPayload(number: BusinessNumber, message: RecordedMessage, status: RecordedMessage['statuses'][number]['status'], at: Date, errors?: StatusError[]) {
  const billable = status === 'sent' || status === 'delivered';
  return envelope(number, {
    statuses: [
      {
        id: message.id,
        status,
        timestamp: unixSeconds(at),
        recipient_id: message.waId,
        ...(billable
          ? {
              conversation: { id: `conv${message.id.slice(10, 30)}`, origin: { type: 'utility' } },
              pricing: { billable: true, pricing_model: 'CBP', category: 'utility' },
            }
          : {}),
        ...(status === 'failed'
          ? {
              errors: (errors ?? []).map((error) => ({
                code: error.code,
                title: error.title,
                message: error.message ?? error.title,
                error_data: { details: error.details ?? error.title },
              })),
            }
          : {}),
      },
    ],
  });
}

export function replyPayload(
  number: BusinessNumber,
  reply: { id: string; from: string; name: string; text: string; at: Date; contextMessageId?: string },
) {
  return envelope(number, {
    contacts: [{ profile: { name: reply.name }, wa_id: reply.from }],
    messages: [
      {
        from: reply.from,
        id: reply.id,
        timestamp: unixSeconds(reply.at),
        type: 'text',
        text: { body: reply.text },
        ...(reply.contextMessageId ? { context: { from: number.displayPhoneNumber, id: reply.contextMessageId } } : {}),
      },
    ],
  });
}

/** Posts signed payloads to the configured webhook and keeps every attempt (no retries: a test sees each one). */
export class WebhookSender {
  settings: WebhookSettings | null = null;
  readonly deliveries: WebhookDelivery[] = [];
  readonly #inFlight = new Set<Promise<WebhookDelivery>>();
  readonly #closing = new AbortController();

  post(payload: unknown): Promise<WebhookDelivery> {
    const settings = this.settings;
    if (!settings) throw new Error('no webhook is configured');
    const body = JSON.stringify(payload);
    const delivery: WebhookDelivery = {
      id: this.deliveries.length + 1,
      url: settings.url,
      body,
      signature: signatureOf(body, settings.appSecret),
      status: null,
      error: null,
    };
    this.deliveries.push(delivery);
    const running = this.#send(delivery).finally(() => this.#inFlight.delete(running));
    this.#inFlight.add(running);
    return running;
  }

  async #send(delivery: WebhookDelivery): Promise<WebhookDelivery> {
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': delivery.signature, 'user-agent': 'facebookexternalua' },
        body: delivery.body,
        signal: AbortSignal.any([AbortSignal.timeout(TIMEOUT_MS), this.#closing.signal]),
      });
      await response.arrayBuffer().catch(() => undefined);
      delivery.status = response.status;
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
    return delivery;
  }

  /** Meta's subscription check: GET the URL with hub.* and expect the challenge back as the body. */
  async verify(url: string, verifyToken: string): Promise<{ ok: boolean; status: number | null; body: string }> {
    const challenge = String(Math.floor(Math.random() * 1e9));
    const target = new URL(url);
    target.searchParams.set('hub.mode', 'subscribe');
    target.searchParams.set('hub.verify_token', verifyToken);
    target.searchParams.set('hub.challenge', challenge);
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      const body = await response.text();
      return { ok: response.status === 200 && body.trim() === challenge, status: response.status, body: body.slice(0, 200) };
    } catch (error) {
      return { ok: false, status: null, body: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    this.#closing.abort();
    await Promise.allSettled([...this.#inFlight]);
  }
}
