/** What a GroupCommit has written so far: committed batches and the items in them. */
export interface GroupCommitStats {
  /** Batches written (one `write` call that succeeded each); an item retried alone counts as a batch of one. */
  batches: number;
  /** Items written. */
  items: number;
  /** Batches of more than one item whose write failed, whose items were then written one by one. */
  splitBatches: number;
}

export interface GroupCommitOptions<Item, Result> {
  /**
   * Writes the items in one transaction and returns one result per item, in their order. It must be all or nothing:
   * when it throws, nothing of the batch may remain written.
   */
  write: (items: Item[]) => Promise<Result[]>;
  /** Items per batch at most. */
  maxBatch: number;
  /** Batches written at once at most (1: one after the other, as a single database session needs). */
  concurrency?: number;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: callers hand in items one at a time and each waits for its own item's result, while the items are
 * written in batches, one transaction per batch instead of one per item. When nothing is being written, a batch
 * starts at the next turn of the event loop (what arrived in the same turn goes with it: no fixed delay when quiet);
 * while `concurrency` batches are being written, arrivals gather for the next one, up to `maxBatch` items.
 *
 * A caller is answered only once its batch is written. When a batch of several fails, its items are written again
 * one by one, so that one bad item fails only its own caller; when the failure is the database's, every caller gets
 * an error (its own attempt's).
 */
export class GroupCommit<Item, Result> {
  readonly #write: (items: Item[]) => Promise<Result[]>;
  readonly #maxBatch: number;
  readonly #concurrency: number;
  #waiting: Waiting<Item, Result>[] = [];
  #writing = 0;
  #scheduled = false;
  readonly #stats: GroupCommitStats = { batches: 0, items: 0, splitBatches: 0 };

  constructor(options: GroupCommitOptions<Item, Result>) {
    if (!(options.maxBatch >= 1)) throw new Error('GroupCommit: maxBatch must be at least 1');
    this.#write = options.write;
    this.#maxBatch = options.maxBatch;
    this.#concurrency = Math.max(1, options.concurrency ?? 1);
  }

  /** Resolves with the item's result once its batch is committed; rejects when its write failed. */
  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      this.#schedule();
    });
  }

  get stats(): Readonly<GroupCommitStats> {
    return { ...this.#stats };
  }

  #schedule(): void {
    if (this.#scheduled || this.#writing >= this.#concurrency || this.#waiting.length === 0) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#startBatches();
    });
  }

  #startBatches(): void {
    while (this.#writing < this.#concurrency && this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, this.#maxBatch);
      this.#writing++;
      void this.#writeBatch(batch).finally(() => {
        this.#writing--;
        this.#schedule();
      });
    }
  }

  async #writeBatch(batch: Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await this.#writeCounted(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => waiting.resolve(results[index]!));
      return;
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
    }
    this.#stats.splitBatches++;
    // One after the other: when the database itself is failing, this adds one attempt at a time, not a burst.
    for (const waiting of batch) {
      try {
        const [result] = await this.#writeCounted([waiting.item]);
        waiting.resolve(result!);
      } catch (error) {
        waiting.reject(error);
      }
    }
  }

  async #writeCounted(items: Item[]): Promise<Result[]> {
    const results = await this.#write(items);
    if (results.length !== items.length) throw new Error(`GroupCommit: the write returned ${results.length} results for ${items.length} items`);
    this.#stats.batches++;
    this.#stats.items += items.length;
    return results;
  }
}
