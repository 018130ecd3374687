import { actorOf, type Actor } from '../../platform/actor.ts';
import type { Database } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/index.ts';
import * as queries from './queries.ts';

/** A change on the ticket's timeline and in the audit log, in the caller's transaction. */
export async function recordTicketEvent(
  db: Database,
  audit: AuditService,
  actor: Actor,
  event: { ticketId: string; at: Date; type: string; data: Record<string, unknown> },
): Promise<void> {
  const { ticketId, at, type, data } = event;
  await queries.insertEvent(db, { id: newId('ticketEvent'), ticketId, at, actor: actorOf(actor), type, data });
  await audit.record(db, { actor: actorOf(actor), action: `ticket.${type}`, targetType: 'ticket', targetId: ticketId, details: data });
}
