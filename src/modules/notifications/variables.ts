import { CONNECTORS } from '../../connectors/catalog.ts';
import type { ConnectorManifest } from '../../connectors/sdk/manifest.ts';
import type { Complaint, FuelTransaction, Payment } from '../../connectors/sdk/records.ts';
import type { Event } from '../events/index.ts';
import type { Locale } from './schema.ts';

/** What kind of record a variable comes from: the reason a connector without that kind cannot fill it. */
type VariableFamily = 'payment' | 'complaint' | 'fuel' | 'store' | 'tracking' | 'product';

/**
 * Every variable a message template may name, whichever connector fills it. Some no connector here fills (tracking,
 * products): a template using one is refused as unavailable for its connector, which differs from a misspelt name.
 */
const KNOWN_VARIABLES: Record<string, VariableFamily> = {
  'payer.name': 'payment',
  'payer.email': 'payment',
  'payer.phone': 'payment',
  amount: 'payment',
  paid_amount: 'payment',
  due_date: 'payment',
  paid_at: 'payment',
  boleto_url: 'payment',
  digitable_line: 'payment',
  pix_code: 'payment',
  pix_url: 'payment',
  order_id: 'payment',
  transaction_id: 'payment',
  payment_method: 'payment',
  status: 'payment',
  'complaint.id': 'complaint',
  'complaint.title': 'complaint',
  'complaint.status': 'complaint',
  'complaint.created_at': 'complaint',
  'complaint.rating': 'complaint',
  'complaint.last_consumer_message': 'complaint',
  'customer.name': 'complaint',
  'customer.email': 'complaint',
  'vehicle.plate': 'fuel',
  'driver.name': 'fuel',
  'fuel.type': 'fuel',
  'fuel.liters': 'fuel',
  occurred_at: 'fuel',
  'station.name': 'fuel',
  'station.city': 'fuel',
  'summary.date': 'fuel',
  'summary.transactions': 'fuel',
  'summary.liters': 'fuel',
  'summary.amount': 'fuel',
  'store.name': 'store',
  tracking_code: 'tracking',
  tracking_url: 'tracking',
  tracking_carrier: 'tracking',
  'product.name': 'product',
  'product.quantity': 'product',
};

// A connector declaring a variable the vocabulary lacks is a programming error: found at start-up, not by a customer.
for (const manifest of Object.values(CONNECTORS)) {
  const strays = manifest.notificationVariables.filter((variable) => !(variable.name in KNOWN_VARIABLES));
  if (strays.length > 0) throw new Error(`${manifest.key} declares notification variables not in the vocabulary: ${strays.map((variable) => variable.name).join(', ')}`);
}

/**
 * Why a connector's templates may not use a variable, or null when they may: unknown (`unknown variable {{foo}}`), or
 * known but not filled by its records (`PagHiper does not provide tracking_code: it has no tracking variables`).
 */
export function variableRefusal(connector: ConnectorManifest, name: string): string | null {
  const family = Object.hasOwn(KNOWN_VARIABLES, name) ? KNOWN_VARIABLES[name] : undefined;
  if (!family) return `unknown variable {{${name}}}`;
  if (connector.notificationVariables.some((variable) => variable.name === name)) return null;
  return `${connector.name} does not provide ${name}: it has no ${family} variables`;
}

const TIME_ZONE = 'America/Sao_Paulo';

const STATUS_LABELS: Record<string, Record<Locale, string>> = {
  pending: { 'pt-BR': 'Aguardando pagamento', en: 'Awaiting payment' },
  reserved: { 'pt-BR': 'Em análise', en: 'Under review' },
  processing: { 'pt-BR': 'Em processamento', en: 'Processing' },
  paid: { 'pt-BR': 'Pago', en: 'Paid' },
  completed: { 'pt-BR': 'Pago e compensado', en: 'Paid and settled' },
  canceled: { 'pt-BR': 'Cancelado', en: 'Canceled' },
  refunded: { 'pt-BR': 'Estornado', en: 'Refunded' },
};

