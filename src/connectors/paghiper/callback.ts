import type { CallbackDelivery } from '../sdk/client.ts';
import type { NormalisedRecord } from '../sdk/records.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { isObject, paghiperCall, scrub, type CallOptions, type PaghiperContext } from './api.ts';
import { paymentRecord, toPayment, type PaghiperMethod } from './mapping.ts';

/** The fields of PagHiper's notification POST (form-urlencoded; JSON tolerated). */
export interface PaghiperNotification {
  apiKey: string;
  transactionId: string;
  notificationId: string;
  notificationDate: string | null;
  sourceApi: string | null;
}

/** Reads the notification; missing fields → rejected. `idPlataforma` (older senders: the merchant's order id) is ignored. */
function parseNotification(delivery: CallbackDelivery): PaghiperNotification {
  const fields = new Map<string, string>();
  if (/json/i.test(delivery.contentType)) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(delivery.body);
    } catch {
      throw new ProviderError('rejected', 'PagHiper notification: the body is not JSON');
    }
    if (isObject(parsed)) for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string' || typeof value === 'number') fields.set(key, String(value));
  } else {
    for (const [key, value] of new URLSearchParams(delivery.body)) fields.set(key, value);
  }
  const get = (key: string) => fields.get(key)?.trim() || null;
  const apiKey = get('apiKey');
  const transactionId = get('transaction_id');
  const notificationId = get('notification_id');
  if (!apiKey || !transactionId || !notificationId) {
    throw new ProviderError('rejected', 'PagHiper notification: apiKey, transaction_id or notification_id is missing');
  }
  return { apiKey, transactionId, notificationId, notificationDate: get('notification_date'), sourceApi: get('source_api') };
}

/** PIX notifications come from pix.paghiper.com; everything else is boleto. */
function methodOfSource(sourceApi: string | null): PaghiperMethod {
  if (!sourceApi) return 'boleto';
  try {
    return new URL(sourceApi).hostname.toLowerCase() === 'pix.paghiper.com' ? 'pix' : 'boleto';
  } catch {
    return 'boleto';
  }
}

/**
 * PagHiper signs nothing, so a notification is only believed once PagHiper confirms it: the apiKey must be ours, then
 * /transaction/notification/ (or /invoice/notification/) must find the notification_id, and its status_request is the
 * charge as it is now.
 */
export async function handlePaghiperCallback(
  context: PaghiperContext,
  delivery: CallbackDelivery,
  options: CallOptions,
): Promise<{ deliveryId: string; records: NormalisedRecord[] }> {
  const notification = parseNotification(delivery);
  if (notification.apiKey !== context.credentials.apiKey) {
    throw new ProviderError('rejected', `PagHiper notification ${notification.notificationId}: the apiKey is not this connection's`);
  }
  const method = methodOfSource(notification.sourceApi);
  const status = await paghiperCall(
    context,
    method,
    'notification',
    { transaction_id: notification.transactionId, notification_id: notification.notificationId },
    options,
  );
  const payment = toPayment(status, method);
  if (payment.externalId !== notification.transactionId) {
    throw new ProviderError('bad_response', scrub(`PagHiper confirmed notification ${notification.notificationId} for another charge`, context.credentials));
  }
  return { deliveryId: notification.notificationId, records: [paymentRecord(payment)] };
}
