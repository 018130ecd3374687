import { i18n } from '../i18n';

/** Dates and times are shown in Brazil's time, whatever the browser's zone. */
const TIME_ZONE = 'America/Sao_Paulo';

const currency = new Map<string, Intl.NumberFormat>();

/** R$ 1.234,56 in pt-BR (R$1,234.56 in en): money always in reais, never rounded to whole units. */
export function formatMoney(reais: number | string | null | undefined): string {
  if (reais === null || reais === undefined || reais === '') return '—';
  const locale = i18n.language;
  let format = currency.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL' });
    currency.set(locale, format);
  }
  // Intl puts a no-break space after R$; a plain one copies and reads the same.
  return format.format(Number(reais)).replace(/\u00a0/g, ' ');
}

function parts(value: string | Date, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const date = typeof value === 'string' ? new Date(value) : value;
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'pt-BR', { timeZone: TIME_ZONE, ...options });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** 23/11/2026 14:05 (São Paulo time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const p = parts(value, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 23/11/2026 (São Paulo date). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  // A bare date (2026-11-23) is a calendar day, not an instant: shown as is.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  const p = parts(value, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${p.day}/${p.month}/${p.year}`;
}

/** "em 3 dias", "há 2 horas": for deadlines and ages. */
export function formatRelative(value: string | Date, now: Date = new Date()): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(seconds, 'second');
}
