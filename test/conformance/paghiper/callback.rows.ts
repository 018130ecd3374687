import { nginx502, truncatedJson } from '../support/answers.ts';
import { API_KEY, type PaghiperRow } from './harness.ts';
import { paghiperRequest, reject, statusRequest } from './wire.ts';

/**
 * PagHiper's notification (providers.md §1, Webhook): a form POST with no signature, believed only once the call back
 * to /transaction/notification/ (or /invoice/notification/) finds it.
 */

const NOTIFICATION_ID = 'W2F8KJ4Q7N1M9X3C5V6B8N0M2L4K6J8H1G3F5D7S9A0P2O4I6U8Y0T1R3E5W7Q9Z';
const fields = (extra: Record<string, string> = {}) => ({
  apiKey: API_KEY,
  transaction_id: 'BPV661O7AVLORCN5',
  notification_id: NOTIFICATION_ID,
  notification_date: '2026-03-09 14:30:05',
  source_api: 'https://api.paghiper.com',
  ...extra,
});
const form = (values: Record<string, string>) => ({ callback: { contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(values).toString() } });
/** The call back that confirms the notification: the merchant's credentials plus both ids. */
const confirm = (method: 'boleto' | 'pix', answer: Parameters<typeof paghiperRequest>[2]) =>
  paghiperRequest(method, 'notification', answer, { transaction_id: 'BPV661O7AVLORCN5', notification_id: NOTIFICATION_ID });
const confirmed = (fields: Record<string, unknown> = {}) => statusRequest({ response_message: 'notification_id encontrada', ...fields });

export const callbackRows: PaghiperRow[] = [
  {
    name: 'boleto notification (form) confirmed by "notification_id encontrada" → the paid charge, deduplicated by notification_id',
    call: form(fields()),
    serves: [confirm('boleto', confirmed())],
    expect: {
      delivery: {
        deliveryId: NOTIFICATION_ID,
        records: [{ externalId: 'BPV661O7AVLORCN5', method: 'boleto', status: 'paid', amountCents: 17012, paidAmountCents: 17012, paidAt: '2026-03-09T14:30:00-03:00' }],
      },
    },
  },
  {
    name: 'PIX notification (source_api pix.paghiper.com) → confirmed at /invoice/notification/',
    call: form(fields({ source_api: 'https://pix.paghiper.com' })),
    serves: [confirm('pix', confirmed())],
    expect: { delivery: { deliveryId: NOTIFICATION_ID, records: [{ method: 'pix', status: 'paid' }] } },
  },
  {
    name: 'notification without source_api → taken as boleto',
    why: 'providers.md always shows source_api, but older senders omit it; boleto is PagHiper\'s original API (tolerant).',
    call: form({ apiKey: API_KEY, transaction_id: 'BPV661O7AVLORCN5', notification_id: NOTIFICATION_ID }),
    serves: [confirm('boleto', confirmed())],
    expect: { delivery: { deliveryId: NOTIFICATION_ID, records: [{ method: 'boleto' }] } },
  },
  {
    name: 'notification with the older idPlataforma field → the field is ignored, the notification confirmed',
    call: form(fields({ idPlataforma: 'pedido-2002' })),
    serves: [confirm('boleto', confirmed())],
    expect: { delivery: { deliveryId: NOTIFICATION_ID, records: [{ orderId: 'pedido-2002' }] } },
  },
  {
    name: 'notification sent as JSON instead of a form → read all the same',
    why: 'providers.md documents form-urlencoded; a JSON body with the same fields is accepted (tolerant).',
    call: { callback: { contentType: 'application/json', body: JSON.stringify(fields()) } },
    serves: [confirm('boleto', confirmed())],
    expect: { delivery: { deliveryId: NOTIFICATION_ID, records: [{ status: 'paid' }] } },
  },
  {
    name: 'confirmation with status "canceled" and numbers as strings → the canceled charge',
    call: form(fields()),
    serves: [confirm('boleto', confirmed({ status: 'canceled', paid_date: '', value_cents_paid: '' }))],
    expect: { delivery: { deliveryId: NOTIFICATION_ID, records: [{ status: 'canceled', amountCents: 17012, paidAmountCents: null, paidAt: null }] } },
  },
  {
    name: 'notification for another merchant\'s apiKey → rejected, PagHiper never called',
    call: form(fields({ apiKey: 'apk_someone-else-000000' })),
    serves: [],
    expect: { error: { kind: 'rejected', message: 'not this connection' } },
  },
  {
    name: 'notification without notification_id → rejected, PagHiper never called',
    call: form({ apiKey: API_KEY, transaction_id: 'BPV661O7AVLORCN5' }),
    serves: [],
    expect: { error: { kind: 'rejected', message: 'notification_id' } },
  },
  {
    name: 'confirmation rejected (the notification_id is unknown) → rejected, with PagHiper\'s words',
    why: 'The reject text is illustrative: any reject of the call back means PagHiper does not vouch for the notification.',
    call: form(fields()),
    serves: [confirm('boleto', reject('status_request', 'notification_id não encontrada'))],
    expect: { error: { kind: 'rejected', providerMessage: 'notification_id não encontrada' } },
  },
  {
    name: 'confirmation 401 "token ou apiKey inválidos" → auth',
    call: form(fields()),
    serves: [confirm('boleto', reject('status_request', 'token ou apiKey inválidos', 401))],
    expect: { error: { kind: 'auth', status: 401 } },
  },
  {
    name: 'confirmation about another charge → bad_response (the notification is not believed)',
    call: form(fields()),
    serves: [confirm('boleto', confirmed({ transaction_id: 'ZZZZZZZZZZZZZZZZ' }))],
    expect: { error: { kind: 'bad_response', message: 'another charge' } },
  },
  {
    name: 'confirmation answered by a 502 page from nginx → unavailable (the delivery is kept and retried)',
    call: form(fields()),
    serves: [confirm('boleto', nginx502)],
    expect: { error: { kind: 'unavailable', status: 502 } },
  },
  {
    name: 'confirmation with truncated JSON → bad_response',
    call: form(fields()),
    serves: [confirm('boleto', truncatedJson({ status_request: { result: 'success' } }, 25))],
    expect: { error: { kind: 'bad_response' } },
  },
];
