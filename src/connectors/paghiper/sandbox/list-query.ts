import { integer, present } from './body-values.ts';
import { isChargeStatus, type Charge } from './charges.ts';
import type { ProviderCall } from './operations.ts';
import type { SandboxState } from './sandbox-state.ts';
import { addDays, formatDate, isCalendarDate, localInstant } from './time.ts';
import { listItem, reject, success, type ProviderReply } from './wire.ts';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;
/** Without dates, PagHiper lists the last 90 days (today and the 89 before it). */
const DEFAULT_WINDOW_DAYS = 90;
const FILTER_DATES = ['create_date', 'paid_date'] as const;
const VALUE_FILTERS = ['=', '>=', '<=', '>', '<'] as const;

/**
 * POST /transaction/list/ and /invoice/list/: filters, then pages in a stable order (creation time, then id), so
 * paging from 1 until current_page >= total_page returns every matching charge exactly once.
 */
export function listCharges(state: SandboxState, call: ProviderCall): ProviderReply {
  const body = call.body;
  const today = formatDate(state.now());
  const datesGiven = present(body.initial_date) || present(body.final_date);
  if (datesGiven && !present(body.filter_date)) return reject('filter_date não informado');
  if (present(body.filter_date) && !FILTER_DATES.includes(body.filter_date as never)) return reject('filter_date inválido');
  const filterDate = (present(body.filter_date) ? body.filter_date : 'create_date') as (typeof FILTER_DATES)[number];
  const from = present(body.initial_date) ? body.initial_date : addDays(today, 1 - DEFAULT_WINDOW_DAYS);
  const to = present(body.final_date) ? body.final_date : today;
  if (!isCalendarDate(from)) return reject('initial_date inválida');
  if (!isCalendarDate(to)) return reject('final_date inválida');
  if (from > to) return reject('initial_date maior que final_date');
  if (present(body.status) && !isChargeStatus(body.status)) return reject('status inválido');
  if (present(body.due_date) && !isCalendarDate(body.due_date)) return reject('due_date inválida');
  const valueFilter = present(body.value_cents_filter) ? body.value_cents_filter : '=';
  if (!VALUE_FILTERS.includes(valueFilter as never)) return reject('value_cents_filter inválido');
  const valueCents = present(body.value_cents) ? integer(body.value_cents) : null;
  if (present(body.value_cents) && valueCents === null) return reject('value_cents inválido');

  const requestedLimit = integer(body.limit);
  // PagHiper refuses a page larger than 100 rather than shortening it: a client asking for more must be told.
  if (requestedLimit !== null && requestedLimit > MAX_LIMIT) return reject(`limit deve ser no máximo ${MAX_LIMIT}`);

  // The São Paulo days as instants, computed once: formatting each charge's date took most of a busy store's list call.
  const fromMs = localInstant(from).getTime();
  const untilMs = localInstant(addDays(to, 1)).getTime();
  const byPayment = filterDate === 'paid_date';
  const status = present(body.status) ? body.status : undefined;
  const dueDate = present(body.due_date) ? body.due_date : undefined;
  const orderId = present(body.order_id) ? String(body.order_id) : undefined;
  const document = present(body.payer_cpf_cnpj) ? String(body.payer_cpf_cnpj).replace(/\D/g, '') : undefined;
  const matches = (charge: Charge): boolean => {
    const at = (byPayment ? charge.paidAt : charge.createdAt)?.getTime();
    if (at === undefined || at < fromMs || at >= untilMs) return false;
    if (status !== undefined && charge.status !== status) return false;
    if (dueDate !== undefined && charge.dueDate !== dueDate) return false;
    if (orderId !== undefined && charge.orderId !== orderId) return false;
    if (document !== undefined && charge.payer.cpfCnpj !== document) return false;
    return valueCents === null || compare(charge.valueCents, valueFilter as (typeof VALUE_FILTERS)[number], valueCents);
  };
  const all = state.store.chargesOf(call.merchant.apiKey, call.kind);
  // The list is in creation order, so a creation window is a slice found by bisection: a busy store's backfill pages
  // through months of it one page at a time.
  const candidates = byPayment ? all : all.slice(firstCreatedAtOrAfter(all, fromMs), firstCreatedAtOrAfter(all, untilMs));
  const rows = candidates.filter(matches);

  const limit = Math.max(requestedLimit ?? DEFAULT_LIMIT, 1);
  const page = Math.max(integer(body.page) ?? 1, 1);
  return success({
    response_message: 'transacoes encontradas',
    current_page: page,
    total_page: Math.ceil(rows.length / limit),
    transaction_list: rows.slice((page - 1) * limit, page * limit).map(listItem),
  });
}

/** The index of the first charge created at or after `ms` in a list in creation order (its length when none is). */
function firstCreatedAtOrAfter(charges: readonly Charge[], ms: number): number {
  let low = 0;
  let high = charges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (charges[middle]!.createdAt.getTime() < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compare(value: number, operator: (typeof VALUE_FILTERS)[number], target: number): boolean {
  switch (operator) {
    case '=':
      return value === target;
    case '>=':
      return value >= target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '<':
      return value < target;
  }
}
