import { CONNECTORS } from '../../connectors/catalog.ts';
import type { Event } from '../events/index.ts';
import type { Locale } from './schema.ts';
import { escapeHtml } from '../../platform/http/html.ts';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** Events of an integration's own life, which every connector's integrations emit. */
const INTEGRATION_EVENTS = [
  'integration.activated',
  'integration.paused',
  'integration.resumed',
  'integration.cancelled',
  'integration.reconnect_required',
  'integration.sync_failed',
  // Onboarding: for staff rules and systems (the customer hears from the onboarding flow's own e-mails).
  'integration.requested',
  'integration.awaiting_customer',
  'integration.key_expired',
  'integration.pending_provider_approval',
  'integration.needs_revision',
  'integration.approved',
  'integration.approval_sla_warning',
  'integration.approval_sla_breached',
  'integration.data_confirmed',
  'integration.data_divergence',
];

/** The message of a rule's test send: not an event of the log, so no rule can choose it. */
export const TEST_EVENT_TYPE = 'ponte.test';

/**
 * Not an event of the log but a moment of a record: a payment's due date. Rules of this type send relative to it
 * (their `timing`), planned from the record's events and re-planned when it changes.
 */
export const DUE_DATE_EVENT_TYPE = 'payment.due_date';

/** What a rule may ask to be told about: every event a connector declares, the integrations' own, and due dates. */
export const NOTIFIABLE_EVENT_TYPES: readonly string[] = [
  ...new Set([...Object.values(CONNECTORS).flatMap((manifest) => manifest.events), ...INTEGRATION_EVENTS, DUE_DATE_EVENT_TYPE]),
].sort();

type Data = Record<string, unknown>;
type Lines = { subject: string; lines: string[] };
type Template = (data: Data, format: Formatter) => Lines;

const TIME_ZONE = 'America/Sao_Paulo';

/** Money, dates and missing values as a reader of the locale expects them. */
class Formatter {
  readonly #money: Intl.NumberFormat;
  readonly #dateTime: Intl.DateTimeFormat;
  readonly #date: Intl.DateTimeFormat;
  readonly #number: Intl.NumberFormat;

  constructor(readonly locale: Locale) {
    this.#money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL' });
    this.#dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
    this.#date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
    this.#number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  }

  cents(value: unknown): string {
    return typeof value === 'number' ? this.#money.format(value / 100) : '—';
  }

  money(value: unknown): string {
    return typeof value === 'number' ? this.#money.format(value) : '—';
  }

  number(value: unknown): string {
    return typeof value === 'number' ? this.#number.format(value) : '—';
  }

  dateTime(value: unknown): string {
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? this.#dateTime.format(new Date(value)) : '—';
  }

  /** A calendar date (`2026-11-30`), shown as that same day whatever the time zone. */
  date(value: unknown): string {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? this.#date.format(new Date(`${value}T00:00:00Z`)) : '—';
  }

  text(value: unknown): string {
    return typeof value === 'string' && value.trim() !== '' ? value : '—';
  }
}

const record = (data: Data, model: string): Data => (data[model] && typeof data[model] === 'object' ? (data[model] as Data) : {});
const field = (data: Data, ...path: string[]): unknown => path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Data)[key] : undefined), data);

function paymentLines(headline: string, data: Data, f: Formatter): string[] {
  const payment = record(data, 'payment');
  const pt = f.locale === 'pt-BR';
  return [
    headline,
    `${pt ? 'Pedido' : 'Order'}: ${f.text(payment.orderId)}`,
    `${pt ? 'Transação' : 'Transaction'}: ${f.text(payment.externalId)}`,
    `${pt ? 'Valor' : 'Amount'}: ${f.cents(payment.amountCents)}`,
    `${pt ? 'Vencimento' : 'Due date'}: ${f.date(payment.dueDate)}`,
    `${pt ? 'Pagador' : 'Payer'}: ${f.text(field(payment, 'payer', 'name'))}`,
  ];
}

const payment =
  (subject: Record<Locale, string>, headline: Record<Locale, (payment: Data, f: Formatter) => string>): Template =>
  (data, f) => ({
    subject: `${subject[f.locale]} — ${f.cents(record(data, 'payment').amountCents)} (${f.text(record(data, 'payment').orderId)})`,
    lines: paymentLines(headline[f.locale](record(data, 'payment'), f), data, f),
  });

