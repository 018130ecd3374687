import { DateTime } from 'luxon';
import {
  type BusinessCalendarSettings,
  DEFAULT_BUSINESS_CALENDAR,
  holidaysLibrary,
  minutesOfClockTime,
  settingsProblems,
} from './business-calendar-settings.ts';

/**
 * The types of date-holidays' entries that are days off. For Brazil, `bank` holds Carnaval's Monday and Tuesday and
 * Corpus Christi: pontos facultativos by law, but banks close and most offices (customers' and providers' too) stop,
 * so a reminder or an SLA should not count them. `optional` (Carnaval's Saturday, Ash Wednesday until 14:00, the
 * afternoons of 24 and 31 December) and `observance` (Easter Sunday, Mother's Day) are worked days.
 */
const DAY_OFF_TYPES = new Set(['public', 'bank']);

/** A day off found by `holidayOn`: its local date and its name (date-holidays' own language, pt for Brazil). */
export interface Holiday {
  date: string;
  name: string;
}

const EXTRA_HOLIDAY_NAME = 'Feriado configurado';

// Far more than any real run of days off; only a settings mistake (every day an extra holiday) reaches it.
const MAX_DAYS_WITHOUT_WORK = 366;

const ZONE_LABELS: Record<string, Record<DeadlineLocale, string>> = {
  'America/Sao_Paulo': { 'pt-BR': 'horário de Brasília', en: 'Brasília time' },
};

export type DeadlineLocale = 'pt-BR' | 'en';

const DEADLINE_FORMATS: Record<DeadlineLocale, string> = {
  'pt-BR': "cccc, dd/MM/yyyy 'às' HH:mm",
  en: "cccc, MM/dd/yyyy 'at' h:mm a",
};

/**
 * Business days and hours in one time zone: workdays, opening hours, and holidays from date-holidays (the country's,
 * with its state's and region's when configured) plus extra dates. Instants in and out are `Date`s; all arithmetic
 * is in the calendar's zone, on local dates and wall-clock times.
 */
export class BusinessCalendar {
  readonly settings: BusinessCalendarSettings;
  readonly #opensAt: number;
  readonly #closesAt: number;
  readonly #extraHolidays: Set<string>;
  readonly #daysOffByYear = new Map<number, Map<string, string>>();

  constructor(settings: BusinessCalendarSettings) {
    const problems = settingsProblems(settings);
    if (problems.length > 0) throw new Error(`Invalid business calendar settings:\n  ${problems.join('\n  ')}`);
    this.settings = settings;
    this.#opensAt = minutesOfClockTime(settings.opensAt)!;
    this.#closesAt = minutesOfClockTime(settings.closesAt)!;
    this.#extraHolidays = new Set(settings.extraHolidays);
  }

  /** The day off (holiday or extra holiday) on the instant's local date, or null; weekends are not holidays. */
  holidayOn(instant: Date): Holiday | null {
    return this.#holidayOnDay(this.#local(instant));
  }

  /** Whether the instant's local date is a workday that is not a day off. */
  isBusinessDay(instant: Date): boolean {
    return this.#isBusinessDay(this.#local(instant));
  }

  /** Whether the office is open at the instant: a business day, from opening time up to (not including) closing. */
  isOpen(instant: Date): boolean {
    const local = this.#local(instant);
    return this.#isBusinessDay(local) && local >= this.#opening(local) && local < this.#closing(local);
  }

  /** The instant itself when the office is open then, else the next opening. */
  nextOpen(instant: Date): Date {
    return this.#nextOpen(this.#local(instant)).toJSDate();
  }

  /**
   * `days` business days after the instant, at the same local time. An instant outside business hours counts from
   * the next opening (`nextOpen`), so the result is always an open moment: sent on Wednesday 2026-12-23 at 22:00,
   * one business day later is Monday 2026-12-28 at 08:00 (Thursday 24 opens first; Christmas and the weekend are
   * skipped); sent on a Saturday, Tuesday at opening time (Monday is the first full business day). 0 days is
   * `nextOpen`.
   */
  addBusinessDays(instant: Date, days: number): Date {
    assertCount(days, 'days');
    const start = this.#nextOpen(this.#local(instant));
    let day = start;
    for (let step = 0; step < days; step += 1) day = this.#nextBusinessDay(day);
    // Back to the start's wall-clock time; nextOpen again only matters where a DST change shifted it.
    const sameTime = day.set({ hour: start.hour, minute: start.minute, second: start.second, millisecond: start.millisecond });
    return this.#nextOpen(sameTime).toJSDate();
  }

