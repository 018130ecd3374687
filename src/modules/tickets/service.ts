import { desc } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import { accountProblems, type AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { integrationProblems, type IntegrationStore } from '../integrations/index.ts';
import { supportProblems, ticketProblems } from './errors.ts';
import { redactText } from '../../platform/logging/redact.ts';
import { presentEvent, presentMessage, presentTicket, type Ticket, type TicketDetail, type TicketMessage } from './presenter.ts';
import * as queries from './queries.ts';
import type { TicketFilter, TicketRow } from './queries.ts';
import {
  setAsideMail,
  type AttachmentInfo,
  type MessageDirection,
  type MessageVisibility,
  type TicketCategory,
  type TicketKind,
  type TicketLocale,
  type TicketPriority,
  type TicketStatus,
} from './schema.ts';
import type { SupportSla } from './sla.ts';
import { recordTicketEvent } from './timeline.ts';

export interface NewTicket {
  accountId: string;
  integrationId?: string | null | undefined;
  kind: TicketKind;
  subject: string;
  /** Who the ticket answers to; by default the user acting (a customer opening one for themselves). */
  requester?: { email: string; name?: string | null | undefined } | undefined;
  locale?: TicketLocale | undefined;
  /** Support desk: the category (a suggestion the agent can change); support tickets start at `received`. */
  category?: TicketCategory | null | undefined;
  /** Default `normal`; a flow that knows better sets it (a complaint: its integration's sync group). */
  priority?: TicketPriority | undefined;
  /** The first message: from the customer when a customer opens it, else to the customer (or a note). */
  message?: ({ body: string; visibility?: MessageVisibility | undefined } & Pick<NewMessage, 'from' | 'to' | 'subject' | 'attachments' | 'mailMessageId'>) | undefined;
  /** A flow's cause (a sync failure's event type): it keeps one open ticket per integration and cause. */
  cause?: string | null | undefined;
}

/**
 * A flow's condition on closing a ticket (a complaint's solution must be one its integration allows): it throws a
 * Problem to refuse, and nothing changes.
 */
export type ClosingCheck = (db: Database, ticket: Ticket) => Promise<void>;

/** Thrown (and its transaction rolled back) when the mail a ticket would be opened with is on a ticket already. */
export class MailAlreadyTaken extends Error {
  constructor(readonly mailMessageId: string) {
    super(`The e-mail ${mailMessageId} is on a ticket already`);
    this.name = 'MailAlreadyTaken';
  }
}

export type NewSetAsideMail = Omit<typeof setAsideMail.$inferInsert, 'id' | 'receivedAt'>;

export interface NewMessage {
  direction: MessageDirection;
  visibility: MessageVisibility;
  from?: string | null | undefined;
  to?: string[] | undefined;
  subject?: string | null | undefined;
  body: string;
  attachments?: AttachmentInfo[] | undefined;
  /** The e-mail's Message-ID: a second message with the same one is not added (the first is returned). */
  mailMessageId?: string | null | undefined;
  /** An outbound public message that asks the customer for something: the ticket then waits for them. */
  awaitCustomer?: boolean | undefined;
}

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditService;
  accounts: AccountsService;
  /** Where a ticket's integration is looked up: it must belong to the ticket's account. */
  integrations: Pick<IntegrationStore, 'find'>;
  /** SLA timers of support desk tickets (every kind but onboarding). */
  sla?: SupportSla | undefined;
}

/** Who may change a ticket's status or assignee: staff, and Ponte's own flows acting for jobs or providers. */
const WORKERS = ['admin', 'agent', 'system', 'provider'] as const;

/** Why a status changed, for the timeline's reader to word: set by someone, or moved by a message. */
type StatusCause = 'set' | 'customer_answered' | 'awaiting_customer';

const isInternalMessageEvent = (event: { type: string; data: Record<string, unknown> }) => event.type === 'message_added' && event.data.visibility === 'internal';

/**
 * Support tickets: opened for an account (by onboarding flows, staff or the customer), with the messages exchanged
 * (e-mails in and out, portal replies, internal notes) and a timeline of every change. Methods that flows call inside
 * their own transaction take its handle first; every change is audited and lands on the ticket's timeline.
 */
export class TicketsService {
  readonly #closingChecks: ClosingCheck[] = [];