function fuelLines(data: Data, f: Formatter): string[] {
  const sale = record(data, 'fuel_transaction');
  const pt = f.locale === 'pt-BR';
  return [
    `${pt ? 'Data' : 'When'}: ${f.dateTime(sale.occurredAt)}`,
    `${pt ? 'Placa' : 'Plate'}: ${f.text(sale.vehiclePlate)}`,
    `${pt ? 'Motorista' : 'Driver'}: ${f.text(field(sale, 'driver', 'name'))}`,
    `${pt ? 'Combustível' : 'Fuel'}: ${f.text(sale.fuelType)} — ${f.number(sale.liters)} L`,
    `${pt ? 'Valor' : 'Amount'}: ${f.money(sale.totalAmount)}`,
    `${pt ? 'Posto' : 'Station'}: ${f.text(field(sale, 'station', 'name'))} (${f.text(field(sale, 'station', 'city'))}/${f.text(field(sale, 'station', 'uf'))})`,
  ];
}

const fuel =
  (subject: Record<Locale, string>): Template =>
  (data, f) => ({ subject: `${subject[f.locale]}: ${f.text(record(data, 'fuel_transaction').vehiclePlate)} — ${f.money(record(data, 'fuel_transaction').totalAmount)}`, lines: fuelLines(data, f) });

const complaint =
  (subject: Record<Locale, string>): Template =>
  (data, f) => {
    const item = record(data, 'complaint');
    const pt = f.locale === 'pt-BR';
    return {
      subject: `${subject[f.locale]}: ${f.text(item.title)}`,
      lines: [
        `${pt ? 'Reclamação' : 'Complaint'}: ${f.text(item.title)}`,
        `${pt ? 'Consumidor' : 'Customer'}: ${f.text(field(item, 'customer', 'name'))}`,
        `${pt ? 'Situação' : 'Status'}: ${f.text(field(item, 'raStatus', 'name') ?? field(item, 'hugmeStatus', 'name'))}`,
        `${pt ? 'Aberta em' : 'Opened'}: ${f.dateTime(item.createdAt)}`,
        '',
        f.text(item.content),
      ],
    };
  };

const simple =
  (text: Record<Locale, { subject: string; line: (data: Data, f: Formatter) => string }>): Template =>
  (data, f) => ({ subject: text[f.locale].subject, lines: [text[f.locale].line(data, f)] });

