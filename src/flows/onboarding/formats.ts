import type { Locale } from './connect-fields.ts';

/** Onboarding deadlines are Brazilian business deadlines: shown in São Paulo time whatever the server's zone. */
const TIME_ZONE = 'America/Sao_Paulo';

// The customers are Brazilian and so are their amounts: money and quantities read the Brazilian way in both
// languages (R$ 1.234,56; 45,5 L); only month names follow the reader's language.
const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const quantity = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 2 });
const shortDateTime = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
const longDateTime: Record<Locale, Intl.DateTimeFormat> = {
  'pt-BR': new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};
const longDate: Record<Locale, Intl.DateTimeFormat> = {
  'pt-BR': new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }),
};

/** A Date or an ISO timestamp; anything else is a bug in the caller, not something to print as "Invalid Date". */
function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime())) throw new TypeError(`Expected a date, got ${JSON.stringify(value)}`);
  return date;
}

function toNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`Expected a number, got ${JSON.stringify(value)}`);
  return value;
}

export const formatMoney = (value: unknown) => money.format(toNumber(value));
export const formatQuantity = (value: unknown) => quantity.format(toNumber(value));
/** 17/03/2026 10:22, for tables. */
export const formatShortDateTime = (value: unknown) => shortDateTime.format(toDate(value)).replace(', ', ' ');
/** 17 de março de 2026 às 10:22 / 17 March 2026 at 10:22. */
export const formatDateTime = (value: unknown, locale: Locale) => longDateTime[locale].format(toDate(value));
/** 17 de março de 2026 / 17 March 2026. */
export const formatDate = (value: unknown, locale: Locale) => longDate[locale].format(toDate(value));
