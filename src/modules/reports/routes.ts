import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { ReportsOverview } from './overview.ts';

const seconds = z.number().nullable();
const overviewSchema = z.object({
  range: z.object({ from: z.iso.datetime(), to: z.iso.datetime(), timeZone: z.string().describe('Where days begin'), days: z.number().int() }),
  eventsPerDay: z.array(z.object({ day: z.iso.date(), count: z.number().int() })).describe('Live events (not a backfill’s past) per local day, every day of the range, 0 when quiet'),
  latencyByChannel: z
    .array(z.object({ channel: z.string(), p50Seconds: seconds, p95Seconds: seconds, samples: z.number().int() }))
    .describe('From the event to its notification’s sending (percentile_cont), over notifications created in the range by rules that send at once'),
  onboardingByConnector: z
    .array(z.object({ connector: z.string(), integrations: z.number().int(), p50Seconds: seconds, averageSeconds: seconds, maxSeconds: seconds }))
    .describe('From the integration’s request (creation) to its first move to active, over integrations first active in the range'),
  slaByCategory: z
    .array(
      z.object({
        category: z.string(),
        firstAnswer: z.object({ met: z.number().int(), breached: z.number().int() }),
        resolution: z.object({ met: z.number().int(), breached: z.number().int() }),
      }),
    )
    .describe('SLA timers of support tickets opened in the range: met when done by the due time; breached when done later or still open past it'),
});

const EXAMPLE = {
  range: { from: '2026-02-28T12:00:00.000Z', to: '2026-03-30T12:00:00.000Z', timeZone: 'America/Sao_Paulo', days: 30 },
  eventsPerDay: [
    { day: '2026-03-29', count: 0 },
    { day: '2026-03-30', count: 42 },
  ],
  latencyByChannel: [{ channel: 'webhook', p50Seconds: 1.2, p95Seconds: 4.8, samples: 310 }],
  onboardingByConnector: [{ connector: 'paghiper', integrations: 3, p50Seconds: 86_400, averageSeconds: 100_800, maxSeconds: 172_800 }],
  slaByCategory: [{ category: 'sync_failure', firstAnswer: { met: 5, breached: 1 }, resolution: { met: 4, breached: 0 } }],
};

export function registerReportRoutes(app: HttpServer, deps: { overview: ReportsOverview }): void {
  app.get(
    '/v1/reports/overview',
    {
      schema: {
        ...operation({
          id: 'getReportsOverview',
          tag: 'reports',
          summary: 'Figures across every account for the console’s reports (admins and agents)',
          description:
            'Over the last `days` days (São Paulo days): live events per day, event-to-sent latency p50/p95 per channel, onboarding time per connector (request → first active) and SLA timers met and breached per support category. Filter by environment (tickets have none: the SLA figures cover both).',
        }),
        querystring: z.strictObject({
          days: z.coerce.number().int().min(1).max(366).default(30),
          environment: z.enum(['sandbox', 'production']).optional().describe('Default: both'),
        }),
        response: { 200: overviewSchema.meta({ examples: [EXAMPLE] }), ...problemResponses(platformProblems.forbidden) },
      },
    },
    async (request) => deps.overview.overview(requirePrincipal(request), request.query),
  );
}
