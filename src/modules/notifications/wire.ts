import { z } from 'zod';
import { CLOCK_TIME } from '../../connectors/sdk/notification-catalog.ts';
import { CHANNELS, LOCALES, NOTIFICATION_STATUSES, RECIPIENT_KINDS, SKIP_REASONS } from './schema.ts';

const timestamp = z.iso.datetime();
const environment = z.enum(['sandbox', 'production']);

export const ruleSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  environment,
  integrationId: z.string().nullable().describe('Null: every integration of the account in that environment'),
  eventType: z.string(),
  channel: z.enum(CHANNELS),
  recipient: z.enum(RECIPIENT_KINDS).describe('fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail'),
  emailTo: z.array(z.string()).nullable(),
  phoneTo: z.array(z.string()).nullable().describe('Fixed WhatsApp recipients, E.164'),
  webhookUrl: z.string().nullable(),
  locale: z.enum(LOCALES),
  delaySeconds: z.number().int(),
  timing: z
    .object({ daysFromDueDate: z.number().int(), at: z.string() })
    .nullable()
    .describe('payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone'),
  catalogEntry: z.string().nullable().describe('The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes'),
  templateId: z.string().nullable().describe('The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail'),
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

/** When a due-date rule sends, relative to the record's due date (rules, and catalog activation's overrides). */
export const dueDateTimingBody = z.strictObject({
  daysFromDueDate: z.number().int().min(-60).max(60).describe('Days from the due date: -2 is two days before, 0 the day itself, 1 the day after'),
  at: z.string().regex(CLOCK_TIME, 'must be a time of day as HH:MM').describe('Local time of the account’s time zone'),
});

const MAX_DELAY_SECONDS = 30 * 24 * 3600;

const ruleFields = {
  integrationId: z.string().nullable().optional(),
  emailTo: z.array(z.email()).min(1).max(20).optional(),
  phoneTo: z.array(z.string().max(40)).min(1).max(20).optional().describe('Fixed WhatsApp recipients, with area code (+55 11 98765-4321); stored as E.164'),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    // A password in the URL would be stored and shown in clear; receivers authenticate Ponte by its signature.
    .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), 'must not carry a user or password: verify the webhook signature (Standard Webhooks) instead')
    .optional(),
  locale: z.enum(LOCALES).optional(),
  delaySeconds: z.number().int().min(0).max(MAX_DELAY_SECONDS).optional(),
  timing: dueDateTimingBody.nullable().optional(),
  templateId: z.string().max(40).nullable().optional(),
  enabled: z.boolean().optional(),
};

export const newRuleBody = z.strictObject({
  accountId: z.string(),
  environment: environment.optional().describe('Default: the environment of your API key'),
  eventType: z.string().max(100),
  channel: z.enum(CHANNELS),
  recipient: z.enum(RECIPIENT_KINDS).optional().describe('Default fixed'),
  catalogEntry: z.string().max(100).nullable().optional(),
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
  recipient: z.string().nullable().describe('Where it goes: e-mail address(es), an E.164 phone or a webhook URL; null when skipped for want of one'),
  catalogEntry: z.string().nullable(),
  status: z.enum(NOTIFICATION_STATUSES),
  skipReason: z.enum(SKIP_REASONS).nullable().describe('Why a skipped notification was not sent; lastError says more'),
  providerMessageId: z.string().nullable().describe('The channel’s id for the message (WhatsApp’s wamid)'),
  deliveredAt: timestamp.nullable(),
  readAt: timestamp.nullable(),
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
