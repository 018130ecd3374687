import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { integrationProblems } from '../integrations/index.ts';
import { notificationProblems } from './errors.ts';
import { DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS, reportToCsv, type NotificationReports } from './reports.ts';
import { CHANNELS, NOTIFICATION_STATUSES } from './schema.ts';

const count = z.number().int();
/** An object with one property per key (a record's keys would not show in the API description). */
const keyed = <S extends z.ZodType>(keys: readonly string[], schema: S) => z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<string, S>);
const rate = z.number().nullable().describe('A fraction of `sent` (0 to 1, four decimals); null when nothing was sent');

const reportSchema = z.object({
  range: z.object({
    from: z.iso.datetime(),
    to: z.iso.datetime().describe('Exclusive'),
    timeZone: z.string().describe('Where days begin: the account’s time zone (notification settings), else America/Sao_Paulo'),
  }),
  eventsByTypeAndDay: z.array(z.object({ day: z.iso.date(), type: z.string(), count })).describe('Live events (not a backfill’s past) by local day and type'),
  notifications: z
    .object({
      byStatus: keyed(NOTIFICATION_STATUSES, count),
      byChannel: z.array(z.object({ channel: z.enum(CHANNELS), status: z.enum(NOTIFICATION_STATUSES), count })),
      byCatalogEntry: z.array(z.object({ catalogEntry: z.string().nullable().describe('Null: rules not turned on from a catalog entry'), status: z.enum(NOTIFICATION_STATUSES), count })),
    })
    .describe('Notifications created in the range: the same rows `GET /v1/notifications` lists'),
  latency: z
    .object({ eventToSentP50Seconds: z.number().nullable(), eventToSentP95Seconds: z.number().nullable(), samples: count })
    .describe('From the event to its notification’s sending (percentile_cont), over rules that send at once; null without samples'),
  whatsapp: z.object({
    sent: count.describe('Accepted by WhatsApp: sent, delivered or read'),
    delivered: count.describe('Delivered or read'),
    read: count,
    failed: count,
    deliveryRate: rate,
    readRate: rate,
  }),
  skipped: z.array(z.object({ reason: z.string(), count })).describe('Every reason, with 0 when none'),
  syncSuccess: z
    .array(z.object({ integrationId: z.string(), runs: count.describe('Succeeded plus failed (deferred runs are neither)'), succeeded: count, failed: count, rate: z.number().nullable() }))
    .describe('Sync runs started in the range, per integration of the account (each listed, also without runs)'),
});

const REPORT_EXAMPLE = {
  range: { from: '2026-03-01T03:00:00.000Z', to: '2026-03-03T03:00:00.000Z', timeZone: 'America/Sao_Paulo' },
  eventsByTypeAndDay: [
    { day: '2026-03-01', type: 'payment.created', count: 42 },
    { day: '2026-03-01', type: 'payment.paid', count: 30 },
    { day: '2026-03-02', type: 'payment.created', count: 38 },
  ],
  notifications: {
    byStatus: { ...Object.fromEntries(NOTIFICATION_STATUSES.map((status) => [status, 0])), sent: 51, delivered: 20, read: 12, failed: 2, skipped: 3 },
    byChannel: [
      { channel: 'email', status: 'sent', count: 51 },
      { channel: 'whatsapp', status: 'delivered', count: 20 },
      { channel: 'whatsapp', status: 'read', count: 12 },
      { channel: 'whatsapp', status: 'failed', count: 2 },
      { channel: 'whatsapp', status: 'skipped', count: 3 },
    ],
    byCatalogEntry: [
      { catalogEntry: 'paghiper:boleto.created', status: 'sent', count: 51 },
      { catalogEntry: 'paghiper:boleto.created', status: 'read', count: 12 },
    ],
  },
  latency: { eventToSentP50Seconds: 2.4, eventToSentP95Seconds: 41.7, samples: 83 },
  whatsapp: { sent: 32, delivered: 32, read: 12, failed: 2, deliveryRate: 1, readRate: 0.375 },
  skipped: [
    { reason: 'no_address', count: 1 },
    { reason: 'invalid_address', count: 0 },
    { reason: 'opted_out', count: 2 },
    { reason: 'recipient_cap', count: 0 },
  ],
  syncSuccess: [{ integrationId: 'int_6p0t4x8b2f6j0n4r8v2z', runs: 576, succeeded: 570, failed: 6, rate: 0.9896 }],
};

const CSV_EXAMPLE = [
  'section,day,type,channel,status,catalog_entry,reason,integration_id,metric,value',
  'range,,,,,,,,from,2026-03-01T03:00:00.000Z',
  'events,2026-03-01,payment.created,,,,,,count,42',
  'notifications_by_channel,,,whatsapp,read,,,,count,12',
  'whatsapp,,,whatsapp,,,,,read_rate,0.375',
  'sync_success,,,,,,,int_6p0t4x8b2f6j0n4r8v2z,rate,0.9896',
  '',
].join('\r\n');

const dateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** The notification reports: JSON for the console's charts, or one long CSV table for a spreadsheet. */
export function registerNotificationReportRoutes(app: HttpServer, deps: { reports: NotificationReports }): void {
  app.get(
    '/v1/notification-reports',
    {
      schema: {
        ...operation({
          id: 'getNotificationReport',
          tag: 'notifications',
          summary: 'Notification figures over a time range: events, notifications by status, channel and catalog entry, latency, WhatsApp rates, skips, sync success',
          description: `Admins and agents for any account (or all of them without \`accountId\`), customers for their own. \`from\` (inclusive) and \`to\` (exclusive) are ISO dates (midnight in the account’s time zone) or date-times; default: the last ${DEFAULT_REPORT_DAYS} days, at most ${MAX_REPORT_DAYS}. Notifications count when created in the range, as \`GET /v1/notifications\` lists them. \`format=csv\` answers one long table (section, day, type, channel, status, catalog_entry, reason, integration_id, metric, value) to pivot in a spreadsheet.`,
        }),
        querystring: z.strictObject({
          accountId: z.string().max(100).optional(),
          integrationId: z.string().max(100).optional().describe('One integration (of `accountId`, when both are given)'),
          environment: z.enum(['sandbox', 'production']).optional().describe('Default: both'),
          from: dateOrDateTime.optional().describe(`Start, inclusive; default ${DEFAULT_REPORT_DAYS} days before \`to\``),
          to: dateOrDateTime.optional().describe('End, exclusive; default now'),
          format: z.enum(['json', 'csv']).default('json'),
        }),
        response: {
          200: {
            description: 'The report: JSON, or with `format=csv` one long CSV table',
            content: {
              'application/json': { schema: reportSchema.meta({ examples: [REPORT_EXAMPLE] }) },
              'text/csv': { schema: z.string().meta({ examples: [CSV_EXAMPLE] }) },
            },
          },
          ...problemResponses(platformProblems.validation_failed, notificationProblems.notification_report_range_invalid, accountProblems.account_not_found, integrationProblems.integration_not_found),
        },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const principal = requirePrincipal(request);
      const report = await deps.reports.report(principal, query);
      if (format === 'json') return report;
      const name = `notificacoes-${query.integrationId ?? query.accountId ?? principal.accountId ?? 'todas'}-${report.range.from.slice(0, 10)}-${report.range.to.slice(0, 10)}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(reportToCsv(report));
    },
  );
}