  /**
   * The moment `hours` of open office time after the instant (fractions allowed), counting from `nextOpen`. A
   * deadline that uses up a day's last hour ends at that day's closing time (18:00), not at the next opening.
   */
  addBusinessHours(instant: Date, hours: number): Date {
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a non-negative number, not ${hours}`);
    let remaining = Math.round(hours * 3_600_000);
    let at = this.#nextOpen(this.#local(instant));
    for (;;) {
      const closing = this.#closing(at);
      const available = closing.toMillis() - at.toMillis();
      if (remaining <= available) return at.plus({ milliseconds: remaining }).toJSDate();
      remaining -= available;
      at = this.#nextOpen(closing);
    }
  }

  /** Milliseconds the office was open between two instants; negative when `to` is before `from`. */
  businessMillisBetween(from: Date, to: Date): number {
    if (to < from) return -this.businessMillisBetween(to, from);
    const [fromMillis, toMillis] = [from.getTime(), to.getTime()];
    let total = 0;
    for (let day = this.#local(from).startOf('day'); day.toMillis() < toMillis; day = day.plus({ days: 1 })) {
      if (!this.#isBusinessDay(day)) continue;
      const opens = Math.max(this.#opening(day).toMillis(), fromMillis);
      const closes = Math.min(this.#closing(day).toMillis(), toMillis);
      if (closes > opens) total += closes - opens;
    }
    return total;
  }

  /** `days` calendar days after (before, when negative) the instant, at the same local time: the 15-day approval SLA. */
  addCalendarDays(instant: Date, days: number): Date {
    if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, not ${days}`);
    return this.#local(instant).plus({ days }).toJSDate();
  }

  /**
   * A deadline for people to read, in the calendar's zone: "segunda-feira, 28/12/2026 às 08:00 (horário de Brasília)",
   * "Monday, 12/28/2026 at 8:00 AM (Brasília time)". Other zones are named by Intl ("Horário Padrão do Amazonas").
   */
  formatDeadline(instant: Date, locale: DeadlineLocale): string {
    const local = this.#local(instant).setLocale(locale);
    const zone = ZONE_LABELS[this.settings.timeZone]?.[locale] ?? local.toFormat('ZZZZZ');
    return `${local.toFormat(DEADLINE_FORMATS[locale])} (${zone})`;
  }

  #local(instant: Date): DateTime {
    const local = DateTime.fromJSDate(instant, { zone: this.settings.timeZone });
    if (!local.isValid) throw new RangeError('Invalid time value');
    return local;
  }

  #holidayOnDay(day: DateTime): Holiday | null {
    const date = day.toFormat('yyyy-MM-dd');
    if (this.#extraHolidays.has(date)) return { date, name: EXTRA_HOLIDAY_NAME };
    const name = this.#daysOff(day.year).get(date);
    return name === undefined ? null : { date, name };
  }

  #isBusinessDay(day: DateTime): boolean {
    return this.settings.workdays.includes(day.weekday) && this.#holidayOnDay(day) === null;
  }

  #opening(day: DateTime): DateTime {
    return day.set({ hour: Math.floor(this.#opensAt / 60), minute: this.#opensAt % 60, second: 0, millisecond: 0 });
  }

  #closing(day: DateTime): DateTime {
    if (this.#closesAt === 1440) return day.plus({ days: 1 }).startOf('day');
    return day.set({ hour: Math.floor(this.#closesAt / 60), minute: this.#closesAt % 60, second: 0, millisecond: 0 });
  }

  #nextOpen(local: DateTime): DateTime {
    if (this.#isBusinessDay(local) && local < this.#closing(local)) {
      const opening = this.#opening(local);
      return local < opening ? opening : local;
    }
    return this.#opening(this.#nextBusinessDay(local));
  }

  /** The first business day after the local date (at the same local time). */
  #nextBusinessDay(local: DateTime): DateTime {
    let day = local;
    for (let step = 0; step < MAX_DAYS_WITHOUT_WORK; step += 1) {
      day = day.plus({ days: 1 });
      if (this.#isBusinessDay(day)) return day;
    }
    throw new Error(`No business day in the ${MAX_DAYS_WITHOUT_WORK} days after ${local.toFormat('yyyy-MM-dd')}: check the workdays and extra holidays`);
  }

  /**
   * The year's days off by local date. The country, the state and the region are asked apart and joined: a state's
   * entry replaces the country's for the same date, and date-holidays 3.x ends Consciência Negra (20 November,
   * national since 2024) in some states' data (SP, RJ, AM, MT) where it used to be a state holiday.
   */
  #daysOff(year: number): Map<string, string> {
    let days = this.#daysOffByYear.get(year);
    if (days === undefined) {
      days = new Map();
      const Holidays = holidaysLibrary();
      const { country, state, region } = this.settings.holidays;
      const sources = [new Holidays(country)];
      if (state !== undefined) sources.push(new Holidays(country, state));
      if (state !== undefined && region !== undefined) sources.push(new Holidays(country, state, region));
      for (const source of sources) {
        for (const holiday of source.getHolidays(year)) {
          const date = holiday.date.slice(0, 10);
          if (DAY_OFF_TYPES.has(holiday.type) && !days.has(date)) days.set(date, holiday.name);
        }
      }
      this.#daysOffByYear.set(year, days);
    }
    return days;
  }
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of at least 0, not ${value}`);
}

/** A calendar from settings, each one missing taken from the default (São Paulo, 08:00–18:00, Monday–Friday, BR). */
export const createBusinessCalendar = (settings: Partial<BusinessCalendarSettings> = {}): BusinessCalendar =>
  new BusinessCalendar({ ...DEFAULT_BUSINESS_CALENDAR, ...settings });
