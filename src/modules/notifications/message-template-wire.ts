import { z } from 'zod';
import { LOCALES } from './schema.ts';

const timestamp = z.iso.datetime();
const channel = z.enum(['email', 'whatsapp']);
const liquid = (max: number) => z.string().max(max);

export const messageTemplateSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  channel,
  locale: z.enum(LOCALES),
  catalogEntry: z.string().nullable().describe('The catalog entry it was made for (`paghiper:boleto.created`)'),
  connector: z.string().nullable().describe('The connector whose records fill it: it decides which variables exist'),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  whatsappTemplateName: z.string().nullable(),
  whatsappLanguage: z.string().nullable(),
  whatsappParameters: z.array(z.string()).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const contentFields = {
  name: z.string().trim().min(1).max(100),
  locale: z.enum(LOCALES).optional().describe('Default pt-BR'),
  subject: liquid(300).optional().describe('E-mail: the subject, Liquid (`{{ payer.name }}`)'),
  body: liquid(20_000).optional().describe('E-mail: the plain-text body, Liquid; the HTML part is made from it, every value escaped, links clickable'),
  whatsappTemplateName: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/, 'must be a WhatsApp template name: lower-case letters, digits and _')
    .optional()
    .describe('WhatsApp: the name of a template approved at Meta for the account’s number'),
  whatsappLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'must be a language code such as pt_BR or en_US')
    .optional()
    .describe('WhatsApp: the approved template’s language (default pt_BR)'),
  whatsappParameters: z.array(liquid(1024)).max(100).optional().describe('WhatsApp: one Liquid expression per body parameter, in order'),
};

export const newMessageTemplateBody = z.strictObject({
  accountId: z.string(),
  channel,
  catalogEntry: z.string().max(100).optional().describe('`connector:key` of the catalog entry it is for'),
  connector: z.string().max(50).optional().describe('Required without catalogEntry'),
  ...contentFields,
});

export const messageTemplateChangesBody = z.strictObject({ ...contentFields, name: contentFields.name.optional() });

export const messageTemplateQuery = z.strictObject({
  accountId: z.string().optional(),
  channel: channel.optional(),
  catalogEntry: z.string().max(100).optional(),
});

export const previewBody = z.union([
  z.strictObject({ sample: z.literal(true).describe('Render with a sample record of the template’s catalog entry') }),
  z.strictObject({ recordEventId: z.string().max(100).describe('Render with this event of the account (`evt_…`)') }),
]);

export const previewSchema = z.object({
  sample: z.boolean(),
  eventId: z.string(),
  eventType: z.string(),
  message: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('email'), subject: z.string(), text: z.string(), html: z.string() }),
    z.object({
      kind: z.literal('whatsapp'),
      templateName: z.string(),
      language: z.string(),
      parameters: z.array(z.string()),
      text: z.string().nullable().describe('The message as the person reads it, when Ponte knows the approved body (the catalogs’ built-in templates)'),
    }),
  ]),
});
