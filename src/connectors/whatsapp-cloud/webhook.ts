import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ProviderError } from '../sdk/provider-error.ts';
import { whatsappErrorReason, type WhatsappErrorReason } from './client.ts';

/**
 * Whether `X-Hub-Signature-256` is `sha256=` + the hex HMAC-SHA256 of the exact raw body with the app secret
 * (providers.md §6). Check it on the bytes received, before parsing: re-serialised JSON would not match.
 */
export function verifyWebhookSignature(rawBody: string | Buffer, header: string | undefined, appSecret: string): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!match || appSecret === '') return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(match[1]!, 'hex'));
}

/** Meta's subscription check: the challenge to answer as plain text, or null when the mode or token is wrong. */
export function webhookChallenge(query: Record<string, unknown>, verifyToken: string): string | null {
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (query['hub.mode'] !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string') return null;
  const given = Buffer.from(token);
  const wanted = Buffer.from(verifyToken);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? challenge : null;
}

const unixSeconds = z
  .string()
  .regex(/^\d+$/)
  .transform((value) => new Date(Number(value) * 1000));

const statusError = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

const status = z.looseObject({
  id: z.string().min(1),
  status: z.string().min(1),
  timestamp: unixSeconds,
  recipient_id: z.string().min(1),
  errors: z.array(statusError).optional(),
});

const inbound = z.looseObject({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: unixSeconds,
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  // A tap on a quick-reply button ("Parar de receber") arrives as type "button".
  button: z.looseObject({ text: z.string() }).optional(),
  context: z.looseObject({ id: z.string().optional() }).optional(),
});

const payload = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(
        z.looseObject({
          field: z.string(),
          value: z.looseObject({
            metadata: z.looseObject({ phone_number_id: z.string(), display_phone_number: z.string().optional() }).optional(),
            statuses: z.array(status).optional(),
            messages: z.array(inbound).optional(),
            contacts: z.array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
          }),
        }),
      ),
    }),
  ),
});

export interface WhatsappStatusUpdate {
  messageId: string;
  /** `sent`, `delivered`, `read`, `failed` (or a status Meta adds later, kept as sent). */
  status: string;
  timestamp: Date;
  /** The recipient's WhatsApp id. */
  recipient: string;
  phoneNumberId?: string;
  /** On `failed`: Graph's codes, each with what it means (a `throttled` or `temporary` one is worth a new send later). */
  errors?: { code: number; title?: string; details?: string; reason: WhatsappErrorReason }[];
}

export interface WhatsappReply {
  messageId: string;
  from: string;
  /** The text written, or the tapped button's text; null for media and other types. */
  text: string | null;
  type: string;
  timestamp: Date;
  name?: string;
  phoneNumberId?: string;
  /** The business message it answers, when the person used "reply". */
  contextMessageId?: string;
}

export interface WhatsappWebhookEvents {
  statuses: WhatsappStatusUpdate[];
  replies: WhatsappReply[];
}

/**
 * The statuses and replies in one webhook delivery (only `field: "messages"` changes; others are ignored).
 * Statuses can come out of order and more than once: the caller keeps the furthest one per message.
 * A body that is not a WhatsApp webhook throws a `bad_response` ProviderError.
 */
export function parseWebhookPayload(body: unknown): WhatsappWebhookEvents {
  const parsed = payload.safeParse(body);
  if (!parsed.success) throw new ProviderError('bad_response', `Not a WhatsApp Business webhook: ${z.prettifyError(parsed.error)}`);
  const events: WhatsappWebhookEvents = { statuses: [], replies: [] };
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const { value } = change;
      const phoneNumberId = value.metadata?.phone_number_id;
      for (const item of value.statuses ?? []) {
        events.statuses.push({
          messageId: item.id,
          status: item.status,
          timestamp: item.timestamp,
          recipient: item.recipient_id,
          ...(phoneNumberId ? { phoneNumberId } : {}),
          ...(item.errors ? { errors: item.errors.map((error) => ({
                code: error.code,
                title: error.title,
                details: error.error_data?.details ?? error.message,
                reason: whatsappErrorReason(error.code, undefined),
              })) } : {}),
        });
      }
      for (const item of value.messages ?? []) {
        const name = value.contacts?.find((contact) => contact.wa_id === item.from)?.profile?.name;
        events.replies.push({
          messageId: item.id,
          from: item.from,
          text: item.text?.body ?? item.button?.text ?? null,
          type: item.type,
          timestamp: item.timestamp,
          ...(name ? { name } : {}),
          ...(phoneNumberId ? { phoneNumberId } : {}),
          ...(item.context?.id ? { contextMessageId: item.context.id } : {}),
        });
      }
    }
  }
  return events;
}
