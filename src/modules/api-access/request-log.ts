import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { newId } from '../../platform/ids.ts';
import { accessTokens, apiRequests, type ApiEnvironment } from './schema.ts';

export type ApiRequestEntry = Omit<typeof apiRequests.$inferInsert, 'id'>;

export interface ApiRequest {
  id: string;
  at: string;
  requestId: string;
  apiKeyId: string | null;
  userId: string | null;
  environment: ApiEnvironment | null;
  method: string;
  route: string;
  path: string;
  status: number;
  latencyMs: number;
  problemCode: string | null;
  payload: unknown;
}

export interface ApiRequestFilter {
  apiKeyId?: string | undefined;
  userId?: string | undefined;
  environment?: ApiEnvironment | undefined;
  status?: number | undefined;
  problemCode?: string | undefined;
  route?: string | undefined;
  requestId?: string | undefined;
  failedOnly?: boolean | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
}

// Writes are batched off the request path: one INSERT per flush instead of one per request.
const FLUSH_INTERVAL_MS = 200;
const FLUSH_AT_ROWS = 250;
// If the database is away, keep this many entries for the next flush; past it the oldest are dropped (and logged).
const MAX_BUFFERED = 20_000;

/** Every API request, written in batches; readers flush first so they always see their own requests. */
export class RequestLog {
  #buffer: (typeof apiRequests.$inferInsert)[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  append(entry: ApiRequestEntry): void {
    this.#buffer.push({ id: newId('apiRequest'), ...entry });
    if (this.#buffer.length >= FLUSH_AT_ROWS) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS);
  }

  /** Writes everything appended so far; resolves when it is in the database. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  async #write(): Promise<void> {
    const rows = this.#buffer;
    if (rows.length === 0) return;
    this.#buffer = [];
    try {
      await this.database.db.insert(apiRequests).values(rows);
    } catch (error) {
      this.#buffer = [...rows, ...this.#buffer];
      const dropped = this.#buffer.length - MAX_BUFFERED;
      if (dropped > 0) this.#buffer.splice(0, dropped);
      this.logger.error({ err: error, pending: this.#buffer.length, dropped: Math.max(0, dropped) }, 'could not write the request log; will retry');
      this.#timer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS * 10);
    }
  }

  async list(filter: ApiRequestFilter): Promise<ApiRequest[]> {
    await this.flush();
    const conditions: SQL[] = [];
    if (filter.apiKeyId) conditions.push(eq(apiRequests.apiKeyId, filter.apiKeyId));
    if (filter.userId) conditions.push(eq(apiRequests.userId, filter.userId));
    if (filter.environment) conditions.push(eq(apiRequests.environment, filter.environment));
    if (filter.status) conditions.push(eq(apiRequests.status, filter.status));
    if (filter.problemCode) conditions.push(eq(apiRequests.problemCode, filter.problemCode));
    if (filter.route) conditions.push(eq(apiRequests.route, filter.route));
    if (filter.requestId) conditions.push(eq(apiRequests.requestId, filter.requestId));
    if (filter.failedOnly) conditions.push(gte(apiRequests.status, 400));
    if (filter.from) conditions.push(gte(apiRequests.at, filter.from));
    if (filter.to) conditions.push(lt(apiRequests.at, filter.to));
    const rows = await this.database.db
      .select()
      .from(apiRequests)
      .where(and(...conditions))
      .orderBy(desc(apiRequests.at), desc(apiRequests.id))
      .limit(filter.limit);
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }

  /** Deletes request-log rows, and tokens expired, older than the retention period. */
  async purge(retentionDays: number): Promise<{ requests: number; tokens: number }> {
    await this.flush();
    const cutoff = new Date(this.clock.now().getTime() - retentionDays * 86_400_000);
    const requests = await this.database.db.delete(apiRequests).where(lt(apiRequests.at, cutoff)).returning({ id: apiRequests.id });
    const tokens = await this.database.db.delete(accessTokens).where(lt(accessTokens.expiresAt, cutoff)).returning({ id: accessTokens.id });
    return { requests: requests.length, tokens: tokens.length };
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
