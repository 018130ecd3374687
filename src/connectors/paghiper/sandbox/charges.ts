import type { SeededPicker } from '../../sandbox-kit/random.ts';
import { bankSlipFor, pixCodeFor, type BankSlip, type PixCode } from './payment-codes.ts';

export const CHARGE_STATUSES = ['pending', 'reserved', 'canceled', 'completed', 'paid', 'processing', 'refunded'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/** Statuses in which the payer's money has arrived: they carry paid_date and value_cents_paid. */
const PAID_STATUSES: ReadonlySet<ChargeStatus> = new Set(['paid', 'completed', 'refunded']);

/** Boleto charges live on api.paghiper.com, PIX charges on pix.paghiper.com; neither API sees the other's. */
export type ChargeKind = 'boleto' | 'pix';

export const SOURCE_API: Record<ChargeKind, string> = {
  boleto: 'https://api.paghiper.com',
  pix: 'https://pix.paghiper.com',
};

export interface Payer {
  name: string;
  email: string;
  cpfCnpj: string;
  phone?: string;
  street?: string;
  number?: string;
  complement?: string;
  district?: string;
  city?: string;
  state?: string;
  zipCode?: string;
}

export interface ChargeItem {
  itemId: string;
  description: string;
  quantity: number;
  priceCents: number;
}

export interface Merchant {
  apiKey: string;
  token: string;
  /** Given to generated history charges, so a test can receive their callbacks too. */
  notificationUrl: string | null;
}

export interface Charge {
  kind: ChargeKind;
  transactionId: string;
  apiKey: string;
  orderId: string;
  status: ChargeStatus;
  createdAt: Date;
  statusAt: Date;
  paidAt: Date | null;
  /** YYYY-MM-DD in São Paulo. */
  dueDate: string;
  /** When the charge stops being payable (end of the due day, or the PIX minutes_due_date). */
  dueAt: Date;
  valueCents: number;
  valueCentsPaid: number | null;
  valueFeeCents: number;
  discountCents: number;
  shippingPriceCents: number;
  payer: Payer;
  items: ChargeItem[];
  notificationUrl: string | null;
  bankSlip: BankSlip | null;
  pixCode: PixCode | null;
}

export interface NewCharge {
  kind: ChargeKind;
  transactionId: string;
  apiKey: string;
  orderId: string;
  createdAt: Date;
  dueDate: string;
  dueAt: Date;
  payer: Payer;
  items: ChargeItem[];
  discountCents: number;
  shippingPriceCents: number;
  notificationUrl: string | null;
}

/** Items plus shipping minus discount, in cents. */
export function totalCents(items: readonly ChargeItem[], shippingPriceCents: number, discountCents: number): number {
  return items.reduce((sum, item) => sum + item.quantity * item.priceCents, 0) + shippingPriceCents - discountCents;
}

/** A fresh pending charge with its boleto or PIX code. */
export function buildCharge(picker: SeededPicker, input: NewCharge): Charge {
  const valueCents = totalCents(input.items, input.shippingPriceCents, input.discountCents);
  return {
    ...input,
    status: 'pending',
    statusAt: input.createdAt,
    paidAt: null,
    valueCents,
    valueCentsPaid: null,
    valueFeeCents: feeCents(input.kind, valueCents),
    bankSlip: input.kind === 'boleto' ? bankSlipFor(picker, input.transactionId, valueCents, input.dueDate) : null,
    pixCode: input.kind === 'pix' ? pixCodeFor(picker, input.transactionId, valueCents) : null,
  };
}

/**
 * Moves a charge to a status. Entering a paid status records the payment (paid_date, value_cents_paid) unless it is
 * already recorded; any other status clears it. Returns false when the status does not change.
 */
export function applyStatus(charge: Charge, status: ChargeStatus, at: Date): boolean {
  if (charge.status === status) return false;
  charge.status = status;
  charge.statusAt = at;
  if (PAID_STATUSES.has(status)) {
    charge.paidAt ??= at;
    charge.valueCentsPaid ??= charge.valueCents;
  } else {
    charge.paidAt = null;
    charge.valueCentsPaid = null;
  }
  return true;
}

export const isChargeStatus = (value: unknown): value is ChargeStatus =>
  typeof value === 'string' && (CHARGE_STATUSES as readonly string[]).includes(value);

/** A flat R$ 2,79 per boleto (as in PagHiper's sample notification) and 0,99% per PIX with a R$ 0,50 floor. */
function feeCents(kind: ChargeKind, valueCents: number): number {
  return kind === 'boleto' ? 279 : Math.max(50, Math.round(valueCents * 0.0099));
}
