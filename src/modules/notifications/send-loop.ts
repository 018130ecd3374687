/**
 * Runs `round` whenever woken, and every `fallbackMs` in case a wake was missed; wakes during a round run it once
 * more afterwards, never two at once.
 */
export class WakeLoop {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> = Promise.resolve();
  #queued = false;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly fallbackMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  get started(): boolean {
    return this.#timer !== undefined;
  }

  start(): void {
    this.#timer ??= setInterval(() => this.wake(), this.fallbackMs);
    this.wake();
  }

  wake(): void {
    if (this.#queued || !this.#timer) return;
    this.#queued = true;
    this.#running = this.#running
      .then(async () => {
        this.#queued = false;
        await this.round();
      })
      .catch(this.onError);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}

export interface SendLoopDeps<Row, Batch> {
  /** Sends at once; the buffer holds up to twice as many claimed and waiting. */
  concurrency: number;
  /** Claims up to `limit` due rows in one statement, with what sending them needs (their rules, say). */
  claim(limit: number): Promise<{ rows: Row[]; batch: Batch }>;
  /**
   * Sends one row; may resolve, once the send itself is over, to what is left to do (writing its outcome): its slot
   * goes to the next row meanwhile, and at most `concurrency` of these wait at once.
   */
  send(row: Row, batch: Batch): Promise<{ writing: Promise<void> } | void>;
  onError(error: unknown): void;
}

/**
 * Keeps `concurrency` sends in flight continuously: a local buffer of claimed rows is refilled (one claim) as soon as
 * it falls below the concurrency, and each finished send starts the next at once. When a claim comes back short,
 * nothing more is due: it waits for a wake (a signal, a retry coming due, the fallback tick).
 */
export class SendLoop<Row, Batch> {
  #buffer: { row: Row; batch: Batch }[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  /** Sends over whose outcome is being written. */
  readonly #settling = new Set<Promise<void>>();
  #refilling: Promise<void> | undefined;
  #dry = false;
  /** Counts wakes, so a wake that came while a claim ran is not lost when the claim comes back short. */
  #wakes = 0;
  #open = false;

  constructor(private readonly deps: SendLoopDeps<Row, Batch>) {}

  get inFlight(): number {
    return this.#inFlight.size;
  }

  start(): void {
    this.#open = true;
    this.wake();
  }

  wake(): void {
    this.#wakes++;
    this.#dry = false;
    this.#pump();
  }

  /** Stops claiming; returns the rows claimed but not started (for the caller to give back) and waits for sends under way. */
  async stop(timeoutMs: number): Promise<Row[]> {
    this.#open = false;
    await this.#refilling;
    const unsent = this.#buffer.splice(0).map(({ row }) => row);
    const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([Promise.allSettled(this.#inFlight).then(() => Promise.allSettled(this.#settling)), timeout]);
    return unsent;
  }

  /** Claims and sends until a claim finds nothing due, whether or not the loop runs (tests and benchmarks). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { rows, batch } = await this.deps.claim(this.deps.concurrency);
      total += rows.length;
      for (const row of rows) this.#start(row, batch);
      while (this.#inFlight.size + this.#settling.size > 0) await Promise.allSettled([...this.#inFlight, ...this.#settling]);
      if (rows.length === 0) return total;
    }
  }

  #pump(): void {
    while (this.#inFlight.size < this.deps.concurrency && this.#settling.size < 4 * this.deps.concurrency && this.#buffer.length > 0) {
      const next = this.#buffer.shift()!;
      this.#start(next.row, next.batch);
    }
    if (this.#open && !this.#dry && !this.#refilling && this.#buffer.length < this.deps.concurrency) this.#refill();
  }

  #refill(): void {
    const room = 2 * this.deps.concurrency - this.#buffer.length - this.#inFlight.size;
    if (room <= 0) return;
    const wakes = this.#wakes;
    this.#refilling = this.deps
      .claim(room)
      .then(
        ({ rows, batch }) => {
          for (const row of rows) this.#buffer.push({ row, batch });
          if (rows.length < room && wakes === this.#wakes) this.#dry = true;
        },
        (error: unknown) => {
          this.deps.onError(error);
          // Tried again on the next wake or tick, not in a tight loop.
          if (wakes === this.#wakes) this.#dry = true;
        },
      )
      .finally(() => {
        this.#refilling = undefined;
        this.#pump();
      });
  }

  #start(row: Row, batch: Batch): void {
    const sending: Promise<void> = this.deps
      .send(row, batch)
      .then((rest) => {
        if (!rest) return;
        const settling: Promise<void> = rest.writing.catch(this.deps.onError).finally(() => {
          this.#settling.delete(settling);
          this.#pump();
        });
        this.#settling.add(settling);
      })
      .catch(this.deps.onError)
      .finally(() => {
        this.#inFlight.delete(sending);
        this.#pump();
      });
    this.#inFlight.add(sending);
  }
}
