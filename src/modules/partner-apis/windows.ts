import cronParser from 'cron-parser';
import { IANAZone } from 'luxon';
import type { FieldError } from '../../platform/http/problems.ts';
import type { MaintenanceWindow } from './description.ts';

export const DEFAULT_WINDOW_TIMEZONE = 'America/Sao_Paulo';

/** Why a window cannot be kept (bad cron, unknown time zone), naming the field; empty when it can. */
export function windowErrors(window: MaintenanceWindow, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!IANAZone.isValidZone(window.timezone)) errors.push({ field: `${field}.timezone`, message: `${window.timezone} is not an IANA time zone` });
  // cron-parser also takes 3, 4 and 6 fields (seconds); the windows are declared with the classic five.
  const fields = window.cron.trim().split(/\s+/);
  if (fields.length !== 5) {
    errors.push({ field: `${field}.cron`, message: `must have 5 fields (minute hour day-of-month month day-of-week), has ${fields.length}` });
  } else {
    try {
      cronParser.parseExpression(window.cron, errors.length === 0 ? { tz: window.timezone } : {});
    } catch (error) {
      errors.push({ field: `${field}.cron`, message: `is not a valid cron expression: ${(error as Error).message}` });
    }
  }
  return errors;
}

export interface WindowOccurrence {
  name: string;
  startedAt: Date;
  endsAt: Date;
  window: MaintenanceWindow;
}

/** The occurrence of the window that `at` falls in ([start, start + duration)), if any; it may have begun the day before. */
export function occurrenceAt(window: MaintenanceWindow, at: Date): WindowOccurrence | null {
  try {
    // prev() is strictly before its current date: one millisecond later makes a start at `at` itself count.
    const start = cronParser.parseExpression(window.cron, { tz: window.timezone, currentDate: new Date(at.getTime() + 1) }).prev().toDate();
    const endsAt = new Date(start.getTime() + window.durationMinutes * 60_000);
    return at < endsAt ? { name: window.name, startedAt: start, endsAt, window } : null;
  } catch {
    return null; // no earlier occurrence at all
  }
}

/** The next occurrence of the window strictly after `at`. */
export function nextOccurrence(window: MaintenanceWindow, at: Date): WindowOccurrence | null {
  try {
    const start = cronParser.parseExpression(window.cron, { tz: window.timezone, currentDate: at }).next().toDate();
    return { name: window.name, startedAt: start, endsAt: new Date(start.getTime() + window.durationMinutes * 60_000), window };
  } catch {
    return null;
  }
}
