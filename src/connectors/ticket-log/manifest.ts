import { z } from 'zod';
import { defineConnector, retroactiveMonths, secretField, syncIntervalMinutes } from '../sdk/manifest.ts';
import { FUEL_NOTIFICATIONS, FUEL_RECIPIENT, FUEL_VARIABLES } from '../sdk/fuel-notifications.ts';

export const ticketLogManifest = defineConnector({
  key: 'ticket-log',
  name: 'Ticket Log',
  category: 'fuel_card',
  description: {
    'pt-BR': 'Abastecimentos do cartão combustível Ticket Log (Edenred), após aprovação da Ticket Log (até 15 dias).',
    en: 'Ticket Log (Edenred) fuel card transactions, after Ticket Log approves the integration (up to 15 days).',
  },
  authScheme: 'http_basic',
  credentials: z.strictObject({
    username: z.string().trim().min(1, 'is required').max(200).describe('Usuário do web service ([OperadorWeb]app…)'),
    password: secretField(z.string().min(1, 'is required').max(200), 'Senha do web service'),
  }),
  config: z.strictObject({
    clientCode: z.coerce.number({ error: 'must be the numeric client code' }).int().positive('must be a positive number').describe('Código do cliente (codigoCliente)'),
    cardTypeCode: z.coerce.number().int().positive().default(4).describe('Código do tipo de cartão (codigoTipoCartao)'),
    syncIntervalMinutes: syncIntervalMinutes(15, 1440, 60),
    retroactiveMonths: retroactiveMonths(12, 3),
  }),
  baseUrls: { api: 'https://srv1.ticketlog.com.br/ticketlog-servicos' },
  defaultSyncIntervalMinutes: 60,
  webhooks: false,
  onboardingFlow: 'provider_approval',
  models: ['fuel_transaction'],
  events: ['fuel_transaction.created', 'fuel_transaction.updated', 'fuel_transaction.daily_summary'],
  actions: [],
  checklist: [
    { key: 'provider_approved', label: { 'pt-BR': 'Aprovado pela Ticket Log', en: 'Approved by Ticket Log' } },
    { key: 'credentials_verified', label: { 'pt-BR': 'Credenciais verificadas', en: 'Credentials verified' } },
    { key: 'first_data', label: { 'pt-BR': 'Primeiros abastecimentos recebidos', en: 'First transactions received' } },
  ],
  notifications: FUEL_NOTIFICATIONS,
  notificationVariables: FUEL_VARIABLES,
  recordRecipient: FUEL_RECIPIENT,
});
