import type { AccountsService } from '../../modules/accounts/index.ts';
import type { ConnectLinks, IntegrationsService } from '../../modules/integrations/index.ts';
import type { TicketsService } from '../../modules/tickets/index.ts';
import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Queue } from '../../platform/queue/queue.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface OnboardingSettings {
  /** How long a /connect link works (default 7 days); a newer link replaces it sooner. */
  connectLinkValidMs: number;
  /** How long a Maxi Frota authorization key lives (12 hours). */
  keyValidityMs: number;
  /** The provider's approval SLA in calendar days (15), and the day agents are warned (12). */
  approvalSlaDays: number;
  approvalWarningDay: number;
  /** Business days after which a customer who has not answered is reminded. */
  reminderBusinessDays: number[];
  /** Minutes between checks for the first records to validate, and how many checks at most. */
  validationCheckMinutes: number;
  validationChecks: number;
  /** How long a timer waits at most before it looks at the clock again (see ClockTimers). */
  timerLookMs: number;
  /** How soon a key exchange is tried again when the provider could not be reached. */
  exchangeRetryMs: number;
  /** When the queue verifies received credentials itself, should the process that received them stop first. */
  connectFallbackMs: number;
}

/** The moment `days` calendar days after `since` (the approval's warning day, its deadline). */
export const daysAfter = (since: Date, days: number): Date => new Date(since.getTime() + days * DAY_MS);

/** When the provider's approval of an integration pending since `since` is due: its SLA in calendar days. */
export const approvalDueAt = (settings: Pick<OnboardingSettings, 'approvalSlaDays'>, since: Date): Date => daysAfter(since, settings.approvalSlaDays);

export const DEFAULT_ONBOARDING_SETTINGS: OnboardingSettings = {
  connectLinkValidMs: 7 * DAY_MS,
  keyValidityMs: 12 * HOUR_MS,
  approvalSlaDays: 15,
  approvalWarningDay: 12,
  reminderBusinessDays: [1, 3],
  validationCheckMinutes: 10,
  validationChecks: 144,
  timerLookMs: 3_600_000,
  exchangeRetryMs: 30_000,
  connectFallbackMs: 120_000,
};

export interface OnboardingDeps {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  queue: Queue;
  calendar: BusinessCalendar;
  accounts: AccountsService;
  integrations: IntegrationsService;
  connectLinks: ConnectLinks;
  tickets: TicketsService;
  settings: OnboardingSettings;
}

// States in which the customer is the one expected to act, and may hand over credentials.
export const AWAITING_CREDENTIALS = ['awaiting_customer', 'key_expired', 'needs_revision', 'reconnect_required'] as const;
