import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { assertRole } from '../../platform/actor.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { supportProblems } from './errors.ts';
import type { SupportReports } from './reports.ts';
import { TICKET_CATEGORIES, TICKET_STAGES } from './schema.ts';
import { MAX_SLA_HOURS, type SupportSla } from './sla.ts';

const SLA_STATES = ['met', 'breached', 'running', 'paused'] as const;

const timerSchema = z.object({
  dueAt: z.iso.datetime(),
  doneAt: z.iso.datetime().nullable().describe('When it was met: the first public answer by staff, or reaching resolved'),
  state: z.enum(SLA_STATES).describe('paused: the resolution timer while the ticket waits for the customer'),
  businessMsLeft: z.number().int().nullable().describe('Office time (business calendar) left until dueAt; 0 once due; null once done'),
});

export const slaViewSchema = z.object({
  category: z.enum(TICKET_CATEGORIES).nullable(),
  firstAnswer: timerSchema,
  resolution: timerSchema,
});

const hours = z.number().positive().max(MAX_SLA_HOURS);
const targetsSchema = z.object({ firstAnswerHours: z.number(), resolutionHours: z.number(), custom: z.boolean().describe('false: the default') });
/** An object with one property per key (a record's keys would not show in the API description). */
const keyed = <S extends z.ZodType>(keys: readonly string[], schema: S) => z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<string, S>);
const policiesSchema = keyed(TICKET_CATEGORIES, targetsSchema);
const POLICIES_EXAMPLE = Object.fromEntries(TICKET_CATEGORIES.map((category) => [category, { firstAnswerHours: 4, resolutionHours: 30, custom: false }]));
const countsExample = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0]));

const timerFigures = z.object({
  met: z.number().int(),
  breached: z.number().int(),
  running: z.number().int(),
  paused: z.number().int(),
  medianBusinessMs: z.number().nullable().describe('Median office time from opening to answer (or resolution), over the timers done'),
});

const reportSchema = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  tickets: z.object({ total: z.number().int(), byCategory: keyed(TICKET_CATEGORIES, z.number().int()), byStage: keyed(TICKET_STAGES, z.number().int()) }),
  sla: z.object({ firstAnswer: timerFigures, resolution: timerFigures }),
  escalations: z.object({
    total: z.number().int(),
    withCompleteEvidence: z.number().int(),
    withoutCompleteEvidence: z.number().int().describe('Escalations recorded while mandatory evidence was missing: zero while the gate holds'),
  }),
  complaints: z.object({
    answered: z.number().int(),
    unanswered: z.number().int().describe('Complaint tickets whose last customer message has no answer yet'),
    medianMs: z.number().nullable(),
    p90Ms: z.number().nullable(),
    medianBusinessMs: z.number().nullable(),
    p90BusinessMs: z.number().nullable(),
  }),
});

const REPORT_EXAMPLE = {
  from: '2026-03-01T03:00:00.000Z',
  to: '2026-04-01T03:00:00.000Z',
  tickets: { total: 3, byCategory: { ...countsExample(TICKET_CATEGORIES), invalid_api_key: 2, complaint: 1 }, byStage: { ...countsExample(TICKET_STAGES), resolved: 2, received: 1 } },
  sla: {
    firstAnswer: { met: 2, breached: 1, running: 0, paused: 0, medianBusinessMs: 3_600_000 },
    resolution: { met: 2, breached: 0, running: 1, paused: 0, medianBusinessMs: 18_000_000 },
  },
  escalations: { total: 1, withCompleteEvidence: 1, withoutCompleteEvidence: 0 },
  complaints: { answered: 4, unanswered: 1, medianMs: 5_400_000, p90Ms: 86_400_000, medianBusinessMs: 3_600_000, p90BusinessMs: 36_000_000 },
};

const DAY_MS = 86_400_000;

/** SLA targets per category (staff read them, admins set them) and the support desk's report. */
export function registerSupportReportRoutes(app: HttpServer, deps: { database: DatabaseHandle; clock: Clock; sla: SupportSla; reports: SupportReports }): void {
  const { database, clock, sla, reports } = deps;

  app.get(
    '/v1/support/sla-policies',
    {
      schema: {
        ...operation({
          id: 'listSupportSlaPolicies',
          tag: 'support',
          summary: 'The SLA targets of every category, in office hours (admins and agents)',
          description: 'First answer and resolution targets in office hours of the business calendar (PONTE_BUSINESS_HOURS, PONTE_HOLIDAYS); `custom` says whether an admin set them.',
        }),
        response: { 200: policiesSchema.meta({ examples: [POLICIES_EXAMPLE] }), ...problemResponses(platformProblems.forbidden) },
      },
    },
    async (request) => {
      assertRole(requirePrincipal(request), 'admin', 'agent');
      return sla.policies();
    },
  );

  app.put(
    '/v1/support/sla-policies/:category',
    {
      schema: {
        ...operation({
          id: 'setSupportSlaPolicy',
          tag: 'support',
          summary: 'Set a category’s SLA targets in office hours (admins)',
          description: 'New tickets of the category, and tickets moved to it, get due times from these; open tickets keep theirs. The resolution target cannot be shorter than the first answer’s.',
        }),
        params: z.object({ category: z.enum(TICKET_CATEGORIES) }),
        body: z.strictObject({ firstAnswerHours: hours, resolutionHours: hours }).meta({ examples: [{ firstAnswerHours: 2, resolutionHours: 10 }] }),
        response: { 200: policiesSchema.meta({ examples: [POLICIES_EXAMPLE] }), ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden, supportProblems.support_sla_invalid) },
      },
    },
    async (request) => {
      const actor = requirePrincipal(request);
      await database.transaction(({ db }) => sla.setPolicy(db, actor, request.params.category, request.body));
      return sla.policies();
    },
  );

  app.get(
    '/v1/support/reports',
    {
      schema: {
        ...operation({
          id: 'getSupportReport',
          tag: 'support',
          summary: 'The support desk’s figures over the tickets opened in a period (admins and agents)',
          description:
            'Tickets by category and stage; first answer and resolution against the SLA (met, breached, running, paused; median office time); escalations with and without complete evidence; complaint answer times (from a customer message to the next public answer: median and p90, nearest rank). Default period: the last 30 days.',
        }),
        querystring: z.strictObject({
          from: z.iso.datetime({ offset: true }).optional().describe('Start (inclusive); default: 30 days before `to`'),
          to: z.iso.datetime({ offset: true }).optional().describe('End (exclusive); default: now'),
        }),
        response: { 200: reportSchema.meta({ examples: [REPORT_EXAMPLE] }), ...problemResponses(platformProblems.validation_failed, platformProblems.forbidden) },
      },
    },
    async (request) => {
      const to = request.query.to ? new Date(request.query.to) : clock.now();
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 30 * DAY_MS);
      return reports.report(requirePrincipal(request), { from, to });
    },
  );
}