const TEMPLATES: Record<string, Template> = {
  'payment.created': payment(
    { 'pt-BR': 'Nova cobrança', en: 'New charge' },
    { 'pt-BR': () => 'Uma nova cobrança foi emitida.', en: () => 'A new charge was issued.' },
  ),
  'payment.paid': payment(
    { 'pt-BR': 'Pagamento confirmado', en: 'Payment confirmed' },
    {
      'pt-BR': (p, f) => `O pagamento de ${f.cents(p.paidAmountCents ?? p.amountCents)} foi confirmado em ${f.dateTime(p.paidAt)}.`,
      en: (p, f) => `The payment of ${f.cents(p.paidAmountCents ?? p.amountCents)} was confirmed at ${f.dateTime(p.paidAt)}.`,
    },
  ),
  'payment.completed': payment(
    { 'pt-BR': 'Pagamento compensado', en: 'Payment settled' },
    { 'pt-BR': () => 'O valor do pagamento já está disponível.', en: () => 'The payment’s amount is now available.' },
  ),
  'payment.overdue': payment(
    { 'pt-BR': 'Cobrança vencida', en: 'Charge overdue' },
    {
      'pt-BR': (p, f) => `A cobrança venceu em ${f.date(p.dueDate)} e ainda não foi paga.`,
      en: (p, f) => `The charge was due on ${f.date(p.dueDate)} and has not been paid.`,
    },
  ),
  'payment.canceled': payment(
    { 'pt-BR': 'Cobrança cancelada', en: 'Charge canceled' },
    { 'pt-BR': () => 'A cobrança foi cancelada.', en: () => 'The charge was canceled.' },
  ),
  'payment.refunded': payment(
    { 'pt-BR': 'Pagamento estornado', en: 'Payment refunded' },
    { 'pt-BR': () => 'O pagamento foi estornado ao pagador.', en: () => 'The payment was refunded to the payer.' },
  ),
  'payment.reserved': payment(
    { 'pt-BR': 'Pagamento em análise', en: 'Payment under review' },
    { 'pt-BR': () => 'O pagamento foi recebido e está reservado para análise.', en: () => 'The payment was received and is held for review.' },
  ),
  'payment.processing': payment(
    { 'pt-BR': 'Pagamento em processamento', en: 'Payment processing' },
    { 'pt-BR': () => 'O pagamento está sendo processado.', en: () => 'The payment is being processed.' },
  ),
  'payment.updated': payment(
    { 'pt-BR': 'Cobrança atualizada', en: 'Charge updated' },
    { 'pt-BR': () => 'Os dados da cobrança mudaram.', en: () => 'The charge’s details changed.' },
  ),
  'fuel_transaction.created': fuel({ 'pt-BR': 'Novo abastecimento', en: 'New fuel purchase' }),
  'fuel_transaction.updated': fuel({ 'pt-BR': 'Abastecimento atualizado', en: 'Fuel purchase updated' }),
  'complaint.created': complaint({ 'pt-BR': 'Nova reclamação no Reclame Aqui', en: 'New complaint on Reclame Aqui' }),
  'complaint.updated': complaint({ 'pt-BR': 'Reclamação atualizada', en: 'Complaint updated' }),
  'complaint.consumer_replied': complaint({ 'pt-BR': 'O consumidor respondeu na reclamação', en: 'The customer replied on the complaint' }),
  'complaint.answered': complaint({ 'pt-BR': 'Reclamação respondida', en: 'Complaint answered' }),
  'complaint.evaluated': complaint({ 'pt-BR': 'Reclamação avaliada pelo consumidor', en: 'Complaint rated by the customer' }),
  'complaint.closed': complaint({ 'pt-BR': 'Reclamação encerrada', en: 'Complaint closed' }),
  [TEST_EVENT_TYPE]: simple({
    'pt-BR': { subject: 'Teste de notificação da Ponte', line: (d, f) => `Esta é uma mensagem de teste da regra ${f.text(d.ruleId)} (${f.text(d.eventType)}). Se chegou, as notificações chegarão aqui.` },
    en: { subject: 'Ponte test notification', line: (d, f) => `This is a test message of the rule ${f.text(d.ruleId)} (${f.text(d.eventType)}). If it arrived, notifications will arrive here.` },
  }),
  'integration.activated': simple({
    'pt-BR': { subject: 'Integração ativada', line: () => 'A integração foi ativada e os dados começam a ser sincronizados.' },
    en: { subject: 'Integration activated', line: () => 'The integration is active and its data is being synchronised.' },
  }),
  'integration.paused': simple({
    'pt-BR': { subject: 'Integração pausada', line: () => 'A sincronização foi pausada até ser retomada.' },
    en: { subject: 'Integration paused', line: () => 'Synchronisation is paused until resumed.' },
  }),
  'integration.resumed': simple({
    'pt-BR': { subject: 'Integração retomada', line: () => 'A sincronização foi retomada.' },
    en: { subject: 'Integration resumed', line: () => 'Synchronisation has resumed.' },
  }),
  'integration.cancelled': simple({
    'pt-BR': { subject: 'Integração cancelada', line: () => 'A integração foi cancelada e não será mais sincronizada.' },
    en: { subject: 'Integration cancelled', line: () => 'The integration was cancelled and will no longer be synchronised.' },
  }),
  'integration.reconnect_required': simple({
    'pt-BR': { subject: 'Ação necessária: reconecte a integração', line: (d, f) => `O provedor recusou as credenciais: ${f.text(d.reason)}. Envie novas credenciais para retomar a sincronização.` },
    en: { subject: 'Action needed: reconnect the integration', line: (d, f) => `The provider refused the credentials: ${f.text(d.reason)}. Send new credentials to resume synchronisation.` },
  }),
  'integration.requested': simple({
    'pt-BR': { subject: 'Integração solicitada', line: (d, f) => `Uma integração ${f.text(d.connector)} foi solicitada; as instruções seguem para o contato da conta.` },
    en: { subject: 'Integration requested', line: (d, f) => `A ${f.text(d.connector)} integration was requested; instructions go to the account’s contact.` },
  }),
  'integration.awaiting_customer': simple({
    'pt-BR': { subject: 'Integração aguardando o cliente', line: (d, f) => `A integração aguarda as credenciais do cliente${d.reason ? `: ${f.text(d.reason)}` : '.'}` },
    en: { subject: 'Integration waiting for the customer', line: (d, f) => `The integration waits for the customer’s credentials${d.reason ? `: ${f.text(d.reason)}` : '.'}` },
  }),
  'integration.key_expired': simple({
    'pt-BR': { subject: 'Chave de autorização expirada', line: (d, f) => `A chave não pôde ser usada e uma nova foi pedida ao cliente: ${f.text(d.reason)}` },
    en: { subject: 'Authorization key expired', line: (d, f) => `The key could not be used and the customer was asked for a new one: ${f.text(d.reason)}` },
  }),
  'integration.pending_provider_approval': simple({
    'pt-BR': { subject: 'Integração em aprovação pelo provedor', line: () => 'As credenciais chegaram; a integração aguarda a aprovação do provedor (até 15 dias).' },
    en: { subject: 'Integration pending the provider’s approval', line: () => 'The credentials arrived; the integration waits for the provider’s approval (up to 15 days).' },
  }),
  'integration.needs_revision': simple({
    'pt-BR': { subject: 'O provedor pediu uma revisão', line: (d, f) => `A integração precisa de revisão: ${f.text(d.reason)}` },
    en: { subject: 'The provider asked for a revision', line: (d, f) => `The integration needs a revision: ${f.text(d.reason)}` },
  }),
  'integration.approved': simple({
    'pt-BR': { subject: 'Integração aprovada pelo provedor', line: () => 'O provedor aprovou a integração, que agora está ativa.' },
    en: { subject: 'Integration approved by the provider', line: () => 'The provider approved the integration, which is now active.' },
  }),
  'integration.approval_sla_warning': simple({
    'pt-BR': { subject: 'Aprovação do provedor perto do prazo', line: (d, f) => `A aprovação do provedor está pendente e o prazo de ${f.text(d.slaDays)} dias está perto de vencer.` },
    en: { subject: 'Provider approval nearing its deadline', line: (d, f) => `The provider’s approval is pending and its ${f.text(d.slaDays)}-day deadline is close.` },
  }),
  'integration.approval_sla_breached': simple({
    'pt-BR': { subject: 'Prazo de aprovação do provedor vencido', line: (d, f) => `O prazo de ${f.text(d.slaDays)} dias para a aprovação do provedor venceu.` },
    en: { subject: 'Provider approval deadline passed', line: (d, f) => `The ${f.text(d.slaDays)}-day deadline for the provider’s approval has passed.` },
  }),
  'integration.data_confirmed': simple({
    'pt-BR': { subject: 'Dados confirmados pelo cliente', line: () => 'O cliente confirmou que os primeiros dados estão corretos.' },
    en: { subject: 'Data confirmed by the customer', line: () => 'The customer confirmed the first data is right.' },
  }),
  'integration.data_divergence': simple({
    'pt-BR': { subject: 'Divergência nos dados apontada pelo cliente', line: (d, f) => `O cliente encontrou uma divergência: ${f.text(d.divergence)}` },
    en: { subject: 'Data divergence reported by the customer', line: (d, f) => `The customer found a divergence: ${f.text(d.divergence)}` },
  }),
  'integration.sync_failed': simple({
    'pt-BR': { subject: 'Falha na sincronização', line: (d, f) => `A sincronização falhou depois de todas as tentativas: ${f.text(d.error)}` },
    en: { subject: 'Synchronisation failed', line: (d, f) => `Synchronisation failed after every retry: ${f.text(d.error)}` },
  }),
};

