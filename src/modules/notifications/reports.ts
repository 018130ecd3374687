import { and, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { EventsService } from '../events/index.ts';
import type { IntegrationsService } from '../integrations/index.ts';
import type { SyncService } from '../sync/index.ts';
import { notificationProblems } from './errors.ts';
import { CHANNELS, NOTIFICATION_STATUSES, SKIP_REASONS, notificationRules, notificationSettings, notifications, type Channel, type NotificationStatus } from './schema.ts';

/** Where an account without notification settings lives (the operator's customers are Brazilian). */
const DEFAULT_TIME_ZONE = 'America/Sao_Paulo';
const DAY_MS = 86_400_000;
export const DEFAULT_REPORT_DAYS = 30;
export const MAX_REPORT_DAYS = 366;

/** The account's time zone (its notification settings'), or São Paulo's. */
export async function accountTimeZone(db: Database, accountId: string): Promise<string> {
  const [row] = await db.select({ timeZone: notificationSettings.timeZone }).from(notificationSettings).where(eq(notificationSettings.accountId, accountId));
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}

export interface ReportQuery {
  /** Staff: one account, or every account when absent. Customers: their own, whatever they pass. */
  accountId?: string | undefined;
  integrationId?: string | undefined;
  environment?: 'sandbox' | 'production' | undefined;
  /** An ISO date (midnight in the report's time zone) or date-time; inclusive. Default: DEFAULT_REPORT_DAYS before `to`. */
  from?: string | undefined;
  /** Exclusive, same forms; default now. */
  to?: string | undefined;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

const rangeProblem = (field: 'query.from' | 'query.to', detail: string) => new Problem(notificationProblems.notification_report_range_invalid, `${field.slice('query.'.length)}: ${detail}`, { field });

/** An ISO date means its midnight in the report's time zone; a date-time is an instant. */
function instant(value: string, timeZone: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: timeZone }).toJSDate() : new Date(value);
}

/**
 * The notification figures of an account (or one integration, or every account for staff) over a time range, shaped
 * for the console's charts: events by type and day, notifications by status, channel and catalog entry (those
 * created in [from, to): the same rows as the send queue's listing), event-to-sent latency, WhatsApp delivery and
 * read rates, skips by reason, and the sync success rate per integration.
 */
export class NotificationReports {
  constructor(private readonly deps: { database: DatabaseHandle; clock: Clock; accounts: AccountsService; integrations: IntegrationsService; events: EventsService; sync: SyncService }) {}

