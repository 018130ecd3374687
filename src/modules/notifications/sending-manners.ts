import { DateTime } from 'luxon';
import type { DueDateTiming } from './schema.ts';
import type { Channel, RecipientKind } from './schema.ts';

/** An account's quiet hours and daily caps, with the defaults filled in. */
export interface SendingManners {
  quietHours: { start: string; end: string } | null;
  timeZone: string;
  quietChannels: Channel[];
  dailyCap: Partial<Record<Channel, number>>;
}

/** Buyers are not woken by WhatsApp: 21:00 to 08:00 in São Paulo, and at most 3 messages a day to one person. */
export const DEFAULT_MANNERS: SendingManners = {
  quietHours: { start: '21:00', end: '08:00' },
  timeZone: 'America/Sao_Paulo',
  quietChannels: ['whatsapp'],
  dailyCap: { whatsapp: 3 },
};

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When a message due at `at` may go: `at` itself, or the end of the quiet hours it falls in. Only messages to a
 * record's person are held (staff asked for their alerts), and only on the channels the account chose.
 */
export function outsideQuietHours(manners: SendingManners, channel: Channel, recipient: RecipientKind, at: Date): Date {
  if (!manners.quietHours || recipient !== 'record' || !manners.quietChannels.includes(channel)) return at;
  const local = DateTime.fromJSDate(at, { zone: manners.timeZone });
  const now = local.hour * 60 + local.minute;
  const start = minutesOf(manners.quietHours.start);
  const end = minutesOf(manners.quietHours.end);
  if (start === end) return at;
  const crossesMidnight = start > end;
  const quiet = crossesMidnight ? now >= start || now < end : now >= start && now < end;
  if (!quiet) return at;
  // Past midnight (or in a same-day window) the end is today; before midnight in a crossing window, tomorrow.
  const day = crossesMidnight && now >= start ? local.plus({ days: 1 }) : local;
  return day.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 }).toJSDate();
}

/** The start of the local day `at` falls in: daily caps count from there. */
export const startOfLocalDay = (manners: SendingManners, at: Date): Date => DateTime.fromJSDate(at, { zone: manners.timeZone }).startOf('day').toJSDate();

/**
 * The moment a due-date rule sends for a record due on `dueDate` (YYYY-MM-DD): `daysFromDueDate` days from it, at
 * the rule's local time. Null when the record has no due date.
 */
export function dueDateMoment(timing: DueDateTiming, dueDate: unknown, timeZone: string): Date | null {
  if (typeof dueDate !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(dueDate)) return null;
  const day = DateTime.fromISO(dueDate.slice(0, 10), { zone: timeZone });
  if (!day.isValid) return null;
  return day
    .plus({ days: timing.daysFromDueDate })
    .set({ hour: Number(timing.at.slice(0, 2)), minute: Number(timing.at.slice(3, 5)) })
    .toJSDate();
}
