import type { ChangesPage, FetchRequest } from '../sdk/client.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { isObject, paghiperCall, type CallOptions, type PaghiperContext } from './api.ts';
import { addDays, decodeCursor, encodeCursor, stepsOf, type ListCursor } from './cursor.ts';
import { paghiperDay, paghiperInteger, paymentRecord, toPayment } from './mapping.ts';

/** PagHiper's largest page. */
export const PAGE_SIZE = 100;

function firstStep(context: PaghiperContext) {
  const [first] = stepsOf('window', context.config.paymentMethods);
  if (!first) throw new Error('PagHiper config enables no payment method');
  return first;
}

/** Where a call starts: the cursor given, or a new poll pass (from yesterday) or backfill (the window). */
function startingCursor(context: PaghiperContext, request: FetchRequest): ListCursor {
  const first = firstStep(context);
  if (request.cursor) return decodeCursor(request.cursor);
  if (request.window) {
    const since = paghiperDay(request.window.from);
    const until = paghiperDay(request.window.to);
    return { v: 1, mode: 'window', ...first, page: 1, since: since <= until ? since : until, until };
  }
  return { v: 1, mode: 'poll', ...first, page: 1, since: addDays(paghiperDay(context.now()), -1), until: null };
}

/**
 * A poll pass from the day of `since` (a backfill's window end): PagHiper lists whole days, so that day is read again,
 * and none before it.
 */
export function paymentPollCursorFrom(context: PaghiperContext, model: FetchRequest['model'], since: Date): string {
  if (model !== 'payment') throw new Error(`PagHiper has no ${model} records`);
  return encodeCursor({ v: 1, mode: 'poll', ...firstStep(context), page: 1, since: paghiperDay(since), until: null });
}

/** One page of one list (see ListCursor for the polling and backfill design). */
export async function fetchPaymentChanges(context: PaghiperContext, request: FetchRequest, options: CallOptions): Promise<ChangesPage> {
  if (request.model !== 'payment') throw new Error(`PagHiper has no ${request.model} records`);
  let cursor = startingCursor(context, request);
  if (cursor.until === null) {
    const today = paghiperDay(context.now());
    cursor = { ...cursor, until: today, since: cursor.since <= today ? cursor.since : today };
  }
  const until = cursor.until as string;
  const steps = stepsOf(cursor.mode, context.config.paymentMethods);
  let index = steps.findIndex((step) => step.method === cursor.method && step.filter === cursor.filter);
  // The methods enabled changed since the cursor was written: walk the current ones from the start.
  if (index < 0) [index, cursor] = [0, { ...cursor, ...steps[0], page: 1 }];

  const list = await paghiperCall(
    context,
    cursor.method,
    'list',
    { filter_date: cursor.filter, initial_date: cursor.since, final_date: until, limit: PAGE_SIZE, page: cursor.page },
    options,
  );
  // PHP encodes a list whose keys are not 0..n-1 as an object ({"0":{…},"2":{…}}): its values are the charges.
  const listed = list.transaction_list ?? [];
  const items: unknown[] = Array.isArray(listed) ? listed : isObject(listed) ? Object.values(listed) : [listed];
  if (!items.every(isObject)) throw new ProviderError('bad_response', 'PagHiper list: transaction_list is not a list of charges');
  const records = items.map((item) => paymentRecord(toPayment(item, cursor.method)));
  const currentPage = paghiperInteger(list.current_page, 'current_page') ?? cursor.page;
  const totalPages = paghiperInteger(list.total_page, 'total_page') ?? 0;

  if (currentPage < totalPages) return { records, nextCursor: encodeCursor({ ...cursor, page: currentPage + 1 }), done: false };
  const next = steps[index + 1];
  if (next) return { records, nextCursor: encodeCursor({ ...cursor, ...next, page: 1 }), done: false };
  if (cursor.mode === 'window') return { records, nextCursor: null, done: true };
  const restart = steps[0] ?? cursor;
  const nextPass: ListCursor = { v: 1, mode: 'poll', method: restart.method, filter: restart.filter, page: 1, since: until, until: null };
  return { records, nextCursor: encodeCursor(nextPass), done: true };
}