const FUEL_LABELS: Record<FuelTransaction['fuelType'], Record<Locale, string>> = {
  ETANOL: { 'pt-BR': 'Etanol', en: 'Ethanol' },
  GASOLINA: { 'pt-BR': 'Gasolina', en: 'Gasoline' },
  GASOLINA_ADITIVADA: { 'pt-BR': 'Gasolina aditivada', en: 'Premium gasoline' },
  DIESEL: { 'pt-BR': 'Diesel', en: 'Diesel' },
  DIESEL_S10: { 'pt-BR': 'Diesel S10', en: 'Diesel S10' },
  GNV: { 'pt-BR': 'GNV', en: 'CNG' },
  ARLA32: { 'pt-BR': 'Arla 32', en: 'AdBlue (Arla 32)' },
  OUTROS: { 'pt-BR': 'Outros', en: 'Other' },
};

/** Values as a Brazilian buyer reads them (R$ 1.234,56, 23/11/2026) or in English; what a record lacks is ''. */
class Formats {
  readonly #money: Intl.NumberFormat;
  readonly #number: Intl.NumberFormat;
  readonly #date: Intl.DateTimeFormat;
  readonly #dateTime: Intl.DateTimeFormat;

  constructor(readonly locale: Locale) {
    const tag = locale === 'pt-BR' ? 'pt-BR' : 'en-US';
    this.#money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'BRL' });
    this.#number = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    this.#date = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    this.#dateTime = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  }

  cents = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? this.#money.format(value / 100) : '');
  reais = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? this.#money.format(value) : '');
  number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? this.#number.format(value) : '');
  /** A calendar date (`2026-11-23`): that same day whatever the time zone. */
  date = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? this.#date.format(new Date(`${value}T00:00:00Z`)) : '');
  dateTime = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? this.#dateTime.format(new Date(value)) : '');
  text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
}

const objectAt = (data: Record<string, unknown>, key: string): Record<string, unknown> | null => {
  const value = data[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
};

function paymentValues(payment: Partial<Payment>, f: Formats): Record<string, string> {
  const status = f.text(payment.status);
  return {
    'payer.name': f.text(payment.payer?.name),
    'payer.email': f.text(payment.payer?.email),
    'payer.phone': f.text(payment.payer?.phone),
    amount: f.cents(payment.amountCents),
    paid_amount: f.cents(payment.paidAmountCents),
    due_date: f.date(payment.dueDate),
    paid_at: f.dateTime(payment.paidAt),
    boleto_url: f.text(payment.boletoUrl),
    digitable_line: f.text(payment.digitableLine),
    pix_code: f.text(payment.pixCode),
    pix_url: f.text(payment.pixUrl),
    order_id: f.text(payment.orderId),
    transaction_id: f.text(payment.externalId),
    payment_method: payment.method === 'pix' ? 'PIX' : payment.method === 'boleto' ? 'boleto' : '',
    status: STATUS_LABELS[status]?.[f.locale] ?? status,
  };
}

function complaintValues(complaint: Partial<Complaint>, f: Formats): Record<string, string> {
  const fromConsumer = (complaint.interactions ?? []).filter((interaction) => interaction.fromConsumer);
  return {
    'complaint.id': f.text(complaint.externalId),
    'complaint.title': f.text(complaint.title),
    'complaint.status': f.text(complaint.raStatus?.name ?? complaint.hugmeStatus?.name),
    'complaint.created_at': f.dateTime(complaint.createdAt),
    'complaint.rating': f.text(complaint.rating),
    'complaint.last_consumer_message': f.text(fromConsumer.at(-1)?.message),
    'customer.name': f.text(complaint.customer?.name),
    'customer.email': f.text(complaint.customer?.email),
  };
}

function fuelValues(sale: Partial<FuelTransaction>, f: Formats): Record<string, string> {
  const city = [sale.station?.city, sale.station?.uf].filter((part) => typeof part === 'string' && part !== '').join('/');
  return {
    'vehicle.plate': f.text(sale.vehiclePlate),
    'driver.name': f.text(sale.driver?.name),
    'fuel.type': sale.fuelType ? (FUEL_LABELS[sale.fuelType]?.[f.locale] ?? sale.fuelType) : '',
    'fuel.liters': f.number(sale.liters),
    amount: f.reais(sale.totalAmount),
    occurred_at: f.dateTime(sale.occurredAt),
    'station.name': f.text(sale.station?.name),
    'station.city': city,
  };
}

/** A fuel card's daily summary of one vehicle: what the daily digest's event carries as `data.summary`. */
interface DailySummary {
  date: string;
  vehiclePlate: string | null;
  transactions: number;
  liters: number;
  totalAmount: number;
}

function summaryValues(summary: Partial<DailySummary>, f: Formats): Record<string, string> {
  return {
    'vehicle.plate': f.text(summary.vehiclePlate),
    'summary.date': f.date(summary.date),
    'summary.transactions': f.text(summary.transactions),
    'summary.liters': f.number(summary.liters),
    'summary.amount': f.reais(summary.totalAmount),
  };
}

/** Sets `payer.name` as `{ payer: { name } }`: Liquid reads dotted names as nested objects. */
function nest(values: Record<string, string>): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const path = name.split('.');
    let at = scope;
    for (const segment of path.slice(0, -1)) at = (at[segment] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = value;
  }
  return scope;
}

/**
 * What a template is rendered with: every variable the connector provides (all known ones without a connector),
 * formatted for the locale, '' where the record lacks the value. A variable outside it is absent, so the strict
 * engine refuses it rather than leave a blank.
 */
export function templateScope(event: Event, context: { storeName: string; locale: Locale; connector?: string | undefined }): Record<string, unknown> {
  const f = new Formats(context.locale);
  const data = event.data;
  const payment = objectAt(data, 'payment');
  const complaint = objectAt(data, 'complaint');
  const sale = objectAt(data, 'fuel_transaction');
  const summary = objectAt(data, 'summary');
  const found: Record<string, string> = {
    ...(payment ? paymentValues(payment as Partial<Payment>, f) : {}),
    ...(complaint ? complaintValues(complaint as Partial<Complaint>, f) : {}),
    ...(sale ? fuelValues(sale as Partial<FuelTransaction>, f) : {}),
    ...(summary ? summaryValues(summary as Partial<DailySummary>, f) : {}),
    'store.name': context.storeName,
  };
  const manifest = context.connector ? CONNECTORS[context.connector] : undefined;
  const names = manifest ? manifest.notificationVariables.map((variable) => variable.name) : Object.keys(KNOWN_VARIABLES);
  return nest(Object.fromEntries(names.map((name) => [name, found[name] ?? ''])));
}

const SAMPLE_OCCURRED_AT = '2026-11-20T13:12:00.000Z';

function samplePayment(key: string): { type: string; payment: Payment; extra: Record<string, unknown> } {
  const pix = key.startsWith('pix.');
  const outcome = key.split('.')[1] ?? 'created';
  const status = outcome === 'paid' ? 'paid' : outcome === 'canceled' ? 'canceled' : outcome === 'refunded' ? 'refunded' : 'pending';
  const settled = status === 'paid' || status === 'refunded';
  const payment: Payment = {
    provider: 'paghiper',
    externalId: 'AB12CD34EF56GH78',
    method: pix ? 'pix' : 'boleto',
    orderId: 'PED-48213',
    status,
    amountCents: 123_456,
    paidAmountCents: settled ? 123_456 : null,
    feeCents: settled ? 349 : null,
    currency: 'BRL',
    dueDate: '2026-11-23',
    createdAt: '2026-11-20T10:12:00-03:00',
    paidAt: settled ? '2026-11-22T14:05:00-03:00' : null,
    payer: { name: 'Maria Aparecida Souza', email: 'maria.souza@gmail.com', document: '11144477735', phone: '+5511987654321' },
    boletoUrl: pix ? null : 'https://www.paghiper.com/checkout/boleto/AB12CD34EF56GH78',
    digitableLine: pix ? null : '34191.79001 01043.510047 91020.150008 1 96610000123456',
    pixCode: pix ? '00020101021226870014br.gov.bcb.pix2565pix.paghiper.com/qr/v2/AB12CD34EF56GH785204000053039865802BR5925LOJA BELLA CASA6009SAO PAULO62070503***6304A1B2' : null,
    pixUrl: pix ? 'https://pix.paghiper.com/checkout/AB12CD34EF56GH78' : null,
  };
  const type = { created: 'payment.created', overdue: 'payment.overdue', expired: 'payment.overdue', paid: 'payment.paid', canceled: 'payment.canceled', refunded: 'payment.refunded' }[outcome] ?? 'payment.updated';
  return { type, payment, extra: type === 'payment.overdue' ? { overdueSince: '2026-11-24' } : {} };
}

function sampleComplaint(key: string): { type: string; complaint: Complaint } {
  const evaluated = key === 'complaint.evaluated';
  return {
    type: { 'complaint.created': 'complaint.created', 'complaint.consumer_reply': 'complaint.updated', 'complaint.evaluated': 'complaint.evaluated' }[key] ?? 'complaint.updated',
    complaint: {
      provider: 'reclame-aqui',
      externalId: '98765432',
      sourceExternalId: '176543210',
      title: 'Produto chegou com defeito e não consigo trocar',
      content: 'Comprei um jogo de panelas que chegou com a tampa quebrada. Abri o pedido de troca há 10 dias e ninguém responde.',
      hugmeStatus: { id: 2, name: 'Respondido' },
      raStatus: { id: evaluated ? 6 : 5, name: evaluated ? 'Avaliada' : 'Réplica do consumidor' },
      customer: { name: 'Carla Mendes', email: 'carla.mendes@hotmail.com', document: null },
      companyId: '120394',
      answered: true,
      rating: evaluated ? 8 : null,
      interactionsCount: 2,
      interactions: [
        { id: '5550001', type: 2, typeName: 'Resposta da empresa', fromConsumer: false, private: false, message: 'Olá, Carla! Já pedimos a coleta do produto.', createdAt: '2026-11-21T09:30:00-03:00' },
        { id: '5550002', type: 1, typeName: 'Réplica do consumidor', fromConsumer: true, private: false, message: 'Ainda não recebi o produto trocado, já se passaram 10 dias.', createdAt: '2026-11-22T18:03:00-03:00' },
      ],
      createdAt: '2026-11-12T10:42:00-03:00',
      updatedAt: '2026-11-22T18:03:00-03:00',
      closedAt: null,
    },
  };
}

const SAMPLE_SALE = (provider: FuelTransaction['provider']): FuelTransaction => ({
  provider,
  externalId: '8841203',
  occurredAt: '2026-11-23T07:48:00-03:00',
  vehiclePlate: 'RIO2A18',
  driver: { name: 'José Carlos Pereira', document: null, registration: '4471' },
  cardNumberMasked: '6033 **** **** 1234',
  fuelType: 'DIESEL_S10',
  fuelTypeRaw: 'DIESEL S10',
  liters: 152.37,
  pricePerLiter: 5.99,
  totalAmount: 912.7,
  currency: 'BRL',
  odometerKm: 184_233,
  station: { cnpj: '12345678000190', name: 'Auto Posto Via Anhanguera', city: 'Campinas', uf: 'SP' },
  status: 'approved',
});

/**
 * An event as the connector would emit for the catalog entry (or its most usual one), with realistic Brazilian
 * data, for previews; null for a connector Ponte does not have.
 */
export function sampleEvent(connector: string, catalogEntryKey: string | null): Event | null {
  const manifest = CONNECTORS[connector];
  if (!manifest) return null;
  const base = { id: 'evt_exemplo0000000000000', accountId: 'acc_exemplo0000000000000', integrationId: 'int_exemplo0000000000000', environment: 'production' as const, origin: 'live' as const, occurredAt: SAMPLE_OCCURRED_AT };
  if (manifest.models.includes('payment')) {
    const { type, payment, extra } = samplePayment(catalogEntryKey ?? 'boleto.created');
    return { ...base, type, subject: { model: 'payment', id: payment.externalId }, data: { payment, ...extra } };
  }
  if (manifest.models.includes('complaint')) {
    const { type, complaint } = sampleComplaint(catalogEntryKey ?? 'complaint.created');
    return { ...base, type, subject: { model: 'complaint', id: complaint.externalId }, data: { complaint } };
  }
  const sale = SAMPLE_SALE(connector === 'maxi-frota' ? 'maxifrota' : 'ticketlog');
  if (catalogEntryKey === 'daily_summary') {
    const summary: DailySummary = { date: '2026-11-23', vehiclePlate: sale.vehiclePlate, transactions: 3, liters: 388.1, totalAmount: 2325.44 };
    return { ...base, type: 'fuel_transaction.daily_summary', subject: { model: 'vehicle', id: summary.vehiclePlate! }, data: { summary } };
  }
  return { ...base, type: 'fuel_transaction.created', subject: { model: 'fuel_transaction', id: sale.externalId }, data: { fuel_transaction: sale } };
}
