import { z } from 'zod';
import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import { assertRole, systemActor, actorOf, type Actor } from '../../platform/actor.ts';
import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import { defineJob } from '../../platform/queue/job-definition.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import type { AuditService } from '../audit/index.ts';
import { supportProblems } from './errors.ts';
import { supportSlaPolicies, TICKET_CATEGORIES, ticketSla, tickets, type TicketCategory, type TicketStage, type TicketStatus } from './schema.ts';
import { recordTicketEvent } from './timeline.ts';

/** Every minute: SLA timers past due get their breach recorded (a cron job, so a restart loses none). */
const slaSweepJob = defineJob({ name: 'support.sla-sweep', schema: z.object({}), retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 300, policy: 'short' });

/** Targets in office hours of the business calendar (08:00–18:00 by default: 10 hours a business day). */
export interface SlaTargets {
  firstAnswerHours: number;
  resolutionHours: number;
}

/**
 * The defaults, by how much a category hurts the partner: a sync failure stops their data; a wrong key or token stops
 * their calls (and is quick to explain); errors need investigation; questions and key requests (commercial) can wait.
 */
const DEFAULT_SLA_TARGETS: Record<TicketCategory, SlaTargets> = {
  sync_failure: { firstAnswerHours: 1, resolutionHours: 10 },
  invalid_api_key: { firstAnswerHours: 2, resolutionHours: 10 },
  access_token: { firstAnswerHours: 2, resolutionHours: 10 },
  off_hours_error: { firstAnswerHours: 4, resolutionHours: 20 },
  key_user_confusion: { firstAnswerHours: 4, resolutionHours: 20 },
  unexplained_error: { firstAnswerHours: 4, resolutionHours: 30 },
  complaint: { firstAnswerHours: 4, resolutionHours: 50 },
  bug: { firstAnswerHours: 4, resolutionHours: 50 },
  api_question: { firstAnswerHours: 8, resolutionHours: 30 },
  product_question: { firstAnswerHours: 8, resolutionHours: 30 },
  key_request: { firstAnswerHours: 10, resolutionHours: 50 },
  onboarding: { firstAnswerHours: 10, resolutionHours: 100 },
};

/** Bounds of a target: a year of office time at most. */
export const MAX_SLA_HOURS = 2600;

export type SlaState = 'met' | 'breached' | 'running' | 'paused';

/** One timer as a ticket shows it. */
export interface SlaTimer {
  dueAt: string;
  /** When it was met (answered, resolved), if it was. */
  doneAt: string | null;
  state: SlaState;
  /** Office time from now (or from the pause) to dueAt; 0 once due; null once done. */
  businessMsLeft: number | null;
}

export interface TicketSlaView {
  category: TicketCategory | null;
  firstAnswer: SlaTimer;
  resolution: SlaTimer;
}

export type SlaRow = typeof ticketSla.$inferSelect;
const TIMERS = ['firstAnswer', 'resolution'] as const;
type TimerName = (typeof TIMERS)[number];
const SWEEPER = systemActor('support.sla');

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  calendar: BusinessCalendar;
  audit: AuditService;
}

/**
 * SLA timers of support desk tickets on the business calendar. The ticket services call the hooks below in their own
 * transactions; `sweep` (a job every minute, on Ponte's clock) records each breach once on the ticket's timeline.
 */
export class SupportSla {
  constructor(private readonly deps: Deps) {}

  async registerJobs(queue: Queue): Promise<void> {
    await queue.register(slaSweepJob);
    await queue.schedule(slaSweepJob, '* * * * *', {});
  }

  async startWorkers(queue: Queue): Promise<void> {
    await queue.work(slaSweepJob, async () => void (await this.sweep()));
  }

  get calendar(): BusinessCalendar {
    return this.deps.calendar;
  }

