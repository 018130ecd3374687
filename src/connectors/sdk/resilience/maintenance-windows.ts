import type { Clock } from '../../../platform/clock.ts';
import { ProviderError } from '../provider-error.ts';
import type { CallGate } from './call-gate.ts';

/** A recurring period in which the provider is known to be down for maintenance, in the provider's local time. */
export interface MaintenanceWindow {
  /** Days on which the window starts, 0 = Sunday. */
  weekdays: number[];
  /** 'HH:mm', local time; an end at or before the start runs past midnight into the next day. */
  start: string;
  end: string;
  timeZone: string;
}

const DAY_SECONDS = 24 * 60 * 60;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function secondsOfDay(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match || Number(match[1]) > 24 || Number(match[2]) > 59) throw new Error(`Invalid maintenance time "${hhmm}" (expected HH:mm)`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60;
}

/** The weekday and the second of the day of `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { weekday: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return { weekday: WEEKDAYS.indexOf(part('weekday')), second: Number(part('hour')) * 3600 + Number(part('minute')) * 60 + Number(part('second')) };
}

/** Seconds until the maintenance window `at` falls in ends, or null outside every window. */
export function maintenanceSecondsLeft(windows: readonly MaintenanceWindow[], at: Date): number | null {
  let longest: number | null = null;
  for (const window of windows) {
    const { weekday, second } = localTime(at, window.timeZone);
    const start = secondsOfDay(window.start);
    const end = secondsOfDay(window.end);
    let left: number | null = null;
    if (start < end) {
      if (window.weekdays.includes(weekday) && second >= start && second < end) left = end - second;
    } else if (window.weekdays.includes(weekday) && second >= start) {
      left = DAY_SECONDS - second + end;
    } else if (window.weekdays.includes((weekday + 6) % 7) && second < end) {
      left = end - second;
    }
    if (left !== null && (longest === null || left > longest)) longest = left;
  }
  return longest;
}

/** Refuses every call during the connector's maintenance windows, as a rate limit lasting until the window ends. */
export function maintenanceGate(connector: string, windows: readonly MaintenanceWindow[], clock: Clock): CallGate {
  return {
    async beforeCall() {
      const left = maintenanceSecondsLeft(windows, clock.now());
      if (left !== null) {
        throw new ProviderError('rate_limited', `${connector} is in a maintenance window for ${left} more seconds`, { retryAfterSeconds: left });
      }
    },
    afterCall() {},
  };
}
