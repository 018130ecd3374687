import { createHash } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Transaction } from '../database/database.ts';
import type { JobData, JobDefinition } from './job-definition.ts';
import type { Queue } from './queue.ts';

/** A timer's job data carries the moment it is due, on Ponte's clock. */
type TimerData<D extends JobDefinition> = JobData<D> & { dueAt: string };

/**
 * Deadlines as delayed jobs on the queue (so a restart loses none), due by Ponte's clock rather than the database's:
 * a job waits at most `maxHopMs` of real time before it looks at the clock again, so a clock moved forward (a test's,
 * or a corrected system clock) is noticed within a hop, and a timer due in 15 days is a handful of hops, not a
 * long-lived promise.
 */
export class ClockTimers {
  constructor(
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly maxHopMs: number,
  ) {}

  /** Sets a timer, in the caller's transaction when given one (so it exists only if what set it does). */
  async set<D extends JobDefinition>(job: D, data: TimerData<D>, options: { tx?: Transaction } = {}): Promise<void> {
    await this.queue.send(job, data, { ...options, startAfter: this.#nextLook(data.dueAt) });
  }

  /**
   * For a timer's handler (`jobId`: the job it runs): true once it is due; before that, the timer is set again for
   * later and false. The next look's id follows from this job's, so a look run again (its worker died before the
   * queue heard it finish) sets the same next look, not a second timer. What a due timer does is the handler's to
   * make happen once.
   */
  async due<D extends JobDefinition>(job: D, data: TimerData<D>, jobId: string): Promise<boolean> {
    this.#looks.set(job.name, (this.#looks.get(job.name) ?? 0) + 1);
    if (Date.parse(data.dueAt) <= this.clock.now().getTime()) return true;
    await this.queue.send(job, data, { startAfter: this.#nextLook(data.dueAt), id: nextLookId(jobId) });
    return false;
  }

  /** How many times timers of this job have looked at the clock in this process: they run, whether or not they were due. */
  looks(jobName: string): number {
    return this.#looks.get(jobName) ?? 0;
  }

  readonly #looks = new Map<string, number>();

  #nextLook(dueAt: string): Date {
    const left = Date.parse(dueAt) - this.clock.now().getTime();
    return new Date(Date.now() + Math.min(this.maxHopMs, Math.max(0, left)));
  }
}

/** A UUID derived from the look's job id (name-based, as RFC 9562's version 5): the same look always sets the same next one. */
function nextLookId(jobId: string): string {
  const hex = createHash('sha1').update(`ponte:clock-timer:next-look:${jobId}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
