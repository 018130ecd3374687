import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendGraphError } from './graph-errors.ts';
import type { ScriptedErrors } from './scripted-errors.ts';
import type { BusinessNumber, RecordedMessage, WhatsappCloudStore } from './store.ts';

/** `to` and `wa_id` are digits with the country code and no `+` (providers.md §6). */
const RECIPIENT = /^[1-9]\d{7,14}$/;

const textParameter = z.object({ type: z.literal('text'), text: z.string() });
const component = z.looseObject({
  type: z.string(),
  parameters: z.array(z.looseObject({ type: z.string(), text: z.unknown().optional() })).optional(),
});
const sendBody = z.looseObject({
  messaging_product: z.unknown().optional(),
  recipient_type: z.unknown().optional(),
  to: z.unknown().optional(),
  type: z.unknown().optional(),
  template: z
    .looseObject({
      name: z.unknown().optional(),
      language: z.looseObject({ code: z.unknown().optional(), policy: z.unknown().optional() }).optional(),
      components: z.array(component).optional(),
    })
    .optional(),
  text: z.looseObject({ body: z.unknown().optional(), preview_url: z.unknown().optional() }).optional(),
});

/**
 * Brazilian mobiles registered before the ninth digit keep the 8-digit form in `wa_id` on some accounts (providers.md
 * §6); the sandbox answers the number as sent, which is what new accounts see.
 */
const waIdOf = (to: string) => to;

export interface AcceptedHook {
  (number: BusinessNumber, message: RecordedMessage): void;
}

/** `POST /{version}/{phone-number-id}/messages`: template messages, and free text inside the 24-hour window. */
export function messagesRoute(store: WhatsappCloudStore, scripted: ScriptedErrors, onAccepted: AcceptedHook): FastifyPluginAsync {
  return async (app) => {
    app.post<{ Params: { version: string; phoneNumberId: string } }>('/:version/:phoneNumberId/messages', async (request, reply) => {
      if (!/^v\d+\.\d+$/.test(request.params.version)) {
        return sendGraphError(reply, 100, { subcode: 33, message: `Unknown path components: /${request.params.version}` });
      }
      const number = authenticate(store, request, reply);
      if (!number) return reply;
      const failure = scripted.next();
      if (failure) return sendGraphError(reply, failure.code, failure);

      const parsed = sendBody.safeParse(request.body ?? {});
      if (!parsed.success) return sendGraphError(reply, 100, { details: z.prettifyError(parsed.error) });
      const body = parsed.data;
      if (body.messaging_product !== 'whatsapp') {
        return sendGraphError(reply, 100, { message: '(#100) The parameter messaging_product is required.', details: 'messaging_product must be "whatsapp"' });
      }
      if (body.to === undefined || body.to === '') return missing(reply, 'to');
      if (typeof body.to !== 'string' || !RECIPIENT.test(body.to)) {
        return sendGraphError(reply, 100, { message: '(#100) Invalid parameter', details: 'to: expected the number with country code, digits only (no "+")' });
      }
      const to = body.to;
      if (body.type === 'text') {
        const text = body.text?.body;
        if (typeof text !== 'string' || text === '') return missing(reply, 'text.body');
        if (!store.windowOpen(number.phoneNumberId, to)) return sendGraphError(reply, 131047, { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' });
        const message = store.record({ phoneNumberId: number.phoneNumberId, to, waId: waIdOf(to), type: 'text', text });
        onAccepted(number, message);
        return accepted(reply, message);
      }
      if (body.type !== undefined && body.type !== 'template') {
        return sendGraphError(reply, 100, { details: `type: the sandbox sends "template" and "text" messages, not ${JSON.stringify(body.type)}` });
      }
      const template = body.template;
      if (!template) return missing(reply, 'template');
      if (typeof template.name !== 'string' || template.name === '') return missing(reply, 'template.name');
      const language = template.language?.code;
      if (typeof language !== 'string' || language === '') return missing(reply, 'template.language.code');
      const registered = store.template(template.name, language);
      if (!registered) {
        return sendGraphError(reply, 132001, { details: `template name (${template.name}) does not exist in ${language}` });
      }
      const given: { header: string[]; body: string[] } = { header: [], body: [] };
      for (const part of template.components ?? []) {
        const type = part.type.toLowerCase();
        if (type !== 'header' && type !== 'body') {
          return sendGraphError(reply, 100, { details: `components: the sandbox's templates have no ${part.type} component` });
        }
        for (const parameter of part.parameters ?? []) {
          const text = textParameter.safeParse(parameter);
          if (!text.success) return sendGraphError(reply, 131009, { details: `${type}: the sandbox's parameters are {"type":"text","text":"…"}` });
          if (text.data.text.trim() === '') return sendGraphError(reply, 131008, { details: `${type}: a text parameter is empty` });
          // Meta refuses body parameters with new lines, tabs or more than four spaces in a row.
          if (type === 'body' && /[\n\t]| {5,}/.test(text.data.text)) {
            return sendGraphError(reply, 131009, { details: 'body: param text cannot have new-line/tab characters or more than 4 consecutive spaces' });
          }
          given[type].push(text.data.text);
        }
      }
      for (const type of ['header', 'body'] as const) {
        const expected = registered.parameters[type];
        if (given[type].length !== expected) {
          return sendGraphError(reply, 132000, {
            details: `${type}: number of localizable_params (${given[type].length}) does not match the expected number of params (${expected})`,
          });
        }
      }
      const message = store.record({
        phoneNumberId: number.phoneNumberId,
        to,
        waId: waIdOf(to),
        type: 'template',
        template: { name: registered.name, language, parameters: given },
      });
      onAccepted(number, message);
      return accepted(reply, message);
    });
  };
}

/** The bearer token must be the number's own; an unknown number is Graph's "object does not exist" (100/33). */
function authenticate(store: WhatsappCloudStore, request: FastifyRequest<{ Params: { phoneNumberId: string } }>, reply: FastifyReply): BusinessNumber | null {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const owner = token ? [...store.numbers.values()].find((number) => number.accessToken === token) : undefined;
  if (!owner || request.forceExpiredToken) {
    void sendGraphError(reply, 190, token && owner ? { subcode: 463, message: 'Error validating access token: Session has expired.' } : {});
    return null;
  }
  const number = store.numbers.get(request.params.phoneNumberId);
  if (!number || number.accessToken !== token) {
    void sendGraphError(reply, 100, {
      subcode: 33,
      message: `Unsupported post request. Object with ID '${request.params.phoneNumberId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    });
    return null;
  }
  return number;
}

const missing = (reply: FastifyReply, field: string) => sendGraphError(reply, 131008, { details: `${field} is required` });

function accepted(reply: FastifyReply, message: RecordedMessage) {
  return reply.status(200).send({
    messaging_product: 'whatsapp',
    contacts: [{ input: message.to, wa_id: message.waId }],
    messages: [{ id: message.id, ...(message.type === 'template' ? { message_status: 'accepted' } : {}) }],
  });
}
