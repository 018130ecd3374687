import { z } from 'zod';
import { CHANNELS, LOCALES, NOTIFICATION_STATUSES } from './schema.ts';

const timestamp = z.iso.datetime();
const environment = z.enum(['sandbox', 'production']);

export const ruleSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  environment,
  integrationId: z.string().nullable().describe('Null: every integration of the account in that environment'),
  eventType: z.string(),
  channel: z.enum(CHANNELS),
  emailTo: z.array(z.string()).nullable(),
  webhookUrl: z.string().nullable(),
  locale: z.enum(LOCALES),
  delaySeconds: z.number().int(),
  previousSecretValidUntil: timestamp.nullable().describe('Webhook rules after a rotation: until when the previous secret also signs'),
  enabled: z.boolean(),
  disabledReason: z
    .object({
      code: z.string().describe('`endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days)'),
      message: z.string().describe('What happened, in English, for logs'),
    })
    .nullable()
    .describe('Why Ponte disabled the rule by itself, until someone enables it again; null otherwise'),
  failingSince: timestamp.nullable().describe('Webhook rules: since when every delivery has failed; null while they succeed'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const createdRuleSchema = ruleSchema.extend({
  signingSecret: z
    .string()
    .nullable()
    .describe('Webhook rules: the Standard Webhooks secret (`whsec_…`) to verify signatures with. Shown this once; Ponte keeps it sealed.'),
});

const MAX_DELAY_SECONDS = 30 * 24 * 3600;

const ruleFields = {
  integrationId: z.string().nullable().optional(),
  emailTo: z.array(z.email()).min(1).max(20).optional(),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    // A password in the URL would be stored and shown in clear; receivers authenticate Ponte by its signature.
    .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), 'must not carry a user or password: verify the webhook signature (Standard Webhooks) instead')
    .optional(),
  locale: z.enum(LOCALES).optional(),
  delaySeconds: z.number().int().min(0).max(MAX_DELAY_SECONDS).optional(),
  enabled: z.boolean().optional(),
};

export const newRuleBody = z.strictObject({
  accountId: z.string(),
  environment: environment.optional().describe('Default: the environment of your API key'),
  eventType: z.string().max(100),
  channel: z.enum(CHANNELS),
  ...ruleFields,
});

export const ruleChangesBody = z.strictObject(ruleFields);

export const notificationSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  environment,
  ruleId: z.string(),
  integrationId: z.string().nullable(),
  eventId: z.string(),
  eventType: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(NOTIFICATION_STATUSES),
  priority: z.number().int().describe('Higher goes first among notifications due together (later happy-path steps)'),
  scheduledAt: timestamp.describe('When it is (or was) due: its first attempt, or its next retry'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: timestamp.nullable(),
  canceledReason: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const notificationQuery = z.strictObject({
  accountId: z.string().optional(),
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  ruleId: z.string().optional(),
  integrationId: z.string().optional(),
  eventType: z.string().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
