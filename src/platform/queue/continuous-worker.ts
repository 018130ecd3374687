/** What a continuous worker needs of its queue: fetching up to `max` jobs, and running one to its end (never throws). */
export interface ContinuousSource<Job extends { id: string }> {
  fetch(max: number): Promise<Job[]>;
  run(job: Job): Promise<void>;
  /** A fetch failed (the loop tries again), or a run rejected although it should settle its job itself. */
  onError(error: unknown, during: 'fetch' | 'run'): void;
}

/**
 * Keeps up to `concurrency` jobs of one queue running: it starts the next job as soon as one ends, where a batch
 * worker waits for the slowest job of its batch before it fetches again. It fetches once a quarter of the slots are
 * free (one fetch serves several jobs; the slots are never empty meanwhile). An empty or short fetch means the queue
 * is drained for now: it waits `idleMs` before asking again.
 */
export class ContinuousWorker<Job extends { id: string }> {
  readonly #running = new Map<string, Promise<void>>();
  readonly #loop: Promise<void>;
  #stopping = false;
  #signalStop!: () => void;
  readonly #stopped = new Promise<void>((resolve) => (this.#signalStop = resolve));

  constructor(
    private readonly source: ContinuousSource<Job>,
    private readonly concurrency: number,
    private readonly idleMs: number,
  ) {
    this.#loop = this.#fill();
  }

  async #fill(): Promise<void> {
    while (!this.#stopping) {
      const free = this.concurrency - this.#running.size;
      if (free < Math.max(1, Math.floor(this.concurrency / 4))) {
        await Promise.race([...this.#running.values(), this.#stopped]);
        continue;
      }
      let jobs: Job[] = [];
      try {
        jobs = await this.source.fetch(free);
      } catch (error) {
        this.source.onError(error, 'fetch');
      }
      for (const job of jobs) {
        // `run` settles its job itself; a rejection that still escapes must neither crash the process nor end the loop.
        const running = this.source
          .run(job)
          .catch((error: unknown) => this.source.onError(error, 'run'))
          .finally(() => this.#running.delete(job.id));
        this.#running.set(job.id, running);
      }
      if (jobs.length < free) await this.#pause();
    }
  }

  async #pause(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([new Promise((resolve) => (timer = setTimeout(resolve, this.idleMs))), this.#stopped]);
    clearTimeout(timer);
  }

  /**
   * Stops fetching and waits up to `timeoutMs` for the jobs running; returns the ids of those still running then
   * (the caller fails them, so that they are retried rather than left until they expire).
   */
  async stop(timeoutMs: number): Promise<string[]> {
    this.#stopping = true;
    this.#signalStop();
    await this.#loop;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(this.#running.values()),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    return [...this.#running.keys()];
  }
}

/**
 * Job completions gathered for a few milliseconds and written in one statement: each caller's promise settles when
 * the statement holding its job has (so nothing is reported completed before it is).
 */
export class CompletionBatcher {
  #pending: { id: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (ids: string[]) => Promise<void>,
    private readonly maxWaitMs: number,
    private readonly maxBatch: number,
  ) {}

  complete(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ id, resolve, reject });
      if (this.#pending.length >= this.maxBatch) this.#flush();
      else this.#timer ??= setTimeout(() => this.#flush(), this.maxWaitMs);
    });
  }

  #flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#pending.splice(0);
    if (batch.length === 0) return;
    this.write(batch.map((item) => item.id)).then(
      () => batch.forEach((item) => item.resolve()),
      (error: unknown) => batch.forEach((item) => item.reject(error)),
    );
  }
}