  constructor(private readonly deps: Deps) {}

  /** Adds a flow's check, run whenever a ticket is about to close (by status or by the support desk's stage). */
  addClosingCheck(check: ClosingCheck): void {
    this.#closingChecks.push(check);
  }

  /** Runs the flows' closing checks on a ticket about to close. */
  async assertMayClose(db: Database, row: TicketRow): Promise<void> {
    for (const check of this.#closingChecks) await check(db, presentTicket(row));
  }

  async open(db: Database, actor: Actor, input: NewTicket): Promise<Ticket> {
    if (!canSeeAccount(actor, input.accountId) || !(await this.deps.accounts.findAccount(db, input.accountId))) {
      throw new Problem(accountProblems.account_not_found, undefined, { field: 'body.accountId' });
    }
    if (input.integrationId) {
      const integration = await this.deps.integrations.find(db, input.integrationId);
      if (!integration || integration.accountId !== input.accountId) {
        throw new Problem(integrationProblems.integration_not_found, 'The integration is not one of the ticket’s account', { field: 'body.integrationId' });
      }
    }
    if (input.message?.visibility === 'internal') assertRole(actor, ...WORKERS);
    const requester = input.requester ?? (await this.#requesterOf(db, actor));
    const now = this.deps.clock.now();
    const row = await queries.insertTicket(db, {
      id: newId('ticket'),
      accountId: input.accountId,
      integrationId: input.integrationId ?? null,
      kind: input.kind,
      subject: input.subject,
      status: 'open',
      assigneeId: null,
      requesterEmail: requester.email,
      requesterName: requester.name ?? null,
      locale: input.locale ?? 'pt-BR',
      createdAt: now,
      updatedAt: now,
      lastMessageAt: null,
      // Onboarding tickets follow their status; the others walk the support desk's stages, with its team first.
      category: input.category ?? (input.kind === 'onboarding' ? 'onboarding' : null),
      stage: input.kind === 'onboarding' ? null : 'received',
      team: input.kind === 'onboarding' ? null : 'support',
      priority: input.priority ?? 'normal',
      solution: null,
      finalCategory: null,
      confirmedByRequester: null,
      cause: input.cause ?? null,
    });
    if (row.stage !== null) await this.deps.sla?.start(db, row);
    await this.#record(db, actor, row.id, now, 'created', { kind: row.kind, subject: row.subject, integrationId: row.integrationId });
    if (!input.message) return presentTicket(row);
    const direction = actor.role === 'customer' ? 'inbound' : 'outbound';
    const { ticket, created } = await this.#addMessage(db, actor, row, { ...input.message, direction, visibility: input.message.visibility ?? 'public' }, now);
    // The same e-mail opened a ticket meanwhile (delivered twice at once): this one must not exist.
    if (!created) throw new MailAlreadyTaken(input.message.mailMessageId!);
    return ticket;
  }

  /** Adds a message; one whose mail Message-ID is known already is returned as it was (`created: false`). */
  async addMessage(db: Database, actor: Actor, ticketId: string, input: NewMessage): Promise<{ message: TicketMessage; created: boolean }> {
    const row = await this.#ticket(db, actor, ticketId);
    if (input.visibility === 'internal' || input.direction === 'outbound') assertRole(actor, ...WORKERS);
    if (input.mailMessageId) {
      const known = await queries.findMessageByMailId(db, input.mailMessageId);
      if (known) return { message: presentMessage(known), created: false };
    }
    const { message, created } = await this.#addMessage(db, actor, row, input, this.deps.clock.now());
    // The first answer of the SLA: staff writing to the customer (the message a ticket is opened with does not count).
    if (created && input.direction === 'outbound' && input.visibility === 'public' && (actor.role === 'admin' || actor.role === 'agent')) {
      await this.deps.sla?.answered(db, row.id, new Date(message.createdAt));
    }
    return { message, created };
  }

  async setStatus(db: Database, actor: Actor, ticketId: string, status: TicketStatus, reason?: string | null): Promise<Ticket> {
    const row = await this.#ticket(db, actor, ticketId);
    assertRole(actor, ...WORKERS);
    if (row.status === 'closed' && status !== 'closed') throw new Problem(ticketProblems.ticket_closed, 'A closed ticket stays closed: open a new one', { field: 'body.status' });
    if (row.status === status) return presentTicket(row);
    // A ticket walking the desk's stages is resolved and closed by its stage, with the solution and classification.
    if (row.stage !== null && (status === 'resolved' || status === 'closed')) {
      throw new Problem(supportProblems.support_stage_conflict, `A ${row.kind} ticket is ${status} through its stage: PATCH /v1/support/tickets/${row.id} with stage ${status}`, {
        field: 'body.status',
        stage: row.stage,
        requestedStage: status,
      });
    }
    if (status === 'closed') await this.assertMayClose(db, row);
    return presentTicket(await this.#changeStatus(db, actor, row, status, { reason: reason ?? null, cause: 'set' }, this.deps.clock.now()));
  }

  /** Gives the ticket to an admin or agent user, or to nobody (null). */
  async assign(db: Database, actor: Actor, ticketId: string, userId: string | null): Promise<Ticket> {
    const row = await this.#ticket(db, actor, ticketId);
    assertRole(actor, ...WORKERS);
    if (userId !== null) {
      const user = userId.startsWith('usr_') ? await this.deps.accounts.findUser(db, userId) : null;
      if (!user || (user.role !== 'admin' && user.role !== 'agent')) {
        throw new Problem(ticketProblems.ticket_assignee_invalid, `${userId} is not an admin or agent user`, { field: 'body.assigneeId' });
      }
    }
    if (row.assigneeId === userId) return presentTicket(row);
    const now = this.deps.clock.now();
    const updated = await queries.updateTicket(db, row.id, { assigneeId: userId, updatedAt: now });
    await this.#record(db, actor, row.id, now, 'assigned', { from: row.assigneeId, to: userId });
    return presentTicket(updated);
  }

  /** One ticket with its messages and timeline; a customer sees its own account's only, and never internal notes. */
  async get(actor: Actor, id: string): Promise<TicketDetail> {
    const db = this.deps.database.db;
    const row = await this.#ticket(db, actor, id);
    const staff = actor.role !== 'customer';
    const [messages, events] = await Promise.all([queries.messagesOf(db, id, { withInternal: staff }), queries.eventsOf(db, id)]);
    return {
      ...presentTicket(row),
      messages: messages.map(presentMessage),
      timeline: events.filter((event) => staff || !isInternalMessageEvent(event)).map(presentEvent),
    };
  }

  /** Tickets in id order; a customer's are its own account's whatever the filter says. */
  async list(actor: Actor, filter: TicketFilter): Promise<Ticket[]> {
    const scoped = actor.role === 'customer' ? { ...filter, accountId: actor.accountId ?? '' } : filter;
    return (await queries.listTickets(this.deps.database.db, scoped)).map(presentTicket);
  }

  /** Keeps an e-mail no ticket can take, with why, for an agent to look at. */
  async setAside(db: Database, mail: NewSetAsideMail): Promise<string> {
    const id = newId('setAsideMail');
    // Mail from anyone may carry a key or a token pasted in: kept redacted, as tickets' messages are.
    await db.insert(setAsideMail).values({ id, receivedAt: this.deps.clock.now(), ...mail, subject: redactText(mail.subject), body: redactText(mail.body) });
    return id;
  }

  /** The e-mail kept aside, newest first (staff). */
  async listSetAside(actor: Actor, limit: number) {
    assertRole(actor, 'admin', 'agent');
    const rows = await this.deps.database.db.select().from(setAsideMail).orderBy(desc(setAsideMail.receivedAt)).limit(limit);
    return rows.map((row) => ({ ...row, envelopeTo: row.envelopeTo as string[], receivedAt: row.receivedAt.toISOString() }));
  }

  /** The integration's first ticket of the kind that is not closed (an onboarding's own ticket, even once resolved). */
  async findFirstFor(db: Database, integrationId: string, kind: TicketKind): Promise<Ticket | null> {
    const row = await queries.findFirstTicket(db, integrationId, kind);
    return row ? presentTicket(row) : null;
  }

  /** The integration's newest ticket of that kind and cause that is not closed, if any. */
  async findNotClosedFor(db: Database, integrationId: string, kind: TicketKind, cause: string): Promise<Ticket | null> {
    const row = await queries.findNotClosedTicket(db, integrationId, kind, cause);
    return row ? presentTicket(row) : null;
  }

  /** Whether a message with that e-mail Message-ID was added already (a mail delivered twice). */
  async hasMailMessage(db: Database, mailMessageId: string): Promise<boolean> {
    return (await queries.findMessageByMailId(db, mailMessageId)) !== null;
  }

  /** The integration's newest ticket of that kind that is still open or waiting, if any. */
  async findOpenFor(db: Database, integrationId: string, kind: TicketKind): Promise<Ticket | null> {
    const row = await queries.findUnfinishedTicket(db, integrationId, kind);
    return row ? presentTicket(row) : null;
  }

  async #ticket(db: Database, actor: Actor, id: string): Promise<TicketRow> {
    const row = await queries.findTicket(db, id);
    if (!row || !canSeeAccount(actor, row.accountId)) throw new Problem(ticketProblems.ticket_not_found);
    return row;
  }

  async #requesterOf(db: Database, actor: Actor): Promise<{ email: string; name: string }> {
    const user = actor.userId ? await this.deps.accounts.findUser(db, actor.userId) : null;
    if (!user) throw new Problem(platformProblems.validation_failed, 'requester: is required when no user opens the ticket', { field: 'body.requester' });
    return { email: user.email, name: user.name };
  }

  async #addMessage(db: Database, actor: Actor, row: TicketRow, input: NewMessage, now: Date): Promise<{ message: TicketMessage; created: boolean; ticket: Ticket }> {
    if (row.status === 'closed') throw new Problem(ticketProblems.ticket_closed, 'A closed ticket takes no more messages: open a new one');
    const inserted = await queries.insertMessage(db, {
      id: newId('ticketMessage'),
      ticketId: row.id,
      direction: input.direction,
      visibility: input.visibility,
      author: actorOf(actor),
      fromAddress: input.from ?? null,
      toAddresses: input.to ?? null,
      subject: input.subject ?? null,
      body: input.body,
      attachments: input.attachments ?? [],
      mailMessageId: input.mailMessageId ?? null,
      createdAt: now,
    });
    if (!inserted) {
      // The same e-mail, delivered twice at once: the other delivery added it.
      const known = await queries.findMessageByMailId(db, input.mailMessageId!);
      return { message: presentMessage(known!), created: false, ticket: presentTicket(row) };
    }
    await this.#record(db, actor, row.id, now, 'message_added', { messageId: inserted.id, direction: inserted.direction, visibility: inserted.visibility });
    const isPublic = input.visibility === 'public';
    let updated = await queries.updateTicket(db, row.id, { updatedAt: now, ...(isPublic ? { lastMessageAt: now } : {}) });
    const next = isPublic ? this.#statusAfter(row.status, input) : null;
    if (next) updated = await this.#changeStatus(db, actor, updated, next.status, { reason: null, cause: next.cause }, now);
    return { message: presentMessage(inserted), created: true, ticket: presentTicket(updated) };
  }

