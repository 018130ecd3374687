import { z } from 'zod';
import { requirePrincipal, requireRole } from '../../platform/http/principal.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { NotificationsService } from './service.ts';
import { MAX_GRACE_SECONDS } from './service.ts';
import { createdRuleSchema, newRuleBody, notificationQuery, notificationSchema, ruleChangesBody, ruleSchema } from './wire.ts';

const security = [{ bearerAuth: [] }];
const ruleParams = z.object({ ruleId: z.string() });
const notificationParams = z.object({ notificationId: z.string() });

export function registerNotificationRoutes(app: HttpServer, deps: { notifications: NotificationsService }): void {
  const { notifications } = deps;

  app.post(
    '/v1/notification-rules',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Notify someone of an event type of an account, by e-mail or by a signed webhook',
        description:
          'E-mails use the built-in template of the event type in the rule’s language (pt-BR by default, or en). Webhooks are signed by the Standard Webhooks scheme with the `signingSecret` returned here, once.',
        security,
        body: newRuleBody,
        response: { 201: createdRuleSchema },
      },
    },
    async (request, reply) => {
      const { rule, signingSecret } = await notifications.createRule(requireRole(request, 'admin'), request.body);
      return reply.status(201).send({ ...rule, signingSecret });
    },
  );

  app.get(
    '/v1/notification-rules',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Notification rules you can see',
        security,
        querystring: z.strictObject({ accountId: z.string().optional(), integrationId: z.string().optional(), eventType: z.string().max(100).optional() }),
        response: { 200: z.object({ data: z.array(ruleSchema) }) },
      },
    },
    async (request) => ({ data: await notifications.listRules(requirePrincipal(request), request.query) }),
  );

  app.get(
    '/v1/notification-rules/:ruleId',
    { schema: { tags: ['notifications'], summary: 'One notification rule', security, params: ruleParams, response: { 200: ruleSchema } } },
    async (request) => notifications.getRule(requirePrincipal(request), request.params.ruleId),
  );

  app.patch(
    '/v1/notification-rules/:ruleId',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Change a rule’s recipients, language, delay or scope; disabling it cancels what it left waiting',
        security,
        params: ruleParams,
        body: ruleChangesBody,
        response: { 200: ruleSchema },
      },
    },
    async (request) => notifications.updateRule(requirePrincipal(request), request.params.ruleId, request.body),
  );

  app.delete(
    '/v1/notification-rules/:ruleId',
    { schema: { tags: ['notifications'], summary: 'Delete a rule; what it left waiting is canceled', security, params: ruleParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await notifications.deleteRule(requirePrincipal(request), request.params.ruleId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/notification-rules/:ruleId/rotate-secret',
    {
      schema: {
        tags: ['notifications'],
        summary: 'A new signing secret for a webhook rule, shown once; the old one also signs during the grace period',
        security,
        params: ruleParams,
        body: z
          .strictObject({ graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).default(86_400).describe('How long the old secret keeps signing beside the new one (default a day)') })
          // No body at all means the defaults.
          .nullish()
          .transform((body) => body ?? { graceSeconds: 86_400 }),
        response: { 200: createdRuleSchema },
      },
    },
    async (request) => {
      const { rule, signingSecret } = await notifications.rotateSecret(requirePrincipal(request), request.params.ruleId, request.body.graceSeconds);
      return { ...rule, signingSecret };
    },
  );

  app.post(
    '/v1/notification-rules/:ruleId/test',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Send a `ponte.test` message to the rule’s recipients now and say whether it went',
        security,
        params: ruleParams,
        response: { 200: z.object({ delivered: z.boolean(), error: z.string().nullable() }) },
      },
    },
    async (request) => notifications.sendTest(requirePrincipal(request), request.params.ruleId),
  );

  app.get(
    '/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'The send queue, newest first: each notification’s status, schedule, attempts and last error',
        security,
        querystring: notificationQuery,
        response: { 200: z.object({ data: z.array(notificationSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => notifications.list(requirePrincipal(request), request.query),
  );

  app.get(
    '/v1/notifications/:notificationId',
    { schema: { tags: ['notifications'], summary: 'One notification of the send queue', security, params: notificationParams, response: { 200: notificationSchema } } },
    async (request) => notifications.get(requirePrincipal(request), request.params.notificationId),
  );

  app.post(
    '/v1/notifications/:notificationId/retry',
    {
      schema: { tags: ['notifications'], summary: 'Send a failed or canceled notification again, now', security, params: notificationParams, response: { 200: notificationSchema } },
    },
    async (request) => notifications.retry(requirePrincipal(request), request.params.notificationId),
  );

  app.post(
    '/v1/notifications/:notificationId/cancel',
    { schema: { tags: ['notifications'], summary: 'Cancel a notification still waiting to be sent', security, params: notificationParams, response: { 200: notificationSchema } } },
    async (request) => notifications.cancel(requirePrincipal(request), request.params.notificationId),
  );
}
