import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';

// The query builder of database.ts (which builds the signals, so this file cannot import it).
type Database = NodePgDatabase;

/** What a listener hears: a payload published on its channel, by this process or another. */
export type SignalListener = (payload: string) => void;

/**
 * Short announcements between Ponte's processes ("this key was revoked", "new deliveries are waiting"), so caches and
 * idle workers react at once instead of polling the database. A signal carries a hint, never the truth: whoever
 * hears one reads the database for the facts, and whoever cannot trust that it hears every signal (`live` false)
 * reads the database every time.
 */
export interface Signals {
  /**
   * Announces `payload` (at most a few hundred bytes) on `channel`. This process's listeners hear it at once (so a
   * cache here forgets before the caller goes on, even inside a transaction that may still roll back: a signal is a
   * hint); other processes hear it when `db`'s transaction commits, or at once without one, and never from a
   * transaction rolled back (PostgreSQL's NOTIFY, which this process also hears, a second time). The embedded
   * database serves a single process.
   */
  publish(channel: string, payload: string, db?: Database): Promise<void>;
  /** Calls `listener` with each payload published on `channel` from now on; returns the way to stop. */
  subscribe(channel: string, listener: SignalListener): () => void;
  /**
   * Calls `listener` whenever signals may have been lost (the listening connection dropped): a cache must forget
   * everything it learned, since an invalidation may have passed unheard.
   */
  onGap(listener: () => void): () => void;
  /** True while every signal published anywhere is heard here. */
  readonly live: boolean;
  /** Resolves once every subscribed channel is heard (the listening connection is up). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
const RECONNECT_DELAY_MS = 500;

function checkChannel(channel: string): void {
  if (!CHANNEL_PATTERN.test(channel)) throw new Error(`A signal channel is a lowercase identifier, got "${channel}"`);
}

/**
 * Signals on the embedded database, which one Ponte process owns (in a worker thread) and short CLI commands may join
 * through its socket. The owner's signals stay in it; a joined process's are NOTIFYs, which the owner's worker finds
 * in the session's output once committed and hands to the owner's listeners.
 */
class EmbeddedSignals implements Signals {
  readonly #events = new EventEmitter().setMaxListeners(0);
  readonly #listening = new Map<string, Promise<void>>();
  #live = true;
  #deaf = false;

  readonly #owner: boolean;

