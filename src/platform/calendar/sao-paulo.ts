import { DateTime } from 'luxon';

/**
 * São Paulo dates and times, read in the America/Sao_Paulo zone's rules (the tz database's, through luxon), and
 * local `YYYY-MM-DD` days, which are zone-free.
 */
const SAO_PAULO = 'America/Sao_Paulo';

/**
 * São Paulo's UTC offset. Brazil has had no daylight saving time since 2019, so it is -03:00 all year for every
 * instant Ponte computes (a provider's past before 2019 excepted, where summers were -02:00).
 */
export const SAO_PAULO_OFFSET = '-03:00';

const LOCAL_DATE_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";
const DATE_FORMAT = 'yyyy-MM-dd';

const valid = (dateTime: DateTime): DateTime => {
  // As Date's toISOString does: a date that is not one is a bug in the caller.
  if (!dateTime.isValid) throw new RangeError(`Invalid time value (${dateTime.invalidExplanation ?? dateTime.invalidReason})`);
  return dateTime;
};

const inSaoPaulo = (instant: Date): DateTime => valid(DateTime.fromJSDate(instant, { zone: SAO_PAULO }));

const localDay = (localDate: string): DateTime => valid(DateTime.fromFormat(localDate, DATE_FORMAT, { zone: 'utc' }));

/** `YYYY-MM-DDTHH:mm:ss` in São Paulo for an instant. */
export const saoPauloLocalDateTime = (instant: Date): string => inSaoPaulo(instant).toFormat(LOCAL_DATE_TIME_FORMAT);

/** `YYYY-MM-DD` in São Paulo for an instant. */
export const saoPauloDate = (instant: Date): string => inSaoPaulo(instant).toFormat(DATE_FORMAT);

/** The instant of a São Paulo local `YYYY-MM-DDTHH:mm:ss` (or a `YYYY-MM-DD` day's midnight); an Invalid Date for neither. */
export const instantOf = (localDateTime: string): Date => DateTime.fromISO(localDateTime, { zone: SAO_PAULO }).toJSDate();

/** The local day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export const addDays = (localDate: string, days: number): string => localDay(localDate).plus({ days }).toFormat(DATE_FORMAT);

/** The `YYYY-MM-DD` day `months` calendar months after (before, when negative) a day, the day of month clamped to the month's last (03-31 less one month is 02-28). */
export const addMonths = (localDate: string, months: number): string => localDay(localDate).plus({ months }).toFormat(DATE_FORMAT);

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export const isCalendarDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromFormat(text, DATE_FORMAT, { zone: 'utc' }).isValid;

/** True for a real local date-time written `YYYY-MM-DDTHH:mm:ss`. */
export const isLocalDateTime = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(text) && isCalendarDate(text.slice(0, 10));
