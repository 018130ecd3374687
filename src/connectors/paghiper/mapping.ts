import type { NormalisedRecord, Payment } from '../sdk/records.ts';
import { ProviderError } from '../sdk/provider-error.ts';

/** PagHiper's two APIs: boleto on api.paghiper.com (/transaction/*), PIX on pix.paghiper.com (/invoice/*). */
export type PaghiperMethod = Payment['method'];

const SAO_PAULO = 'America/Sao_Paulo';
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: SAO_PAULO, timeZoneName: 'longOffset' });
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: SAO_PAULO, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "+HH:MM"/"-HH:MM": São Paulo's offset at an instant (−03:00 since 2019; older summers were −02:00). */
function offsetAt(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match?.[1] ?? '+00:00';
}

/** "2017-07-14 21:21:02" (São Paulo wall clock) → "2017-07-14T21:21:02-03:00"; null for empty values. */
export function paghiperDateTime(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(value.trim()) : null;
  if (!match) throw new ProviderError('bad_response', `PagHiper sent a date that is not YYYY-MM-DD HH:mm:ss: ${String(value).slice(0, 40)}`);
  const time = match[2] ? (match[2].length === 5 ? `${match[2]}:00` : match[2]) : '00:00:00';
  const wall = `${match[1]}T${time}`;
  // Two passes settle the offset next to a change of summer time.
  let offset = offsetAt(new Date(`${wall}-03:00`));
  offset = offsetAt(new Date(`${wall}${offset}`));
  return `${wall}${offset}`;
}

/** The São Paulo calendar day (YYYY-MM-DD) of an instant, as PagHiper's list filters expect. */
export function paghiperDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** Integers PagHiper sends as numbers or as strings ("17012"); null for empty values, bad_response for anything else. */
export function paghiperInteger(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  throw new ProviderError('bad_response', `PagHiper sent ${field} that is not an integer`);
}

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A field of one of PagHiper's nested objects (bank_slip, pix_code), or undefined when the object is absent. */
const nested = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

function required<T>(value: T | null, field: string): T {
  if (value === null) throw new ProviderError('bad_response', `PagHiper sent a charge without ${field}`);
  return value;
}

/**
 * One PagHiper charge (a transaction_list item, which has `create_date`, or a status_request, which has
 * `created_date`) as a normalised Payment. The status is kept as sent; `paidAmountCents` is null when PagHiper does not
 * send `value_cents_paid` (list items never do).
 */
export function toPayment(raw: Record<string, unknown>, method: PaghiperMethod): Payment {
  const createdAt = paghiperDateTime(raw.created_date ?? raw.create_date);
  return {
    provider: 'paghiper',
    externalId: required(text(raw.transaction_id), 'transaction_id'),
    method,
    orderId: text(raw.order_id) ?? '',
    status: required(text(raw.status), 'status'),
    amountCents: required(paghiperInteger(raw.value_cents, 'value_cents'), 'value_cents'),
    paidAmountCents: paghiperInteger(raw.value_cents_paid, 'value_cents_paid'),
    feeCents: paghiperInteger(raw.value_fee_cents, 'value_fee_cents'),
    currency: 'BRL',
    dueDate: text(raw.due_date),
    createdAt: required(createdAt, 'created_date'),
    paidAt: paghiperDateTime(raw.paid_date),
    payer: { name: text(raw.payer_name), email: text(raw.payer_email), document: text(raw.payer_cpf_cnpj), phone: text(raw.payer_phone) },
    boletoUrl: text(nested(raw.bank_slip, 'url_slip')),
    digitableLine: text(nested(raw.bank_slip, 'digitable_line')),
    pixCode: text(nested(raw.pix_code, 'emv')),
    pixUrl: text(nested(raw.pix_code, 'pix_url')),
  };
}

export function paymentRecord(payment: Payment): NormalisedRecord {
  return { model: 'payment', externalId: payment.externalId, data: payment };
}
