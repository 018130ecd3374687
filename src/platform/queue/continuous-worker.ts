/** What a continuous worker needs of its queue: fetching up to `max` jobs, and running one to its end (never throws). */
export interface ContinuousSource<Job extends { id: string }> {
  fetch(max: number): Promise<Job[]>;
  run(job: Job): Promise<void>;
  onFetchError(error: unknown): void;
}

/**
 * Keeps up to `concurrency` jobs of one queue running: it fetches as many as there are free slots and starts the
 * next job as soon as one ends, where a batch worker waits for the slowest job of its batch before it fetches again.
 * An empty or short fetch means the queue is drained for now: it waits `idleMs` before asking again.
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
      if (free === 0) {
        await Promise.race([...this.#running.values(), this.#stopped]);
        continue;
      }
      let jobs: Job[] = [];
      try {
        jobs = await this.source.fetch(free);
      } catch (error) {
        this.source.onFetchError(error);
      }
      for (const job of jobs) {
        const running = this.source.run(job).finally(() => this.#running.delete(job.id));
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