  /** Every category's targets: the admin's where set, else the default. */
  async policies(db: Database = this.deps.database.db): Promise<Record<TicketCategory, SlaTargets & { custom: boolean }>> {
    const rows = await db.select().from(supportSlaPolicies);
    return Object.fromEntries(
      TICKET_CATEGORIES.map((category) => {
        const row = rows.find((candidate) => candidate.category === category);
        return [category, row ? { firstAnswerHours: row.firstAnswerHours, resolutionHours: row.resolutionHours, custom: true } : { ...DEFAULT_SLA_TARGETS[category], custom: false }];
      }),
    ) as Record<TicketCategory, SlaTargets & { custom: boolean }>;
  }

  /** Sets a category's targets (admins); open tickets keep the due times they have until their category changes. */
  async setPolicy(db: Database, actor: Actor, category: TicketCategory, targets: SlaTargets): Promise<void> {
    assertRole(actor, 'admin');
    for (const field of ['firstAnswerHours', 'resolutionHours'] as const) {
      const hours = targets[field];
      if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_SLA_HOURS) {
        throw new Problem(supportProblems.support_sla_invalid, `${field}: must be more than 0 and at most ${MAX_SLA_HOURS} office hours`, { field: `body.${field}` });
      }
    }
    if (targets.resolutionHours < targets.firstAnswerHours) {
      throw new Problem(supportProblems.support_sla_invalid, 'resolutionHours: cannot be shorter than firstAnswerHours', { field: 'body.resolutionHours' });
    }
    const values = { ...targets, updatedAt: this.deps.clock.now(), updatedBy: actorOf(actor) };
    await db.insert(supportSlaPolicies).values({ category, ...values }).onConflictDoUpdate({ target: supportSlaPolicies.category, set: values });
    await this.deps.audit.record(db, { actor: actorOf(actor), action: 'support.sla_policy_changed', targetType: 'sla_policy', targetId: category, details: { ...targets } });
  }

  /** At intake: both timers from the ticket's creation. */
  async start(db: Database, ticket: { id: string; category: TicketCategory | null; createdAt: Date }): Promise<void> {
    const due = await this.#dueTimes(db, ticket.category, ticket.createdAt);
    await db.insert(ticketSla).values({ ticketId: ticket.id, ...due }).onConflictDoNothing();
  }

  /** The category changed: due times again from the ticket's creation, with the new category's targets. */
  async recompute(db: Database, ticket: { id: string; category: TicketCategory | null; createdAt: Date }): Promise<void> {
    const due = await this.#dueTimes(db, ticket.category, ticket.createdAt);
    await db.update(ticketSla).set(due).where(eq(ticketSla.ticketId, ticket.id));
  }

  /** A public outbound message by staff: the first one answers the ticket. */
  async answered(db: Database, ticketId: string, at: Date): Promise<void> {
    await db.update(ticketSla).set({ firstAnsweredAt: at }).where(and(eq(ticketSla.ticketId, ticketId), isNull(ticketSla.firstAnsweredAt)));
  }

  /** Reaching resolved stops the resolution timer; going back to investigation starts it again. */
  async stageChanged(db: Database, ticketId: string, stage: TicketStage, at: Date): Promise<void> {
    if (stage === 'resolved') await db.update(ticketSla).set({ resolvedAt: at }).where(and(eq(ticketSla.ticketId, ticketId), isNull(ticketSla.resolvedAt)));
    else if (stage === 'investigation') await db.update(ticketSla).set({ resolvedAt: null }).where(eq(ticketSla.ticketId, ticketId));
  }

  /** Waiting for the customer pauses the resolution timer; when it ends, the due time moves by the office time paused. */
  async statusChanged(db: Database, ticketId: string, from: TicketStatus, to: TicketStatus, at: Date): Promise<void> {
    if (to === 'waiting_customer' && from !== 'waiting_customer') {
      await db.update(ticketSla).set({ pausedAt: at }).where(and(eq(ticketSla.ticketId, ticketId), isNull(ticketSla.pausedAt)));
      return;
    }
    if (from !== 'waiting_customer' || to === 'waiting_customer') return;
    const [row] = await db.select().from(ticketSla).where(eq(ticketSla.ticketId, ticketId));
    if (!row?.pausedAt) return;
    const paused = this.deps.calendar.businessMillisBetween(row.pausedAt, at);
    const resolutionDueAt = row.resolutionBreachedAt ? row.resolutionDueAt : this.deps.calendar.addBusinessHours(row.resolutionDueAt, paused / 3_600_000);
    await db.update(ticketSla).set({ pausedAt: null, resolutionDueAt }).where(eq(ticketSla.ticketId, ticketId));
  }

  /** A ticket's timers as it shows them, or null for a ticket without (onboarding). */
  async view(db: Database, ticket: { id: string; category: TicketCategory | null }): Promise<TicketSlaView | null> {
    const [row] = await db.select().from(ticketSla).where(eq(ticketSla.ticketId, ticket.id));
    if (!row) return null;
    const now = this.deps.clock.now();
    return { category: ticket.category, firstAnswer: this.timer(row, 'firstAnswer', now), resolution: this.timer(row, 'resolution', now) };
  }

  /** One timer's state at `now`: met or breached once done; breached, running or paused before. */
  timer(row: SlaRow, name: TimerName, now: Date): SlaTimer {
    const dueAt = name === 'firstAnswer' ? row.firstAnswerDueAt : row.resolutionDueAt;
    const doneAt = name === 'firstAnswer' ? row.firstAnsweredAt : row.resolvedAt;
    if (doneAt) return { dueAt: dueAt.toISOString(), doneAt: doneAt.toISOString(), state: doneAt <= dueAt ? 'met' : 'breached', businessMsLeft: null };
    const paused = name === 'resolution' && row.pausedAt !== null;
    const from = paused ? row.pausedAt! : now;
    const businessMsLeft = Math.max(0, this.deps.calendar.businessMillisBetween(from, dueAt));
    const state: SlaState = dueAt <= from ? 'breached' : paused ? 'paused' : 'running';
    return { dueAt: dueAt.toISOString(), doneAt: null, state, businessMsLeft };
  }

  /**
   * Records every breach not recorded yet on the ticket's timeline, once: the mark is set under the row's update
   * (`… where breached_at is null`), so two sweeps, or a sweep after a restart, never record it twice. Returns how many.
   */
  async sweep(): Promise<number> {
    const now = this.deps.clock.now();
    let recorded = 0;
    for (const name of TIMERS) {
      const [due, done, breached] =
        name === 'firstAnswer'
          ? [ticketSla.firstAnswerDueAt, ticketSla.firstAnsweredAt, ticketSla.firstAnswerBreachedAt]
          : [ticketSla.resolutionDueAt, ticketSla.resolvedAt, ticketSla.resolutionBreachedAt];
      const late = await this.deps.database.db
        .select({ ticketId: ticketSla.ticketId })
        .from(ticketSla)
        .innerJoin(tickets, eq(tickets.id, ticketSla.ticketId))
        .where(and(isNull(done), isNull(breached), lt(due, now), ne(tickets.stage, 'closed'), ...(name === 'resolution' ? [isNull(ticketSla.pausedAt)] : [])));
      for (const { ticketId } of late) {
        const marked = await this.deps.database.transaction(async ({ db }) => {
          const set = name === 'firstAnswer' ? { firstAnswerBreachedAt: now } : { resolutionBreachedAt: now };
          const [row] = await db
            .update(ticketSla)
            .set(set)
            .where(and(eq(ticketSla.ticketId, ticketId), isNull(breached), isNull(done)))
            .returning();
          if (!row) return false;
          const dueAt = (name === 'firstAnswer' ? row.firstAnswerDueAt : row.resolutionDueAt).toISOString();
          await recordTicketEvent(db, this.deps.audit, SWEEPER, { ticketId, at: now, type: 'sla_breached', data: { timer: name, dueAt } });
          return true;
        });
        if (marked) recorded += 1;
      }
    }
    return recorded;
  }

  async #dueTimes(db: Database, category: TicketCategory | null, from: Date) {
    const targets = category ? (await this.policies(db))[category] : { firstAnswerHours: 10, resolutionHours: 50 };
    const { calendar } = this.deps;
    return { firstAnswerDueAt: calendar.addBusinessHours(from, targets.firstAnswerHours), resolutionDueAt: calendar.addBusinessHours(from, targets.resolutionHours) };
  }
}