  constructor(
    private readonly database: Database,
    notifications: ((listener: (channel: string, payload: string) => void) => void) | undefined,
  ) {
    this.#owner = notifications !== undefined;
    notifications?.((channel, payload) => this.#events.emit(channel, payload));
  }

  get live(): boolean {
    return this.#live;
  }

  async publish(channel: string, payload: string, db: Database = this.database): Promise<void> {
    checkChannel(channel);
    // The owner is the only process with listeners that matter (a joined command runs no worker and keeps no cache):
    // it tells its own at once and spares its single session a statement; a joined process sends a NOTIFY.
    if (this.#owner) this.#events.emit(channel, payload);
    else await db.execute(sql`select pg_notify(${channel}, ${payload})`);
  }

  subscribe(channel: string, listener: SignalListener): () => void {
    checkChannel(channel);
    this.#events.on(channel, listener);
    if (this.#owner && !this.#listening.has(channel)) {
      // LISTEN once for the whole session (every connection shares it): until then, signals of others may pass unheard.
      this.#live = false;
      const listening = this.database.execute(sql.raw(`LISTEN ${channel}`)).then(
        () => undefined,
        () => {
          // Signals of joined processes on this channel would pass unheard: never claim to hear everything.
          this.#deaf = true;
        },
      );
      this.#listening.set(channel, listening);
      void this.ready();
    }
    return () => this.#events.off(channel, listener);
  }

  onGap(): () => void {
    return () => {};
  }

  async ready(): Promise<void> {
    await Promise.all(this.#listening.values());
    this.#live = !this.#deaf;
  }

  async close(): Promise<void> {
    this.#events.removeAllListeners();
  }
}

/**
 * PostgreSQL's LISTEN/NOTIFY: one dedicated connection listens on every subscribed channel, and reconnects when it
 * drops (announcing a gap). Every process, this one included, hears a signal through that connection.
 */
class PostgresSignals implements Signals {
  readonly #events = new EventEmitter().setMaxListeners(0);
  readonly #gaps = new EventEmitter().setMaxListeners(0);
  readonly #channels = new Set<string>();
  #client: pg.Client | undefined;
  #connecting: Promise<void> | undefined;
  #closed = false;
  #live = false;
  /** LISTENs sent on the open connection and not yet answered: not live until every one is. */
  #listening: Promise<void> | undefined;
  #pendingListens = 0;

  constructor(
    private readonly url: string,
    private readonly database: Database,
  ) {}

  get live(): boolean {
    return this.#live;
  }

  async publish(channel: string, payload: string, db: Database = this.database): Promise<void> {
    checkChannel(channel);
    await db.execute(sql`select pg_notify(${channel}, ${payload})`);
    this.#events.emit(channel, payload);
  }

  subscribe(channel: string, listener: SignalListener): () => void {
    checkChannel(channel);
    this.#events.on(channel, listener);
    if (!this.#channels.has(channel)) {
      this.#channels.add(channel);
      // Until the LISTEN is in place this channel may miss signals: not live until then.
      this.#live = false;
      if (this.#client && !this.#connecting) {
        const client = this.#client;
        this.#pendingListens++;
        const listening = client.query(`LISTEN ${channel}`).then(
          () => {
            this.#pendingListens--;
            this.#live = this.#client === client && this.#pendingListens === 0;
          },
          () => {
            this.#pendingListens--;
            this.#dropped();
          },
        );
        this.#listening = Promise.all([this.#listening, listening]).then(() => undefined);
      } else {
        this.#connect();
      }
    }
    return () => this.#events.off(channel, listener);
  }

  onGap(listener: () => void): () => void {
    this.#gaps.on('gap', listener);
    return () => this.#gaps.off('gap', listener);
  }

  async ready(): Promise<void> {
    while (!this.#live && !this.#closed) {
      if (!this.#client) this.#connect();
      await this.#connecting?.catch(() => {});
      await this.#listening;
      if (!this.#live) await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS / 5));
    }
  }

  #connect(): void {
    if (this.#connecting || this.#client || this.#closed) return;
    this.#connecting = (async () => {
      // Keep-alive, so a connection dropped without a word (a NAT, a failover) is noticed and announced as a gap.
      const client = new pg.Client({ connectionString: this.url, application_name: 'ponte-signals', keepAlive: true, connectionTimeoutMillis: 10_000 });
      client.on('notification', (message) => this.#events.emit(message.channel, message.payload ?? ''));
      client.on('error', () => this.#dropped());
      client.on('end', () => this.#dropped());
      try {
        await client.connect();
        for (const channel of this.#channels) await client.query(`LISTEN ${channel}`);
        if (this.#closed) {
          await client.end();
          return;
        }
        this.#client = client;
        this.#live = true;
      } catch {
        client.removeAllListeners('end');
        await client.end().catch(() => {});
        this.#retryLater();
      }
    })().finally(() => (this.#connecting = undefined));
  }

  #dropped(): void {
    this.#live = false;
    const client = this.#client;
    this.#client = undefined;
    if (client) {
      client.removeAllListeners('end');
      client.end().catch(() => {});
    }
    // Always a gap, even when not live yet: whatever was learned before may have been overtaken unheard.
    this.#gaps.emit('gap');
    this.#retryLater();
  }

  #retryLater(): void {
    if (this.#closed) return;
    setTimeout(() => this.#connect(), RECONNECT_DELAY_MS).unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#live = false;
    await this.#connecting?.catch(() => {});
    const client = this.#client;
    this.#client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
    }
    this.#events.removeAllListeners();
    this.#gaps.removeAllListeners();
  }
}

/** Signals for this database: LISTEN/NOTIFY on PostgreSQL, and NOTIFY found by the embedded database's worker. */
export function createSignals(database: {
  engine: 'postgres' | 'pglite';
  url: string;
  db: Database;
  /** The embedded database's committed notifications, when this process owns it. */
  notifications?: ((listener: (channel: string, payload: string) => void) => void) | undefined;
}): Signals {
  if (database.engine === 'pglite') return new EmbeddedSignals(database.db, database.notifications);
  return new PostgresSignals(database.url, database.db);
}
