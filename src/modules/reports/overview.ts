import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';

/** Days start in Brazil's time, as the console shows them. */
const TIME_ZONE = 'America/Sao_Paulo';
const DAY_MS = 86_400_000;

export interface OverviewQuery {
  days: number;
  environment?: 'sandbox' | 'production' | undefined;
}

const seconds = (value: number | string | null | undefined) => (value === null || value === undefined ? null : Math.round(Number(value) * 1000) / 1000);

/**
 * The figures the console's reports chart and no other report gives, over the last `days` days and every account:
 * live events per day, event-to-sent latency per channel, onboarding time per connector (request → first active),
 * and SLA timers met and breached per support category. Read-only SQL over the modules' tables.
 */
export class ReportsOverview {
  constructor(private readonly deps: { database: DatabaseHandle; clock: Clock }) {}

  async overview(actor: Actor, query: OverviewQuery) {
    assertRole(actor, 'admin', 'agent');
    const { db } = this.deps.database;
    const to = this.deps.clock.now();
    // Whole São Paulo days, today the last: `days` bars, none of them cut short.
    const from = DateTime.fromJSDate(to, { zone: TIME_ZONE }).startOf('day').minus({ days: query.days - 1 }).toJSDate();
    const environment = query.environment ?? null;

    const [events, latency, onboarding, sla] = await Promise.all([
      // A backfill's past (origin history) is not activity: live events only, as the notification report counts them.
      db.execute<{ day: string; count: number }>(sql`
        select to_char((occurred_at at time zone ${TIME_ZONE})::date, 'YYYY-MM-DD') as day, count(*)::int as count
          from events
         where origin = 'live' and occurred_at >= ${from.toISOString()} and occurred_at < ${to.toISOString()}
           and (${environment}::text is null or environment = ${environment})
         group by 1 order by 1`),
      // Over rules that send at once: a reminder's planned delay is not latency.
      db.execute<{ channel: string; p50: number | null; p95: number | null; samples: number }>(sql`
        select n.channel,
               percentile_cont(0.5) within group (order by extract(epoch from n.sent_at - (n.event->>'occurredAt')::timestamptz)) as p50,
               percentile_cont(0.95) within group (order by extract(epoch from n.sent_at - (n.event->>'occurredAt')::timestamptz)) as p95,
               count(*)::int as samples
          from notifications n join notification_rules r on r.id = n.rule_id
         where n.sent_at is not null and r.delay_seconds = 0 and r.timing is null
           and n.created_at >= ${from.toISOString()} and n.created_at < ${to.toISOString()}
           and (${environment}::text is null or n.environment = ${environment})
         group by n.channel order by n.channel`),
      // From the request (the integration's creation) to its first move to active, for those first active in the period.
      db.execute<{ connector: string; integrations: number; p50: number | null; avg: number | null; max: number | null }>(sql`
        select i.connector, count(*)::int as integrations,
               percentile_cont(0.5) within group (order by extract(epoch from a.at - i.created_at)) as p50,
               avg(extract(epoch from a.at - i.created_at)) as avg,
               max(extract(epoch from a.at - i.created_at)) as max
          from integrations i
          join (select integration_id, min(at) as at from integration_transitions where to_state = 'active' group by integration_id) a on a.integration_id = i.id
         where a.at >= ${from.toISOString()} and a.at < ${to.toISOString()}
           and (${environment}::text is null or i.environment = ${environment})
         group by i.connector order by i.connector`),
      // The SLA module's rule (sla.ts, timer): done by the due time is met, done later or still open past it breached.
      db.execute<{ category: string; first_met: number; first_breached: number; resolution_met: number; resolution_breached: number }>(sql`
        select t.category,
               count(*) filter (where s.first_answered_at is not null and s.first_answered_at <= s.first_answer_due_at)::int as first_met,
               count(*) filter (where (s.first_answered_at is not null and s.first_answered_at > s.first_answer_due_at)
                                   or (s.first_answered_at is null and s.first_answer_due_at <= ${to.toISOString()}))::int as first_breached,
               count(*) filter (where s.resolved_at is not null and s.resolved_at <= s.resolution_due_at)::int as resolution_met,
               count(*) filter (where (s.resolved_at is not null and s.resolved_at > s.resolution_due_at)
                                   or (s.resolved_at is null and s.resolution_due_at <= coalesce(s.paused_at, ${to.toISOString()})))::int as resolution_breached
          from tickets t join ticket_sla s on s.ticket_id = t.id
         where t.stage is not null and t.category is not null
           and t.created_at >= ${from.toISOString()} and t.created_at < ${to.toISOString()}
         group by t.category order by t.category`),
    ]);

    const perDay = new Map(events.rows.map((row) => [row.day, Number(row.count)]));
    return {
      range: { from: from.toISOString(), to: to.toISOString(), timeZone: TIME_ZONE, days: query.days },
      eventsPerDay: localDays(from, to).map((day) => ({ day, count: perDay.get(day) ?? 0 })),
      latencyByChannel: latency.rows.map((row) => ({ channel: row.channel, p50Seconds: seconds(row.p50), p95Seconds: seconds(row.p95), samples: Number(row.samples) })),
      onboardingByConnector: onboarding.rows.map((row) => ({
        connector: row.connector,
        integrations: Number(row.integrations),
        p50Seconds: seconds(row.p50),
        averageSeconds: seconds(row.avg),
        maxSeconds: seconds(row.max),
      })),
      slaByCategory: sla.rows.map((row) => ({
        category: row.category,
        firstAnswer: { met: Number(row.first_met), breached: Number(row.first_breached) },
        resolution: { met: Number(row.resolution_met), breached: Number(row.resolution_breached) },
      })),
    };
  }
}

/** Every São Paulo calendar day from `from` to `to`, both included, so that a quiet day shows as 0. */
function localDays(from: Date, to: Date): string[] {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days: string[] = [];
  const last = format.format(to);
  for (let at = from.getTime(); ; at += DAY_MS) {
    const day = format.format(new Date(at));
    if (days.at(-1) !== day) days.push(day);
    if (day >= last) break;
  }
  return days;
}
