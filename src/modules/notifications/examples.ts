import type { z } from 'zod';
import type { notificationSchema, ruleSchema } from './wire.ts';

/** What the API description shows: the rules and sends of a fleet company whose PagHiper charges get paid. */
export const WEBHOOK_RULE_EXAMPLE = {
  id: 'nrl_1c5g9k3o7s1w5a9e3i7m',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  environment: 'sandbox',
  integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
  eventType: 'payment.paid',
  channel: 'webhook',
  recipient: 'fixed',
  emailTo: null,
  phoneTo: null,
  webhookUrl: 'https://erp.transportesrioclaro.com.br/webhooks/ponte',
  locale: 'pt-BR',
  delaySeconds: 0,
  timing: null,
  catalogEntry: null,
  templateId: null,
  previousSecretValidUntil: null,
  enabled: true,
  disabledReason: null,
  failingSince: null,
  createdAt: '2026-03-02T09:10:00.000Z',
  updatedAt: '2026-03-02T09:10:00.000Z',
} as const satisfies z.input<typeof ruleSchema>;

export const EMAIL_RULE_EXAMPLE = {
  ...WEBHOOK_RULE_EXAMPLE,
  id: 'nrl_2d6h0l4p8t2x6b0f4j8n',
  integrationId: null,
  eventType: 'payment.overdue',
  channel: 'email',
  emailTo: ['financeiro@transportesrioclaro.com.br'],
  webhookUrl: null,
} as const satisfies z.input<typeof ruleSchema>;

/** A store's buyers hear by WhatsApp two days before their boleto is due, at 09:00. */
export const BUYER_REMINDER_RULE_EXAMPLE = {
  ...WEBHOOK_RULE_EXAMPLE,
  id: 'nrl_5g9k3o7s1w5a9e3i7m1q',
  eventType: 'payment.due_date',
  channel: 'whatsapp',
  recipient: 'record',
  webhookUrl: null,
  timing: { daysFromDueDate: -2, at: '09:00' },
  catalogEntry: 'paghiper:boleto.due_soon',
} as const satisfies z.input<typeof ruleSchema>;

export const NOTIFICATION_EXAMPLE = {
  id: 'ntf_3e7i1m5q9u3y7c1g5k9o',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  environment: 'sandbox',
  ruleId: 'nrl_1c5g9k3o7s1w5a9e3i7m',
  integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
  eventId: 'evt_4n8r2v6z0d4h8l2p6t0x',
  eventType: 'payment.paid',
  channel: 'webhook',
  recipient: 'https://erp.transportesrioclaro.com.br/webhooks/ponte',
  catalogEntry: null,
  status: 'sent',
  skipReason: null,
  providerMessageId: null,
  deliveredAt: null,
  readAt: null,
  priority: 40,
  scheduledAt: '2026-03-02T12:05:03.000Z',
  attempts: 1,
  lastError: null,
  sentAt: '2026-03-02T12:05:04.120Z',
  canceledReason: null,
  createdAt: '2026-03-02T12:05:03.000Z',
  updatedAt: '2026-03-02T12:05:04.120Z',
} as const satisfies z.input<typeof notificationSchema>;
