import { HugmeError } from './errors.ts';
import type { HugmeTicket } from './ticket-schema.ts';

/**
 * HugMe's ticket query language: bracket comparators `field[op]=value`, `page[size]`/`page[number]` and
 * `sort[field]=ASC|DESC`. Anything the sandbox does not know is refused with 400 rather than ignored, so a
 * connector's typo shows up in tests instead of as a silently unfiltered sync.
 */

type Kind = 'number' | 'string' | 'date' | 'boolean';
type Value = number | string | boolean | null;

const FIELDS: Record<string, { kind: Kind; get: (ticket: HugmeTicket) => Value }> = {
  id: { kind: 'number', get: (t) => t.id },
  source_external_id: { kind: 'string', get: (t) => t.source_external_id },
  'company.id': { kind: 'number', get: (t) => t.company.id },
  'company.name': { kind: 'string', get: (t) => t.company.name },
  'source.id': { kind: 'number', get: (t) => t.source.id },
  'source.name': { kind: 'string', get: (t) => t.source.name },
  'hugme_status.id': { kind: 'number', get: (t) => t.hugme_status.id },
  'ra_status.id': { kind: 'number', get: (t) => t.ra_status.id },
  'customer.id': { kind: 'number', get: (t) => t.customer.id },
  creation_date: { kind: 'date', get: (t) => t.creation_date },
  insertion_date: { kind: 'date', get: (t) => t.insertion_date },
  last_modification_date: { kind: 'date', get: (t) => t.last_modification_date },
  closed_date: { kind: 'date', get: (t) => t.closed_date },
  complaint_response_date: { kind: 'date', get: (t) => t.complaint_response_date },
  rating_date: { kind: 'date', get: (t) => t.rating_date },
  request_moderation: { kind: 'boolean', get: (t) => t.request_moderation },
  request_evaluation: { kind: 'boolean', get: (t) => t.request_evaluation },
  frozen: { kind: 'boolean', get: (t) => t.frozen },
  active: { kind: 'boolean', get: (t) => t.active },
};

const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'] as const;
type Operator = (typeof OPERATORS)[number];

const SORT_FIELDS = ['id', 'creation_date', 'last_modification_date', 'insertion_date'] as const;
type SortField = (typeof SORT_FIELDS)[number];

const MAX_PAGE_SIZE = 50;
/** The page size when `page[size]` is absent (one public client documents 25; the provider's is unknown). */
const DEFAULT_PAGE_SIZE = 25;

export interface TicketQuery {
  filters: ((ticket: HugmeTicket) => boolean)[];
  sort: { field: SortField; descending: boolean }[];
  page: { number: number; size: number };
}

const BRACKET = /^([A-Za-z_][A-Za-z0-9_.]*)\[([A-Za-z_]+)\]$/;

export function parseTicketQuery(query: Record<string, unknown>): TicketQuery {
  const parsed: TicketQuery = { filters: [], sort: [], page: { number: 1, size: DEFAULT_PAGE_SIZE } };
  for (const [key, raw] of Object.entries(query)) {
    const values = (Array.isArray(raw) ? raw : [raw]).map(String);
    const match = BRACKET.exec(key);
    if (!match) throw new HugmeError('invalid_filter', `parâmetro desconhecido ${key}`);
    const [, field, op] = match as unknown as [string, string, string];
    if (field === 'page') parsePage(parsed, op, values);
    else if (field === 'sort') parsed.sort.push(parseSort(op, values));
    else for (const value of values) parsed.filters.push(parseFilter(field, op, value));
  }
  return parsed;
}

/** Filters, sorts (ties broken by id ascending, so paging is stable) and cuts one page. */
export function runTicketQuery(tickets: HugmeTicket[], query: TicketQuery): { data: HugmeTicket[]; total: number } {
  const matching = tickets.filter((ticket) => query.filters.every((keep) => keep(ticket)));
  matching.sort((a, b) => {
    for (const { field, descending } of query.sort) {
      const order = compare(FIELDS[field]!.get(a), FIELDS[field]!.get(b));
      if (order !== 0) return descending ? -order : order;
    }
    return a.id - b.id;
  });
  const start = (query.page.number - 1) * query.page.size;
  return { data: matching.slice(start, start + query.page.size), total: matching.length };
}

