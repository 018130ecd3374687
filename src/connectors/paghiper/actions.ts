import type { z } from 'zod';
import { ProviderError } from '../sdk/provider-error.ts';
import { isObject, paghiperCall, type CallOptions, type PaghiperContext } from './api.ts';
import { paghiperManifest } from './manifest.ts';
import { toPayment, type PaghiperMethod } from './mapping.ts';

const ACTION_HINTS: Record<string, string> = {
  cancel_charge: '{transactionId (16 characters), method: boleto | pix}',
  charge_status: '{transactionId (16 characters), method: boleto | pix}',
  create_charge: '{method, orderId, payer {name, email, document, phone?}, items [{id, description, quantity, priceCents}], daysDueDate | minutesDueDate, notificationUrl?}',
};

interface ChargeRef {
  transactionId: string;
  method: PaghiperMethod;
}

interface CreateChargeInput {
  method: PaghiperMethod;
  orderId: string;
  payer: { name: string; email: string; document: string; phone?: string };
  items: { id: string; description: string; quantity: number; priceCents: number }[];
  daysDueDate?: number;
  minutesDueDate?: number;
  notificationUrl?: string;
}

/** The action's input checked against the manifest; a mismatch is the caller's mistake (TypeError), not PagHiper's. */
function parseInput<T>(action: string, input: unknown): T {
  const schema = paghiperManifest.actions.find((candidate) => candidate.key === action)?.input as z.ZodType | undefined;
  if (!schema) throw new TypeError(`PagHiper has no action ${action}`);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
    throw new TypeError(`${action} needs ${ACTION_HINTS[action] ?? 'a valid input'} (${problems})`);
  }
  return parsed.data as T;
}

/** A string field of PagHiper's, or null when it is missing or empty. */
function stringField(source: Record<string, unknown>, key: string): string | null {
  const value = source[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The boleto's bank_slip or the PIX's pix_code as flat fields; a create without them is a bad_response. */
function paymentCodeFields(envelope: Record<string, unknown>, method: PaghiperMethod): Record<string, string | null> {
  if (method === 'boleto') {
    const slip = envelope.bank_slip;
    if (!isObject(slip)) throw new ProviderError('bad_response', 'PagHiper created a boleto without bank_slip');
    return {
      digitableLine: stringField(slip, 'digitable_line'),
      bankSlipUrl: stringField(slip, 'url_slip'),
      bankSlipPdfUrl: stringField(slip, 'url_slip_pdf'),
      barCode: stringField(slip, 'bar_code_number_to_image'),
    };
  }
  const pix = envelope.pix_code;
  if (!isObject(pix)) throw new ProviderError('bad_response', 'PagHiper created a PIX without pix_code');
  return {
    pixEmv: stringField(pix, 'emv'),
    pixQrCodeImageUrl: stringField(pix, 'qrcode_image_url'),
    pixUrl: stringField(pix, 'pix_url'),
    pixBacenUrl: stringField(pix, 'bacen_url'),
    pixDueDateTime: stringField(envelope, 'due_datetime'),
  };
}

/**
 * create_charge: POST /transaction/create/ (boleto) or /invoice/create/ (PIX) with PagHiper's wire fields (apiKey and
 * token are added by paghiperCall; the token is harmless on boleto create). A reject ("O valor total … deve ser de no
 * mínimo R$ 3,00", an invalid CPF…) is a ProviderError('rejected') with PagHiper's response_message. The answer is the
 * normalised Payment (the payer as sent, since PagHiper does not echo it) plus the payment code as flat fields.
 */
async function createCharge(context: PaghiperContext, input: unknown, options: CallOptions): Promise<Record<string, unknown>> {
  const charge = parseInput<CreateChargeInput>('create_charge', input);
  const fields: Record<string, unknown> = {
    order_id: charge.orderId,
    payer_name: charge.payer.name,
    payer_email: charge.payer.email,
    payer_cpf_cnpj: charge.payer.document,
    ...(charge.payer.phone ? { payer_phone: charge.payer.phone } : {}),
    items: charge.items.map((item) => ({ item_id: item.id, description: item.description, quantity: item.quantity, price_cents: item.priceCents })),
  };
  if (charge.daysDueDate !== undefined) fields.days_due_date = charge.daysDueDate;
  if (charge.method === 'pix' && charge.minutesDueDate !== undefined) fields.minutes_due_date = charge.minutesDueDate;
  if (charge.notificationUrl !== undefined) fields.notification_url = charge.notificationUrl;

  const created = await paghiperCall(context, charge.method, 'create', fields, options);
  const payment = toPayment(
    { payer_name: charge.payer.name, payer_email: charge.payer.email, payer_cpf_cnpj: charge.payer.document, payer_phone: charge.payer.phone, order_id: charge.orderId, ...created },
    charge.method,
  );
  return {
    ...payment,
    ...paymentCodeFields(created, charge.method),
    providerMessage: stringField(created, 'response_message'),
  };
}

/** charge_status: POST status → the charge as PagHiper has it now, as a normalised Payment. */
async function chargeStatus(context: PaghiperContext, input: unknown, options: CallOptions): Promise<Record<string, unknown>> {
  const { transactionId, method } = parseInput<ChargeRef>('charge_status', input);
  const status = await paghiperCall(context, method, 'status', { transaction_id: transactionId }, options);
  const payment = toPayment({ transaction_id: transactionId, ...status }, method);
  if (payment.externalId !== transactionId) throw new ProviderError('bad_response', `PagHiper answered the status of ${transactionId} with another charge`);
  return { ...payment };
}

/** cancel_charge: POST cancel with status "canceled"; PagHiper's reject ("status atual do pedido…") → rejected. */
async function cancelCharge(context: PaghiperContext, input: unknown, options: CallOptions): Promise<Record<string, unknown>> {
  const { transactionId, method } = parseInput<ChargeRef>('cancel_charge', input);
  const result = await paghiperCall(context, method, 'cancel', { transaction_id: transactionId, status: 'canceled' }, options);
  return { transactionId, method, status: 'canceled', providerMessage: stringField(result, 'response_message') };
}

/** Runs one of the manifest's actions; unknown actions and bad input are TypeErrors, PagHiper's refusals ProviderErrors. */
export function runPaghiperAction(context: PaghiperContext, action: string, input: unknown, options: CallOptions): Promise<Record<string, unknown>> {
  switch (action) {
    case 'cancel_charge':
      return cancelCharge(context, input, options);
    case 'create_charge':
      return createCharge(context, input, options);
    case 'charge_status':
      return chargeStatus(context, input, options);
    default:
      return Promise.reject(new TypeError(`PagHiper has no action ${action}`));
  }
}
