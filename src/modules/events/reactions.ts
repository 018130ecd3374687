import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { eventReactionCursors } from './schema.ts';
import type { Event, EventsService } from './service.ts';

/** Something done about events of some types, in the transaction that moves the reaction's cursor past them. */
export interface EventReaction {
  /** Names the cursor: a renamed reaction starts again, from the events after its first run. */
  name: string;
  types: readonly string[];
  /** Also events found in a provider's past by a backfill (default: live events only). */
  includeHistory?: boolean;
  handle(tx: Database, events: Event[]): Promise<void>;
}

const TICK_MS = 1000;
const PAGE = 200;

/**
 * Runs event reactions in every process that runs workers, each second: one process at a time per reaction (its
 * cursor row is locked, others skip it), each page handled and the cursor moved in one transaction, so a reaction
 * sees every event once even when a process dies halfway.
 */
export class EventReactions {
  readonly #reactions: EventReaction[] = [];
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: { database: DatabaseHandle; events: EventsService; clock: Clock; logger: Logger }) {}

  add(reaction: EventReaction): void {
    if (this.#reactions.some((known) => known.name === reaction.name)) throw new Error(`Event reaction "${reaction.name}" is added twice`);
    this.#reactions.push(reaction);
  }

  start(): void {
    // Failures are logged per reaction by runAll.
    this.#timer ??= setInterval(() => {
      this.#running = this.#running.then(() => this.runAll()).catch(() => {});
    }, TICK_MS);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /**
   * Reads every reaction's events up to the end of the readable log; returns how many events were handled. A
   * reaction that fails stops only itself (its events come again next time); the others go on, and the first
   * failure is thrown once all have run.
   */
  async runAll(): Promise<number> {
    let handled = 0;
    let failure: unknown;
    for (const reaction of this.#reactions) {
      try {
        for (;;) {
          const page = await this.deps.database.transaction(({ db }) => this.#runPage(db, reaction));
          handled += page.handled;
          if (page.read < PAGE) break;
        }
      } catch (error) {
        this.deps.logger.error({ err: error, reaction: reaction.name }, 'an event reaction failed; its events come again');
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
    return handled;
  }

  async #runPage(tx: Database, reaction: EventReaction): Promise<{ read: number; handled: number }> {
    await tx.insert(eventReactionCursors).values({ name: reaction.name, cursor: null, startedAt: this.deps.clock.now() }).onConflictDoNothing();
    const [position] = await tx.select().from(eventReactionCursors).where(eq(eventReactionCursors.name, reaction.name)).for('update', { skipLocked: true });
    if (!position) return { read: 0, handled: 0 };
    const page = await this.deps.events.list(tx, { cursor: position.cursor ?? undefined, limit: PAGE });
    if (page.data.length === 0) return { read: 0, handled: 0 };
    const startedAt = position.startedAt.getTime();
    const wanted = page.data.filter(
      (event) => reaction.types.includes(event.type) && (reaction.includeHistory || event.origin === 'live') && Date.parse(event.occurredAt) >= startedAt,
    );
    if (wanted.length > 0) await reaction.handle(tx, wanted);
    await tx.update(eventReactionCursors).set({ cursor: page.nextCursor }).where(eq(eventReactionCursors.name, reaction.name));
    return { read: page.data.length, handled: wanted.length };
  }
}
