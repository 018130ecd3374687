import type { Database, DatabaseHandle } from '../platform/database/database.ts';
import type { ChangedSince } from '../platform/database/changed-since.ts';
import type { Role } from '../platform/http/principal.ts';
import type { Logger } from '../platform/logging/logger.ts';
import { accountsOfIntegrations, integrationAccountsChangedSince } from '../modules/integrations/index.ts';
import { notificationAccountsChangedSince } from '../modules/notifications/index.ts';
import { recordAccountsChangedSince, syncRunIntegrationsChangedSince } from '../modules/sync/index.ts';
import { ticketAccountsChangedSince } from '../modules/tickets/index.ts';

/** What a browser can be told changed: each names a list it shows, which it fetches again from /v1 when told. */
export const LIVE_TOPICS = ['notifications', 'sync-runs', 'tickets', 'integrations'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** Per topic, the accounts whose rows changed after a watermark (null: only the latest change time). */
type Feed = (db: Database, since: string | null) => Promise<ChangedSince>;

/**
 * Where changes are read, each with its own watermark, and the lists each one changes: a sync run also changes its
 * integration's sync state (the checklist), and new or changed records (a callback's payment, a backfill's page) change
 * what an integration's pages show.
 */
const FEEDS: { name: string; topics: LiveTopic[]; read: Feed }[] = [
  { name: 'notifications', topics: ['notifications'], read: notificationAccountsChangedSince },
  { name: 'tickets', topics: ['tickets'], read: ticketAccountsChangedSince },
  { name: 'integrations', topics: ['integrations'], read: integrationAccountsChangedSince },
  { name: 'records', topics: ['integrations'], read: recordAccountsChangedSince },
  {
    name: 'sync-runs',
    topics: ['sync-runs', 'integrations'],
    read: async (db, since) => {
      const runs = await syncRunIntegrationsChangedSince(db, since);
      return { ids: await accountsOfIntegrations(db, runs.ids), latest: runs.latest };
    },
  },
];

/** Earlier than any row: where a topic whose table was empty at the start reads from. */
const BEGINNING = '-infinity';

/** One open stream: who it is for, what it listens to, and how to tell it. */
export interface LiveSubscriber {
  /** Admins and agents hear of every account's changes; a customer of its own account's only. */
  viewer: { role: Role; accountId: string | null };
  topics: ReadonlySet<LiveTopic>;
  changed(topic: LiveTopic): void;
  /** The server is closing: end the stream. */
  closed(): void;
}

export interface LiveSettings {
  /** How often the tables are read while a stream is open. */
  pollMs: number;
  /** How often an open stream gets a comment, so proxies and browsers keep it. */
  heartbeatMs: number;
}

export const DEFAULT_LIVE_SETTINGS: LiveSettings = { pollMs: 1000, heartbeatMs: 15_000 };

/**
 * Tells open streams which lists changed. One watcher per process reads, every `pollMs` and only while a stream is
 * open, which accounts' rows changed in each topic's table since the last read: it sees the writes of every process
 * on PostgreSQL, and works on PGlite, where LISTEN/NOTIFY does not cross connections. A write whose transaction
 * commits after a later-stamped one has been read is not announced (its time is behind the watermark): the browser
 * learns of it with the next change or its next fetch, which the event only ever prompts.
 */
export class LiveUpdates {
  private readonly subscribers = new Set<LiveSubscriber>();
  /** Each feed's watermark; null while no watcher runs (the next one starts from the tables' latest change). */
  private watermarks: Record<string, string> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  /** Streams waiting for the end of the current read. */
  private waiting: (() => void)[] = [];
  private closing = false;

  constructor(
    private readonly deps: { database: DatabaseHandle; logger: Logger },
    readonly settings: LiveSettings = DEFAULT_LIVE_SETTINGS,
  ) {}

  /**
   * Adds a stream; resolves once every change after this call will reach it (a first read of the tables has set the
   * watermarks). Returns the function that removes it.
   */
  async subscribe(subscriber: LiveSubscriber): Promise<() => void> {
    const remove = () => void this.subscribers.delete(subscriber);
    if (this.closing) {
      subscriber.closed();
      return remove;
    }
    this.subscribers.add(subscriber);
    if (!this.timer && !this.reading) this.schedule(0);
    while (this.watermarks === null && this.subscribers.has(subscriber)) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return remove;
  }

  /** Ends every stream and stops the watcher (before the HTTP server closes, which waits for open answers). */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const subscribers = [...this.subscribers];
    this.subscribers.clear();
    for (const subscriber of subscribers) subscriber.closed();
    await this.reading;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reading = this.read()
        .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'live updates: reading the changes failed; trying again'))
        .finally(() => {
          this.reading = null;
          if (this.subscribers.size > 0 && !this.closing) this.schedule(this.settings.pollMs);
          // Nobody listens: the next watcher starts from the tables as they will be then.
          else this.watermarks = null;
          for (const resolve of this.waiting.splice(0)) resolve();
        });
    }, delayMs);
    this.timer.unref();
  }

  private async read(): Promise<void> {
    const db = this.deps.database.db;
    if (this.watermarks === null) {
      const latest = await Promise.all(FEEDS.map(async (feed) => [feed.name, (await feed.read(db, null)).latest ?? BEGINNING] as const));
      this.watermarks = Object.fromEntries(latest);
      return;
    }
    // Every feed, listened to or not: a stream opened later must not hear of changes older than itself.
    const announced = new Map<LiveSubscriber, Set<LiveTopic>>();
    for (const feed of FEEDS) {
      const changes = await feed.read(db, this.watermarks[feed.name] ?? BEGINNING);
      if (changes.latest === null) continue;
      this.watermarks[feed.name] = changes.latest;
      const accounts = new Set(changes.ids);
      for (const subscriber of this.subscribers) {
        const { role, accountId } = subscriber.viewer;
        const sees = role === 'admin' || role === 'agent' || (accountId !== null && accounts.has(accountId));
        if (!sees) continue;
        const topics = announced.get(subscriber) ?? new Set<LiveTopic>();
        for (const topic of feed.topics) if (subscriber.topics.has(topic)) topics.add(topic);
        announced.set(subscriber, topics);
      }
    }
    // One event per list and read, however many feeds changed it.
    for (const [subscriber, topics] of announced) for (const topic of topics) subscriber.changed(topic);
  }
}
