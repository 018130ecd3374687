/**
 * A client-side limiter for HugMe's "10 calls per minute per client, token call included" (providers.md §2).
 *
 * Design: a sliding 60-second window of counted calls, keyed by HugMe client id (the unit the provider counts).
 * Before each call `acquire` waits, through the injected `sleep`, until the window has room, then counts the call.
 * Waiters of one key are served in order (a promise chain), so concurrent calls in one process never overshoot.
 * A call counts from the moment it is sent until a full window after its answer arrived (`acquire` returns the
 * `release` to call then): the provider counted it somewhere in between, so timing the window from the answer never
 * frees a slot before the provider does, however long the call was in flight; `marginMs` adds spacing on top.
 * A 429 from the provider (another process, a clock difference) is fed back with `blockFor`, which holds every
 * caller of that key for the Retry-After delay.
 *
 * The clock and the sleep are injected so tests move a fake clock instead of waiting. The state lives in this
 * process only; sharing the budget between sync workers is the sync engine's job (out of scope here).
 */
export interface LimiterOptions {
  /** Calls allowed per window; HugMe's is 10. */
  limit: number;
  windowMs?: number;
  /** Extra spacing added when waiting for the window, for network latency between our clock and the provider's. */
  marginMs?: number;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

interface KeyState {
  /** When each counted call was answered; Infinity while it is in flight. */
  calls: number[];
  /** Resolved (and replaced) whenever an in-flight call is answered. */
  released: { promise: Promise<void>; resolve: () => void };
  blockedUntil: number;
  queue: Promise<void>;
}

export class CallLimiter {
  readonly #states = new Map<string, KeyState>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #marginMs: number;
  readonly #now: () => Date;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(options: LimiterOptions) {
    if (!(options.limit >= 1)) throw new Error('The call limit must be at least 1');
    this.#limit = options.limit;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#marginMs = options.marginMs ?? 0;
    this.#now = options.now;
    this.#sleep = options.sleep;
  }

  /** Waits until one more call for `key` fits in the window and counts it; call the returned `release` when it is answered. */
  acquire(key: string): Promise<() => void> {
    const state = this.#state(key);
    const turn = state.queue.then(() => this.#waitForRoom(state));
    state.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /** Holds every call for `key` for `ms` from now (after a 429 with Retry-After). */
  blockFor(key: string, ms: number): void {
    const state = this.#state(key);
    state.blockedUntil = Math.max(state.blockedUntil, this.#now().getTime() + ms);
  }

  /** Calls counted in the current window for `key` (for tests and diagnostics). */
  inWindow(key: string): number {
    const now = this.#now().getTime();
    return (this.#states.get(key)?.calls ?? []).filter((at) => at > now - this.#windowMs).length;
  }

  /** Calls sent and not yet answered, over all keys. */
  inFlight(): number {
    let count = 0;
    for (const state of this.#states.values()) count += state.calls.filter((at) => at === Infinity).length;
    return count;
  }

  async #waitForRoom(state: KeyState): Promise<() => void> {
    for (;;) {
      const now = this.#now().getTime();
      state.calls = state.calls.filter((at) => at > now - this.#windowMs);
      let wait = state.blockedUntil - now;
      if (state.calls.length >= this.#limit) {
        const oldest = Math.min(...state.calls);
        if (oldest === Infinity) {
          // Every counted call is still in flight: wait for one to be answered, then time the window from there.
          await state.released.promise;
          continue;
        }
        wait = Math.max(wait, oldest + this.#windowMs - now + this.#marginMs);
      }
      if (wait <= 0) return this.#count(state);
      await this.#sleep(wait);
    }
  }

  #count(state: KeyState): () => void {
    const entry = { done: false };
    state.calls.push(Infinity);
    return () => {
      if (entry.done) return;
      entry.done = true;
      const index = state.calls.indexOf(Infinity);
      if (index >= 0) state.calls[index] = this.#now().getTime();
      const { resolve } = state.released;
      state.released = signal();
      resolve();
    };
  }

  #state(key: string): KeyState {
    let state = this.#states.get(key);
    if (!state) {
      state = { calls: [], released: signal(), blockedUntil: 0, queue: Promise.resolve() };
      this.#states.set(key, state);
    }
    return state;
  }
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
