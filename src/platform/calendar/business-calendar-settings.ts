import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { IANAZone } from 'luxon';
import { isCalendarDate } from './sao-paulo.ts';

type HolidaysClass = typeof Holidays;

let holidaysClass: HolidaysClass | undefined;

/**
 * date-holidays, loaded on first use: its rules for 200 countries take ~130 ms to load, which a CLI command that reads
 * the configuration but never a calendar should not pay. (Its CommonJS build returns the class itself.)
 */
export function holidaysLibrary(): HolidaysClass {
  holidaysClass ??= createRequire(import.meta.url)('date-holidays') as HolidaysClass;
  return holidaysClass;
}

/** date-holidays' country, state and region codes: `{ country: 'BR', state: 'SP', region: 'SP' }` is the city of São Paulo. */
export interface HolidayRegion {
  country: string;
  state?: string;
  region?: string;
}

export interface BusinessCalendarSettings {
  /** IANA time zone in which days, weekdays and business hours are read. */
  timeZone: string;
  /** Local opening time, `HH:mm`. */
  opensAt: string;
  /** Local closing time, `HH:mm` (`24:00` for midnight): open from `opensAt` up to, not including, `closesAt`. */
  closesAt: string;
  /** ISO weekdays worked: 1 Monday … 7 Sunday. */
  workdays: number[];
  /** Whose public and bank holidays are days off: the country's, plus its state's and region's when given. */
  holidays: HolidayRegion;
  /** More days off, `YYYY-MM-DD`: local holidays date-holidays lacks, the company's own days off. */
  extraHolidays: string[];
}

export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendarSettings = {
  timeZone: 'America/Sao_Paulo',
  opensAt: '08:00',
  closesAt: '18:00',
  workdays: [1, 2, 3, 4, 5],
  holidays: { country: 'BR' },
  extraHolidays: [],
};

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

export const isTimeZone = (text: string): boolean => IANAZone.isValidZone(text);

/** Minutes after local midnight of an `HH:mm` time (`24:00` is 1440), or undefined when it is not one. */
export function minutesOfClockTime(text: string): number | undefined {
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  return match[1] === undefined ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

/** `08:00-18:00` → its opening and closing times. */
export function parseBusinessHours(text: string): Parsed<{ opensAt: string; closesAt: string }> {
  const [opensAt = '', closesAt = '', ...rest] = text.split('-').map((part) => part.trim());
  const opens = minutesOfClockTime(opensAt);
  const closes = minutesOfClockTime(closesAt);
  if (rest.length > 0 || opens === undefined || closes === undefined || opens === 1440) {
    return { ok: false, problem: 'must be an opening and a closing time, HH:mm-HH:mm, e.g. 08:00-18:00' };
  }
  if (opens >= closes) return { ok: false, problem: `must open before it closes (${opensAt} is not before ${closesAt}); 24:00 closes at midnight` };
  return { ok: true, value: { opensAt, closesAt } };
}

/** `mon-fri`, `mon,tue,wed,thu,fri,sat` or both mixed (`mon-wed,fri`) → sorted ISO weekdays. */
export function parseBusinessDays(text: string): Parsed<number[]> {
  const days = new Set<number>();
  for (const entry of text.toLowerCase().split(',').map((part) => part.trim())) {
    const [first = '', last = first, ...rest] = entry.split('-').map((part) => part.trim());
    const from = WEEKDAYS.indexOf(first) + 1;
    const to = WEEKDAYS.indexOf(last) + 1;
    if (rest.length > 0 || from === 0 || to === 0 || from > to) {
      return { ok: false, problem: `must be weekdays (${WEEKDAYS.join(', ')}) as a range or a comma-separated list, e.g. mon-fri or mon,tue,wed,thu,fri,sat; "${entry}" is not` };
    }
    for (let day = from; day <= to; day += 1) days.add(day);
  }
  return { ok: true, value: [...days].sort((a, b) => a - b) };
}

/** `BR`, `BR-SP`, `BR-SP-SP` → the region, checked against date-holidays' countries, states and regions. */
export function parseHolidayRegion(text: string): Parsed<HolidayRegion> {
  const [country = '', state, region, ...rest] = text.split('-').map((part) => part.trim().toUpperCase());
  if (rest.length > 0) return { ok: false, problem: 'must be a country, country-state or country-state-region code, e.g. BR, BR-SP or BR-SP-SP' };
  const problem = holidayRegionProblem({ country, state, region });
  return problem === undefined ? { ok: true, value: { country, ...(state && { state }), ...(region && { region }) } } : { ok: false, problem };
}

function holidayRegionProblem({ country, state, region }: HolidayRegion): string | undefined {
  const library = new (holidaysLibrary())();
  if (!Object.hasOwn(library.getCountries(), country)) return `has an unknown country "${country}" (date-holidays' codes, e.g. BR)`;
  if (state === undefined) return undefined;
  const states = library.getStates(country) ?? {};
  if (!Object.hasOwn(states, state)) return `has an unknown state "${state}" of ${country} (one of ${Object.keys(states).join(', ') || 'none'})`;
  if (region === undefined) return undefined;
  const regions = library.getRegions(country, state) ?? {};
  if (!Object.hasOwn(regions, region)) return `has an unknown region "${region}" of ${country}-${state} (one of ${Object.keys(regions).join(', ') || 'none'})`;
  return undefined;
}

/** `2026-12-24,2026-12-31` → the dates; empty for an empty text. */
export function parseExtraHolidays(text: string): Parsed<string[]> {
  const dates = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const wrong = dates.find((date) => !isCalendarDate(date));
  if (wrong !== undefined) return { ok: false, problem: `must be comma-separated dates, YYYY-MM-DD, e.g. 2026-12-24,2026-12-31; "${wrong}" is not` };
  return { ok: true, value: dates };
}

/** What is wrong with calendar settings made in code, one line each (empty when nothing is). */
export function settingsProblems(settings: BusinessCalendarSettings): string[] {
  const problems: string[] = [];
  if (!isTimeZone(settings.timeZone)) problems.push(`timeZone "${settings.timeZone}" is not an IANA time zone, e.g. America/Sao_Paulo`);
  const hours = parseBusinessHours(`${settings.opensAt}-${settings.closesAt}`);
  if (!hours.ok) problems.push(`opensAt-closesAt ${hours.problem}`);
  if (settings.workdays.length === 0 || settings.workdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    problems.push('workdays must be ISO weekdays from 1 (Monday) to 7 (Sunday), at least one');
  }
  const region = holidayRegionProblem(settings.holidays);
  if (region !== undefined) problems.push(`holidays ${region}`);
  const extra = parseExtraHolidays(settings.extraHolidays.join(','));
  if (!extra.ok) problems.push(`extraHolidays ${extra.problem}`);
  return problems;
}
