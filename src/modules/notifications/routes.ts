import { z } from 'zod';
import { requirePrincipal, requireRole } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { integrationProblems } from '../integrations/index.ts';
import { notificationProblems } from './errors.ts';
import { BUYER_REMINDER_RULE_EXAMPLE, EMAIL_RULE_EXAMPLE, NOTIFICATION_EXAMPLE, WEBHOOK_RULE_EXAMPLE } from './examples.ts';
import type { NotificationsService } from './service.ts';
import { MAX_GRACE_SECONDS } from './service.ts';
import { createdRuleSchema, newRuleBody, notificationQuery, notificationSchema, ruleChangesBody, ruleSchema } from './wire.ts';

const ruleParams = z.object({ ruleId: z.string() });
const notificationParams = z.object({ notificationId: z.string() });

export function registerNotificationRoutes(app: HttpServer, deps: { notifications: NotificationsService }): void {
  const { notifications } = deps;
  const ruleNotFound = problemResponses(notificationProblems.notification_rule_not_found);
  const notificationNotFound = problemResponses(notificationProblems.notification_not_found);

  app.post(
    '/v1/notification-rules',
    {
      schema: {
        ...operation({
          id: 'createNotificationRule',
          tag: 'notifications',
          summary: 'Notify someone of an event type of an account, by e-mail or by a signed webhook',
          description:
            'Admins. E-mails use the built-in template of the event type in the rule’s language (pt-BR by default, or en). Webhooks are signed by the Standard Webhooks scheme with the `signingSecret` returned here, once. A rule scoped to an integration must share its account and environment, and the integration’s connector must emit the event type.',
        }),
        body: newRuleBody.meta({
          examples: [
            {
              accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
              environment: 'sandbox',
              integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
              eventType: 'payment.paid',
              channel: 'webhook',
              webhookUrl: 'https://erp.transportesrioclaro.com.br/webhooks/ponte',
              delaySeconds: 0,
            },
          ],
        }),
        response: {
          201: createdRuleSchema.meta({ examples: [{ ...WEBHOOK_RULE_EXAMPLE, signingSecret: 'whsec_EXEMPLOnaoEumSegredoDeVerdade000000000' }] }),
          ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found, integrationProblems.integration_not_found),
        },
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
        ...operation({
          id: 'listNotificationRules',
          tag: 'notifications',
          summary: 'Notification rules you can see',
          description: 'Oldest first, up to 1000; filter by account, integration or event type. A customer sees its own account’s rules only.',
        }),
        querystring: z.strictObject({ accountId: z.string().optional(), integrationId: z.string().optional(), eventType: z.string().max(100).optional() }),
        response: { 200: z.object({ data: z.array(ruleSchema) }).meta({ examples: [{ data: [WEBHOOK_RULE_EXAMPLE, EMAIL_RULE_EXAMPLE, BUYER_REMINDER_RULE_EXAMPLE] }] }) },
      },
    },
    async (request) => ({ data: await notifications.listRules(requirePrincipal(request), request.query) }),
  );

  app.get(
    '/v1/notification-rules/:ruleId',
    {
      schema: {
        ...operation({ id: 'getNotificationRule', tag: 'notifications', summary: 'One notification rule', description: 'The rule without its signing secret, which is shown only when it is created or rotated.' }),
        params: ruleParams,
        response: { 200: ruleSchema.meta({ examples: [EMAIL_RULE_EXAMPLE] }), ...ruleNotFound },
      },
    },
    async (request) => notifications.getRule(requirePrincipal(request), request.params.ruleId),
  );

  app.patch(
    '/v1/notification-rules/:ruleId',
    {
      schema: {
        ...operation({
          id: 'updateNotificationRule',
          tag: 'notifications',
          summary: 'Change a rule’s recipients, language, delay or scope; disabling it cancels what it left waiting',
          description: 'Admins. Only the fields sent change; the channel and event type of a rule stay as created.',
        }),
        params: ruleParams,
        body: ruleChangesBody.meta({ examples: [{ emailTo: ['financeiro@transportesrioclaro.com.br', 'marina.souza@transportesrioclaro.com.br'], locale: 'pt-BR', delaySeconds: 300 }] }),
        response: {
          200: ruleSchema.meta({
            examples: [{ ...EMAIL_RULE_EXAMPLE, emailTo: ['financeiro@transportesrioclaro.com.br', 'marina.souza@transportesrioclaro.com.br'], delaySeconds: 300, updatedAt: '2026-03-03T10:00:00.000Z' }],
          }),
          ...problemResponses(platformProblems.forbidden, notificationProblems.notification_rule_not_found, integrationProblems.integration_not_found),
        },
      },
    },
    async (request) => notifications.updateRule(requirePrincipal(request), request.params.ruleId, request.body),
  );

  app.delete(
    '/v1/notification-rules/:ruleId',
    {
      schema: {
        ...operation({
          id: 'deleteNotificationRule',
          tag: 'notifications',
          summary: 'Delete a rule; what it left waiting is canceled',
          description: 'Admins. Nothing more is made from the rule, its waiting notifications are canceled and its signing secret destroyed; what it sent stays in the send queue.',
        }),
        params: ruleParams,
        response: { 204: z.null().describe('Deleted'), ...problemResponses(platformProblems.forbidden, notificationProblems.notification_rule_not_found) },
      },
    },
    async (request, reply) => {
      await notifications.deleteRule(requirePrincipal(request), request.params.ruleId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/notification-rules/:ruleId/rotate-secret',
    {
      schema: {
        ...operation({
          id: 'rotateNotificationRuleSecret',
          tag: 'notifications',
          summary: 'A new signing secret for a webhook rule, shown once; the old one also signs during the grace period',
          description: 'Admins. During the grace period each message carries both signatures, so the receiver can switch to the new secret without rejecting anything. E-mail rules have no secret (409).',
        }),
        params: ruleParams,
        body: z
          .strictObject({ graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).default(86_400).describe('How long the old secret keeps signing beside the new one (default a day)') })
          // No body at all means the defaults.
          .nullish()
          .meta({ examples: [{ graceSeconds: 3600 }] })
          .transform((body) => body ?? { graceSeconds: 86_400 }),
        response: {
          200: createdRuleSchema.meta({
            examples: [
              {
                ...WEBHOOK_RULE_EXAMPLE,
                previousSecretValidUntil: '2026-03-03T11:00:00.000Z',
                updatedAt: '2026-03-03T10:00:00.000Z',
                signingSecret: 'whsec_EXEMPLOnovoSegredoQueNaoEDeVerdade0000',
              },
            ],
          }),
          ...problemResponses(platformProblems.forbidden, notificationProblems.notification_rule_not_found, notificationProblems.notification_rule_conflict),
        },
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
        ...operation({
          id: 'testNotificationRule',
          tag: 'notifications',
          summary: 'Send a `ponte.test` message to the rule’s recipients now and say whether it went',
          description: 'Admins and agents. Sent at once, outside the send queue: how to check an address or an endpoint (and its signature check) before real events flow. A failed delivery is a 200 with `delivered: false` and the error.',
        }),
        params: ruleParams,
        response: {
          200: z
            .object({ delivered: z.boolean(), error: z.string().nullable() })
            .meta({ examples: [{ delivered: false, error: 'The endpoint answered 401: check the signature with the rule’s signing secret' }] }),
          ...problemResponses(platformProblems.forbidden, notificationProblems.notification_rule_not_found),
        },
      },
    },
    async (request) => notifications.sendTest(requirePrincipal(request), request.params.ruleId),
  );

  app.get(
    '/v1/notifications',
    {
      schema: {
        ...operation({
          id: 'listNotifications',
          tag: 'notifications',
          summary: 'The send queue, newest first: each notification’s status, schedule, attempts and last error',
          description: 'Filter by account, status, rule, integration or event type; pass `nextCursor` back as `cursor` for the next page (null on the last). A customer sees its own account’s notifications only.',
        }),
        querystring: notificationQuery,
        response: {
          200: z.object({ data: z.array(notificationSchema), nextCursor: z.string().nullable() }).meta({ examples: [{ data: [NOTIFICATION_EXAMPLE], nextCursor: null }] }),
        },
      },
    },
    async (request) => notifications.list(requirePrincipal(request), request.query),
  );

  app.get(
    '/v1/notifications/:notificationId',
    {
      schema: {
        ...operation({ id: 'getNotification', tag: 'notifications', summary: 'One notification of the send queue', description: 'Its status, schedule, priority, attempts, last error and, once sent, when.' }),
        params: notificationParams,
        response: { 200: notificationSchema.meta({ examples: [NOTIFICATION_EXAMPLE] }), ...notificationNotFound },
      },
    },
    async (request) => notifications.get(requirePrincipal(request), request.params.notificationId),
  );

  app.post(
    '/v1/notifications/:notificationId/retry',
    {
      schema: {
        ...operation({
          id: 'retryNotification',
          tag: 'notifications',
          summary: 'Send a failed or canceled notification again, now',
          description: 'Admins and agents. Puts it back in the send queue, due now; a notification in any other state answers 409.',
        }),
        params: notificationParams,
        response: {
          200: notificationSchema.meta({ examples: [{ ...NOTIFICATION_EXAMPLE, status: 'scheduled', attempts: 0, lastError: 'SMTP 451: caixa de destino temporariamente indisponível', sentAt: null, scheduledAt: '2026-03-02T13:00:00.000Z', updatedAt: '2026-03-02T13:00:00.000Z' }] }),
          ...problemResponses(platformProblems.forbidden, notificationProblems.notification_not_found, notificationProblems.notification_state_conflict),
        },
      },
    },
    async (request) => notifications.retry(requirePrincipal(request), request.params.notificationId),
  );

  app.post(
    '/v1/notifications/:notificationId/cancel',
    {
      schema: {
        ...operation({
          id: 'cancelNotification',
          tag: 'notifications',
          summary: 'Cancel a notification still waiting to be sent',
          description: 'Admins and agents. Only a scheduled notification can be canceled; one being sent, sent, failed or canceled answers 409.',
        }),
        params: notificationParams,
        response: {
          200: notificationSchema.meta({
            examples: [{ ...NOTIFICATION_EXAMPLE, status: 'canceled', sentAt: null, canceledReason: 'Canceled by usr_5h9k3m7p1s5v9y3b7e1g', updatedAt: '2026-03-02T12:06:00.000Z' }],
          }),
          ...problemResponses(platformProblems.forbidden, notificationProblems.notification_not_found, notificationProblems.notification_state_conflict),
        },
      },
    },
    async (request) => notifications.cancel(requirePrincipal(request), request.params.notificationId),
  );
}
