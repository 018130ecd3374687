import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { CallGate } from '../../connectors/sdk/resilience/call-gate.ts';

const WINDOW_MS = 60_000;
/** Calls are counted in one-second buckets: a call may count up to a second longer than its minute, never shorter. */
const BUCKET_MS = 1_000;
/** Buckets older than this are deleted now and then. */
const KEEP_MS = 10 * WINDOW_MS;
/** A 429 without Retry-After: the provider counts per minute, so a whole window. */
const DEFAULT_BLOCK_SECONDS = 60;

export interface SharedRateLimiterOptions {
  clock: Clock;
  /** How to wait for room; tests pass one that follows their clock. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** The longest a call may wait for room, in total; beyond it the call fails as rate_limited. */
  maxWaitMs?: number;
}

const DEFAULT_MAX_WAIT_MS = 30_000;

const realSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));
const bucketOf = (at: number) => at - (at % BUCKET_MS);
const iso = (at: number) => new Date(at).toISOString();

/**
 * Calls per key in any sliding minute, shared by every worker process through `provider_call_windows`.
 *
 * A provider such as HugMe counts a call when it arrives, somewhere between our sending it and its answer reaching
 * us, and refuses the eleventh in any minute. So a call counts here from the moment it is admitted (in the bucket
 * of that moment, while in flight) until a full minute after its answer (`release` moves it to the bucket of the
 * answer): two calls the provider could see less than a minute apart are then never both admitted beyond the limit,
 * however long either was in flight. (Fixed one-minute windows let ten calls through at 10:00:59 and ten more at
 * 10:01:00, which a provider counting a sliding minute refuses.) In-flight calls are bounded by the call timeout,
 * well under a minute, so they never drop out of the count before they are answered.
 *
 * Admitting a call is a transaction holding an advisory lock on the key, so processes never admit past the limit
 * together. A provider's 429 (another client of the same credentials, outside Ponte) fills the key until its
 * Retry-After has passed, for every process. Must not run inside a transaction (on PGlite that would deadlock).
 *
 * Why not rate-limiter-flexible: its PostgreSQL store counts fixed windows from the moment points are consumed
 * (its maintainer points to no easy rolling window, discussion #126), and nothing there counts a call until its
 * answer; both are what keeps a sliding-minute provider from answering 429. Measured with rate-limiter-flexible
 * 11.4.0 on PostgreSQL 15, two pools standing in for two processes, 10 points per 2 s window (a minute, 30 times
 * faster): one call opening the window, 9 just before its edge and 10 just after were all admitted, 19 within
 * half a second, where a provider counting a sliding window accepts 10. Ponte's limiter holds 10 across a clock
 * minute's edge (test/sync/shared-rate-limit.test.ts).
 */
