import { connectorManifest } from '../../connectors/catalog.ts';
import type { AuditService } from '../../modules/audit/index.ts';
import { complaintProblems, type AnswerType, type ComplaintAnswerRow, type ComplaintLink, type ComplaintsService } from '../../modules/complaints/index.ts';
import { parseFields } from '../../modules/integrations/index.ts';
import { recordTicketEvent, ticketProblems, type SupportDesk, type Ticket, type TicketsService } from '../../modules/tickets/index.ts';
import { assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { ConnectorActions } from '../connector-actions.ts';

export interface ComplaintDeskDeps {
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditService;
  complaints: ComplaintsService;
  tickets: TicketsService;
  desk: SupportDesk;
  actions: ConnectorActions;
}

/** What an agent sends: the action and the manifest action's input but the complaint's id (the ticket says which). */
export interface AnswerInput {
  type: AnswerType;
  [field: string]: unknown;
}

const STAFF = ['admin', 'agent'] as const;

/** Answers that are words to the consumer: kept on the ticket as an outbound public message once HugMe took them. */
const TO_CONSUMER: readonly AnswerType[] = ['public_answer', 'private_message'];

const LABELS: Record<AnswerType, string> = {
  public_answer: 'Resposta pública',
  private_message: 'Mensagem privada',
  request_evaluation: 'Pedido de avaliação',
  request_moderation: 'Pedido de moderação',
};

/** Stages a complaint ticket passes through on its way to closed, from each stage (support-stages.ts's table). */
const TO_CLOSED: Record<string, readonly ('initial_analysis' | 'resolved' | 'closed')[]> = {
  received: ['initial_analysis', 'resolved', 'closed'],
  initial_analysis: ['resolved', 'closed'],
  investigation: ['resolved', 'closed'],
  escalated: ['resolved', 'closed'],
  resolved: ['closed'],
};

function presentAnswer(row: ComplaintAnswerRow) {
  return {
    id: row.id,
    ticketId: row.ticketId,
    type: row.type,
    outcome: row.outcome,
    messageId: row.messageId,
    interactionId: row.interactionId,
    providerMessage: row.providerMessage,
    problemCode: row.problemCode,
    error: row.error,
    actor: row.actor,
    at: row.at.toISOString(),
  };
}

/**
 * A complaint ticket worked from Ponte: answers sent to HugMe inside the agent's request (through ConnectorActions,
 * so under the integration's credentials and rate limit, and audited), recorded as sent only once HugMe took them;
 * closing with one of the solutions the integration allows.
 */
export class ComplaintDesk {
  constructor(private readonly deps: ComplaintDeskDeps) {}

  /** The complaint behind a ticket: its link, the allowed solutions, and every answer sent or tried. */
  async get(actor: Actor, ticketId: string) {
    const { ticket, link } = await this.#complaint(actor, ticketId);
    const db = this.deps.database.db;
    const settings = await this.deps.complaints.settingsOf(db, link.integrationId);
    const answers = await this.deps.complaints.answersOf(db, ticketId);
    return {
      ticketId: ticket.id,
      ticket: { status: ticket.status, stage: ticket.stage, priority: ticket.priority, assigneeId: ticket.assigneeId, solution: ticket.solution },
      integrationId: link.integrationId,
      complaintId: link.externalId,
      reclameAquiId: link.sourceExternalId,
      consumer: { name: link.consumerName, email: link.consumerEmail },
      raStatus: link.raStatus,
      hugmeStatus: link.hugmeStatus,
      answered: link.answered,
      rating: link.rating === null ? null : Number(link.rating),
      closedAtProvider: link.closedAt?.toISOString() ?? null,
      syncGroup: link.syncGroup,
      defaults: link.defaults,
      allowedSolutions: settings?.solutions ?? link.defaults.solutions,
      answers: answers.map(presentAnswer),
    };
  }

  /**
   * Sends one answer to HugMe now. The input is checked against the connector's action first (400 naming the field,
   * nothing sent); a refusal or an outage is recorded as a failed attempt on the timeline and returned at once as the
   * action's problem, with HugMe's own words; only an answer HugMe took is recorded as sent.
   */
  async answer(actor: Actor, ticketId: string, input: AnswerInput) {
    const { ticket, link } = await this.#complaint(actor, ticketId);
    assertRole(actor, ...STAFF);
    if (ticket.status === 'closed') throw new Problem(ticketProblems.ticket_closed, 'A closed complaint ticket sends no more answers');
    const { type, ...fields } = input;
    const action = connectorManifest('reclame-aqui').actions.find((candidate) => candidate.key === type)!;
    // The complaint's id comes from the link: an agent never names (or mistypes) another complaint.
    if ('ticketId' in fields) throw new Problem(platformProblems.validation_failed, 'body.ticketId: is not a known field', { field: 'body.ticketId' });
    if (type === 'private_message' && fields.email === undefined && link.consumerEmail) fields.email = link.consumerEmail;
    const checked = parseFields(action.input, { ...fields, ticketId: link.externalId }, 'body') as Record<string, unknown>;

    let result: Record<string, unknown>;
    try {
      ({ result } = await this.deps.actions.run(actor, link.integrationId, type, checked));
    } catch (error) {
      const problem = error instanceof Problem ? error : null;
      await this.deps.database.transaction(async ({ db }) => {
        const failed = await this.deps.complaints.recordAnswer(db, actor, {
          ticketId,
          integrationId: link.integrationId,
          type,
          outcome: 'failed',
          problemCode: problem?.type.code ?? 'internal_error',
          error: problem ? (problem.detail ?? problem.type.title) : 'The answer could not be sent',
          providerMessage: typeof problem?.extensions.providerMessage === 'string' ? problem.extensions.providerMessage : null,
        });
        await this.#timeline(db, actor, ticketId, 'complaint_answer_failed', { answerId: failed.id, type, problemCode: failed.problemCode, providerMessage: failed.providerMessage });
      });
      throw error;
    }

    const sent = await this.deps.database.transaction(async ({ db }) => {
      const message = typeof checked.message === 'string' ? checked.message : null;
      let messageId: string | null = null;
      if (message !== null) {
        const toConsumer = TO_CONSUMER.includes(type);
        const added = await this.deps.tickets.addMessage(db, actor, ticketId, {
          direction: 'outbound',
          // A moderation request is written to Reclame Aqui, not to the consumer: staff only.
          visibility: toConsumer ? 'public' : 'internal',
          to: toConsumer && link.consumerEmail ? [link.consumerEmail] : [],
          subject: LABELS[type],
          body: message,
        });
        messageId = added.message.id;
      }
      const row = await this.deps.complaints.recordAnswer(db, actor, {
        ticketId,
        integrationId: link.integrationId,
        type,
        outcome: 'sent',
        messageId,
        interactionId: typeof result.interactionId === 'string' ? result.interactionId : null,
        providerMessage: typeof result.providerMessage === 'string' ? result.providerMessage : null,
      });
      const reason = type === 'request_moderation' ? { reason: checked.reason } : {};
      await this.#timeline(db, actor, ticketId, 'complaint_answer_sent', { answerId: row.id, type, messageId, interactionId: row.interactionId, providerMessage: row.providerMessage, ...reason });
      return row;
    });
    return presentAnswer(sent);
  }

  /**
   * Closes a complaint ticket with one of the integration's solutions: it goes through the support stages still ahead
   * of it (resolved, then closed), with the solution and `complaint` as its final category.
   */
  async close(actor: Actor, ticketId: string, input: { solution: string; reason?: string | undefined }): Promise<void> {
    const { ticket, link } = await this.#complaint(actor, ticketId);
    assertRole(actor, ...STAFF);
    const stages = ticket.stage ? TO_CLOSED[ticket.stage] : undefined;
    if (!stages) throw new Problem(ticketProblems.ticket_closed, 'The complaint ticket is closed already');
    await this.deps.database.transaction(async (tx) => {
      await this.#assertAllowed(tx.db, link, input.solution);
      let first = true;
      for (const stage of stages) {
        const closing = first ? { solution: input.solution, finalCategory: 'complaint' as const } : {};
        await this.deps.desk.change(tx, actor, ticketId, { stage, reason: input.reason, ...closing });
        first = false;
      }
    });
  }

  /** The tickets module's closing check: a converted complaint closes only with one of its integration's solutions. */
  async checkClosing(db: Database, ticket: Ticket): Promise<void> {
    if (ticket.kind !== 'complaint') return;
    const link = await this.deps.complaints.linkOfTicket(db, ticket.id);
    if (link) await this.#assertAllowed(db, link, ticket.solution);
  }

  async #assertAllowed(db: Database, link: ComplaintLink, solution: string | null): Promise<void> {
    const settings = await this.deps.complaints.settingsOf(db, link.integrationId);
    const allowed = settings?.solutions ?? link.defaults.solutions;
    if (solution !== null && allowed.includes(solution)) return;
    const detail = solution === null ? 'solution: a complaint ticket closes with a solution' : `solution: "${solution}" is not one of the integration's solutions`;
    throw new Problem(complaintProblems.complaint_solution_not_allowed, `${detail}; allowed: ${allowed.join(', ')}`, { field: 'body.solution', allowedSolutions: allowed });
  }

  /** The ticket (404 when the actor cannot see it) and its complaint (404 when it is not one). */
  async #complaint(actor: Actor, ticketId: string): Promise<{ ticket: Ticket; link: ComplaintLink }> {
    const ticket = await this.deps.tickets.get(actor, ticketId);
    const link = await this.deps.complaints.linkOfTicket(this.deps.database.db, ticketId);
    if (!link) throw new Problem(complaintProblems.complaint_not_found);
    return { ticket, link };
  }

  #timeline(db: Database, actor: Actor, ticketId: string, type: string, data: Record<string, unknown>): Promise<void> {
    return recordTicketEvent(db, this.deps.audit, actor, { ticketId, at: this.deps.clock.now(), type, data });
  }
}
