import { SeededPicker } from '../../sandbox-kit/random.ts';
import { applyStatus, SOURCE_API, type Charge, type ChargeStatus, type Merchant } from './charges.ts';
import { generateCredentials, generateHistory, merchantSeed } from './history.ts';
import type { CallbackNotifier, Delivery } from './notifier.ts';
import { newNotificationId } from './payment-codes.ts';
import type { RequestLog } from './request-log.ts';
import type { ChargeStore } from './store.ts';
import { formatDateTime } from './time.ts';

/** Everything the sandbox's routes share. */
export interface SandboxState {
  store: ChargeStore;
  now: () => Date;
  /** Ids and codes of charges created through the API and of notifications: deterministic per seed and call order. */
  picker: SeededPicker;
  notifier: CallbackNotifier;
  seed: number;
  chargesPerDay: number;
  historyDays: number;
  /** Every provider request answered: what tests and benchmarks count. */
  requests: RequestLog;
}

export interface StatusChange {
  changed: boolean;
  notificationId: string | null;
  /** Settles when the callback is delivered or out of retries; null when nothing was sent. */
  delivery: Promise<Delivery> | null;
}

/**
 * A new test merchant with credentials and generated history, both fixed by the seed and the merchant's position; its
 * volume is the sandbox's unless given.
 */
export function createMerchant(
  state: SandboxState,
  notificationUrl: string | null,
  volume: { chargesPerDay?: number | undefined; historyDays?: number | undefined } = {},
): { merchant: Merchant; charges: number } {
  const picker = new SeededPicker(merchantSeed(state.seed, state.store.merchantCount));
  let credentials = generateCredentials(picker);
  while (state.store.merchant(credentials.apiKey)) credentials = generateCredentials(picker);
  const merchant: Merchant = { ...credentials, notificationUrl };
  state.store.addMerchant(merchant);
  const history = generateHistory(picker, {
    merchant,
    now: state.now(),
    chargesPerDay: volume.chargesPerDay ?? state.chargesPerDay,
    historyDays: volume.historyDays ?? state.historyDays,
    isTaken: (id) => state.store.hasTransaction(id),
  });
  for (const charge of history) state.store.addCharge(charge);
  return { merchant, charges: history.length };
}

/**
 * Moves a charge to a status and, when it changed, issues a notification and posts the callback to the charge's
 * notification_url (if it has one), as PagHiper does on every status change.
 */
export function changeStatus(state: SandboxState, charge: Charge, status: ChargeStatus): StatusChange {
  const now = state.now();
  if (!applyStatus(charge, status, now)) return { changed: false, notificationId: null, delivery: null };
  const notificationId = newNotificationId(state.picker);
  state.store.addNotification({
    notificationId,
    transactionId: charge.transactionId,
    apiKey: charge.apiKey,
    issuedAt: now,
    status,
  });
  if (!charge.notificationUrl) return { changed: true, notificationId, delivery: null };
  const delivery = state.notifier.deliver({
    notificationId,
    transactionId: charge.transactionId,
    url: charge.notificationUrl,
    form: {
      apiKey: charge.apiKey,
      transaction_id: charge.transactionId,
      notification_id: notificationId,
      notification_date: formatDateTime(now),
      source_api: SOURCE_API[charge.kind],
    },
  });
  return { changed: true, notificationId, delivery };
}