export class SharedRateLimiter {
  readonly #sleep: (milliseconds: number) => Promise<void>;
  readonly #maxWaitMs: number;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly options: SharedRateLimiterOptions,
  ) {
    this.#sleep = options.sleep ?? realSleep;
    this.#maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  /** Waits until `key` has room and counts one call in flight; returns the bucket to `release` when it is answered. */
  async acquire(key: string, callsPerMinute: number): Promise<number> {
    const deadline = this.#now() + this.#maxWaitMs;
    for (;;) {
      const now = this.#now();
      const verdict = await this.#admit(key, callsPerMinute, now);
      if (verdict.admitted) return verdict.bucket;
      if (now + verdict.waitMs > deadline) {
        throw new ProviderError('rate_limited', `${key}: ${callsPerMinute} calls a minute reached; waiting would take too long`, {
          retryAfterSeconds: Math.max(1, Math.ceil(verdict.waitMs / 1000)),
        });
      }
      await this.#sleep(verdict.waitMs);
    }
  }

  /** The call counted in `bucket` was answered now: it counts until a minute from now. */
  async release(key: string, bucket: number): Promise<void> {
    const answered = bucketOf(this.#now());
    if (answered === bucket) return;
    // Counted at the answer first, then uncounted at the admission: never counted less in between.
    await addCalls(this.database.db, key, answered, 1);
    await addCalls(this.database.db, key, bucket, -1);
  }

  /** The call counted in `bucket` was never sent. */
  async cancel(key: string, bucket: number): Promise<void> {
    await addCalls(this.database.db, key, bucket, -1);
  }

  /** After the provider's 429: `key` is full for every process until `seconds` from now. */
  async block(key: string, callsPerMinute: number, seconds: number): Promise<void> {
    if (!(seconds > 0)) return;
    // As if the whole budget had been answered `seconds` before a minute from now (a future bucket for a long block).
    await addCalls(this.database.db, key, bucketOf(this.#now() + seconds * 1000 - WINDOW_MS), callsPerMinute);
  }

  /** Calls counted for `key` now: in flight, or answered within the last minute (for tests and diagnostics). */
  async counted(key: string): Promise<number> {
    const rows = await countedBuckets(this.database.db, key, this.#now());
    return rows.reduce((sum, row) => sum + row.calls, 0);
  }

  /** A gate taking one call of `key` before every call, releasing it at the answer and blocking the key on a 429. */
  gate(key: string, callsPerMinute: number): CallGate {
    const admitted: number[] = [];
    return {
      beforeCall: async () => {
        admitted.push(await this.acquire(key, callsPerMinute));
      },
      afterCall: async (_url, outcome, error) => {
        const bucket = admitted.shift();
        if (bucket !== undefined) await this.release(key, bucket);
        if (outcome === 'rate_limited' && error?.details.status === 429) {
          await this.block(key, callsPerMinute, error.details.retryAfterSeconds ?? DEFAULT_BLOCK_SECONDS);
        }
      },
      cancelCall: async () => {
        const bucket = admitted.shift();
        if (bucket !== undefined) await this.cancel(key, bucket);
      },
    };
  }

  #now(): number {
    return this.options.clock.now().getTime();
  }

  #admit(key: string, limit: number, now: number): Promise<{ admitted: true; bucket: number } | { admitted: false; waitMs: number }> {
    return this.database.transaction(async ({ db }) => {
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`provider-calls:${key}`}, 0))`);
      const buckets = await countedBuckets(db, key, now);
      let excess = buckets.reduce((sum, row) => sum + row.calls, 0) - limit + 1;
      if (excess <= 0) {
        const bucket = bucketOf(now);
        const calls = await addCalls(db, key, bucket, 1);
        if (calls === 1) await db.execute(sql`delete from provider_call_windows where window_start < ${iso(now - KEEP_MS)}`);
        return { admitted: true as const, bucket };
      }
      // The oldest buckets leave the count first: wait until enough calls have left it.
      for (const row of buckets) {
        excess -= row.calls;
        if (excess <= 0) return { admitted: false as const, waitMs: Math.max(1, row.start + BUCKET_MS + WINDOW_MS - now) };
      }
      return { admitted: false as const, waitMs: BUCKET_MS };
    });
  }
}

/** The buckets of `key` that still count at `now`, oldest first. */
async function countedBuckets(db: Database, key: string, now: number): Promise<{ start: number; calls: number }[]> {
  const result = await db.execute<{ window_start: string | Date; calls: number }>(sql`
    select window_start, calls from provider_call_windows
    where key = ${key} and window_start > ${iso(now - WINDOW_MS - BUCKET_MS)} and calls > 0
    order by window_start`);
  return result.rows.map((row) => ({ start: new Date(row.window_start).getTime(), calls: Number(row.calls) }));
}

/** Adds `calls` (negative to take away, never below 0) to one bucket; returns its new count. */
async function addCalls(db: Database, key: string, bucket: number, calls: number): Promise<number> {
  const result = await db.execute<{ calls: number }>(sql`
    insert into provider_call_windows (key, window_start, calls) values (${key}, ${iso(bucket)}, ${Math.max(0, calls)})
    on conflict (key, window_start) do update set calls = greatest(0, provider_call_windows.calls + ${calls})
    returning calls`);
  return Number(result.rows[0]?.calls ?? 0);
}
