import { and, asc, desc, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import type { IntegrationSource, SyncIntegration } from '../sync/index.ts';
import { newId } from '../../platform/ids.ts';
import { integrations, integrationStepTimers, integrationTransitions, type IntegrationState } from './schema.ts';

export type IntegrationRow = typeof integrations.$inferSelect;

/** One step of an integration's timeline. */
export interface Transition {
  id: string;
  at: string;
  from: IntegrationState | null;
  to: IntegrationState;
  actor: string;
  reason: string | null;
  ticketId: string | null;
  messageId: string | null;
  data: Record<string, unknown>;
}

type NewTransition = Omit<typeof integrationTransitions.$inferInsert, 'id' | 'at'>;

export interface IntegrationFilter {
  accountId?: string | undefined;
  connector?: string | undefined;
  state?: IntegrationState | undefined;
  environment?: 'sandbox' | 'production' | undefined;
  /** Only integrations whose id sorts after this one: the previous page's last id. */
  after?: string | undefined;
  limit?: number | undefined;
}

/** The integrations table's queries; also what the sync engine reads integrations through. */
export class IntegrationStore implements IntegrationSource {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async find(db: Database, id: string): Promise<IntegrationRow | null> {
    const [row] = await db.select().from(integrations).where(eq(integrations.id, id));
    return row ?? null;
  }

  /** Each integration's connector, by id (the notification dispatcher matches catalog rules to events with it). */
  async connectorsOf(db: Database, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.select({ id: integrations.id, connector: integrations.connector }).from(integrations).where(inArray(integrations.id, ids));
    return new Map(rows.map((row) => [row.id, row.connector]));
  }

  /** The row, locked until the caller's transaction ends: lifecycle moves read the state they start from here. */
  async findForUpdate(db: Database, id: string): Promise<IntegrationRow | null> {
    const [row] = await db.select().from(integrations).where(eq(integrations.id, id)).for('update');
    return row ?? null;
  }

  async list(filter: IntegrationFilter): Promise<IntegrationRow[]> {
    const conditions: SQL[] = [ne(integrations.state, 'cancelled')];
    if (filter.accountId) conditions.push(eq(integrations.accountId, filter.accountId));
    if (filter.connector) conditions.push(eq(integrations.connector, filter.connector));
    if (filter.state) conditions.push(eq(integrations.state, filter.state));
    if (filter.environment) conditions.push(eq(integrations.environment, filter.environment));
    if (filter.after) conditions.push(gt(integrations.id, filter.after));
    return this.db
      .select()
      .from(integrations)
      .where(and(...conditions))
      .orderBy(asc(integrations.id))
      .limit(filter.limit ?? 100);
  }

  async insert(db: Database, row: Omit<IntegrationRow, 'createdAt' | 'updatedAt'>): Promise<IntegrationRow> {
    const now = this.clock.now();
    const [inserted] = await db.insert(integrations).values({ ...row, createdAt: now, updatedAt: now }).returning();
    return inserted!;
  }

  async update(db: Database, id: string, changes: Partial<Pick<IntegrationRow, 'state' | 'stateReason' | 'config' | 'credentialId'>>): Promise<IntegrationRow> {
    const [row] = await db.update(integrations).set({ ...changes, updatedAt: this.clock.now() }).where(eq(integrations.id, id)).returning();
    return row!;
  }

  async get(id: string, db: Database = this.db): Promise<SyncIntegration | null> {
    const row = await this.find(db, id);
    return row ? { ...row, config: row.config as Record<string, unknown> } : null;
  }

  /** The sync engine's move when the provider refuses the credentials: true when it moved (the engine then emits the event). */
  async markReconnectRequired(tx: Database, id: string, reason: string): Promise<boolean> {
    const current = await this.findForUpdate(tx, id);
    // Only a running integration loses its credentials (LIFECYCLE: active → reconnect_required); a sync that ends after
    // a pause or a cancellation changes nothing.
    if (current?.state !== 'active') return false;
    await this.update(tx, id, { state: 'reconnect_required', stateReason: reason });
    await this.recordTransition(tx, { integrationId: id, accountId: current.accountId, fromState: current.state, toState: 'reconnect_required', actor: 'system:sync', reason, data: {} });
    return true;
  }

  async recordTransition(db: Database, transition: NewTransition): Promise<void> {
    await db.insert(integrationTransitions).values({ id: newId('integrationTransition'), at: this.clock.now(), ...transition });
  }

  /** Marks the step's timer fired; false when it had fired already. */
  async markTimerFired(db: Database, integrationId: string, transitionId: string, timer: string): Promise<boolean> {
    const rows = await db.insert(integrationStepTimers).values({ transitionId, timer, integrationId, firedAt: this.clock.now() }).onConflictDoNothing().returning({ timer: integrationStepTimers.timer });
    return rows.length === 1;
  }

  async latestTransitionId(db: Database, integrationId: string): Promise<string | null> {
    const [row] = await db.select({ id: integrationTransitions.id }).from(integrationTransitions).where(eq(integrationTransitions.integrationId, integrationId)).orderBy(desc(integrationTransitions.seq)).limit(1);
    return row?.id ?? null;
  }

  async transitions(db: Database, integrationId: string): Promise<Transition[]> {
    const rows = await db.select().from(integrationTransitions).where(eq(integrationTransitions.integrationId, integrationId)).orderBy(asc(integrationTransitions.seq));
    return rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      from: row.fromState,
      to: row.toState,
      actor: row.actor,
      reason: row.reason,
      ticketId: row.ticketId,
      messageId: row.messageId,
      data: row.data as Record<string, unknown>,
    }));
  }
}
