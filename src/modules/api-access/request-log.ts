import { and, countDistinct, count, desc, eq, gte, inArray, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { bulkInsert } from '../../platform/database/bulk-insert.ts';
import { isDataRefusal, sqlStateOf } from '../../platform/database/query-errors.ts';
import { newId } from '../../platform/ids.ts';
import { accessTokens, apiKeys, apiKeyUsers, apiRequests, type ApiEnvironment } from './schema.ts';

export type ApiRequestEntry = Omit<typeof apiRequests.$inferInsert, 'id'>;

export interface ApiRequest {
  id: string;
  at: string;
  requestId: string;
  apiKeyId: string | null;
  tokenId: string | null;
  userId: string | null;
  environment: ApiEnvironment | null;
  /** The partner API the request went to; null for Ponte's own. */
  partnerApiId: string | null;
  method: string;
  route: string;
  path: string;
  status: number;
  latencyMs: number;
  problemCode: string | null;
  /** Failures only: the problem's detail as answered, secrets redacted, truncated. */
  errorMessage: string | null;
  payload: unknown;
}

/** A logged request with what the support desk needs of its key: the masked key, its state and its users. */
export interface LoggedRequest extends ApiRequest {
  apiKey: {
    id: string;
    displayPrefix: string;
    environment: ApiEnvironment;
    status: 'active' | 'revoked';
    revokedAt: string | null;
    partnerApiId: string | null;
    userIds: string[];
  } | null;
}

/** Which API's rows to read: a partner API's id, null for Ponte's own, absent for both. */
export interface PartnerApiFilter {
  partnerApiId?: string | null | undefined;
}

const partnerApiCondition = (partnerApiId: string | null): SQL =>
  partnerApiId === null ? isNull(apiRequests.partnerApiId) : eq(apiRequests.partnerApiId, partnerApiId);

export interface ApiRequestFilter extends PartnerApiFilter {
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
const FLUSH_AT_ROWS = 1000;
// While the database is away, retry this often and keep this many entries; past it the oldest are dropped (counted).
const RETRY_INTERVAL_MS = 2000;
const MAX_BUFFERED = 20_000;

type Row = typeof apiRequests.$inferInsert;

/** Told of request-log rows that could not be written and were given up (the `/metrics` counter). */
export interface RequestLogObserver {
  requestLogRowsDropped(reason: 'refused' | 'overflow' | 'shutdown', count: number): void;
}

/** Every API request, written in batches; readers flush first so they always see their own requests. */
export class RequestLog {
  #buffer: Row[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #closed = false;
  #failing = false;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly observer?: RequestLogObserver,
  ) {}

  append(entry: ApiRequestEntry): void {
    this.#buffer.push({ id: newId('apiRequest'), ...entry });
    if (this.#buffer.length >= FLUSH_AT_ROWS && !this.#failing) void this.flush();
    else this.#schedule(this.#failing ? RETRY_INTERVAL_MS : FLUSH_INTERVAL_MS);
  }

  /** Writes everything appended so far; resolves when it is in the database (or given up, see `#write`). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  #schedule(delayMs: number): void {
    if (this.#closed || this.#timer) return;
    // The log never keeps a process alive: shutdown flushes it once more.
    this.#timer = setTimeout(() => void this.flush(), delayMs).unref();
  }

  async #write(): Promise<void> {
    const rows = this.#buffer;
    if (rows.length === 0) return;
    this.#buffer = [];
    const { unwritten, error } = await this.#insert(rows);
    if (unwritten.length === 0) {
      if (this.#failing) this.logger.info({ written: rows.length }, 'the request log is written again');
      this.#failing = false;
      return;
    }
    this.#buffer = [...unwritten, ...this.#buffer];
    const overflow = this.#buffer.length - MAX_BUFFERED;
    if (overflow > 0) {
      this.#buffer.splice(0, overflow);
      this.observer?.requestLogRowsDropped('overflow', overflow);
    }
    // Once per outage, and without the rows: they are the requests of many callers.
    if (!this.#failing) this.logger.error({ err: error, pending: this.#buffer.length }, 'could not write the request log; will retry');
    this.#failing = true;
    this.#schedule(RETRY_INTERVAL_MS);
  }

  /**
   * Inserts the rows. A row the database refuses (SQLSTATE 22 or 23: it would fail on every retry) is found by
   * splitting the batch, and dropped, so it never holds back the rows beside it. On any other failure (the database
   * away) it stops and returns what is still unwritten, to be retried whole.
   */
  async #insert(rows: Row[]): Promise<{ unwritten: Row[]; error?: unknown }> {
    try {
      await bulkInsert(this.database.db, apiRequests, rows);
      return { unwritten: [] };
    } catch (error) {
      if (!isDataRefusal(error)) return { unwritten: rows, error };
      if (rows.length === 1) {
        this.logger.warn({ requestId: rows[0]!.requestId, route: rows[0]!.route, sqlState: sqlStateOf(error) }, 'the database refused a request-log row; it is dropped');
        this.observer?.requestLogRowsDropped('refused', 1);
        return { unwritten: [] };
      }
      const middle = Math.ceil(rows.length / 2);
      const first = await this.#insert(rows.slice(0, middle));
      if (first.unwritten.length > 0) return { unwritten: [...first.unwritten, ...rows.slice(middle)], error: first.error };
      return this.#insert(rows.slice(middle));
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
    if (filter.partnerApiId !== undefined) conditions.push(partnerApiCondition(filter.partnerApiId));
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

  /**
   * The requests logged under an `x-request-id`, newest first. Callers choose that id, so different callers may have
   * used the same one: the caller of this decides which row is theirs (the support desk: by account).
   */
  async findByRequestId(requestId: string, filter: PartnerApiFilter = {}): Promise<LoggedRequest[]> {
    const rows = await this.list({ requestId, partnerApiId: filter.partnerApiId, limit: 20 });
    const keyIds = [...new Set(rows.flatMap((row) => (row.apiKeyId ? [row.apiKeyId] : [])))];
    if (keyIds.length === 0) return rows.map((row) => ({ ...row, apiKey: null }));
    const keys = await this.database.db.select().from(apiKeys).where(inArray(apiKeys.id, keyIds));
    const links = await this.database.db.select().from(apiKeyUsers).where(inArray(apiKeyUsers.apiKeyId, keyIds));
    return rows.map((row) => {
      const key = keys.find((candidate) => candidate.id === row.apiKeyId);
      if (!key) return { ...row, apiKey: null };
      const userIds = links.filter((link) => link.apiKeyId === key.id).map((link) => link.userId);
      return {
        ...row,
        apiKey: {
          id: key.id,
          displayPrefix: key.displayPrefix,
          environment: key.environment,
          status: key.status,
          revokedAt: key.revokedAt?.toISOString() ?? null,
          partnerApiId: key.partnerApiId,
          userIds,
        },
      };
    });
  }

  /**
   * How many requests of one API answered `problemCode` in a period, through how many other keys and users: the
   * neighbourhood of a failure (the same problem for other partners at once points at an incident, not at them).
   * Requests with no key (an unknown one) count as requests only. The partner asking is left out: its key, its user
   * (through any key, or a console token) and the request itself.
   */
  async othersWithProblem(query: {
    problemCode: string;
    partnerApiId: string | null;
    from: Date;
    to: Date;
    excludeApiKeyId: string | null;
    excludeUserId?: string | null | undefined;
    excludeRequestId?: string | undefined;
  }): Promise<{ requests: number; apiKeys: number; users: number }> {
    await this.flush();
    const conditions: SQL[] = [
      eq(apiRequests.problemCode, query.problemCode),
      partnerApiCondition(query.partnerApiId),
      gte(apiRequests.at, query.from),
      lt(apiRequests.at, query.to),
    ];
    if (query.excludeApiKeyId !== null) conditions.push(or(isNull(apiRequests.apiKeyId), ne(apiRequests.apiKeyId, query.excludeApiKeyId))!);
    if (query.excludeUserId) conditions.push(or(isNull(apiRequests.userId), ne(apiRequests.userId, query.excludeUserId))!);
    if (query.excludeRequestId) conditions.push(ne(apiRequests.requestId, query.excludeRequestId));
    const [row] = await this.database.db
      .select({ requests: count(), apiKeys: countDistinct(apiRequests.apiKeyId), users: countDistinct(apiRequests.userId) })
      .from(apiRequests)
      .where(and(...conditions));
    return { requests: row?.requests ?? 0, apiKeys: row?.apiKeys ?? 0, users: row?.users ?? 0 };
  }

  /** Deletes request-log rows, and tokens expired, older than the retention period. */
  async purge(retentionDays: number): Promise<{ requests: number; tokens: number }> {
    await this.flush();
    const cutoff = new Date(this.clock.now().getTime() - retentionDays * 86_400_000);
    const requests = await this.database.db.delete(apiRequests).where(lt(apiRequests.at, cutoff)).returning({ id: apiRequests.id });
    const tokens = await this.database.db.delete(accessTokens).where(lt(accessTokens.expiresAt, cutoff)).returning({ id: accessTokens.id });
    return { requests: requests.length, tokens: tokens.length };
  }

  /** Writes what is buffered one last time; what the database still cannot take is counted and given up. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
    clearTimeout(this.#timer);
    const lost = this.#buffer.length;
    if (lost > 0) {
      this.#buffer = [];
      this.observer?.requestLogRowsDropped('shutdown', lost);
      this.logger.error({ lost }, 'request-log rows could not be written before shutdown');
    }
  }
}
