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

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { maxBatch: number; delayMs: number } = { maxBatch: 250, delayMs: 2 },
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
    const batch = this.#pending.splice(0, this.#pending.length);
    // One batch at a time, in order: a row's later outcome never lands before its earlier one.
    this.#flushing = this.#flushing.then(() => this.#write(batch));
    await this.#flushing;
  }

  #flushSoon(delayMs: number): void {
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
