import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import { auditLog } from './schema.ts';

export interface AuditEntryInput {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

export interface AuditEntry extends AuditEntryInput {
  id: string;
  at: string;
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  targetId?: string | undefined;
  before?: Date | undefined;
  limit: number;
}

/** The append-only record of admin actions: who did what to which thing, and when. */
export class AuditService {
  constructor(private readonly clock: Clock) {}

  /** Records an entry; pass the caller's transaction so the entry exists exactly when the change does. */
  async record(db: Database, entry: AuditEntryInput): Promise<void> {
    await db.insert(auditLog).values({ id: newId('auditEntry'), at: this.clock.now(), ...entry, details: entry.details ?? null });
  }

  async list(db: Database, filter: AuditFilter): Promise<AuditEntry[]> {
    const conditions: SQL[] = [];
    if (filter.actor) conditions.push(eq(auditLog.actor, filter.actor));
    if (filter.action) conditions.push(eq(auditLog.action, filter.action));
    if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));
    if (filter.before) conditions.push(lt(auditLog.at, filter.before));
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(...conditions))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(filter.limit);
    return rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      ...(row.details ? { details: row.details as Record<string, unknown> } : {}),
    }));
  }
}
