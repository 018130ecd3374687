import type { Charge, ChargeKind } from './charges.ts';
import { formatDateTime } from './time.ts';

/** The key PagHiper wraps each response in. */
export type Envelope =
  | 'create_request'
  | 'pix_create_request'
  | 'status_request'
  | 'cancellation_request'
  | 'transaction_list_request';

export type Operation = 'create' | 'status' | 'cancel' | 'notification' | 'list';

export function envelopeOf(kind: ChargeKind, operation: Operation): Envelope {
  switch (operation) {
    case 'create':
      return kind === 'pix' ? 'pix_create_request' : 'create_request';
    case 'status':
    case 'notification':
      return 'status_request';
    case 'cancel':
      return 'cancellation_request';
    case 'list':
      return 'transaction_list_request';
  }
}

/** What an operation answers: the HTTP status and the fields inside the envelope. */
export interface ProviderReply {
  httpStatus: number;
  fields: Record<string, unknown>;
}

/** 201 with result "success" and http_code "201", as PagHiper answers every successful call. */
export const success = (fields: Record<string, unknown>): ProviderReply => ({
  httpStatus: 201,
  fields: { result: 'success', ...fields, http_code: '201' },
});

/** result "reject": HTTP 200 for validation errors, 401 for bad credentials, 405 for malformed requests. */
export const reject = (responseMessage: string, httpStatus = 200): ProviderReply => ({
  httpStatus,
  fields: { result: 'reject', response_message: responseMessage, http_code: String(httpStatus) },
});

export function createFields(charge: Charge): Record<string, unknown> {
  return {
    response_message: 'transacao criada',
    transaction_id: charge.transactionId,
    created_date: formatDateTime(charge.createdAt),
    value_cents: charge.valueCents,
    status: charge.status,
    order_id: charge.orderId,
    due_date: charge.dueDate,
    ...paymentCode(charge),
  };
}

export function statusFields(charge: Charge): Record<string, unknown> {
  return {
    response_message: 'transacao encontrada',
    transaction_id: charge.transactionId,
    order_id: charge.orderId,
    created_date: formatDateTime(charge.createdAt),
    status: charge.status,
    status_date: formatDateTime(charge.statusAt),
    ...(charge.paidAt ? { paid_date: formatDateTime(charge.paidAt) } : {}),
    due_date: charge.dueDate,
    value_cents: charge.valueCents,
    ...(charge.valueCentsPaid !== null ? { value_cents_paid: charge.valueCentsPaid } : {}),
    value_fee_cents: charge.valueFeeCents,
    discount_cents: charge.discountCents,
    shipping_price_cents: charge.shippingPriceCents,
    ...paymentCode(charge),
  };
}

/** The notification lookup: the charge as it is now, with every number as a string ("17012"). */
export function notificationFields(charge: Charge): Record<string, unknown> {
  const payer = charge.payer;
  return {
    response_message: 'notification_id encontrada',
    transaction_id: charge.transactionId,
    order_id: charge.orderId,
    created_date: formatDateTime(charge.createdAt),
    status: charge.status,
    ...(charge.paidAt ? { paid_date: formatDateTime(charge.paidAt) } : {}),
    status_date: formatDateTime(charge.statusAt),
    payer_email: payer.email,
    payer_name: payer.name,
    payer_cpf_cnpj: payer.cpfCnpj,
    payer_phone: payer.phone ?? '',
    payer_street: payer.street ?? '',
    payer_number: payer.number ?? '',
    payer_complement: payer.complement ?? '',
    payer_district: payer.district ?? '',
    payer_city: payer.city ?? '',
    payer_state: payer.state ?? '',
    payer_zip_code: payer.zipCode ?? '',
    value_cents: String(charge.valueCents),
    ...(charge.valueCentsPaid !== null ? { value_cents_paid: String(charge.valueCentsPaid) } : {}),
    value_fee_cents: String(charge.valueFeeCents),
    discount_cents: String(charge.discountCents),
    shipping_price_cents: String(charge.shippingPriceCents),
    ...paymentCode(charge),
    due_date: charge.dueDate,
    num_cart_items: String(charge.items.length),
    items: charge.items.map((item) => ({
      item_id: item.itemId,
      description: item.description,
      quantity: String(item.quantity),
      price_cents: String(item.priceCents),
    })),
  };
}

/** One row of transaction_list (note create_date here, created_date elsewhere). */
export function listItem(charge: Charge): Record<string, unknown> {
  const bankSlip = charge.bankSlip;
  return {
    transaction_id: charge.transactionId,
    order_id: charge.orderId,
    status: charge.status,
    status_date: formatDateTime(charge.statusAt),
    create_date: formatDateTime(charge.createdAt),
    ...(charge.paidAt ? { paid_date: formatDateTime(charge.paidAt) } : {}),
    due_date: charge.dueDate,
    value_cents: charge.valueCents,
    value_fee_cents: charge.valueFeeCents,
    discount_cents: charge.discountCents,
    payer_name: charge.payer.name,
    payer_email: charge.payer.email,
    payer_cpf_cnpj: charge.payer.cpfCnpj,
    payer_phone: charge.payer.phone ?? '',
    ...(bankSlip
      ? { bank_slip: { digitable_line: bankSlip.digitable_line, url_slip: bankSlip.url_slip, url_slip_pdf: bankSlip.url_slip_pdf } }
      : {}),
    ...(charge.pixCode ? { pix_code: charge.pixCode, due_datetime: formatDateTime(charge.dueAt) } : {}),
  };
}

function paymentCode(charge: Charge): Record<string, unknown> {
  if (charge.bankSlip) return { bank_slip: charge.bankSlip };
  return { due_datetime: formatDateTime(charge.dueAt), pix_code: charge.pixCode };
}
