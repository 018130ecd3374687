import { Liquid, Tag, type TagToken, type TopLevelToken, type Template } from 'liquidjs';
import type { LocalizedText } from './localized-text.ts';

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
 *   from every event of the record while its status is one of `while` and re-planned when the record changes;
 * - `daily_digest`: once a day at `at` (local time), one message per value of `groupBy` (a dotted path into the
 *   records' data, e.g. `fuel_transaction.vehiclePlate`) summing that day's records of `model`. The notifications
 *   module schedules it and renders it from an event of type `<model>.daily_summary` whose data is
 *   `{ summary: { date, vehiclePlate, transactions, liters, totalAmount } }` (see the fuel connectors' catalog).
 */
export type CatalogTrigger =
  | { kind: 'event'; eventType: string; where?: EventCondition }
  | { kind: 'due_date'; model: 'payment'; daysFromDueDate: number; at: string; while: string[]; where?: EventCondition }
  | { kind: 'daily_digest'; model: 'fuel_transaction'; at: string; groupBy: string };

/** A built-in template: e-mail text (Liquid) per locale, and the WhatsApp template approved at Meta with its parameters. */
export interface DefaultTemplates {
  email: Record<'pt-BR' | 'en', { subject: string; body: string }>;
  /** Absent: the entry has no WhatsApp message (staff-facing entries). Parameters are Liquid expressions, in order. */
  whatsapp?: {
    name: string;
    language: string;
    parameters: string[];
    /** The approved body with `{{1}}`… placeholders, for previews (what Meta shows is the template registered there). */
    body?: string;
  };
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

/** `HH:MM`, 00:00–23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Tags that would read other templates (files): message templates are self-contained. */
class RefusedTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    throw new Error(`the tag "${token.name}" is not allowed in message templates`);
  }
  *render(): Generator<unknown, void, unknown> {}
}

/**
 * The Liquid engine of message templates: an unknown variable or filter is an error, never a blank; no file access
 * (include, render and layout are refused); bounded parse and render work, since the text comes from users.
 */
export function messageLiquid(): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    templates: {},
    parseLimit: 100_000,
    renderLimit: 1_000,
    memoryLimit: 1_000_000,
  });
  for (const name of ['include', 'render', 'layout']) engine.registerTag(name, RefusedTag);
  return engine;
}

const analyser = messageLiquid();

/** A variable a template reads, as a dotted path (`payer.name`), with where it is (1-based line and column). */
export interface TemplateVariable {
  name: string;
  line: number;
  column: number;
}

/** The context variables a parsed template reads (not those it assigns itself). Indexed access (`a[b]`) keeps its brackets. */
export function templateVariables(template: Template[] | string): TemplateVariable[] {
  const parsed = typeof template === 'string' ? analyser.parse(template) : template;
  const { globals } = analyser.analyzeSync(parsed, { partials: false });
  return Object.values(globals).flatMap((uses) =>
    uses.map((use) => ({
      name: use.segments.every((segment) => typeof segment === 'string') ? use.segments.join('.') : use.toString(),
      line: use.location.row,
      column: use.location.col,
    })),
  );
}

/** Every variable the catalog entry's built-in templates read (e-mail subject and body in both locales, WhatsApp parameters). */
export function defaultTemplateVariables(entry: NotificationCatalogEntry): string[] {
  const { email, whatsapp } = entry.defaultTemplates;
  const sources = [...Object.values(email).flatMap((text) => [text.subject, text.body]), ...(whatsapp?.parameters ?? [])];
  return [...new Set(sources.flatMap((source) => templateVariables(source).map((variable) => variable.name)))];
}
