import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import type { Signals } from '../../platform/database/signals.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import { events, type EventOrigin } from './schema.ts';

export interface NewEvent {
  accountId: string;
  integrationId?: string | null;
  environment: 'sandbox' | 'production';
  type: string;
  subjectModel?: string | null;
  subjectId?: string | null;
  data: Record<string, unknown>;
  /** Default `live`; `history` for what a backfill finds in the provider's past. */
  origin?: EventOrigin;
}

export interface Event {
  id: string;
  type: string;
  accountId: string;
  integrationId: string | null;
  environment: 'sandbox' | 'production';
  subject: { model: string; id: string } | null;
  data: Record<string, unknown>;
  origin: EventOrigin;
  occurredAt: string;
}

export interface EventPage {
  data: Event[];
  /** Pass back as `cursor` to get what came after; present even on the last page, to poll for new events. */
  nextCursor: string;
}

export interface EventFilter {
  accountId?: string | undefined;
  integrationId?: string | undefined;
  type?: string | undefined;
  environment?: 'sandbox' | 'production' | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** A position in the event order: the writing transaction, then the sequence number within it. */
interface Position {
  txId: string;
  seq: number;
}

const START: Position = { txId: '0', seq: 0 };

/**
 * The first transaction id whose events readers may not see yet: the oldest transaction still running in this
 * database (or, when none runs, the first id not yet given out). Transaction ids are shared by the whole cluster,
 * so `pg_snapshot_xmin` would wait on a transaction left open in any other database too; those are recognised by
 * their backend in `pg_stat_activity` and stepped over. A running transaction not recognised as another database's
 * (it ended since the snapshot, or it is prepared) still holds readers back: waiting is safe, skipping is not.
 */
export const READABLE_EVENTS_HORIZON_SQL = `(select least(
    pg_snapshot_xmax(snapshot.current),
    (select min(running) from pg_snapshot_xip(snapshot.current) as running
      where not exists (
        select 1 from pg_stat_activity as backend
         where backend.backend_xid = running::xid
           and backend.datid <> (select oid from pg_database where datname = current_database()))))
  from (select pg_current_snapshot() as current) as snapshot)`;
const readableHorizon = sql.raw(READABLE_EVENTS_HORIZON_SQL);

const encodeCursor = (position: Position) => Buffer.from(`e:${position.txId}:${position.seq}`).toString('base64url');

function decodeCursor(cursor: string): Position {
  const match = /^e:(\d{1,20}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new Problem(platformProblems.validation_failed, 'cursor: is not a cursor this API gave out', { field: 'query.cursor' });
  return { txId: match[1]!, seq: Number(match[2]) };
}

const toEvent = (row: typeof events.$inferSelect): Event => ({
  id: row.id,
  type: row.type,
  accountId: row.accountId,
  integrationId: row.integrationId,
  environment: row.environment,
  subject: row.subjectModel && row.subjectId ? { model: row.subjectModel, id: row.subjectId } : null,
  data: row.data as Record<string, unknown>,
  origin: row.origin,
  occurredAt: row.occurredAt.toISOString(),
});

/** Announced when events are committed to the log: readers such as the notification dispatcher read at once. */
export const EVENTS_APPENDED_SIGNAL = 'events_appended';

/** The append-only event log: written in the transaction of the change it records, read in a stable order. */
export class EventsService {
  constructor(
    private readonly clock: Clock,
    private readonly signals?: Pick<Signals, 'publish'>,
  ) {}

  async append(db: Database, list: NewEvent[]): Promise<void> {
    if (list.length === 0) return;
    const occurredAt = this.clock.now();
    await db.insert(events).values(
      list.map((event) => ({
        id: newId('event'),
        accountId: event.accountId,
        integrationId: event.integrationId ?? null,
        environment: event.environment,
        type: event.type,
        subjectModel: event.subjectModel ?? null,
        subjectId: event.subjectId ?? null,
        data: event.data,
        origin: event.origin ?? 'live',
        occurredAt,
      })),
    );
    // Leaves when the caller's transaction commits.
    await this.signals?.publish(EVENTS_APPENDED_SIGNAL, '', db);
  }

  /**
   * Whether committed events are held back from readers: they wait for an older transaction still running in
   * this database, which `list` must not step over (usually milliseconds). Tests and benchmarks
   * wait for this to clear before they read what they just caused.
   */
  async heldBack(db: Database): Promise<boolean> {
    return (await this.countHeldBack(db, 1)) > 0;
  }

  /** How many committed events are held back (up to `limit`): the metric that shows a transaction left open. */
  async countHeldBack(db: Database, limit = 100_000): Promise<number> {
    const held = db.select({ seq: events.seq }).from(events).where(sql`${events.txId} >= ${readableHorizon}`).limit(limit).as('held');
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(held);
    return row?.count ?? 0;
  }

  /** One event by id, committed or not yet readable by `list`; null when there is none. */
  async get(db: Database, id: string): Promise<Event | null> {
    const [row] = await db.select().from(events).where(eq(events.id, id));
    return row ? toEvent(row) : null;
  }

  async list(db: Database, filter: EventFilter): Promise<EventPage> {
    const after = filter.cursor ? decodeCursor(filter.cursor) : START;
    const conditions: SQL[] = [
      sql`(${events.txId}, ${events.seq}) > (${after.txId}::xid8, ${after.seq}::bigint)`,
      // Transactions still running may yet commit events: stop before them, and they come on the next read.
      sql`${events.txId} < ${readableHorizon}`,
    ];
    if (filter.accountId) conditions.push(eq(events.accountId, filter.accountId));
    if (filter.integrationId) conditions.push(eq(events.integrationId, filter.integrationId));
    if (filter.type) conditions.push(eq(events.type, filter.type));
    if (filter.environment) conditions.push(eq(events.environment, filter.environment));
    const rows = await db.select().from(events).where(and(...conditions)).orderBy(asc(events.txId), asc(events.seq)).limit(filter.limit);
    const last = rows.at(-1);
    return {
      data: rows.map(toEvent),
      nextCursor: encodeCursor(last ? { txId: last.txId, seq: last.seq } : after),
    };
  }

  /**
   * Live events per type and local day (`day` in `timeZone`, YYYY-MM-DD) that occurred in [from, to): what the
   * notification reports chart. The provider's past found by backfills is left out: it is not news of those days.
   */
  async countByTypeAndDay(
    db: Database,
    filter: { accountId?: string | undefined; integrationId?: string | undefined; environment?: 'sandbox' | 'production' | undefined; from: Date; to: Date; timeZone: string },
  ): Promise<{ day: string; type: string; count: number }[]> {
    const conditions: SQL[] = [eq(events.origin, 'live'), gte(events.occurredAt, filter.from), lt(events.occurredAt, filter.to)];
    if (filter.accountId) conditions.push(eq(events.accountId, filter.accountId));
    if (filter.integrationId) conditions.push(eq(events.integrationId, filter.integrationId));
    if (filter.environment) conditions.push(eq(events.environment, filter.environment));
    const day = sql<string>`to_char((${events.occurredAt} at time zone ${filter.timeZone})::date, 'YYYY-MM-DD')`;
    return db
      .select({ day, type: events.type, count: sql<number>`count(*)::int` })
      .from(events)
      .where(and(...conditions))
      // By position: the day's expression carries the time zone as a parameter, which a repeated expression would not match.
      .groupBy(sql`1`, sql`2`)
      .orderBy(sql`1`, sql`2`);
  }
}
