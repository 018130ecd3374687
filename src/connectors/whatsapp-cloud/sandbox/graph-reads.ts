import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sendGraphError } from './graph-errors.ts';
import type { BusinessNumber, Template, WhatsappCloudStore } from './store.ts';

type Params = { version: string; objectId: string };

/** The token's own number, or Graph's 190 for a token the sandbox never issued. */
function owner(store: WhatsappCloudStore, request: FastifyRequest, reply: FastifyReply): BusinessNumber | null {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const number = token ? [...store.numbers.values()].find((candidate) => candidate.accessToken === token) : undefined;
  if (!number || request.forceExpiredToken) {
    void sendGraphError(reply, 190, token && number ? { subcode: 463, message: 'Error validating access token: Session has expired.' } : {});
    return null;
  }
  return number;
}

function unknownObject(reply: FastifyReply, id: string) {
  return sendGraphError(reply, 100, {
    subcode: 33,
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });
}

const badVersion = (reply: FastifyReply, version: string) => sendGraphError(reply, 100, { subcode: 33, message: `Unknown path components: /${version}` });

/** Graph's listing of a template: the body text with its `{{n}}` placeholders (made up from the count when none was registered). */
function templateView(template: Template) {
  const placeholders = (count: number) => Array.from({ length: count }, (_, index) => `{{${index + 1}}}`).join(' ');
  const components: { type: string; format?: string; text: string }[] = [];
  if (template.parameters.header > 0) components.push({ type: 'HEADER', format: 'TEXT', text: placeholders(template.parameters.header) });
  components.push({ type: 'BODY', text: template.body ?? (template.parameters.body > 0 ? placeholders(template.parameters.body) : template.name) });
  return { name: template.name, language: template.language, status: 'APPROVED', category: template.category, id: `9${template.name.length}${template.language.length}000000000`, components };
}

/**
 * Graph's reads the sandbox serves: `GET /{version}/{phone-number-id}` (the number) and
 * `GET /{version}/{waba-id}/message_templates?name=…` (the registered templates, all approved), each with the
 * number's own bearer token.
 */
export function graphReadRoutes(store: WhatsappCloudStore): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: Params }>('/:version/:objectId', async (request, reply) => {
      if (!/^v\d+\.\d+$/.test(request.params.version)) return badVersion(reply, request.params.version);
      // An id that is no number at all is Graph's "unsupported request" whatever the token (a buyer's phone, say).
      if (!store.numbers.has(request.params.objectId)) return unknownObject(reply, request.params.objectId);
      const number = owner(store, request, reply);
      if (!number) return reply;
      if (number.phoneNumberId !== request.params.objectId) return unknownObject(reply, request.params.objectId);
      return {
        id: number.phoneNumberId,
        display_phone_number: number.displayPhoneNumber,
        verified_name: 'Loja Sandbox',
        quality_rating: 'GREEN',
        code_verification_status: 'VERIFIED',
      };
    });

    app.get<{ Params: Params; Querystring: { name?: string; language?: string; limit?: string } }>('/:version/:objectId/message_templates', async (request, reply) => {
      if (!/^v\d+\.\d+$/.test(request.params.version)) return badVersion(reply, request.params.version);
      if (![...store.numbers.values()].some((candidate) => candidate.wabaId === request.params.objectId)) return unknownObject(reply, request.params.objectId);
      const number = owner(store, request, reply);
      if (!number) return reply;
      if (number.wabaId !== request.params.objectId) return unknownObject(reply, request.params.objectId);
      const { name, language } = request.query;
      const data = [...store.templates.values()]
        .filter((template) => (name === undefined || template.name === name) && (language === undefined || template.language === language))
        .map(templateView);
      return { data, paging: { cursors: { before: 'QVFIUmxUZAZDZD', after: 'QVFIUmxUZAZDZD' } } };
    });
  };
}
