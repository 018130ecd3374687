import type { LocalizedText } from './manifest.ts';

/**
 * A variable a connector's records can fill in a notification template (`payer.name`, `amount`, `due_date`,
 * `boleto_url`, …). `example` is what the preview shows with a sample record.
 */
export interface NotificationVariable {
  name: string;
  description: LocalizedText;
  example: string;
}

/** Matches when every dotted path of the event's data (`payment.method`) equals its value. */
export type EventCondition = Record<string, string | string[]>;

/**
 * How a catalog entry's notification is recognised:
 * - `event`: an event of the log, optionally narrowed by the event's data (`{ 'payment.method': 'boleto' }`);
 * - `due_date`: a time relative to the record's due date (`daysFromDueDate` days from it, at `at` local time), planned
 *   from every event of the record while its status is one of `while` and re-planned when the record changes.
 */
export type CatalogTrigger =
  | { kind: 'event'; eventType: string; where?: EventCondition }
  | { kind: 'due_date'; model: 'payment'; daysFromDueDate: number; at: string; while: string[]; where?: EventCondition };

/** A built-in template: e-mail text (Liquid) per locale, and the WhatsApp template approved at Meta with its parameters. */
export interface DefaultTemplates {
  email: Record<'pt-BR' | 'en', { subject: string; body: string }>;
  /** Absent: the entry has no WhatsApp message (staff-facing entries). Parameters are Liquid expressions, in order. */
  whatsapp?: { name: string; language: string; parameters: string[] };
}

/**
 * One notification a connector offers (the article's "notificações disponíveis"): its name, its place on the happy
 * path, how Ponte recognises it, who it is for by default, and its built-in templates.
 */
export interface NotificationCatalogEntry {
  /** Unique within the connector: `boleto.created`, `boleto.due_soon`, `pix.paid`, `complaint.created`. */
  key: string;
  name: LocalizedText;
  /** Position on the happy path (1 first); higher steps supersede lower ones still waiting for the same record. */
  priority: number;
  recognisedBy: LocalizedText;
  trigger: CatalogTrigger;
  /** Who it goes to when turned on without saying: the record's person (buyer, consumer) or the account's contact. */
  audience: 'record' | 'account_contact';
  defaultTemplates: DefaultTemplates;
}

/** Where a record's own person is found in an event's data (dotted paths), for rules whose recipient is `record`. */
export interface RecordRecipientPaths {
  name?: string;
  email?: string;
  phone?: string;
}