  async report(actor: Actor, query: ReportQuery) {
    const { db } = this.deps.database;
    const scope = await this.#scope(actor, query);
    const timeZone = scope.accountId ? await accountTimeZone(db, scope.accountId) : DEFAULT_TIME_ZONE;
    const range = this.#range(query, timeZone);

    const conditions: SQL[] = [gte(notifications.createdAt, range.from), lt(notifications.createdAt, range.to)];
    if (scope.accountId) conditions.push(eq(notifications.accountId, scope.accountId));
    if (scope.integrationId) conditions.push(eq(notifications.integrationId, scope.integrationId));
    if (query.environment) conditions.push(eq(notifications.environment, query.environment));
    const inRange = and(...conditions);

    const [groups, [latency], eventsByTypeAndDay, syncSuccess] = await Promise.all([
      db
        .select({ status: notifications.status, channel: notifications.channel, catalogEntry: notifications.catalogEntry, skipReason: notifications.skipReason, count: sql<number>`count(*)::int` })
        .from(notifications)
        .where(inRange)
        .groupBy(notifications.status, notifications.channel, notifications.catalogEntry, notifications.skipReason),
      // From the event to its sending, over rules that send at once: a reminder's planned delay is not latency.
      db
        .select({
          percentiles: sql<number[] | null>`percentile_cont(array[0.5, 0.95]) within group (order by extract(epoch from ${notifications.sentAt} - (${notifications.event}->>'occurredAt')::timestamptz))`,
          samples: sql<number>`count(*)::int`,
        })
        .from(notifications)
        .innerJoin(notificationRules, eq(notificationRules.id, notifications.ruleId))
        .where(and(inRange, isNotNull(notifications.sentAt), eq(notificationRules.delaySeconds, 0), isNull(notificationRules.timing))),
      this.deps.events.countByTypeAndDay(db, { accountId: scope.accountId, integrationId: scope.integrationId, environment: query.environment, from: range.from, to: range.to, timeZone }),
      this.#syncSuccess(actor, scope, query.environment, range),
    ]);

    const byStatus = Object.fromEntries(NOTIFICATION_STATUSES.map((status) => [status, 0])) as Record<NotificationStatus, number>;
    const byChannel = new Map<string, { channel: Channel; status: NotificationStatus; count: number }>();
    const byCatalogEntry = new Map<string, { catalogEntry: string | null; status: NotificationStatus; count: number }>();
    const skipped = new Map<string, number>(SKIP_REASONS.map((reason) => [reason, 0]));
    for (const group of groups) {
      byStatus[group.status] += group.count;
      const channelKey = `${group.channel}\u0000${group.status}`;
      byChannel.set(channelKey, { channel: group.channel, status: group.status, count: (byChannel.get(channelKey)?.count ?? 0) + group.count });
      const entryKey = `${group.catalogEntry ?? ''}\u0000${group.status}`;
      byCatalogEntry.set(entryKey, { catalogEntry: group.catalogEntry, status: group.status, count: (byCatalogEntry.get(entryKey)?.count ?? 0) + group.count });
      if (group.status === 'skipped') skipped.set(group.skipReason ?? 'unknown', (skipped.get(group.skipReason ?? 'unknown') ?? 0) + group.count);
    }
    const whatsapp = (...statuses: NotificationStatus[]) => statuses.reduce((sum, status) => sum + (byChannel.get(`whatsapp\u0000${status}`)?.count ?? 0), 0);
    // Accepted by WhatsApp: sent, and then perhaps delivered and read (each status includes the ones after it).
    const accepted = whatsapp('sent', 'delivered', 'read');
    const delivered = whatsapp('delivered', 'read');
    const read = whatsapp('read');
    const round = (seconds: number | undefined) => (seconds === undefined ? null : Math.round(seconds * 1000) / 1000);

    return {
      range: { from: range.from.toISOString(), to: range.to.toISOString(), timeZone },
      eventsByTypeAndDay,
      notifications: {
        byStatus,
        byChannel: [...byChannel.values()].sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) || NOTIFICATION_STATUSES.indexOf(a.status) - NOTIFICATION_STATUSES.indexOf(b.status)),
        byCatalogEntry: [...byCatalogEntry.values()].sort((a, b) => (a.catalogEntry ?? '').localeCompare(b.catalogEntry ?? '') || NOTIFICATION_STATUSES.indexOf(a.status) - NOTIFICATION_STATUSES.indexOf(b.status)),
      },
      latency: { eventToSentP50Seconds: round(latency?.percentiles?.[0]), eventToSentP95Seconds: round(latency?.percentiles?.[1]), samples: latency?.samples ?? 0 },
      // Rates over every message that went out or failed for good: one WhatsApp took and then reported undeliverable counts against them.
      whatsapp: { sent: accepted, delivered, read, failed: whatsapp('failed'), deliveryRate: ratio(delivered, accepted + whatsapp('failed')), readRate: ratio(read, accepted + whatsapp('failed')) },
      skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
      syncSuccess,
    };
  }

  /** Who the report is about: a customer's own account; an integration the actor may see, with its account. */
  async #scope(actor: Actor, query: ReportQuery): Promise<{ accountId: string | undefined; integrationId: string | undefined }> {
    const accountId = actor.role === 'customer' ? (query.accountId ?? actor.accountId ?? '') : query.accountId;
    // Another account's id answers not-found to a customer, as everywhere.
    if (accountId) await this.deps.accounts.getAccount(actor, accountId);
    if (!query.integrationId) return { accountId, integrationId: undefined };
    const integration = await this.deps.integrations.get(actor, query.integrationId);
    if (accountId && integration.accountId !== accountId) {
      throw new Problem(platformProblems.validation_failed, `integrationId: belongs to another account than ${accountId}`, { field: 'query.integrationId' });
    }
    return { accountId: integration.accountId, integrationId: integration.id };
  }

  #range(query: ReportQuery, timeZone: string): { from: Date; to: Date } {
    const to = query.to ? instant(query.to, timeZone) : this.deps.clock.now();
    const from = query.from ? instant(query.from, timeZone) : new Date(to.getTime() - DEFAULT_REPORT_DAYS * DAY_MS);
    if (Number.isNaN(to.getTime())) throw rangeProblem('query.to', 'is not a date');
    if (Number.isNaN(from.getTime())) throw rangeProblem('query.from', 'is not a date');
    if (to <= from) throw rangeProblem('query.to', `must be after from (${from.toISOString()})`);
    if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY_MS) throw rangeProblem('query.from', `the range may span at most ${MAX_REPORT_DAYS} days`);
    return { from, to };
  }

  /** Finished sync runs (succeeded or failed; deferred ones neither) per integration in scope, listed even without runs. */
  async #syncSuccess(actor: Actor, scope: { accountId: string | undefined; integrationId: string | undefined }, environment: ReportQuery['environment'], range: { from: Date; to: Date }) {
    const listed = scope.integrationId
      ? [scope.integrationId]
      : scope.accountId
        ? (await this.deps.integrations.list(actor, { accountId: scope.accountId, environment, limit: 1000 })).map((integration) => integration.id)
        : undefined;
    const outcomes = new Map((await this.deps.sync.runOutcomes({ integrationIds: listed, from: range.from, to: range.to })).map((row) => [row.integrationId, row]));
    const ids = listed ?? [...outcomes.keys()];
    return ids.sort().map((integrationId) => {
      const { succeeded = 0, failed = 0 } = outcomes.get(integrationId) ?? {};
      return { integrationId, runs: succeeded + failed, succeeded, failed, rate: ratio(succeeded, succeeded + failed) };
    });
  }
}

