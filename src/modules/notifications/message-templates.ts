import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Template } from 'liquidjs';
import { CONNECTORS, catalogEntryOf } from '../../connectors/catalog.ts';
import type { ConnectorManifest } from '../../connectors/sdk/manifest.ts';
import { messageLiquid, templateVariables } from '../../connectors/sdk/notification-catalog.ts';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem, platformProblems, type FieldError } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { Event, EventsService } from '../events/index.ts';
import { DeliveryError } from './delivery.ts';
import { notificationProblems } from './errors.ts';
import type { RenderedEmail, RenderedMessage, RenderedWhatsapp, RenderRequest } from './message.ts';
import { notificationTemplates, type Locale } from './schema.ts';
import { renderEmail } from './templates.ts';
import { sampleEvent, templateScope, variableRefusal } from './variables.ts';
import { escapeHtml } from '../../platform/http/html.ts';

type TemplateRow = typeof notificationTemplates.$inferSelect;

/** Asks the account's WhatsApp sender how many body parameters an approved template takes; null: no such template there. */
export interface WhatsappTemplateDirectory {
  /** null: not an approved template of the account's number; undefined: the account has no number to ask. */
  parameterCount(accountId: string, name: string, language: string): Promise<number | null | undefined>;
}

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditService;
  accounts: AccountsService;
  events: EventsService;
  /** Absent: a WhatsApp template's parameter count is checked only against the catalogs' built-in templates of that name. */
  whatsappTemplates?: WhatsappTemplateDirectory | undefined;
}

export interface NewMessageTemplate {
  accountId: string;
  name: string;
  channel: 'email' | 'whatsapp';
  locale?: Locale | undefined;
  catalogEntry?: string | undefined;
  connector?: string | undefined;
  subject?: string | undefined;
  body?: string | undefined;
  whatsappTemplateName?: string | undefined;
  whatsappLanguage?: string | undefined;
  whatsappParameters?: string[] | undefined;
}

export type MessageTemplateChanges = Partial<Pick<NewMessageTemplate, 'name' | 'locale' | 'subject' | 'body' | 'whatsappTemplateName' | 'whatsappLanguage' | 'whatsappParameters'>>;

export interface MessageTemplateFilter {
  accountId?: string | undefined;
  channel?: 'email' | 'whatsapp' | undefined;
  catalogEntry?: string | undefined;
}

/** A rendered WhatsApp message with its text as the buyer reads it, when Ponte knows the approved body. */
export type PreviewedWhatsapp = RenderedWhatsapp & { text: string | null };

export interface TemplatePreview {
  /** Rendered from a sample record (true) or from the event `eventId` of the account. */
  sample: boolean;
  eventId: string;
  eventType: string;
  message: RenderedEmail | PreviewedWhatsapp;
}

export function presentMessageTemplate(row: TemplateRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    channel: row.channel as 'email' | 'whatsapp',
    locale: row.locale,
    catalogEntry: row.catalogEntry,
    connector: row.connector,
    subject: row.subject,
    body: row.body,
    whatsappTemplateName: row.whatsappTemplateName,
    whatsappLanguage: row.whatsappLanguage,
    whatsappParameters: row.whatsappParameters,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type MessageTemplate = ReturnType<typeof presentMessageTemplate>;

const engine = messageLiquid();

const missing = (field: string, message: string) => new Problem(platformProblems.validation_failed, `${field.replace(/^body\./, '')}: ${message}`, { field });

/** Liquid's messages end with `, line:2, col:11`: said once, in words, before the reason. */
function liquidIssue(field: string, error: unknown): FieldError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /, line:(\d+), col:(\d+)$/.exec(message);
  const reason = at ? message.slice(0, at.index) : message;
  return { field, message: at ? `line ${at[1]}, column ${at[2]}: ${reason}` : reason };
}


