/**
 * São Paulo dates and times. Brazil has had no daylight saving time since 2019: São Paulo is UTC-3 all year, so a
 * fixed offset is exact for current dates (older ones are a provider's past, never computed here).
 */
export const SAO_PAULO_OFFSET = '-03:00';
const SAO_PAULO_OFFSET_MS = -3 * 3_600_000;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DDTHH:mm:ss` in São Paulo for an instant. */
export function saoPauloLocalDateTime(instant: Date): string {
  return new Date(instant.getTime() + SAO_PAULO_OFFSET_MS).toISOString().slice(0, 19);
}

/** `YYYY-MM-DD` in São Paulo for an instant. */
export const saoPauloDate = (instant: Date): string => saoPauloLocalDateTime(instant).slice(0, 10);

/** The instant of a São Paulo local `YYYY-MM-DDTHH:mm:ss` (or a `YYYY-MM-DD` day's midnight). */
export const instantOf = (localDateTime: string): Date =>
  new Date(`${localDateTime.length === 10 ? `${localDateTime}T00:00:00` : localDateTime}${SAO_PAULO_OFFSET}`);

/** The local day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export const addDays = (localDate: string, days: number): string =>
  new Date(Date.parse(`${localDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The `YYYY-MM-DD` day `months` calendar months before a day (day of month clamped by Date arithmetic). */
export function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
}

/** True for a real local date-time written `YYYY-MM-DDTHH:mm:ss`. */
export function isLocalDateTime(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.exec(text);
  return match !== null && isCalendarDate(match[1]!);
}
