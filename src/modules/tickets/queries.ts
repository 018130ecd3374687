import { and, asc, desc, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/database/database.ts';
import { ticketEvents, ticketMessages, tickets, type TicketKind, type TicketStatus } from './schema.ts';

export type TicketRow = typeof tickets.$inferSelect;
export type MessageRow = typeof ticketMessages.$inferSelect;
export type EventRow = typeof ticketEvents.$inferSelect;

/** The statuses of a ticket someone still has to act on. */
const UNFINISHED_STATUSES: TicketStatus[] = ['open', 'waiting_customer', 'waiting_provider'];

export interface TicketFilter {
  accountId?: string | undefined;
  integrationId?: string | undefined;
  kind?: TicketKind | undefined;
  status?: TicketStatus | undefined;
  assigneeId?: string | undefined;
  /** Only tickets whose id sorts after this one: the previous page's last id. */
  after?: string | undefined;
  limit: number;
}

export async function findTicket(db: Database, id: string): Promise<TicketRow | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  return row ?? null;
}

export async function insertTicket(db: Database, row: TicketRow): Promise<TicketRow> {
  const [inserted] = await db.insert(tickets).values(row).returning();
  return inserted!;
}

export async function updateTicket(db: Database, id: string, changes: Partial<Omit<TicketRow, 'id' | 'accountId' | 'kind' | 'createdAt'>>): Promise<TicketRow> {
  const [row] = await db.update(tickets).set(changes).where(eq(tickets.id, id)).returning();
  return row!;
}

export async function listTickets(db: Database, filter: TicketFilter): Promise<TicketRow[]> {
  const conditions: SQL[] = [];
  if (filter.accountId) conditions.push(eq(tickets.accountId, filter.accountId));
  if (filter.integrationId) conditions.push(eq(tickets.integrationId, filter.integrationId));
  if (filter.kind) conditions.push(eq(tickets.kind, filter.kind));
  if (filter.status) conditions.push(eq(tickets.status, filter.status));
  if (filter.assigneeId) conditions.push(eq(tickets.assigneeId, filter.assigneeId));
  if (filter.after) conditions.push(gt(tickets.id, filter.after));
  return db
    .select()
    .from(tickets)
    .where(and(...conditions))
    .orderBy(asc(tickets.id))
    .limit(filter.limit);
}

/** The integration's first ticket of that kind that is not closed: the one its onboarding opened and keeps writing to. */
export async function findFirstTicket(db: Database, integrationId: string, kind: TicketKind): Promise<TicketRow | null> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.integrationId, integrationId), eq(tickets.kind, kind), ne(tickets.status, 'closed')))
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .limit(1);
  return row ?? null;
}

/** The integration's newest ticket of that kind that is not resolved or closed. */
export async function findUnfinishedTicket(db: Database, integrationId: string, kind: TicketKind): Promise<TicketRow | null> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.integrationId, integrationId), eq(tickets.kind, kind), inArray(tickets.status, UNFINISHED_STATUSES)))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(1);
  return row ?? null;
}

/** The integration's newest ticket of that kind and cause whose stage is not closed. */
export async function findNotClosedTicket(db: Database, integrationId: string, kind: TicketKind, cause: string): Promise<TicketRow | null> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.integrationId, integrationId), eq(tickets.kind, kind), eq(tickets.cause, cause), ne(tickets.stage, 'closed')))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(1);
  return row ?? null;
}

/** Inserts a message unless one with its mail Message-ID exists already; null then. */
export async function insertMessage(db: Database, row: Omit<MessageRow, 'seq'>): Promise<MessageRow | null> {
  const [inserted] = await db.insert(ticketMessages).values(row).onConflictDoNothing({ target: ticketMessages.mailMessageId }).returning();
  return inserted ?? null;
}

export async function findMessageByMailId(db: Database, mailMessageId: string): Promise<MessageRow | null> {
  const [row] = await db.select().from(ticketMessages).where(eq(ticketMessages.mailMessageId, mailMessageId));
  return row ?? null;
}

export async function messagesOf(db: Database, ticketId: string, options: { withInternal: boolean }): Promise<MessageRow[]> {
  const conditions = [eq(ticketMessages.ticketId, ticketId)];
  if (!options.withInternal) conditions.push(eq(ticketMessages.visibility, 'public'));
  return db
    .select()
    .from(ticketMessages)
    .where(and(...conditions))
    .orderBy(asc(ticketMessages.seq));
}

export async function insertEvent(db: Database, row: Omit<EventRow, 'seq'>): Promise<void> {
  await db.insert(ticketEvents).values(row);
}

export async function eventsOf(db: Database, ticketId: string): Promise<EventRow[]> {
  return db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.seq));
}
