import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventReactions, type Event, type NewEvent } from '../../src/modules/events/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
});
afterAll(async () => ponte?.dispose());

const event = (accountId: string, type: string, label: string, origin: 'live' | 'history' = 'live'): NewEvent => ({ accountId, environment: 'sandbox', type, data: { label }, origin });

function recorder(name: string, seen: string[], options: { includeHistory?: boolean } = {}) {
  const reactions = new EventReactions({ database: ponte.database, events: ponte.events, clock: ponte.clock, logger: ponte.logger });
  reactions.add({ name, types: ['test.wanted'], ...options, handle: async (_tx, events: Event[]) => void seen.push(...events.map((item) => String(item.data.label))) });
  return reactions;
}

describe('event reactions', () => {
  it('see each live event of their types once, from their first run on, whichever of two processes runs them', async () => {
    const accountId = `acc_${Math.random().toString(36).slice(2)}`;
    const name = `test-${accountId}`;
    await ponte.events.append(ponte.database.db, [event(accountId, 'test.wanted', 'before-first-run')]);
    await ponte.eventsReadable();
    const seen: string[] = [];
    const [one, two] = [recorder(name, seen), recorder(name, seen)];
    await one.runAll();
    expect(seen).toEqual([]);

    await ponte.events.append(ponte.database.db, [
      event(accountId, 'test.wanted', 'a'),
      event(accountId, 'test.other', 'not-wanted'),
      event(accountId, 'test.wanted', 'old', 'history'),
      event(accountId, 'test.wanted', 'b'),
    ]);
    await ponte.eventsReadable();
    await Promise.all([one.runAll(), two.runAll()]);
    await one.runAll();
    expect(seen).toEqual(['a', 'b']);
  });

  it('leave the cursor where it was when the handler fails, so the events come again', async () => {
    const accountId = `acc_${Math.random().toString(36).slice(2)}`;
    const name = `failing-${accountId}`;
    let fail = true;
    const seen: string[] = [];
    const reactions = new EventReactions({ database: ponte.database, events: ponte.events, clock: ponte.clock, logger: ponte.logger });
    reactions.add({
      name,
      types: ['test.wanted'],
      handle: async (_tx, events) => {
        if (fail) throw new Error('the handler failed');
        seen.push(...events.filter((item) => item.accountId === accountId).map((item) => String(item.data.label)));
      },
    });
    await reactions.runAll().catch(() => {});
    await ponte.events.append(ponte.database.db, [event(accountId, 'test.wanted', 'x')]);
    await ponte.eventsReadable();
    await expect(reactions.runAll()).rejects.toThrow('the handler failed');
    fail = false;
    await reactions.runAll();
    expect(seen).toEqual(['x']);
  });
});

describe('a failing reaction', () => {
  it('stops only itself: the others go on reading', async () => {
    const accountId = `acc_${Math.random().toString(36).slice(2)}`;
    const seen: string[] = [];
    const reactions = new EventReactions({ database: ponte.database, events: ponte.events, clock: ponte.clock, logger: ponte.logger });
    reactions.add({ name: `broken-${accountId}`, types: ['test.wanted'], handle: async () => Promise.reject(new Error('always fails')) });
    reactions.add({
      name: `healthy-${accountId}`,
      types: ['test.wanted'],
      handle: async (_tx, events) => void seen.push(...events.filter((item) => item.accountId === accountId).map((item) => String(item.data.label))),
    });
    await reactions.runAll().catch(() => {});
    await ponte.events.append(ponte.database.db, [event(accountId, 'test.wanted', 'y')]);
    await ponte.eventsReadable();
    await expect(reactions.runAll()).rejects.toThrow('always fails');
    expect(seen).toEqual(['y']);
  });
});