  /** A customer's answer puts the ticket back in the agents' hands; a question to them makes it wait for them. */
  #statusAfter(status: TicketStatus, message: NewMessage): { status: TicketStatus; cause: StatusCause } | null {
    if (message.direction === 'inbound' && (status === 'waiting_customer' || status === 'resolved')) return { status: 'open', cause: 'customer_answered' };
    if (message.direction === 'outbound' && message.awaitCustomer && status !== 'waiting_customer') return { status: 'waiting_customer', cause: 'awaiting_customer' };
    return null;
  }

  async #changeStatus(db: Database, actor: Actor, row: TicketRow, status: TicketStatus, why: { reason: string | null; cause: StatusCause }, now: Date): Promise<TicketRow> {
    const updated = await queries.updateTicket(db, row.id, { status, updatedAt: now });
    await this.deps.sla?.statusChanged(db, row.id, row.status, status, now);
    await this.#record(db, actor, row.id, now, 'status_changed', { from: row.status, to: status, ...why });
    return updated;
  }

  /** A change on the ticket's timeline and in the audit log, in the caller's transaction. */
  async #record(db: Database, actor: Actor, ticketId: string, at: Date, type: string, data: Record<string, unknown>): Promise<void> {
    await recordTicketEvent(db, this.deps.audit, actor, { ticketId, at, type, data });
  }
}
