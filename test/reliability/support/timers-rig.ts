import pino from 'pino';
import type { Clock } from '../../../src/platform/clock.ts';
import { loadConfig, type Config } from '../../../src/platform/config.ts';
import { startLocalMailbox, type LocalMailbox } from '../../../src/platform/mail/index.ts';
import { createPonte, type Ponte, type PonteOptions } from '../../../src/ponte.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

/**
 * Ponte's clock for timers across restarts: it runs at the pace of real time (so a deadline can be crossed while the
 * server watches, and how late a timer fired is measured in real seconds) and jumps forward when told (hours and
 * days pass between two looks). It never goes back: a timer seen firing before its deadline really fired early.
 */
export class JumpingClock implements Clock {
  #offsetMs: number;

  constructor(start: Date | string) {
    this.#offsetMs = new Date(start).getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** Jumps to `instant`; an instant already past leaves the clock where it is. */
  jumpTo(instant: Date | string): void {
    this.#offsetMs += Math.max(0, new Date(instant).getTime() - this.now().getTime());
  }
}

/** One stretch of Ponte's clock during which a server ran and the clock flowed without a jump. */
interface Stretch {
  from: number;
  /** When the server was up (createPonte returned); a jump's landing while it ran. */
  ready: number;
  to: number | null;
  /** How it ended: the server stopped, or the clock jumped while it ran. */
  endedBy?: 'stop' | 'jump';
}

/**
 * A whole Ponte (API, workers, queue) on one database, stopped and started again on that same database: the same
 * PGlite data folder reopened, or the same PostgreSQL database. E-mails go over real SMTP to a local mailbox that
 * outlives the restarts. The rig remembers when on Ponte's clock a server ran, so a timer's lateness is measured
 * from the first moment it could have fired: its deadline, or the start (or clock jump) that found it past.
 */
export class TimerRig {
  readonly clock: JumpingClock;
  #ponte: Ponte | null = null;
  readonly #stretches: Stretch[] = [];
  /** Ponte's clock at each stop. */
  readonly stops: number[] = [];
  /** How long each start took, in real seconds. */
  readonly startSeconds: number[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly mailbox: LocalMailbox,
    readonly config: Config,
    start: string,
    private readonly options: Pick<PonteOptions, 'onboarding' | 'sandboxUrls'>,
  ) {
    this.clock = new JumpingClock(start);
  }

  static async create(start: string, options: Pick<PonteOptions, 'onboarding' | 'sandboxUrls'>): Promise<TimerRig> {
    const database = await createTestDatabase();
    const mailbox = await startLocalMailbox();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', PONTE_MAIL_FROM: 'Ponte <ponte@ponte.example>', ...database.env });
    return new TimerRig(database, mailbox, config, start, options);
  }

  get ponte(): Ponte {
    if (!this.#ponte) throw new Error('Ponte is stopped');
    return this.#ponte;
  }

  get running(): boolean {
    return this.#ponte !== null;
  }

  async start(): Promise<Ponte> {
    if (this.#ponte) throw new Error('Ponte is already running');
    // From the moment it starts: its workers may fire a timer before createPonte has returned.
    const stretch: Stretch = { from: this.clock.now().getTime(), ready: Number.POSITIVE_INFINITY, to: null };
    this.#stretches.push(stretch);
    const began = performance.now();
    this.#ponte = await createPonte(this.config, {
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      clock: this.clock,
      role: 'all',
      queueMaintenanceSeconds: 1,
      smtpUrl: this.mailbox.url,
      ...this.options,
    });
    stretch.ready = this.clock.now().getTime();
    this.startSeconds.push((performance.now() - began) / 1000);
    return this.#ponte;
  }

  /** A graceful stop, as `ponte start` does on SIGTERM: running jobs finish, the queue and the database close. */
  async stop(): Promise<void> {
    const ponte = this.ponte;
    this.stops.push(this.clock.now().getTime());
    await ponte.close();
    this.#ponte = null;
    Object.assign(this.#stretches.at(-1)!, { to: this.clock.now().getTime(), endedBy: 'stop' });
  }

  /** Moves Ponte's clock forward, whether a server runs or not. */
  jumpTo(instant: Date | string): void {
    const before = this.clock.now().getTime();
    this.clock.jumpTo(instant);
    if (!this.#ponte) return;
    Object.assign(this.#stretches.at(-1)!, { to: before, endedBy: 'jump' });
    const now = this.clock.now().getTime();
    this.#stretches.push({ from: now, ready: now, to: null });
  }

  /**
   * The first moment on Ponte's clock, at or after `deadline`, at which a server was up: when the timer should fire.
   * A deadline that passed while the server was down (or starting) counts from the end of its start, so the time a
   * start takes on a loaded machine is reported apart (`startSeconds`) rather than as the timer's lateness.
   */
  firstChanceAt(deadline: Date): Date | null {
    const at = deadline.getTime();
    for (const stretch of this.#stretches) {
      const to = stretch.to ?? this.clock.now().getTime();
      if (to >= at) return new Date(Math.max(stretch.ready, at));
    }
    return null;
  }

  /** How many stops fell between `from` and `deadline` on Ponte's clock. */
  stopsBetween(from: Date, deadline: Date): number {
    return this.stops.filter((at) => at >= from.getTime() && at < deadline.getTime()).length;
  }

  /** Whether the server was stopped when Ponte's clock reached `deadline`, so that a later start found it past. */
  downAt(deadline: Date): boolean {
    const at = deadline.getTime();
    return this.#stretches.some((stretch, index) => stretch.endedBy === 'stop' && stretch.to! < at && at < (this.#stretches[index + 1]?.from ?? Number.POSITIVE_INFINITY));
  }

  /**
   * Jobs of `name` still to run (waiting, to be retried, or running) whose data holds `match`: none left means that
   * whatever the timer does has been done, and nothing of it can fire again.
   */
  async pendingJobs(name: string, match: Record<string, unknown>): Promise<number> {
    const { rows } = await this.ponte.database.pool.query<{ count: number }>(
      `select count(*)::int as count from pgboss.job where name = $1 and state in ('created', 'retry', 'active') and data @> $2::jsonb`,
      [name, JSON.stringify(match)],
    );
    return rows[0]!.count;
  }

  async dispose(): Promise<void> {
    if (this.#ponte) await this.stop();
    await this.mailbox.close();
    await this.database.dispose();
  }
}
