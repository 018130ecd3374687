import { sql } from 'drizzle-orm';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/database/database.ts';
import { ProviderError } from '../provider-error.ts';
import type { CallGate } from './call-gate.ts';

const WINDOW_MS = 60_000;
/** Windows older than this are deleted when a key opens a new window. */
const KEEP_WINDOWS_MS = 10 * WINDOW_MS;

export interface SharedRateLimiterOptions {
  clock: Clock;
  /** How to wait for the next window; tests pass one that moves a manual clock. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** The longest a call may wait for room, in total; beyond it the call fails as rate_limited. */
  maxWaitMs?: number;
}

export const DEFAULT_MAX_WAIT_MS = 30_000;

const realSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Calls per key per fixed one-minute window, counted in `provider_call_windows` so that every worker process shares
 * the limit. Taking a slot is one atomic upsert that only increments while the window has room: no row back means
 * the window is full. Must not run inside a transaction (it uses the pool; on PGlite that would deadlock).
 */
export class SharedRateLimiter {
  readonly #sleep: (milliseconds: number) => Promise<void>;
  readonly #maxWaitMs: number;

  constructor(
    private readonly db: Database,
    private readonly options: SharedRateLimiterOptions,
  ) {
    this.#sleep = options.sleep ?? realSleep;
    this.#maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  /** Takes one call of `key`'s current window, waiting for a later window when it is full. */
  async acquire(key: string, callsPerMinute: number): Promise<void> {
    const deadline = this.options.clock.now().getTime() + this.#maxWaitMs;
    for (;;) {
      const now = this.options.clock.now().getTime();
      const windowStart = now - (now % WINDOW_MS);
      if (await this.#take(key, new Date(windowStart), callsPerMinute)) return;
      const waitMs = windowStart + WINDOW_MS - now;
      if (now + waitMs > deadline) {
        throw new ProviderError('rate_limited', `${key}: ${callsPerMinute} calls a minute reached; waiting would take too long`, {
          retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
        });
      }
      await this.#sleep(waitMs);
    }
  }

  /** A gate taking one slot of `key` before every call. */
  gate(key: string, callsPerMinute: number): CallGate {
    return {
      beforeCall: () => this.acquire(key, callsPerMinute),
      afterCall: () => {},
    };
  }

  async #take(key: string, windowStart: Date, limit: number): Promise<boolean> {
    const result = await this.db.execute<{ calls: number }>(sql`
      insert into provider_call_windows (key, window_start, calls) values (${key}, ${windowStart.toISOString()}, 1)
      on conflict (key, window_start) do update set calls = provider_call_windows.calls + 1
      where provider_call_windows.calls < ${limit}
      returning calls`);
    const row = result.rows[0];
    if (!row) return false;
    if (Number(row.calls) === 1) {
      // The first call of a window: a good moment to drop windows nobody will read again (for every key).
      await this.db.execute(sql`delete from provider_call_windows where window_start < ${new Date(windowStart.getTime() - KEEP_WINDOWS_MS).toISOString()}`);
    }
    return true;
  }
}
