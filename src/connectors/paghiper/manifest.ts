import { z } from 'zod';
import { defineConnector, retroactiveMonths, secretField, syncIntervalMinutes } from '../sdk/manifest.ts';

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
      input: z.strictObject({ transactionId: z.string().length(16), method: z.enum(['boleto', 'pix']) }),
    },
  ],
  checklist: [
    { key: 'credentials_verified', label: { 'pt-BR': 'Credenciais verificadas', en: 'Credentials verified' } },
    { key: 'callback_configured', label: { 'pt-BR': 'URL de notificação configurada e recebida', en: 'Notification URL configured and heard from' } },
    { key: 'recent_sync', label: { 'pt-BR': 'Sincronização recente', en: 'Recent sync' } },
  ],
});
