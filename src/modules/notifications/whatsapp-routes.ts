import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { requirePrincipal, requireRole } from '../../platform/http/principal.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { notificationProblems } from './errors.ts';
import type { WhatsappSender, WhatsappSenders } from './whatsapp-senders.ts';
import type { WhatsappWebhook } from './whatsapp-webhook.ts';

const ENVIRONMENTS = ['sandbox', 'production'] as const;
const senderParams = z.object({ accountId: z.string().max(64), environment: z.enum(ENVIRONMENTS) });
const digits = (what: string) => z.string().regex(/^\d{5,20}$/, `${what}: Meta's numeric id`);
const secret = z.string().min(8).max(1024);

const senderBody = z.strictObject({
  phoneNumberId: digits('phoneNumberId').describe('The sending number’s id at Meta (WhatsApp Manager › API Setup)'),
  businessAccountId: digits('businessAccountId').describe('The WhatsApp Business Account (WABA) id the number belongs to; its templates are read from it'),
  accessToken: secret.describe('A system user’s permanent access token with whatsapp_business_messaging and whatsapp_business_management. Sealed; never shown again'),
  appSecret: secret.describe('The Meta app’s secret, which signs the webhooks (X-Hub-Signature-256). Sealed'),
  verifyToken: secret.describe('Any value you choose, entered at Meta with the callback URL for its subscription check. Sealed'),
});

const senderSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  environment: z.enum(ENVIRONMENTS),
  phoneNumberId: z.string(),
  businessAccountId: z.string(),
  /** Where Meta is to post statuses and replies for this sender. */
  webhookUrl: z.string().describe('The callback URL to register at Meta (WhatsApp › Configuration), with the verify token, subscribed to `messages`'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const SENDER_EXAMPLE = {
  id: 'wsnd_3k8m2q7x4c9v1b6n0z5p',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  environment: 'production',
  phoneNumberId: '109876543210001',
  businessAccountId: '209876543210001',
  webhookUrl: 'https://ponte.example.com.br/v1/whatsapp/webhooks/wsnd_3k8m2q7x4c9v1b6n0z5p',
  createdAt: '2026-03-02T12:00:00.000Z',
  updatedAt: '2026-03-02T12:00:00.000Z',
} as const;

/**
 * An account's WhatsApp senders (admins), and the public webhook Meta posts statuses and replies to, checked by the
 * sender's app secret over the raw body.
 */
export function registerWhatsappRoutes(app: HttpServer, deps: { senders: WhatsappSenders; webhook: WhatsappWebhook; publicUrl: () => string }): void {
  const { senders } = deps;
  const withUrl = (sender: WhatsappSender) => ({ ...sender, webhookUrl: `${deps.publicUrl().replace(/\/+$/, '')}/v1/whatsapp/webhooks/${sender.id}` });

  app.put(
    '/v1/accounts/:accountId/whatsapp-senders/:environment',
    {
      schema: {
        ...operation({
          id: 'putWhatsappSender',
          tag: 'notifications',
          summary: 'Set the account’s WhatsApp Business number for an environment',
          description:
            'Admins. WhatsApp notifications of the account in that environment go out from this number, through the WhatsApp Business Cloud API. The access token, app secret and verify token are sealed together in the credential vault and never shown again; sending again replaces them. The answer carries the `webhookUrl` to register at Meta so that delivery statuses and “SAIR” replies reach Ponte.',
        }),
        params: senderParams,
        body: senderBody.meta({
          examples: [{ phoneNumberId: '109876543210001', businessAccountId: '209876543210001', accessToken: 'EAAexemploNaoEumToken000000', appSecret: 'exemplo-app-secret-0000', verifyToken: 'exemplo-verify-token-0000' }],
        }),
        response: { 200: senderSchema.meta({ examples: [SENDER_EXAMPLE] }), ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found) },
      },
    },
    async (request) => withUrl(await senders.put(requirePrincipal(request), request.params.accountId, request.params.environment, request.body)),
  );

  app.get(
    '/v1/accounts/:accountId/whatsapp-senders',
    {
      schema: {
        ...operation({
          id: 'listWhatsappSenders',
          tag: 'notifications',
          summary: 'The account’s WhatsApp Business numbers',
          description: 'One per environment at most, without their secrets, each with the `webhookUrl` to register at Meta.',
        }),
        params: z.object({ accountId: z.string().max(64) }),
        response: { 200: z.object({ data: z.array(senderSchema) }).meta({ examples: [{ data: [SENDER_EXAMPLE] }] }), ...problemResponses(accountProblems.account_not_found) },
      },
    },
    async (request) => ({ data: (await senders.list(requirePrincipal(request), request.params.accountId)).map(withUrl) }),
  );

  app.delete(
    '/v1/accounts/:accountId/whatsapp-senders/:environment',
    {
      schema: {
        ...operation({
          id: 'deleteWhatsappSender',
          tag: 'notifications',
          summary: 'Remove the account’s WhatsApp number for an environment',
          description: 'Admins. Its sealed secrets are destroyed; WhatsApp notifications of the account in that environment then fail as not configured until a number is set again.',
        }),
        params: senderParams,
        response: { 204: z.null().describe('Removed'), ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found, notificationProblems.whatsapp_sender_not_found) },
      },
    },
    async (request, reply) => {
      await senders.remove(requirePrincipal(request), request.params.accountId, request.params.environment);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/accounts/:accountId/whatsapp-senders/:environment/check',
    {
      schema: {
        ...operation({
          id: 'checkWhatsappSender',
          tag: 'notifications',
          summary: 'Check the number and its token with the WhatsApp Cloud API',
          description: 'Admins and agents. Reads the number from Graph (`GET /{phone-number-id}`) with the sealed token: its display number and quality rating when they go together, `whatsapp_sender_check_failed` with Graph’s code when not.',
        }),
        params: senderParams,
        response: {
          200: z
            .object({ ok: z.literal(true), displayPhoneNumber: z.string(), verifiedName: z.string().optional(), qualityRating: z.string().optional() })
            .meta({ examples: [{ ok: true, displayPhoneNumber: '+55 11 90000-0001', verifiedName: 'Loja Exemplo', qualityRating: 'GREEN' }] }),
          ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found, notificationProblems.whatsapp_sender_not_found, notificationProblems.whatsapp_sender_check_failed),
        },
      },
    },
    async (request) => {
      const { id: _id, ...info } = await senders.check(requireRole(request, 'admin', 'agent'), request.params.accountId, request.params.environment);
      return { ok: true as const, ...info };
    },
  );

  const webhookParams = z.object({ senderId: z.string().max(64) });

  app.get(
    '/v1/whatsapp/webhooks/:senderId',
    {
      config: { public: true },
      schema: {
        ...operation({
          id: 'verifyWhatsappWebhook',
          tag: 'callbacks',
          summary: 'Meta’s subscription check of a WhatsApp sender’s callback URL',
          description: 'Meta calls it when the callback URL is saved: `hub.challenge` comes back as text/plain when `hub.verify_token` is the sender’s; 403 otherwise.',
        }),
        params: webhookParams,
        querystring: z.looseObject({
          'hub.mode': z.string().max(64).optional(),
          'hub.verify_token': z.string().max(1024).optional(),
          'hub.challenge': z.string().max(1024).optional(),
        }),
        produces: ['text/plain'],
        response: { 200: z.string().describe('The hub.challenge, as text/plain').meta({ examples: ['1158201444'] }), ...problemResponses(platformProblems.forbidden) },
      },
    },
    async (request, reply) => {
      const challenge = await deps.webhook.challenge(request.params.senderId, request.query);
      if (challenge === null) throw new Problem(platformProblems.forbidden, 'The verify token is not this sender’s');
      return reply.type('text/plain; charset=utf-8').send(challenge);
    },
  );

  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // The signature is over the exact bytes Meta sent: the body is kept raw and parsed only once it verifies.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_request, body, done) => done(null, body));
    scope.post(
      '/v1/whatsapp/webhooks/:senderId',
      {
        config: { public: true },
        schema: {
          ...operation({
            id: 'receiveWhatsappWebhook',
            tag: 'callbacks',
            summary: 'Meta’s delivery statuses and replies for a WhatsApp sender',
            description:
              'Signed by Meta with the sender’s app secret (`X-Hub-Signature-256`); an unsigned or wrongly signed delivery changes nothing. Statuses move the notification with that message id to delivered or read (never back), or fail the attempt, which the send queue retries on its schedule (or fails for good for an undeliverable number); a reply SAIR, PARAR, STOP, CANCELAR or DESCADASTRAR opts the number out of the account’s WhatsApp messages.',
          }),
          consumes: ['application/json'],
          params: webhookParams,
          headers: z.looseObject({ 'x-hub-signature-256': z.string().max(200).optional() }),
          body: z
            .string()
            .optional()
            .meta({
              examples: [
                '{"object":"whatsapp_business_account","entry":[{"id":"209876543210001","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"5511900000001","phone_number_id":"109876543210001"},"statuses":[{"id":"wamid.HBgMNTUxMTk4NzY1NDMyMQ","status":"delivered","timestamp":"1772452800","recipient_id":"5511987654321"}]}}]}]}',
              ],
            }),
          response: {
            200: z.object({ received: z.literal(true) }).meta({ examples: [{ received: true }] }),
            ...problemResponses(platformProblems.bad_request, notificationProblems.whatsapp_signature_invalid, notificationProblems.whatsapp_sender_not_found),
          },
        },
      },
      async (request) => {
        const body = typeof request.body === 'string' ? request.body : '';
        const outcome = await deps.webhook.receive(request.params.senderId, body, request.headers['x-hub-signature-256']);
        if (outcome === 'unknown_sender') throw new Problem(notificationProblems.whatsapp_sender_not_found, 'No WhatsApp sender has this id');
        if (outcome === 'bad_signature') throw new Problem(notificationProblems.whatsapp_signature_invalid, 'X-Hub-Signature-256 is missing or is not the HMAC of this body with the sender’s app secret', { field: 'header.x-hub-signature-256' });
        if (outcome === 'not_whatsapp') throw new Problem(platformProblems.bad_request, 'The body is not a WhatsApp Business webhook', { field: 'body' });
        return { received: true as const };
      },
    );
  });
}
