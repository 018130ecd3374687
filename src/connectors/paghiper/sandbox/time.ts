/** PagHiper speaks local time in São Paulo: "YYYY-MM-DD HH:mm:ss" and "YYYY-MM-DD", with no offset on the wire. */
const PAGHIPER_TIME_ZONE = 'America/Sao_Paulo';

const DAY_MS = 86_400_000;

const localFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PAGHIPER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: PAGHIPER_TIME_ZONE, timeZoneName: 'longOffset' });

type LocalParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

/**
 * Formatted instants, remembered: Intl's formatToParts costs tens of microseconds, and a list page formats hundreds of
 * dates that every later page and poll formats again. Cleared whole when full, which is rare and cheap.
 */
const formatted = new Map<number, LocalParts>();
const FORMATTED_LIMIT = 200_000;

function localParts(instant: Date): LocalParts {
  const key = instant.getTime();
  let parts = formatted.get(key);
  if (!parts) {
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    parts = formatParts(instant);
    formatted.set(key, parts);
  }
  return parts;
}

function formatParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(localFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: parts.year ?? '0000',
    month: parts.month ?? '01',
    day: parts.day ?? '01',
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
    second: parts.second ?? '00',
  };
}

/** "2017-07-14 21:21:02" in São Paulo time. */
export function formatDateTime(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** "2017-07-14" in São Paulo time. */
export function formatDate(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Minutes east of UTC in São Paulo at that instant (−180 since 2019; earlier years had summer time). */
function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant of a São Paulo wall-clock time. */
export function localInstant(date: string, time = '00:00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = time.split(':').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  let instant = wall - offsetMinutes(new Date(wall)) * 60_000;
  // A second pass settles instants next to an offset change.
  instant = wall - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** Whether a string is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** Calendar arithmetic on a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
