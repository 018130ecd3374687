import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/platform/group-commit.ts';

/** A write the test finishes by hand, so it can see what arrives while a batch is in flight. */
function heldWrites<Item>() {
  const calls: { items: Item[]; finish: (error?: Error) => void }[] = [];
  const write = (items: Item[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ items, finish: (error) => (error ? reject(error) : resolve(items.map((item) => `ok:${String(item)}`))) });
    });
  return { calls, write };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes what arrives together as one batch, and gathers arrivals while a batch is in flight for the next', async () => {
    const { calls, write } = heldWrites<number>();
    const group = new GroupCommit({ write, maxBatch: 100 });
    const first = [1, 2, 3].map((item) => group.submit(item));
    await turn();
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3]]);

    // In flight: nothing more starts, whatever arrives waits for the next batch.
    const second = [4, 5].map((item) => group.submit(item));
    await turn();
    await turn();
    const late = group.submit(6);
    await turn();
    expect(calls).toHaveLength(1);

    calls[0]!.finish();
    expect(await Promise.all(first)).toEqual(['ok:1', 'ok:2', 'ok:3']);
    await turn();
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3], [4, 5, 6]]);
    calls[1]!.finish();
    expect(await Promise.all([...second, late])).toEqual(['ok:4', 'ok:5', 'ok:6']);
    expect(group.stats).toEqual({ batches: 2, items: 6, splitBatches: 0 });
  });

  it('answers no caller before its batch is written', async () => {
    const { calls, write } = heldWrites<number>();
    const group = new GroupCommit({ write, maxBatch: 10 });
    let answered = false;
    const pending = group.submit(1).then(() => (answered = true));
    await turn();
    await turn();
    expect(answered).toBe(false);
    calls[0]!.finish();
    await pending;
    expect(answered).toBe(true);
  });

  it('holds at most maxBatch items per batch, and runs up to `concurrency` batches at once', async () => {
    const { calls, write } = heldWrites<number>();
    const group = new GroupCommit({ write, maxBatch: 2, concurrency: 2 });
    const all = [1, 2, 3, 4, 5].map((item) => group.submit(item));
    await turn();
    expect(calls.map((call) => call.items)).toEqual([[1, 2], [3, 4]]);
    calls[1]!.finish();
    await turn();
    await turn();
    expect(calls.map((call) => call.items)).toEqual([[1, 2], [3, 4], [5]]);
    calls[0]!.finish();
    calls[2]!.finish();
    expect(await Promise.all(all)).toEqual(['ok:1', 'ok:2', 'ok:3', 'ok:4', 'ok:5']);
  });

  it('when a batch fails, writes its items one by one: a bad item fails only its own caller', async () => {
    const writes: number[][] = [];
    const group = new GroupCommit<number, string>({
      write: async (items) => {
        writes.push(items);
        if (items.includes(3)) throw new Error('item 3 is bad');
        return items.map((item) => `ok:${item}`);
      },
      maxBatch: 10,
    });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((item) => group.submit(item)));
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message))).toEqual(['ok:1', 'ok:2', 'item 3 is bad', 'ok:4']);
    expect(writes).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
    expect(group.stats).toEqual({ batches: 3, items: 3, splitBatches: 1 });
  });

  it('when every write fails, every caller gets an error', async () => {
    const group = new GroupCommit<number, string>({
      write: async () => {
        throw new Error('the database is down');
      },
      maxBatch: 10,
    });
    const outcomes = await Promise.allSettled([1, 2, 3].map((item) => group.submit(item)));
    expect(outcomes.every((outcome) => outcome.status === 'rejected' && (outcome.reason as Error).message === 'the database is down')).toBe(true);
    expect(group.stats).toEqual({ batches: 0, items: 0, splitBatches: 1 });
  });
});