const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Escaped text, with http(s) links made clickable. */
function linkify(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    out += escapeHtml(line.slice(last, match.index)) + `<a href="${escapeHtml(match[0])}">${escapeHtml(match[0])}</a>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

/** Plain text to HTML: every character escaped (the template's words and the record's values alike), a paragraph per blank-line block. */
function htmlOf(text: string, locale: Locale): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '')
    .map((block) => `<p>${block.split('\n').map(linkify).join('<br>')}</p>`);
  return `<!doctype html><html lang="${locale}"><body>${paragraphs.join('')}</body></html>`;
}

/** Lines emptied by a condition leave no gaps wider than one blank line. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** WhatsApp refuses parameters with line breaks, tabs, more than four spaces in a row, or nothing at all. */
const whatsappParameter = (text: string) => text.replace(/[\r\n\t]+/g, ' ').replace(/ {4,}/g, '   ').trim() || '—';

const UNSUBSCRIBE: Record<Locale, string> = { 'pt-BR': 'Para não receber mais estes e-mails:', en: 'To stop receiving these e-mails:' };
const SANDBOX_TAG: Record<Locale, string> = { 'pt-BR': '[Homologação] ', en: '[Sandbox] ' };

/** The body of a WhatsApp template Ponte knows (a catalog's built-in one), to show a preview as the buyer reads it. */
function knownWhatsappBody(name: string, language: string): { body: string | null; parameters: number } | null {
  for (const manifest of Object.values(CONNECTORS)) {
    for (const entry of manifest.notifications) {
      const whatsapp = entry.defaultTemplates.whatsapp;
      if (whatsapp && whatsapp.name === name && whatsapp.language === language) return { body: whatsapp.body ?? null, parameters: whatsapp.parameters.length };
    }
  }
  return null;
}

/** What check() found a new template to be, for saveChecked(). */
export interface CheckedTemplate {
  connector: ConnectorManifest;
  catalogEntry: string | null;
  source: TemplateSource;
}

interface TemplateSource {
  channel: 'email' | 'whatsapp';
  subject: string | null;
  body: string | null;
  whatsappTemplateName: string | null;
  whatsappLanguage: string | null;
  whatsappParameters: string[] | null;
}

/**
 * An account's message templates (per channel and locale, Liquid with the variables its connector provides), checked
 * when saved so that sending never meets an unknown variable; and the rendering of every buyer notification.
 */
export class MessageTemplates {
  constructor(private readonly deps: Deps) {}

  async create(actor: Actor, input: NewMessageTemplate): Promise<MessageTemplate> {
    const checked = await this.check(actor, input);
    return this.deps.database.transaction(({ db }) => this.saveChecked(db, actor, input, checked));
  }

  /** Saves a template check() passed, inside the caller's transaction (several things made all or none). */
  async saveChecked(db: Database, actor: Actor, input: NewMessageTemplate, { connector, catalogEntry, source }: CheckedTemplate): Promise<MessageTemplate> {
    const now = this.deps.clock.now();
    const id = newId('notificationTemplate');
    const [row] = await db
      .insert(notificationTemplates)
      .values({ id, accountId: input.accountId, name: input.name, locale: input.locale ?? 'pt-BR', catalogEntry, connector: connector.key, ...source, createdAt: now, updatedAt: now })
      .returning();
    await this.deps.audit.record(db, {
      actor: actorOf(actor),
      action: 'notification_template.created',
      targetType: 'notification_template',
      targetId: id,
      details: { accountId: input.accountId, channel: input.channel, catalogEntry },
    });
    return presentMessageTemplate(row!);
  }

  /** Everything create() checks, saving nothing: a caller making several things at once checks them all first. */
  async check(actor: Actor, input: NewMessageTemplate): Promise<CheckedTemplate> {
    await this.deps.accounts.getAccount(actor, input.accountId).catch((error: unknown) => {
      if (error instanceof Problem) throw new Problem(error.type, error.detail, { field: 'body.accountId' });
      throw error;
    });
    assertRole(actor, 'admin', 'agent');
    const { connector, catalogEntry } = this.#connectorOf(input);
    const source = this.#sourceOf(input.channel, input);
    await this.#check(input.accountId, connector, catalogEntry, source, true);
    return { connector, catalogEntry, source };
  }

  async list(actor: Actor, filter: MessageTemplateFilter): Promise<MessageTemplate[]> {
    const conditions: SQL[] = [isNull(notificationTemplates.deletedAt)];
    const accountId = actor.role === 'customer' ? (actor.accountId ?? '') : filter.accountId;
    if (accountId) conditions.push(eq(notificationTemplates.accountId, accountId));
    if (filter.channel) conditions.push(eq(notificationTemplates.channel, filter.channel));
    if (filter.catalogEntry) conditions.push(eq(notificationTemplates.catalogEntry, filter.catalogEntry));
    const rows = await this.deps.database.db
      .select()
      .from(notificationTemplates)
      .where(and(...conditions))
      .orderBy(notificationTemplates.createdAt, notificationTemplates.id)
      .limit(1000);
    return rows.map(presentMessageTemplate);
  }

  async get(actor: Actor, id: string): Promise<MessageTemplate> {
    return presentMessageTemplate(await this.#template(actor, id));
  }

  async update(actor: Actor, id: string, changes: MessageTemplateChanges): Promise<MessageTemplate> {
    const row = await this.#template(actor, id);
    assertRole(actor, 'admin', 'agent');
    const connector = CONNECTORS[row.connector ?? ''];
    if (!connector) throw new Problem(notificationProblems.notification_template_invalid, `The template's connector ${row.connector} no longer exists: delete it and make a new one`);
    const channel = row.channel as 'email' | 'whatsapp';
    const source = this.#sourceOf(channel, {
      subject: changes.subject ?? row.subject ?? undefined,
      body: changes.body ?? row.body ?? undefined,
      whatsappTemplateName: changes.whatsappTemplateName ?? row.whatsappTemplateName ?? undefined,
      whatsappLanguage: changes.whatsappLanguage ?? row.whatsappLanguage ?? undefined,
      whatsappParameters: changes.whatsappParameters ?? row.whatsappParameters ?? undefined,
    });
    // Asking the WhatsApp sender again only when what it approves changed: a rename needs no call to Meta.
    const approvalChanged = changes.whatsappTemplateName !== undefined || changes.whatsappLanguage !== undefined || changes.whatsappParameters !== undefined;
    await this.#check(row.accountId, connector, row.catalogEntry, source, approvalChanged);
    const now = this.deps.clock.now();
    return this.deps.database.transaction(async ({ db }) => {
      const [updated] = await db
        .update(notificationTemplates)
        .set({ ...source, ...(changes.name !== undefined ? { name: changes.name } : {}), ...(changes.locale ? { locale: changes.locale } : {}), updatedAt: now })
        .where(eq(notificationTemplates.id, id))
        .returning();
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_template.changed', targetType: 'notification_template', targetId: id, details: { fields: Object.keys(changes) } });
      return presentMessageTemplate(updated!);
    });
  }

  /** Deleted templates stay (rules and notifications name them); rules that chose one fall back to the built-in template. */
  async delete(actor: Actor, id: string): Promise<void> {
    await this.#template(actor, id);
    assertRole(actor, 'admin', 'agent');
    const now = this.deps.clock.now();
    await this.deps.database.transaction(async ({ db }) => {
      await db.update(notificationTemplates).set({ deletedAt: now, updatedAt: now }).where(eq(notificationTemplates.id, id));
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_template.deleted', targetType: 'notification_template', targetId: id, details: {} });
    });
  }

  /** The template rendered with a sample record of its catalog entry, or with a real event of its account. */
  async preview(actor: Actor, id: string, from: { sample: true } | { recordEventId: string }): Promise<TemplatePreview> {
    const row = await this.#template(actor, id);
    const connector = CONNECTORS[row.connector ?? ''];
    if (!connector) throw new Problem(notificationProblems.notification_template_invalid, `The template's connector ${row.connector} no longer exists`);
    let event: Event;
    if ('recordEventId' in from) {
      const found = await this.deps.events.get(this.deps.database.db, from.recordEventId);
      if (!found || found.accountId !== row.accountId) {
        throw new Problem(platformProblems.not_found, `The template's account has no event ${from.recordEventId}`, { field: 'body.recordEventId' });
      }
      if (!connector.events.includes(found.type)) {
        throw new Problem(notificationProblems.notification_template_invalid, `recordEventId: ${found.type} is not an event of ${connector.name}, whose records fill this template`, { field: 'body.recordEventId' });
      }
      event = found;
    } else {
      event = { ...sampleEvent(connector.key, catalogEntryOf(row.catalogEntry ?? '')?.entry.key ?? null)!, accountId: row.accountId };
    }
    const storeName = (await this.deps.accounts.findAccount(this.deps.database.db, row.accountId))?.name ?? '';
    const scope = templateScope(event, { storeName, locale: row.locale, connector: connector.key });
    const message = await this.#render({ ...row, channel: row.channel === 'whatsapp' ? 'whatsapp' : 'email' }, scope, { locale: row.locale, event }).catch((error: unknown) => {
      throw new Problem(notificationProblems.notification_template_invalid, liquidIssue('body', error).message);
    });
    return {
      sample: !('recordEventId' in from),
      eventId: event.id,
      eventType: event.type,
      message: message.kind === 'whatsapp' ? { ...message, text: this.#whatsappText(message) } : message,
    };
  }

  /**
   * The message of one notification: the account's template when the rule chose one (and it was not deleted), else
   * the catalog entry's built-in one; with neither, the event's standard e-mail, and no WhatsApp message at all.
   */
  async render(request: RenderRequest): Promise<RenderedMessage> {
    const account = await this.deps.accounts.findAccount(this.deps.database.db, request.accountId);
    const storeName = account?.name ?? '';
    const context = { locale: request.locale, event: request.event, unsubscribeUrl: request.unsubscribeUrl };
    const row = request.templateId ? await this.#live(request.templateId, request.accountId) : null;
    try {
      if (row) {
        if (row.channel !== request.channel) throw new DeliveryError(`The template ${row.id} is for ${row.channel}, not ${request.channel}`, true);
        const scope = templateScope(request.event, { storeName, locale: row.locale, connector: row.connector ?? undefined });
        return await this.#render({ ...row, channel: request.channel }, scope, context);
      }
      const catalog = request.catalogEntry ? catalogEntryOf(request.catalogEntry) : null;
      if (catalog) {
        const defaults = catalog.entry.defaultTemplates;
        const source: TemplateSource =
          request.channel === 'email'
            ? { channel: 'email', ...defaults.email[request.locale], whatsappTemplateName: null, whatsappLanguage: null, whatsappParameters: null }
            : defaults.whatsapp
              ? { channel: 'whatsapp', subject: null, body: null, whatsappTemplateName: defaults.whatsapp.name, whatsappLanguage: defaults.whatsapp.language, whatsappParameters: defaults.whatsapp.parameters }
              : (() => {
                  throw new DeliveryError(`The catalog entry ${request.catalogEntry} has no WhatsApp message`, true);
                })();
        return await this.#render(source, templateScope(request.event, { storeName, locale: request.locale, connector: catalog.connector.key }), context);
      }
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      // A template that rendered when saved and fails now (a limit, a value it cannot take) fails the same way on a retry.
      throw new DeliveryError(`The message template could not be rendered: ${liquidIssue('template', error).message}`, true);
    }
    if (request.channel === 'whatsapp') throw new DeliveryError(`No WhatsApp template applies to ${request.event.type}: choose a template or a catalog entry with a WhatsApp message`, true);
    const standard = renderEmail(request.event, request.locale);
    if (!request.unsubscribeUrl) return { kind: 'email', ...standard };
    const footer = `${UNSUBSCRIBE[request.locale]} ${request.unsubscribeUrl}`;
    return { kind: 'email', subject: standard.subject, text: `${standard.text}\n${footer}\n`, html: standard.html.replace('</body>', `<p>${linkify(footer)}</p></body>`) };
  }

  async #render(source: TemplateSource, scope: Record<string, unknown>, context: { locale: Locale; event: Event; unsubscribeUrl?: string | undefined }): Promise<RenderedEmail | RenderedWhatsapp> {
    const text = async (template: string) => String(await engine.parseAndRender(template, scope));
    if (source.channel === 'whatsapp') {
      const parameters: string[] = [];
      for (const parameter of source.whatsappParameters ?? []) parameters.push(whatsappParameter(await text(parameter)));
      return { kind: 'whatsapp', templateName: source.whatsappTemplateName ?? '', language: source.whatsappLanguage ?? '', parameters };
    }
    const tag = context.event.environment === 'sandbox' ? SANDBOX_TAG[context.locale] : '';
    const subject = `${tag}${(await text(source.subject ?? '')).replace(/[ \t\r\n]+/g, ' ').trim()}`;
    const footer = context.unsubscribeUrl ? `\n\n${UNSUBSCRIBE[context.locale]} ${context.unsubscribeUrl}` : '';
    const body = `${tidy(await text(source.body ?? ''))}${footer}`;
    return { kind: 'email', subject, text: `${body}\n`, html: htmlOf(body, context.locale) };
  }

  #whatsappText(message: RenderedWhatsapp): string | null {
    const known = knownWhatsappBody(message.templateName, message.language);
    if (!known?.body) return null;
    return known.body.replace(/\{\{(\d+)\}\}/g, (placeholder, index: string) => message.parameters[Number(index) - 1] ?? placeholder);
  }

  #connectorOf(input: NewMessageTemplate): { connector: ConnectorManifest; catalogEntry: string | null } {
    if (input.catalogEntry !== undefined) {
      const found = catalogEntryOf(input.catalogEntry);
      if (!found) throw missing('body.catalogEntry', 'is not a catalog entry (`connector:key`, as listed at GET /v1/connectors/{key}/notifications)');
      if (input.connector !== undefined && input.connector !== found.connector.key) throw missing('body.connector', `must be ${found.connector.key}, the catalog entry's connector (or left out)`);
      return { connector: found.connector, catalogEntry: input.catalogEntry };
    }
    if (input.connector === undefined) throw missing('body.connector', 'is required without catalogEntry: its records decide which variables the template may use');
    const connector = CONNECTORS[input.connector];
    if (!connector) throw missing('body.connector', `must be one of ${Object.keys(CONNECTORS).join(', ')}`);
    return { connector, catalogEntry: null };
  }

  /** The columns of the channel; fields of the other channel are refused rather than kept unused. */
  #sourceOf(channel: 'email' | 'whatsapp', input: Omit<Partial<NewMessageTemplate>, 'channel'>): TemplateSource {
    if (channel === 'email') {
      for (const field of ['whatsappTemplateName', 'whatsappLanguage', 'whatsappParameters'] as const) {
        if (input[field] !== undefined && input[field] !== null) throw missing(`body.${field}`, 'is only for WhatsApp templates');
      }
      if (input.subject === undefined) throw missing('body.subject', 'is required for an e-mail template');
      if (input.body === undefined) throw missing('body.body', 'is required for an e-mail template');
      return { channel, subject: input.subject, body: input.body, whatsappTemplateName: null, whatsappLanguage: null, whatsappParameters: null };
    }
    for (const field of ['subject', 'body'] as const) if (input[field] !== undefined && input[field] !== null) throw missing(`body.${field}`, 'is only for e-mail templates');
    if (input.whatsappTemplateName === undefined) throw missing('body.whatsappTemplateName', 'is required for a WhatsApp template: the name of a template approved at Meta');
    if (input.whatsappParameters === undefined) throw missing('body.whatsappParameters', 'is required for a WhatsApp template (an empty list when it takes none)');
    return { channel, subject: null, body: null, whatsappTemplateName: input.whatsappTemplateName, whatsappLanguage: input.whatsappLanguage ?? 'pt_BR', whatsappParameters: input.whatsappParameters };
  }

  /**
   * Everything that could fail when sending, found now: Liquid syntax, variables unknown or not provided by the
   * connector, a render of a sample record (limits, filters), and the WhatsApp parameter count.
   */
  async #check(accountId: string, connector: ConnectorManifest, catalogEntry: string | null, source: TemplateSource, askWhatsapp: boolean): Promise<void> {
    const issues: FieldError[] = [];
    const texts: [string, string][] =
      source.channel === 'email'
        ? [
            ['body.subject', source.subject ?? ''],
            ['body.body', source.body ?? ''],
          ]
        : (source.whatsappParameters ?? []).map((parameter, index) => [`body.whatsappParameters.${index}`, parameter]);
    const parsed: Template[][] = [];
    for (const [field, text] of texts) {
      let template: Template[];
      try {
        template = engine.parse(text);
      } catch (error) {
        issues.push(liquidIssue(field, error));
        continue;
      }
      const refused = templateVariables(template)
        .map((variable) => ({ variable, reason: variableRefusal(connector, variable.name) }))
        .filter((check) => check.reason !== null);
      for (const { variable, reason } of refused) issues.push({ field, message: `line ${variable.line}, column ${variable.column}: ${reason}` });
      if (refused.length === 0) parsed.push(template);
    }
    if (issues.length === 0) {
      const entryKey = catalogEntry ? (catalogEntryOf(catalogEntry)?.entry.key ?? null) : null;
      const scope = templateScope(sampleEvent(connector.key, entryKey)!, { storeName: 'Loja Exemplo', locale: 'pt-BR', connector: connector.key });
      for (const [index, template] of parsed.entries()) {
        await engine.render(template, scope).catch((error: unknown) => issues.push(liquidIssue(texts[index]![0], error)));
      }
    }
    if (issues.length === 0 && source.channel === 'whatsapp') {
      const issue = await this.#checkWhatsapp(accountId, source, askWhatsapp);
      if (issue) issues.push(issue);
    }
    if (issues.length > 0) {
      const [first] = issues;
      throw new Problem(notificationProblems.notification_template_invalid, `${first!.field.replace(/^body\./, '')}: ${first!.message}`, { field: first!.field, errors: issues });
    }
  }

  async #checkWhatsapp(accountId: string, source: TemplateSource, ask: boolean): Promise<FieldError | null> {
    const name = source.whatsappTemplateName ?? '';
    const language = source.whatsappLanguage ?? '';
    const given = source.whatsappParameters?.length ?? 0;
    if (this.deps.whatsappTemplates && !ask) return null;
    // The account's own number knows its approved templates; an account with no number yet is checked against the
    // catalogs' built-in ones, and its number is asked once it has one (when the template is saved again or sent).
    let asked: number | null | undefined;
    try {
      asked = await this.deps.whatsappTemplates?.parameterCount(accountId, name, language);
    } catch (error) {
      return { field: 'body.whatsappTemplateName', message: `WhatsApp could not be asked about the template ${name} (${language}): ${error instanceof Error ? error.message : String(error)}; try again` };
    }
    if (asked === null) return { field: 'body.whatsappTemplateName', message: `the template ${name} (${language}) is not approved for the account's WhatsApp number` };
    const expected = asked ?? knownWhatsappBody(name, language)?.parameters ?? null;
    if (expected === null) return null;
    if (expected === given) return null;
    return { field: 'body.whatsappParameters', message: `the approved template ${name} (${language}) takes ${expected} body parameter${expected === 1 ? '' : 's'}; ${given} given` };
  }

  async #template(actor: Actor, id: string): Promise<TemplateRow> {
    const [row] = await this.deps.database.db
      .select()
      .from(notificationTemplates)
      .where(and(eq(notificationTemplates.id, id), isNull(notificationTemplates.deletedAt)));
    if (!row || !canSeeAccount(actor, row.accountId)) throw new Problem(notificationProblems.notification_template_not_found);
    return row;
  }

  async #live(id: string, accountId: string): Promise<TemplateRow | null> {
    const [row] = await this.deps.database.db
      .select()
      .from(notificationTemplates)
      .where(and(eq(notificationTemplates.id, id), eq(notificationTemplates.accountId, accountId), isNull(notificationTemplates.deletedAt)));
    return row ?? null;
  }
}
