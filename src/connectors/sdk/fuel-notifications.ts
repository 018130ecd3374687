import type { NotificationCatalogEntry, NotificationVariable, RecordRecipientPaths } from './notification-catalog.ts';

/** What a fuel card transaction (Ticket Log, Maxi Frota) fills in a template, and the daily summary per vehicle. */
export const FUEL_VARIABLES: NotificationVariable[] = [
  { name: 'vehicle.plate', description: { 'pt-BR': 'Placa do veículo', en: 'The vehicle’s plate' }, example: 'RIO2A18' },
  { name: 'driver.name', description: { 'pt-BR': 'Nome do motorista', en: 'The driver’s name' }, example: 'José Carlos Pereira' },
  { name: 'fuel.type', description: { 'pt-BR': 'Combustível', en: 'Fuel' }, example: 'Diesel S10' },
  { name: 'fuel.liters', description: { 'pt-BR': 'Litros', en: 'Litres' }, example: '152,37' },
  { name: 'amount', description: { 'pt-BR': 'Valor do abastecimento', en: 'The purchase’s amount' }, example: 'R$ 912,70' },
  { name: 'occurred_at', description: { 'pt-BR': 'Data e hora do abastecimento', en: 'When it happened' }, example: '23/11/2026, 07:48' },
  { name: 'station.name', description: { 'pt-BR': 'Posto', en: 'Station' }, example: 'Auto Posto Via Anhanguera' },
  { name: 'station.city', description: { 'pt-BR': 'Cidade/UF do posto', en: 'The station’s city/state' }, example: 'Campinas/SP' },
  { name: 'summary.date', description: { 'pt-BR': 'Resumo diário: o dia', en: 'Daily summary: the day' }, example: '23/11/2026' },
  { name: 'summary.transactions', description: { 'pt-BR': 'Resumo diário: abastecimentos no dia', en: 'Daily summary: purchases that day' }, example: '3' },
  { name: 'summary.liters', description: { 'pt-BR': 'Resumo diário: litros no dia', en: 'Daily summary: litres that day' }, example: '388,10' },
  { name: 'summary.amount', description: { 'pt-BR': 'Resumo diário: valor no dia', en: 'Daily summary: amount that day' }, example: 'R$ 2.325,44' },
  { name: 'store.name', description: { 'pt-BR': 'Nome da empresa (a conta)', en: 'The company’s name (the account)' }, example: 'Transportes Rio Claro' },
];

/** A fuel transaction names its driver, but gives no e-mail or phone to write to. */
export const FUEL_RECIPIENT: RecordRecipientPaths = { name: 'fuel_transaction.driver.name' };

const lines = (...parts: string[]) => parts.join('\n');

/** Fuel purchases go to the fleet's own people (the account's contact), by e-mail: no WhatsApp template. */
export const FUEL_NOTIFICATIONS: NotificationCatalogEntry[] = [
  {
    key: 'fuel_transaction.created',
    name: { 'pt-BR': 'Novo abastecimento', en: 'New fuel purchase' },
    priority: 1,
    recognisedBy: { 'pt-BR': 'Evento fuel_transaction.created: um abastecimento novo no cartão combustível.', en: 'A fuel_transaction.created event: a new purchase on the fuel card.' },
    trigger: { kind: 'event', eventType: 'fuel_transaction.created' },
    audience: 'account_contact',
    defaultTemplates: {
      email: {
        'pt-BR': {
          subject: 'Abastecimento: {{ vehicle.plate }} — {{ amount }}',
          body: lines('Novo abastecimento na frota de {{ store.name }}.', '', 'Veículo: {{ vehicle.plate }}', 'Motorista: {{ driver.name }}', 'Quando: {{ occurred_at }}', 'Combustível: {{ fuel.type }} — {{ fuel.liters }} L', 'Valor: {{ amount }}', 'Posto: {{ station.name }} ({{ station.city }})'),
        },
        en: {
          subject: 'Fuel purchase: {{ vehicle.plate }} — {{ amount }}',
          body: lines('A new fuel purchase in the fleet of {{ store.name }}.', '', 'Vehicle: {{ vehicle.plate }}', 'Driver: {{ driver.name }}', 'When: {{ occurred_at }}', 'Fuel: {{ fuel.type }} — {{ fuel.liters }} L', 'Amount: {{ amount }}', 'Station: {{ station.name }} ({{ station.city }})'),
        },
      },
    },
  },
  {
    key: 'daily_summary',
    name: { 'pt-BR': 'Resumo diário por veículo', en: 'Daily summary per vehicle' },
    priority: 1,
    recognisedBy: {
      'pt-BR': 'Uma vez por dia, às 07:00, um resumo dos abastecimentos do dia anterior de cada veículo (placa) que abasteceu.',
      en: 'Once a day, at 07:00, a summary of the previous day’s purchases of each vehicle (plate) that bought fuel.',
    },
    trigger: { kind: 'daily_digest', model: 'fuel_transaction', at: '07:00', groupBy: 'fuel_transaction.vehiclePlate' },
    audience: 'account_contact',
    defaultTemplates: {
      email: {
        'pt-BR': {
          subject: 'Resumo de {{ summary.date }}: {{ vehicle.plate }} — {{ summary.amount }}',
          body: lines('Abastecimentos do veículo {{ vehicle.plate }} de {{ store.name }} em {{ summary.date }}:', '', 'Abastecimentos: {{ summary.transactions }}', 'Litros: {{ summary.liters }} L', 'Valor: {{ summary.amount }}'),
        },
        en: {
          subject: 'Summary of {{ summary.date }}: {{ vehicle.plate }} — {{ summary.amount }}',
          body: lines('Fuel purchases of the vehicle {{ vehicle.plate }} of {{ store.name }} on {{ summary.date }}:', '', 'Purchases: {{ summary.transactions }}', 'Litres: {{ summary.liters }} L', 'Amount: {{ summary.amount }}'),
        },
      },
    },
  },
];
