import type pg from 'pg';
import { completeBatch, type Completion } from './send-queue.ts';

type Outcome = 'sent' | 'retrying' | 'failed';

interface Pending {
  completion: Completion;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

/**
 * Writes attempts' outcomes in batches: what finishes within a few milliseconds goes in one statement. Each caller
 * hears its outcome only once its row says so; a batch that fails leaves its rows held until their lease runs out,
 * when they are sent again (at least once, never lost).
 */
export class CompletionWriter {
  #pending: Pending[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  /** A write is queued that has not taken its batch yet. */
  #queued = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { maxBatch: number; delayMs: number } = { maxBatch: 500, delayMs: 2 },
  ) {}

  write(completion: Completion): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.#pending.push({ completion, resolve, reject });
      if (this.#pending.length >= this.options.maxBatch) this.#flushSoon(0);
      else this.#flushSoon(this.options.delayMs);
    });
  }

  /** Writes everything waiting. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#queued) {
      this.#queued = true;
      // One write at a time: what finishes during one goes in the next, taken when it starts (so batches grow
      // with the load instead of queueing up small).
      this.#flushing = this.#flushing.then(() => {
        this.#queued = false;
        return this.#write(this.#pending.splice(0, this.#pending.length));
      });
    }
    await this.#flushing;
  }

  #flushSoon(delayMs: number): void {
    if (this.#queued) return;
    if (delayMs === 0) {
      void this.flush();
      return;
    }
    this.#timer ??= setTimeout(() => void this.flush(), delayMs);
  }

  async #write(batch: Pending[]): Promise<void> {
    for (let start = 0; start < batch.length; start += this.options.maxBatch) {
      const part = batch.slice(start, start + this.options.maxBatch);
      try {
        const outcomes = await completeBatch(
          this.pool,
          part.map((pending) => pending.completion),
        );
        part.forEach((pending, index) => pending.resolve(outcomes[index]!));
      } catch (error) {
        for (const pending of part) pending.reject(error);
      }
    }
  }
}
