import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { notificationProblems } from './errors.ts';
import type { MessageTemplates } from './message-templates.ts';
import { messageTemplateChangesBody, messageTemplateQuery, messageTemplateSchema, newMessageTemplateBody, previewBody, previewSchema } from './message-template-wire.ts';

const params = z.object({ templateId: z.string() });

const EMAIL_TEMPLATE_EXAMPLE = {
  id: 'ntpl_4k8p2t6x0b4f8j2n6r0v',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  name: 'Boleto gerado — Bella Casa',
  channel: 'email' as const,
  locale: 'pt-BR' as const,
  catalogEntry: 'paghiper:boleto.created',
  connector: 'paghiper',
  subject: 'Seu boleto de {{ amount }} na {{ store.name }}',
  body: 'Olá, {{ payer.name }}!\n\nSeu boleto de {{ amount }} vence em {{ due_date }}.\n\nBoleto: {{ boleto_url }}',
  whatsappTemplateName: null,
  whatsappLanguage: null,
  whatsappParameters: null,
  createdAt: '2026-11-20T13:00:00.000Z',
  updatedAt: '2026-11-20T13:00:00.000Z',
};

const WHATSAPP_TEMPLATE_EXAMPLE = {
  ...EMAIL_TEMPLATE_EXAMPLE,
  id: 'ntpl_9c3g7k1o5s9w3a7e1i5m',
  name: 'Boleto gerado — WhatsApp',
  channel: 'whatsapp' as const,
  subject: null,
  body: null,
  whatsappTemplateName: 'boleto_criado',
  whatsappLanguage: 'pt_BR',
  whatsappParameters: ['{{ payer.name }}', '{{ amount }}', '{{ store.name }}', '{{ due_date }}'],
};

export function registerMessageTemplateRoutes(app: HttpServer, deps: { messageTemplates: MessageTemplates }): void {
  const { messageTemplates } = deps;
  const invalid = notificationProblems.notification_template_invalid;
  const notFound = notificationProblems.notification_template_not_found;

  app.post(
    '/v1/notification-templates',
    {
      schema: {
        ...operation({
          id: 'createNotificationTemplate',
          tag: 'notifications',
          summary: 'A message template of an account: an e-mail in Liquid, or an approved WhatsApp template with its parameters',
          description:
            'Admins and agents. Variables (`{{ payer.name }}`, `{{ amount }}`, `{{ due_date }}`, …) are those the connector provides (`GET /v1/connectors/{key}/notifications`); an unknown variable, one the connector does not provide, a Liquid syntax error or a WhatsApp parameter count that differs from the approved template’s is refused (422, naming the field), and nothing is saved.',
        }),
        body: newMessageTemplateBody.meta({
          examples: [
            {
              accountId: EMAIL_TEMPLATE_EXAMPLE.accountId,
              name: EMAIL_TEMPLATE_EXAMPLE.name,
              channel: 'email',
              locale: 'pt-BR',
              catalogEntry: 'paghiper:boleto.created',
              subject: EMAIL_TEMPLATE_EXAMPLE.subject,
              body: EMAIL_TEMPLATE_EXAMPLE.body,
            },
          ],
        }),
        response: {
          201: messageTemplateSchema.meta({ examples: [EMAIL_TEMPLATE_EXAMPLE] }),
          ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found, invalid),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await messageTemplates.create(requirePrincipal(request), request.body)),
  );

  app.get(
    '/v1/notification-templates',
    {
      schema: {
        ...operation({
          id: 'listNotificationTemplates',
          tag: 'notifications',
          summary: 'Message templates you can see',
          description: 'Oldest first, up to 1000; filter by account, channel or catalog entry. A customer sees its own account’s templates only.',
        }),
        querystring: messageTemplateQuery,
        response: { 200: z.object({ data: z.array(messageTemplateSchema) }).meta({ examples: [{ data: [EMAIL_TEMPLATE_EXAMPLE, WHATSAPP_TEMPLATE_EXAMPLE] }] }) },
      },
    },
    async (request) => ({ data: await messageTemplates.list(requirePrincipal(request), request.query) }),
  );

  app.get(
    '/v1/notification-templates/:templateId',
    {
      schema: {
        ...operation({ id: 'getNotificationTemplate', tag: 'notifications', summary: 'One message template', description: 'A deleted template, or another account’s for a customer, is not found.' }),
        params,
        response: { 200: messageTemplateSchema.meta({ examples: [WHATSAPP_TEMPLATE_EXAMPLE] }), ...problemResponses(notFound) },
      },
    },
    async (request) => messageTemplates.get(requirePrincipal(request), request.params.templateId),
  );

  app.patch(
    '/v1/notification-templates/:templateId',
    {
      schema: {
        ...operation({
          id: 'updateNotificationTemplate',
          tag: 'notifications',
          summary: 'Change a message template’s name, language or text',
          description: 'Admins and agents. Only the fields sent change; the channel, catalog entry and connector stay as created. The result is checked as when created (422, nothing saved).',
        }),
        params,
        body: messageTemplateChangesBody.meta({ examples: [{ subject: 'Seu boleto de {{ amount }} vence em {{ due_date }}' }] }),
        response: {
          200: messageTemplateSchema.meta({ examples: [{ ...EMAIL_TEMPLATE_EXAMPLE, subject: 'Seu boleto de {{ amount }} vence em {{ due_date }}', updatedAt: '2026-11-21T09:00:00.000Z' }] }),
          ...problemResponses(platformProblems.forbidden, notFound, invalid),
        },
      },
    },
    async (request) => messageTemplates.update(requirePrincipal(request), request.params.templateId, request.body),
  );

  app.delete(
    '/v1/notification-templates/:templateId',
    {
      schema: {
        ...operation({
          id: 'deleteNotificationTemplate',
          tag: 'notifications',
          summary: 'Delete a message template; rules that chose it send the built-in template instead',
          description: 'Admins and agents.',
        }),
        params,
        response: { 204: z.null().describe('Deleted'), ...problemResponses(platformProblems.forbidden, notFound) },
      },
    },
    async (request, reply) => {
      await messageTemplates.delete(requirePrincipal(request), request.params.templateId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/notification-templates/:templateId/preview',
    {
      schema: {
        ...operation({
          id: 'previewNotificationTemplate',
          tag: 'notifications',
          summary: 'The message a template makes, from a sample record or a real event of the account',
          description:
            '`{"sample": true}` renders it with a realistic sample record of its catalog entry; `{"recordEventId": "evt_…"}` with that event of the template’s account (of the template’s connector). Nothing is sent.',
        }),
        params,
        body: previewBody.meta({ examples: [{ sample: true }] }),
        response: {
          200: previewSchema.meta({
            examples: [
              {
                sample: true,
                eventId: 'evt_exemplo0000000000000',
                eventType: 'payment.created',
                message: {
                  kind: 'whatsapp',
                  templateName: 'boleto_criado',
                  language: 'pt_BR',
                  parameters: ['Maria Aparecida Souza', 'R$ 1.234,56', 'Loja Bella Casa', '23/11/2026'],
                  text: 'Olá Maria Aparecida Souza, seu boleto de R$ 1.234,56 na Loja Bella Casa vence em 23/11/2026.\n\nPara não receber mais mensagens, responda SAIR.',
                },
              },
            ],
          }),
          ...problemResponses(notFound, platformProblems.not_found, invalid),
        },
      },
    },
    async (request) => messageTemplates.preview(requirePrincipal(request), request.params.templateId, request.body),
  );
}
