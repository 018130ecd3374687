import { and, asc, eq, gt, ne, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import type { IntegrationSource, SyncIntegration } from '../sync/index.ts';
import { integrations, type IntegrationState } from './schema.ts';

export type IntegrationRow = typeof integrations.$inferSelect;

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

  async markReconnectRequired(tx: Database, id: string, reason: string): Promise<void> {
    await this.update(tx, id, { state: 'reconnect_required', stateReason: reason });
  }
}
