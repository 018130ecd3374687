import type { ChargeItem, ChargeKind, Payer } from './charges.ts';
import { totalCents } from './charges.ts';
import { integer, present, text } from './body-values.ts';
import { isValidCpfCnpj } from './documents.ts';

/** A create body that passed validation. */
export interface CreateInput {
  orderId: string;
  payer: Payer;
  items: ChargeItem[];
  discountCents: number;
  shippingPriceCents: number;
  daysDueDate: number | null;
  minutesDueDate: number | null;
  notificationUrl: string | null;
}

export type CreateValidation = { ok: true; input: CreateInput } | { ok: false; message: string };

/** PagHiper refuses charges under R$ 3,00. */
const MINIMUM_TOTAL_CENTS = 300;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PAYER_FIELDS = ['phone', 'street', 'number', 'complement', 'district', 'city', 'state', 'zip_code'] as const;

/**
 * Validates a create body the way PagHiper does: the first problem found is answered with result "reject" and a
 * Portuguese message naming the field. Numbers may arrive as JSON numbers or numeric strings (PHP clients send both).
 */
export function validateCreate(kind: ChargeKind, body: Record<string, unknown>): CreateValidation {
  const fail = (message: string): CreateValidation => ({ ok: false, message });

  const orderId = text(body.order_id);
  if (!orderId) return fail('order_id não informado');
  if (orderId.length > 64) return fail('order_id deve ter no máximo 64 caracteres');
  const email = text(body.payer_email);
  if (!email) return fail('payer_email não informado');
  if (!EMAIL.test(email)) return fail('payer_email inválido');
  const name = text(body.payer_name);
  if (!name) return fail('payer_name não informado');
  const document = text(body.payer_cpf_cnpj)?.replace(/[.\-/\s]/g, '');
  if (!document) return fail('payer_cpf_cnpj não informado');
  if (document.length > 14 || !isValidCpfCnpj(document)) return fail('payer_cpf_cnpj inválido');

  const daysGiven = present(body.days_due_date);
  const days = daysGiven ? integer(body.days_due_date) : null;
  if (daysGiven && (days === null || days < 0 || days > 400)) return fail('days_due_date inválido');
  const minutesGiven = kind === 'pix' && present(body.minutes_due_date);
  const minutes = minutesGiven ? integer(body.minutes_due_date) : null;
  if (minutesGiven && (minutes === null || minutes < 1)) return fail('minutes_due_date inválido');
  if (!daysGiven && !minutesGiven) return fail('days_due_date não informado');

  if (kind === 'boleto' && body.type_bank_slip !== undefined && !['boletoA4', 'boletoCarne'].includes(String(body.type_bank_slip))) {
    return fail('type_bank_slip inválido');
  }

  if (!Array.isArray(body.items) || body.items.length === 0) return fail('items não informado');
  const items: ChargeItem[] = [];
  for (const [index, raw] of body.items.entries()) {
    const item = (raw ?? {}) as Record<string, unknown>;
    const position = index + 1;
    const description = text(item.description);
    if (!description) return fail(`items[${position}]: description não informado`);
    const quantity = integer(item.quantity);
    if (quantity === null || quantity < 1) return fail(`items[${position}]: quantity inválido`);
    const priceCents = integer(item.price_cents);
    if (priceCents === null || priceCents < 1) return fail(`items[${position}]: price_cents inválido`);
    items.push({ itemId: text(item.item_id) ?? String(position), description, quantity, priceCents });
  }

  const discountCents = present(body.discount_cents) ? integer(body.discount_cents) : 0;
  if (discountCents === null || discountCents < 0) return fail('discount_cents inválido');
  const shippingPriceCents = present(body.shipping_price_cents) ? integer(body.shipping_price_cents) : 0;
  if (shippingPriceCents === null || shippingPriceCents < 0) return fail('shipping_price_cents inválido');

  if (totalCents(items, shippingPriceCents, discountCents) < MINIMUM_TOTAL_CENTS) {
    return fail(`O valor total ${kind === 'pix' ? 'do PIX' : 'do boleto'} deve ser de no mínimo R$ 3,00`);
  }

  const notificationUrl = text(body.notification_url) ?? null;
  if (notificationUrl !== null && !isHttpUrl(notificationUrl)) return fail('notification_url inválida');

  const payer: Payer = { name, email, cpfCnpj: document };
  for (const key of kind === 'boleto' ? PAYER_FIELDS : (['phone'] as const)) {
    const value = text(body[`payer_${key}`]);
    if (value !== undefined) payer[key === 'zip_code' ? 'zipCode' : key] = value;
  }

  return {
    ok: true,
    input: { orderId, payer, items, discountCents, shippingPriceCents, daysDueDate: days, minutesDueDate: minutes, notificationUrl },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
