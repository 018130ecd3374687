import { and, asc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import { MANDATORY_EVIDENCE, TICKET_CATEGORIES, TICKET_STAGES, ticketEvents, ticketMessages, tickets, ticketSla, type TicketCategory, type TicketStage } from './schema.ts';
import type { SlaState, SupportSla } from './sla.ts';

export interface ReportPeriod {
  from: Date;
  to: Date;
}

interface TimerFigures extends Record<SlaState, number> {
  /** Office time from the ticket's creation to the answer (or resolution), over the timers done. */
  medianBusinessMs: number | null;
}

/** The p-th percentile by nearest rank (the median of an even count is its lower middle); null for no values. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

const counts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * The support desk's figures over the tickets opened in a period (support, complaint and sync failure tickets):
 * by category and stage, SLA timers met and breached, escalations with and without the mandatory evidence (read from
 * the timeline, as it was when each escalation was recorded), and how long complaints waited for an answer.
 */
export class SupportReports {
  constructor(private readonly deps: { database: DatabaseHandle; clock: Clock; sla: SupportSla }) {}

  async report(actor: Actor, period: ReportPeriod) {
    assertRole(actor, 'admin', 'agent');
    if (period.to <= period.from) throw new Problem(platformProblems.validation_failed, 'to: must be after from', { field: 'query.to' });
    const { db } = this.deps.database;
    const { calendar } = this.deps.sla;
    const now = this.deps.clock.now();
    const inPeriod = and(isNotNull(tickets.stage), gte(tickets.createdAt, period.from), lt(tickets.createdAt, period.to));
    const rows = await db
      .select({ id: tickets.id, kind: tickets.kind, category: tickets.category, stage: tickets.stage, createdAt: tickets.createdAt, sla: ticketSla })
      .from(tickets)
      .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
      .where(inPeriod);

    const byCategory = counts(TICKET_CATEGORIES);
    const byStage = counts(TICKET_STAGES);
    const timers = { firstAnswer: { ...counts(['met', 'breached', 'running', 'paused'] as const), times: [] as number[] }, resolution: { ...counts(['met', 'breached', 'running', 'paused'] as const), times: [] as number[] } };
    for (const row of rows) {
      if (row.category) byCategory[row.category as TicketCategory] += 1;
      byStage[row.stage as TicketStage] += 1;
      if (!row.sla) continue;
      for (const name of ['firstAnswer', 'resolution'] as const) {
        const timer = this.deps.sla.timer(row.sla, name, now);
        timers[name][timer.state] += 1;
        if (timer.doneAt) timers[name].times.push(calendar.businessMillisBetween(row.createdAt, new Date(timer.doneAt)));
      }
    }
    const figures = (name: 'firstAnswer' | 'resolution'): TimerFigures => {
      const { times, ...states } = timers[name];
      return { ...states, medianBusinessMs: percentile(times, 0.5) };
    };

    return {
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      tickets: { total: rows.length, byCategory, byStage },
      sla: { firstAnswer: figures('firstAnswer'), resolution: figures('resolution') },
      escalations: await this.#escalations(period),
      complaints: await this.#complaintAnswers(rows.filter((row) => row.kind === 'complaint').map((row) => row.id)),
    };
  }

  /** Escalations recorded in the period, each checked against the evidence the timeline had recorded before it. */
  async #escalations(period: ReportPeriod) {
    const { db } = this.deps.database;
    const escalations = await db
      .select({ ticketId: ticketEvents.ticketId, seq: ticketEvents.seq })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.type, 'stage_changed'), sql`${ticketEvents.data}->>'to' = 'escalated'`, gte(ticketEvents.at, period.from), lt(ticketEvents.at, period.to)));
    const ticketIds = [...new Set(escalations.map((event) => event.ticketId))];
    const evidence = ticketIds.length
      ? await db
          .select({ ticketId: ticketEvents.ticketId, seq: ticketEvents.seq, data: ticketEvents.data })
          .from(ticketEvents)
          .where(and(eq(ticketEvents.type, 'evidence_added'), inArray(ticketEvents.ticketId, ticketIds)))
      : [];
    let complete = 0;
    for (const escalation of escalations) {
      const items = new Set(evidence.filter((event) => event.ticketId === escalation.ticketId && event.seq < escalation.seq).flatMap((event) => (event.data.items as string[] | undefined) ?? []));
      if (MANDATORY_EVIDENCE.every((item) => items.has(item))) complete += 1;
    }
    return { total: escalations.length, withCompleteEvidence: complete, withoutCompleteEvidence: escalations.length - complete };
  }

  /** From each customer message not answered yet to the next public answer to the customer: elapsed and office time. */
  async #complaintAnswers(ticketIds: string[]) {
    const messages = ticketIds.length
      ? await this.deps.database.db
          .select({ ticketId: ticketMessages.ticketId, direction: ticketMessages.direction, createdAt: ticketMessages.createdAt })
          .from(ticketMessages)
          .where(and(inArray(ticketMessages.ticketId, ticketIds), eq(ticketMessages.visibility, 'public')))
          .orderBy(asc(ticketMessages.seq))
      : [];
    const waitingSince = new Map<string, Date>();
    const elapsed: number[] = [];
    const office: number[] = [];
    for (const message of messages) {
      const since = waitingSince.get(message.ticketId);
      if (message.direction === 'inbound') {
        if (!since) waitingSince.set(message.ticketId, message.createdAt);
      } else if (since) {
        elapsed.push(message.createdAt.getTime() - since.getTime());
        office.push(this.deps.sla.calendar.businessMillisBetween(since, message.createdAt));
        waitingSince.delete(message.ticketId);
      }
    }
    return {
      answered: elapsed.length,
      unanswered: waitingSince.size,
      medianMs: percentile(elapsed, 0.5),
      p90Ms: percentile(elapsed, 0.9),
      medianBusinessMs: percentile(office, 0.5),
      p90BusinessMs: percentile(office, 0.9),
    };
  }
}
