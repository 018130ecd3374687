import type { SeededPicker } from '../../sandbox-kit/random.ts';
import { applyStatus, buildCharge, type Charge, type ChargeItem, type ChargeKind, type Merchant, type Payer } from './charges.ts';
import { generateCnpj, generateCpf } from './documents.ts';
import { newTransactionId } from './payment-codes.ts';
import { addDays, formatDate, localInstant } from './time.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DAY_MS = 86_400_000;

const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elaine', 'Fábio', 'Gabriela', 'Heitor', 'Isabela', 'João', 'Larissa', 'Marcos', 'Natália', 'Otávio', 'Patrícia', 'Rafael', 'Sabrina', 'Thiago', 'Vanessa', 'Wagner'];
const LAST_NAMES = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Araújo', 'Fernandes', 'Carvalho', 'Gomes', 'Ribeiro'];
const COMPANIES = ['Transportes Rota Sul Ltda', 'Comercial Andrade ME', 'Logística Horizonte SA', 'Mercado Bom Preço Ltda', 'Frota Veloz Transportes'];
const CITIES = [['São Paulo', 'SP'], ['Campinas', 'SP'], ['Curitiba', 'PR'], ['Belo Horizonte', 'MG'], ['Porto Alegre', 'RS'], ['Recife', 'PE'], ['Goiânia', 'GO']] as const;
const PRODUCTS = ['Mensalidade plano básico', 'Mensalidade plano frota', 'Licença de rastreador', 'Taxa de adesão', 'Consultoria técnica', 'Cartão combustível adicional', 'Manutenção preventiva'];

export interface HistoryInput {
  merchant: Merchant;
  now: Date;
  chargesPerDay: number;
  historyDays: number;
  /** Whether a transaction id is already used anywhere in the sandbox. */
  isTaken: (transactionId: string) => boolean;
}

/** Derives one merchant's generator seed from the sandbox seed and the merchant's position. */
export function merchantSeed(seed: number, merchantIndex: number): number {
  return (Math.imul(seed >>> 0, 2_654_435_761) ^ Math.imul(merchantIndex + 1, 40_503)) >>> 0;
}

export function generateCredentials(picker: SeededPicker): { apiKey: string; token: string } {
  return { apiKey: `apk_${picker.code(36, ALNUM)}`, token: picker.code(40) };
}

/**
 * The merchant's past: `chargesPerDay` charges on each of the last `historyDays` days (today up to `now`), boleto
 * and PIX, settled the way real charges settle: most paid within their due window, some cleared ("completed"),
 * refunded or under analysis, some canceled by the merchant and the unpaid ones canceled after they expire.
 */
export function generateHistory(picker: SeededPicker, input: HistoryInput): Charge[] {
  const charges: Charge[] = [];
  const today = formatDate(input.now);
  for (let back = input.historyDays - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const dayStart = localInstant(day).getTime();
    const span = back === 0 ? Math.max(1, Math.floor((input.now.getTime() - dayStart) / 1000)) : 86_400;
    const offsets = Array.from({ length: input.chargesPerDay }, () => picker.integer(0, span - 1)).sort((a, b) => a - b);
    for (const offset of offsets) {
      const createdAt = new Date(dayStart + offset * 1000);
      charges.push(generatedCharge(picker, input, createdAt, charges.length + 1));
    }
  }
  return charges;
}

function generatedCharge(picker: SeededPicker, input: HistoryInput, createdAt: Date, sequence: number): Charge {
  const kind: ChargeKind = picker.chance(0.55) ? 'boleto' : 'pix';
  let transactionId = newTransactionId(picker);
  while (input.isTaken(transactionId)) transactionId = newTransactionId(picker);
  const createdDate = formatDate(createdAt);
  let dueAt: Date;
  if (kind === 'pix' && picker.chance(0.5)) {
    dueAt = new Date(createdAt.getTime() + picker.integer(30, 1440) * 60_000);
  } else {
    dueAt = localInstant(addDays(createdDate, kind === 'boleto' ? picker.integer(1, 7) : picker.integer(1, 3)), '23:59:59');
  }
  const charge = buildCharge(picker, {
    kind,
    transactionId,
    apiKey: input.merchant.apiKey,
    orderId: `${createdDate.replaceAll('-', '')}-${String(sequence).padStart(5, '0')}`,
    createdAt,
    dueDate: formatDate(dueAt),
    dueAt,
    payer: randomPayer(picker),
    items: randomItems(picker),
    discountCents: picker.chance(0.15) ? picker.integer(1, 5) * 100 : 0,
    shippingPriceCents: kind === 'boleto' && picker.chance(0.25) ? picker.integer(990, 2990) : 0,
    notificationUrl: input.merchant.notificationUrl,
  });
  settle(picker, charge, input.now);
  return charge;
}

function settle(picker: SeededPicker, charge: Charge, now: Date): void {
  const created = charge.createdAt.getTime();
  const payableUntil = Math.min(charge.dueAt.getTime(), now.getTime());
  const at = (from: number, to: number) => new Date(from + Math.floor(picker.next() * Math.max(0, to - from)));
  const roll = picker.next();
  if (roll < 0.68) {
    const paidAt = at(created, charge.dueAt.getTime());
    if (paidAt.getTime() > now.getTime()) return; // the payer has not paid yet
    const age = now.getTime() - paidAt.getTime();
    const next = picker.next();
    if (charge.kind === 'boleto' && age < 2 * DAY_MS && next < 0.4) applyStatus(charge, 'reserved', paidAt);
    else if (next < 0.03) applyStatus(charge, 'processing', paidAt);
    else {
      applyStatus(charge, 'paid', paidAt);
      if (age > 2 * DAY_MS && next < 0.33) applyStatus(charge, 'completed', new Date(paidAt.getTime() + 2 * DAY_MS));
      if (age > 3 * DAY_MS && next > 0.96) applyStatus(charge, 'refunded', at(paidAt.getTime() + DAY_MS, now.getTime()));
    }
  } else if (roll < 0.78) {
    applyStatus(charge, 'canceled', at(created, payableUntil));
  } else if (charge.dueAt.getTime() < now.getTime()) {
    const canceledAt = charge.dueAt.getTime() + picker.integer(1, 3) * DAY_MS;
    if (canceledAt <= now.getTime()) applyStatus(charge, 'canceled', new Date(canceledAt));
  }
}

function randomPayer(picker: SeededPicker): Payer {
  const [city, state] = picker.pick(CITIES);
  const company = picker.chance(0.2);
  const name = company ? picker.pick(COMPANIES) : `${picker.pick(FIRST_NAMES)} ${picker.pick(LAST_NAMES)}`;
  const slug = name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().split(' ').slice(0, 2).join('.');
  return {
    name,
    email: `${slug}${picker.integer(1, 99)}@example.com.br`,
    cpfCnpj: company ? generateCnpj(picker) : generateCpf(picker),
    phone: `11${picker.integer(30_000_000, 99_999_999)}`,
    street: `Rua ${picker.pick(LAST_NAMES)}`,
    number: String(picker.integer(1, 3000)),
    district: 'Centro',
    city,
    state,
    zipCode: String(picker.integer(1_000_000, 99_999_999)).padStart(8, '0'),
  };
}

function randomItems(picker: SeededPicker): ChargeItem[] {
  return Array.from({ length: picker.integer(1, 3) }, (_, i) => ({
    itemId: String(i + 1),
    description: picker.pick(PRODUCTS),
    quantity: picker.integer(1, 3),
    priceCents: picker.integer(9, 499) * 100 + picker.pick([0, 50, 90]),
  }));
}
