import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { AttemptCounter } from '../../platform/http/failed-attempt-limits.ts';
import { authAttempts } from './schema.ts';

/**
 * Sign-in attempts counted in `auth_attempts`, one row per bucket, so every Ponte process on the database shares the
 * count. Counting is one upsert: a bucket whose window has ended starts a new one at 1. The addresses known to a
 * subject (those it signed in from) are rows there too, so every process knows them alike.
 */
export class AuthAttempts implements AttemptCounter {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
  ) {}

  async hit(bucket: string, windowMs: number): Promise<{ current: number; ttl: number }> {
    const now = this.clock.now();
    const windowEnded = sql`${authAttempts.windowEndsAt} <= ${now.toISOString()}::timestamptz`;
    const [row] = await this.database.db
      .insert(authAttempts)
      .values({ bucket, attempts: 1, windowEndsAt: new Date(now.getTime() + windowMs) })
      .onConflictDoUpdate({
        target: authAttempts.bucket,
        set: {
          attempts: sql`case when ${windowEnded} then 1 else ${authAttempts.attempts} + 1 end`,
          windowEndsAt: sql`case when ${windowEnded} then excluded.window_ends_at else ${authAttempts.windowEndsAt} end`,
        },
      })
      .returning({ attempts: authAttempts.attempts, windowEndsAt: authAttempts.windowEndsAt });
    return { current: row!.attempts, ttl: Math.max(0, row!.windowEndsAt.getTime() - now.getTime()) };
  }

  async refund(bucket: string): Promise<void> {
    await this.database.db
      .update(authAttempts)
      .set({ attempts: sql`greatest(${authAttempts.attempts} - 1, 0)` })
      .where(and(eq(authAttempts.bucket, bucket), gt(authAttempts.windowEndsAt, this.clock.now())));
  }

  /** A mark (an address known to a subject) is a row of no attempts whose window is the time it is kept. */
  async remember(mark: string, ttlMs: number): Promise<void> {
    const endsAt = new Date(this.clock.now().getTime() + ttlMs);
    await this.database.db
      .insert(authAttempts)
      .values({ bucket: mark, attempts: 0, windowEndsAt: endsAt })
      .onConflictDoUpdate({ target: authAttempts.bucket, set: { windowEndsAt: endsAt } });
  }

  async isKnown(mark: string): Promise<boolean> {
    const [row] = await this.database.db
      .select({ bucket: authAttempts.bucket })
      .from(authAttempts)
      .where(and(eq(authAttempts.bucket, mark), gt(authAttempts.windowEndsAt, this.clock.now())));
    return row !== undefined;
  }

  /** Deletes the buckets (and marks) whose window has ended (the daily purge). */
  async purgeEnded(): Promise<number> {
    const deleted = await this.database.db
      .delete(authAttempts)
      .where(lte(authAttempts.windowEndsAt, this.clock.now()))
      .returning({ bucket: authAttempts.bucket });
    return deleted.length;
  }
}
