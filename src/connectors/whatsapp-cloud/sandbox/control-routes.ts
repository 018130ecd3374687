import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { GRAPH_ERRORS, isGraphErrorCode } from './graph-errors.ts';
import type { ScriptedErrors } from './scripted-errors.ts';
import type { BusinessNumber, WhatsappCloudStore } from './store.ts';
import { replyPayload, statusPayload, type WebhookSender } from './webhooks.ts';

/**
 * The sandbox's own control API (plain JSON in English, not Graph's): business numbers, templates, the recorded
 * messages, scripted Graph errors, the webhook, and statuses and replies sent to it. Errors are `{error, message}`.
 */
const templateBody = z.object({
  name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'lower-case letters, digits and _'),
  language: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a language code such as pt_BR or en_US'),
  category: z.enum(['UTILITY', 'MARKETING', 'AUTHENTICATION']).default('UTILITY'),
  parameters: z.object({ header: z.number().int().min(0).max(1).default(0), body: z.number().int().min(0).max(100).default(0) }).default({ header: 0, body: 0 }),
  body: z.string().max(1024).optional(),
});

const scriptBody = z.object({
  code: z.number().int().positive(),
  /** How many of the next sends fail this way (1 by default). */
  count: z.number().int().min(1).max(1000).default(1),
  status: z.number().int().min(400).max(599).optional(),
  message: z.string().optional(),
  subcode: z.number().int().optional(),
  details: z.string().optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
});

const webhookBody = z.object({
  url: z.url({ protocol: /^https?$/ }),
  appSecret: z.string().min(1),
  /** When given, the sandbox first does Meta's GET subscription check and refuses a URL that does not echo the challenge. */
  verifyToken: z.string().min(1).optional(),
  autoStatuses: z.array(z.enum(['sent', 'delivered', 'read'])).default([]),
});

const statusError = z.object({ code: z.number().int(), title: z.string().optional(), message: z.string().optional(), details: z.string().optional() });
const statusesBody = z.object({
  statuses: z
    .array(
      z.object({
        messageId: z.string().min(1),
        status: z.enum(['sent', 'delivered', 'read', 'failed']),
        /** ISO 8601; now by default. */
        at: z.iso.datetime({ offset: true }).optional(),
        /** For `failed`; 131026 "Message undeliverable" by default. */
        errors: z.array(statusError).optional(),
      }),
    )
    .min(1)
    .max(100),
});

const replyBody = z.object({
  from: z.string().regex(/^[1-9]\d{7,14}$/, 'digits with the country code, no +'),
  text: z.string().min(1).max(4096),
  name: z.string().default('Comprador'),
  /** The business message this one answers (WhatsApp's "reply to"), as `context.id`. */
  contextMessageId: z.string().optional(),
  phoneNumberId: z.string().optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});

const TITLES: Record<number, string> = { 131026: 'Message undeliverable', 131047: 'Re-engagement message', 131000: 'Something went wrong', 131049: 'Message not delivered to maintain healthy ecosystem engagement' };

function numberView(number: BusinessNumber) {
  return { phoneNumberId: number.phoneNumberId, wabaId: number.wabaId, displayPhoneNumber: number.displayPhoneNumber, accessToken: number.accessToken };
}