export type NotificationReport = Awaited<ReturnType<NotificationReports['report']>>;

/**
 * One long table a spreadsheet pivots on: a row per figure, its section and metric, the dimensions that apply to it
 * (the others empty) and its value.
 */
const CSV_COLUMNS = ['section', 'day', 'type', 'channel', 'status', 'catalog_entry', 'reason', 'integration_id', 'metric', 'value'] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** A cell as RFC 4180 wants it, and never read as a formula: text starting with = + - @ (or a tab, CR) gets a quote first. */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function reportToCsv(report: NotificationReport): string {
  const rows: CsvRow[] = [
    { section: 'range', metric: 'from', value: report.range.from },
    { section: 'range', metric: 'to', value: report.range.to },
    { section: 'range', metric: 'time_zone', value: report.range.timeZone },
    ...report.eventsByTypeAndDay.map((row) => ({ section: 'events', day: row.day, type: row.type, metric: 'count', value: row.count })),
    ...Object.entries(report.notifications.byStatus).map(([status, count]) => ({ section: 'notifications_by_status', status, metric: 'count', value: count })),
    ...report.notifications.byChannel.map((row) => ({ section: 'notifications_by_channel', channel: row.channel, status: row.status, metric: 'count', value: row.count })),
    ...report.notifications.byCatalogEntry.map((row) => ({ section: 'notifications_by_catalog_entry', catalog_entry: row.catalogEntry, status: row.status, metric: 'count', value: row.count })),
    { section: 'latency', metric: 'event_to_sent_p50_seconds', value: report.latency.eventToSentP50Seconds },
    { section: 'latency', metric: 'event_to_sent_p95_seconds', value: report.latency.eventToSentP95Seconds },
    { section: 'latency', metric: 'samples', value: report.latency.samples },
    ...Object.entries(report.whatsapp).map(([metric, value]) => ({ section: 'whatsapp', channel: 'whatsapp', metric: metric.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), value })),
    ...report.skipped.map((row) => ({ section: 'skipped', reason: row.reason, metric: 'count', value: row.count })),
    ...report.syncSuccess.flatMap((row) =>
      (['runs', 'succeeded', 'failed', 'rate'] as const).map((metric) => ({ section: 'sync_success', integration_id: row.integrationId, metric, value: row[metric] })),
    ),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))].join('\r\n') + '\r\n';
}
