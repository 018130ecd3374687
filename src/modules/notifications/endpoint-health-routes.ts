import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { FAILING_DAYS_BEFORE_DISABLE, type EndpointHealth } from './endpoint-health.ts';
import { notificationProblems } from './errors.ts';
import { WEBHOOK_RULE_EXAMPLE } from './examples.ts';
import { presentRule } from './service.ts';
import { ruleSchema } from './wire.ts';

/** Bringing back a rule Ponte disabled because its webhook endpoint was gone or kept failing. */
export function registerEndpointHealthRoutes(app: HttpServer, deps: { endpointHealth: EndpointHealth }): void {
  app.post(
    '/v1/notification-rules/:ruleId/enable',
    {
      schema: {
        ...operation({
          id: 'enableNotificationRule',
          tag: 'notifications',
          summary: 'Enable a disabled rule again, such as one Ponte disabled for a failing webhook endpoint',
          description: `Admins. Ponte disables a webhook rule by itself when its endpoint answers 410 Gone, or when every delivery has failed for ${FAILING_DAYS_BEFORE_DISABLE} days (\`disabledReason\` says which, \`failingSince\` since when), and tells the account’s contact. Enabling clears both; events from now on are notified again (what was canceled stays canceled: retry it one by one). A rule that is enabled already answers 409.`,
        }),
        params: z.object({ ruleId: z.string() }),
        response: {
          200: ruleSchema.meta({ examples: [{ ...WEBHOOK_RULE_EXAMPLE, updatedAt: '2026-03-09T14:00:00.000Z' }] }),
          ...problemResponses(platformProblems.forbidden, notificationProblems.notification_rule_not_found, notificationProblems.notification_rule_conflict),
        },
      },
    },
    async (request) => presentRule(await deps.endpointHealth.enable(requirePrincipal(request), request.params.ruleId)),
  );
}