function parsePage(parsed: TicketQuery, key: string, values: string[]): void {
  const value = values.at(-1)!;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (key === 'size') {
    if (!(number >= 1 && number <= MAX_PAGE_SIZE)) {
      throw new HugmeError('invalid_page', `page[size] deve estar entre 1 e ${MAX_PAGE_SIZE}`);
    }
    parsed.page.size = number;
  } else if (key === 'number') {
    if (!(number >= 1)) throw new HugmeError('invalid_page', 'page[number] deve ser um inteiro a partir de 1');
    parsed.page.number = number;
  } else {
    throw new HugmeError('invalid_page', `parâmetro desconhecido page[${key}]`);
  }
}

function parseSort(field: string, values: string[]): TicketQuery['sort'][number] {
  if (!(SORT_FIELDS as readonly string[]).includes(field)) throw new HugmeError('invalid_filter', `ordenação não suportada: ${field}`);
  const direction = values.at(-1)!.toUpperCase();
  if (direction !== 'ASC' && direction !== 'DESC') throw new HugmeError('invalid_filter', `sort[${field}] deve ser ASC ou DESC`);
  return { field: field as SortField, descending: direction === 'DESC' };
}

function parseFilter(field: string, op: string, raw: string): (ticket: HugmeTicket) => boolean {
  const spec = FIELDS[field];
  if (!spec) throw new HugmeError('invalid_filter', `campo desconhecido ${field}`);
  if (!(OPERATORS as readonly string[]).includes(op)) throw new HugmeError('invalid_filter', `operador desconhecido ${op} em ${field}`);
  const operator = op as Operator;
  if (spec.kind === 'boolean' && !['eq', 'ne', 'in', 'nin'].includes(operator)) {
    throw new HugmeError('invalid_filter', `operador ${op} não se aplica a ${field}`);
  }
  const wanted = operator === 'in' || operator === 'nin' ? raw.split(',').map((part) => part.trim()) : [raw];
  if (wanted.length === 0 || wanted.some((part) => part === '')) throw new HugmeError('invalid_filter', `valor vazio em ${field}[${op}]`);
  const targets = wanted.map((part) => parseValue(spec.kind, field, part));
  const read = spec.kind === 'date' ? (t: HugmeTicket) => dateValue(spec.get(t)) : spec.get;
  return (ticket) => test(operator, read(ticket), targets);
}

function test(op: Operator, actual: Value, targets: Value[]): boolean {
  const target = targets[0]!;
  switch (op) {
    case 'eq':
      return actual !== null && compare(actual, target) === 0;
    case 'ne':
      return actual === null || compare(actual, target) !== 0;
    case 'gt':
      return actual !== null && compare(actual, target) > 0;
    case 'gte':
      return actual !== null && compare(actual, target) >= 0;
    case 'lt':
      return actual !== null && compare(actual, target) < 0;
    case 'lte':
      return actual !== null && compare(actual, target) <= 0;
    case 'in':
      return actual !== null && targets.some((t) => compare(actual, t) === 0);
    case 'nin':
      return actual === null || targets.every((t) => compare(actual, t) !== 0);
  }
}

function parseValue(kind: Kind, field: string, raw: string): Value {
  switch (kind) {
    case 'number': {
      if (!/^-?\d+$/.test(raw)) throw new HugmeError('invalid_filter', `${field} espera um número, recebeu ${raw}`);
      return Number(raw);
    }
    case 'boolean': {
      if (raw === 'true' || raw === '1') return true;
      if (raw === 'false' || raw === '0') return false;
      throw new HugmeError('invalid_filter', `${field} espera true ou false, recebeu ${raw}`);
    }
    case 'date': {
      const ms = parseIsoDate(raw);
      if (ms === null) throw new HugmeError('invalid_filter', `${field} espera uma data ISO 8601, recebeu ${raw}`);
      return ms;
    }
    case 'string':
      return raw;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date-only value is midnight UTC; a date-time without a zone is read as UTC, like the dates HugMe returns. */
function parseIsoDate(raw: string): number | null {
  const match = ISO_DATE.exec(raw);
  if (!match) return null;
  const text = raw.length > 10 && !match[1] ? `${raw.replace(' ', 'T')}Z` : raw.replace(' ', 'T');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

function dateValue(value: Value): number | null {
  return typeof value === 'string' ? Date.parse(value) : null;
}

function compare(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}
