import { z } from 'zod';
import { defineConnector, retroactiveMonths, secretField, syncIntervalMinutes } from '../sdk/manifest.ts';
import { PAGHIPER_NOTIFICATIONS, PAGHIPER_RECIPIENT, PAGHIPER_VARIABLES } from './notifications.ts';

const method = z.enum(['boleto', 'pix']);
const transactionId = z.string().length(16);

/** create_charge: a boleto needs daysDueDate; a PIX takes minutesDueDate or daysDueDate (PagHiper wants one of them). */
const createChargeInput = z
  .strictObject({
    method,
    orderId: z.string().trim().min(1).max(64),
    payer: z.strictObject({
      name: z.string().trim().min(1).max(200),
      email: z.email(),
      document: z.string().regex(/^(\d{11}|\d{14})$/, 'must be a CPF (11 digits) or CNPJ (14 digits), digits only'),
      phone: z.string().trim().regex(/^\+?[\d\s().-]{8,20}$/, 'must be a phone number (digits, with area code)').optional(),
    }),
    items: z
      .array(
        z.strictObject({
          id: z.string().trim().min(1).max(100),
          description: z.string().trim().min(1).max(255),
          quantity: z.number().int().min(1),
          priceCents: z.number().int().min(1),
        }),
      )
      .min(1)
      .max(400),
    daysDueDate: z.number().int().min(0).max(400).optional(),
    minutesDueDate: z.number().int().min(1).max(525_600).optional(),
    notificationUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  })
  .superRefine((input, issues) => {
    if (input.method === 'boleto' && input.daysDueDate === undefined) {
      issues.addIssue({ code: 'custom', path: ['daysDueDate'], message: 'is required for a boleto' });
    }
    if (input.method === 'boleto' && input.minutesDueDate !== undefined) {
      issues.addIssue({ code: 'custom', path: ['minutesDueDate'], message: 'is only for PIX' });
    }
    if (input.method === 'pix' && input.daysDueDate === undefined && input.minutesDueDate === undefined) {
      issues.addIssue({ code: 'custom', path: ['minutesDueDate'], message: 'a PIX needs minutesDueDate or daysDueDate' });
    }
  });

export const paghiperManifest = defineConnector({
  key: 'paghiper',
  name: 'PagHiper',
  category: 'payment_gateway',
  description: {
    'pt-BR': 'Boletos e PIX do PagHiper: cobranças, pagamentos e notificações automáticas.',
    en: 'PagHiper bank slips (boleto) and PIX: charges, payments and automatic notifications.',
  },
  authScheme: 'body_credentials',
  credentials: z.strictObject({
    apiKey: z
      .string()
      .trim()
      .regex(/^apk_/, 'must start with apk_')
      .max(50, 'must have at most 50 characters')
      .describe('API Key (apk_…), em Minha Conta > Credenciais'),
    token: secretField(z.string().trim().min(1, 'is required').max(128, 'must have at most 128 characters'), 'Token, em Minha Conta > Credenciais'),
  }),
  config: z.strictObject({
    syncIntervalMinutes: syncIntervalMinutes(5, 1440, 5),
    retroactiveMonths: retroactiveMonths(12, 3),
    paymentMethods: z
      .array(z.enum(['boleto', 'pix']))
      .min(1, 'must have at least one of boleto, pix')
      .default(['boleto', 'pix'])
      .describe('Which APIs to sync'),
  }),
  baseUrls: { boleto: 'https://api.paghiper.com', pix: 'https://pix.paghiper.com' },
  defaultSyncIntervalMinutes: 5,
  webhooks: true,
  onboardingFlow: 'self_service',
  models: ['payment'],
  events: ['payment.created', 'payment.paid', 'payment.reserved', 'payment.completed', 'payment.canceled', 'payment.refunded', 'payment.processing', 'payment.overdue', 'payment.updated'],
  actions: [
    {
      key: 'cancel_charge',
      name: { 'pt-BR': 'Cancelar cobrança', en: 'Cancel charge' },
      input: z.strictObject({ transactionId, method }),
    },
    { key: 'create_charge', name: { 'pt-BR': 'Criar cobrança', en: 'Create charge' }, input: createChargeInput },
    { key: 'charge_status', name: { 'pt-BR': 'Consultar cobrança', en: 'Charge status' }, input: z.strictObject({ transactionId, method }) },
  ],
  checklist: [
    { key: 'credentials_verified', label: { 'pt-BR': 'Credenciais verificadas', en: 'Credentials verified' } },
    { key: 'callback_configured', label: { 'pt-BR': 'URL de notificação configurada e recebida', en: 'Notification URL configured and heard from' } },
    { key: 'recent_sync', label: { 'pt-BR': 'Sincronização recente', en: 'Recent sync' } },
  ],
  notifications: PAGHIPER_NOTIFICATIONS,
  notificationVariables: PAGHIPER_VARIABLES,
  recordRecipient: PAGHIPER_RECIPIENT,
});