const FOOTER: Record<Locale, (event: Event, f: Formatter) => string[]> = {
  'pt-BR': (event, f) => ['', `Evento ${event.type} (${event.id}) em ${f.dateTime(event.occurredAt)}${event.environment === 'sandbox' ? ', ambiente de homologação' : ''}.`, 'Mensagem automática da Ponte.'],
  en: (event, f) => ['', `Event ${event.type} (${event.id}) at ${f.dateTime(event.occurredAt)}${event.environment === 'sandbox' ? ', sandbox environment' : ''}.`, 'An automatic message from Ponte.'],
};

function fallback(event: Event, f: Formatter): Lines {
  return f.locale === 'pt-BR' ? { subject: `Novo evento: ${event.type}`, lines: [`Aconteceu ${event.type}.`] } : { subject: `New event: ${event.type}`, lines: [`${event.type} happened.`] };
}


/** The e-mail for an event, in the rule's language; event types without a template of their own get a plain one. */
export function renderEmail(event: Event, locale: Locale): RenderedMessage {
  const f = new Formatter(locale);
  const template = TEMPLATES[event.type];
  const { subject, lines } = template ? template(event.data, f) : fallback(event, f);
  const all = [...lines, ...FOOTER[locale](event, f)];
  const tag = event.environment === 'sandbox' ? (locale === 'pt-BR' ? '[Homologação] ' : '[Sandbox] ') : '';
  return {
    subject: `${tag}${subject}`,
    text: `${all.join('\n')}\n`,
    html: `<!doctype html><html lang="${locale}"><body>${all.map((line) => (line === '' ? '<br>' : `<p>${escapeHtml(line)}</p>`)).join('')}</body></html>`,
  };
}
