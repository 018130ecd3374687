/** The one source of "now": services take a Clock so tests can move time instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to, for tests of expiries and timers. */
export class ManualClock implements Clock {
  #current: number;

  constructor(start: Date | string = '2026-01-15T12:00:00.000Z') {
    this.#current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#current);
  }

  advance(milliseconds: number): void {
    this.#current += milliseconds;
  }

  set(at: Date | string): void {
    this.#current = new Date(at).getTime();
  }
}
