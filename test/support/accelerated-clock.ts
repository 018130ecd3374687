import { performance } from 'node:perf_hooks';
import type { Clock } from '../../src/platform/clock.ts';

/**
 * A clock that runs `factor` times faster than real time, for a provider sandbox and a Ponte that share it: a
 * minute of a provider's rate limit passes in 60 / factor real seconds, while every part keeps seeing one consistent
 * timeline (several sleepers wake in order, and real work — HTTP, database — takes its real share of clock time,
 * multiplied). Unlike a manual clock moved by whoever sleeps, concurrent sleepers cannot push time forward for each
 * other, so a test under pressure stays honest about how fast calls really came.
 */
export class AcceleratedClock implements Clock {
  readonly #startMs: number;
  readonly #realStart = performance.now();

  constructor(
    start: Date | string,
    readonly factor: number,
  ) {
    this.#startMs = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#startMs + (performance.now() - this.#realStart) * this.factor);
  }

  /** Waits until this clock has moved `milliseconds` (never less: timers may fire a little early). */
  readonly sleep = async (milliseconds: number): Promise<void> => {
    const until = this.now().getTime() + milliseconds;
    for (let left = milliseconds; left > 0; left = until - this.now().getTime()) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, left / this.factor)));
    }
  };
}