export function whatsappCloudControlRoutes(store: WhatsappCloudStore, scripted: ScriptedErrors, webhooks: WebhookSender, now: () => Date): FastifyPluginAsync {
  return async (app) => {
    app.post('/_control/credentials', async (_request, reply) => reply.status(201).send(numberView(store.createNumber())));
    app.get('/_control/numbers', async () => ({ numbers: [...store.numbers.values()].map(numberView) }));

    app.get('/_control/templates', async () => ({ templates: [...store.templates.values()] }));
    app.post('/_control/templates', async (request, reply) => {
      const parsed = templateBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      store.putTemplate(parsed.data);
      return reply.status(201).send(parsed.data);
    });

    app.get<{ Querystring: { to?: string } }>('/_control/messages', async (request) => {
      const to = request.query.to?.replace(/^\+/, '');
      return { messages: to ? store.messages.filter((message) => message.to === to) : store.messages };
    });

    app.get('/_control/errors', async () => ({ scripted: scripted.queue }));
    app.post('/_control/errors/next', async (request, reply) => {
      const parsed = scriptBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      const { count, ...error } = parsed.data;
      scripted.push(error, count);
      return reply.status(201).send({ scripted: scripted.queue, knownCode: isGraphErrorCode(error.code) });
    });
    app.delete('/_control/errors', async () => {
      scripted.queue = [];
      return { scripted: scripted.queue };
    });

    app.get('/_control/webhook', async () => {
      const settings = webhooks.settings;
      // The app secret is the receiver's secret too: the control API never shows it back.
      return { webhook: settings ? { url: settings.url, autoStatuses: settings.autoStatuses } : null, deliveries: webhooks.deliveries };
    });
    app.put('/_control/webhook', async (request, reply) => {
      const parsed = webhookBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      const { verifyToken, ...settings } = parsed.data;
      if (verifyToken !== undefined) {
        const check = await webhooks.verify(settings.url, verifyToken);
        if (!check.ok) return controlError(reply, 422, 'verification_failed', `The URL did not echo hub.challenge (status ${check.status ?? 'none'}: ${check.body})`);
      }
      webhooks.settings = settings;
      return { webhook: { url: settings.url, autoStatuses: settings.autoStatuses } };
    });
    app.delete('/_control/webhook', async () => {
      webhooks.settings = null;
      return { webhook: null };
    });

    app.post('/_control/statuses', async (request, reply) => {
      const parsed = statusesBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      if (!webhooks.settings) return noWebhook(reply);
      const payloads = [];
      for (const item of parsed.data.statuses) {
        const message = store.message(item.messageId);
        if (!message) return controlError(reply, 404, 'unknown_message', `No message ${item.messageId}`);
        const number = store.numbers.get(message.phoneNumberId)!;
        const at = item.at ? new Date(item.at) : now();
        const errors =
          item.status === 'failed'
            ? (item.errors ?? [{ code: 131026 }]).map((error) => ({ ...error, title: error.title ?? TITLES[error.code] ?? titleOf(error.code) }))
            : undefined;
        payloads.push({ message, status: item.status, at, payload: statusPayload(number, message, item.status, at, errors) });
      }
      // In the order given, one POST each, so a test can send them out of order or twice.
      const deliveries = [];
      for (const { message, status, at, payload } of payloads) {
        message.statuses.push({ status, timestamp: at.toISOString() });
        deliveries.push(await webhooks.post(payload));
      }
      return { deliveries };
    });

    app.post('/_control/replies', async (request, reply) => {
      const parsed = replyBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      if (!webhooks.settings) return noWebhook(reply);
      const { from, text, name, contextMessageId } = parsed.data;
      const number = store.numbers.get(parsed.data.phoneNumberId ?? [...store.numbers.keys()][0]!);
      if (!number) return controlError(reply, 404, 'unknown_number', `No phone number ${parsed.data.phoneNumberId}`);
      const at = parsed.data.at ? new Date(parsed.data.at) : now();
      const id = store.messageId();
      store.inbound.push({ id, phoneNumberId: number.phoneNumberId, from, text, receivedAt: at.toISOString() });
      const delivery = await webhooks.post(replyPayload(number, { id, from, name, text, at, contextMessageId }));
      return { messageId: id, deliveries: [delivery] };
    });
  };
}

function titleOf(code: number): string {
  return isGraphErrorCode(code) ? GRAPH_ERRORS[code].message.replace(/^\(#\d+\)\s*/, '') : 'Error';
}

function controlError(reply: FastifyReply, status: number, error: string, message: string) {
  return reply.status(status).send({ error, message });
}

const noWebhook = (reply: FastifyReply) => controlError(reply, 409, 'no_webhook', 'Configure the webhook first (PUT /_control/webhook)');

const invalid = (reply: FastifyReply, error: z.ZodError) => controlError(reply, 400, 'invalid_request', z.prettifyError(error));
