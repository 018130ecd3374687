import type { PaghiperMethod } from './mapping.ts';

export type FilterDate = 'create_date' | 'paid_date';

/**
 * Where a listing stands, kept opaque for the sync engine (JSON, base64url). PagHiper's list has no "modified since"
 * filter, only calendar-day windows on create_date or paid_date, so:
 * - a poll pass lists, for each enabled method, the charges created and then the charges paid from `since` to `until`
 *   (São Paulo days, inclusive), one page per call; `until` is fixed to "today" when the pass starts so its pages stay
 *   stable. When a pass ends, the next pass starts at the last pass's `until`: the last day is read again on every poll,
 *   because charges keep arriving (and being paid) on it after the pass. The very first poll starts yesterday, or, once a
 *   backfill has read the past, on the last day of its window (see paymentPollCursorFrom).
 * - a backfill (`mode: 'window'`) lists the charges created in the requested window, for each enabled method, once.
 */
export interface ListCursor {
  v: 1;
  mode: 'poll' | 'window';
  method: PaghiperMethod;
  filter: FilterDate;
  page: number;
  /** YYYY-MM-DD, inclusive. */
  since: string;
  /** YYYY-MM-DD, inclusive; null between poll passes (the next pass fixes it to its own "today"). */
  until: string | null;
}

export interface ListStep {
  method: PaghiperMethod;
  filter: FilterDate;
}

/** The lists a pass walks through, in order. */
export function stepsOf(mode: ListCursor['mode'], methods: readonly PaghiperMethod[]): ListStep[] {
  const filters: FilterDate[] = mode === 'poll' ? ['create_date', 'paid_date'] : ['create_date'];
  return methods.flatMap((method) => filters.map((filter) => ({ method, filter })));
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The cursor, or an Error naming what is wrong with it (it was not made by this connector). */
export function decodeCursor(text: string): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new Error('Invalid PagHiper cursor: not base64url JSON');
  }
  const c = parsed as Partial<ListCursor> | null;
  const valid =
    c !== null &&
    typeof c === 'object' &&
    c.v === 1 &&
    (c.mode === 'poll' || c.mode === 'window') &&
    (c.method === 'boleto' || c.method === 'pix') &&
    (c.filter === 'create_date' || c.filter === 'paid_date') &&
    Number.isInteger(c.page) &&
    (c.page ?? 0) >= 1 &&
    typeof c.since === 'string' &&
    DAY.test(c.since) &&
    (c.until === null || (typeof c.until === 'string' && DAY.test(c.until)));
  if (!valid) throw new Error('Invalid PagHiper cursor: unexpected shape');
  return c as ListCursor;
}

/** Calendar arithmetic on YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
