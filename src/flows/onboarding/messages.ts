import { Liquid, type Template } from 'liquidjs';
import type { Locale } from './connect-fields.ts';
import { formatDate, formatDateTime, formatMoney, formatQuantity, formatShortDateTime } from './formats.ts';
import { htmlTemplate, type MailTemplateKey, type OnboardingFlow, type OnboardingMailKind, textTemplate, tidyHtml, tidyText } from './mail-blocks.ts';
import { MAIL_TEXTS_EN } from './mail-texts-en.ts';
import { MAIL_TEXTS_PT_BR } from './mail-texts-pt-br.ts';

export type { OnboardingMailKind } from './mail-blocks.ts';

export interface OnboardingMail {
  subject: string;
  text: string;
  html: string;
}

type When = Date | string;

/** Every e-mail to the customer's contact: whom it greets and what it is about. */
interface CustomerMail {
  contactName: string;
  accountName: string;
  connectorName: string;
  /** Shown in the footer, which says replies go to this ticket. */
  ticketNumber: string;
}

/** The secure /connect link the e-mail sends the customer to, and when it stops working. */
interface WithLink {
  connectUrl: string;
  linkExpiresAt: When;
}

/** One of the first records the customer is asked to check; amounts in reais, litres as a number. */
export interface FuelRecordRow {
  occurredAt: When;
  plate: string;
  driver: string | null;
  fuel: string;
  litres: number;
  amount: number;
}

/** The variables each kind needs; optional facts are `null`, never left out (an unknown variable is an error). */
export interface OnboardingMailVariables {
  instructions: CustomerMail & WithLink & { flow: OnboardingFlow };
  reminder: CustomerMail & WithLink & { flow: OnboardingFlow; businessDays: number };
  /** `expired`: older than 12 hours; `refused`: the provider would not take it (its words in providerMessage). */
  key_expired: CustomerMail & WithLink & { reason: 'expired' | 'refused'; providerMessage: string | null };
  credentials_refused: CustomerMail & WithLink & { providerMessage: string | null };
  /** The day the provider's 15 days run out. */
  pending_approval: CustomerMail & { approvalDeadline: When };
  /** The provider's reason, in its words. */
  needs_revision: CustomerMail & WithLink & { reason: string };
  activated: CustomerMail;
  /** The first records, the count received so far, and a portal page to confirm on (null: replying is the way). */
  validation_request: CustomerMail & { records: FuelRecordRow[]; totalRecords: number; portalUrl: string | null };
  /** A notice to staff: its subject and plain-text body (line breaks kept), with the ticket and a link when there are. */
  agent_alert: { subject: string; body: string; ticketNumber: string | null; link: string | null };
}

const TEXTS = { 'pt-BR': MAIL_TEXTS_PT_BR, en: MAIL_TEXTS_EN } satisfies Record<Locale, unknown>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function engineFor(locale: Locale, format: 'html' | 'text'): Liquid {
  const engine = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true, ...(format === 'html' ? { outputEscape: 'escape' as const } : {}) });
  engine.registerFilter('money', formatMoney);
  engine.registerFilter('quantity', formatQuantity);
  engine.registerFilter('short_datetime', formatShortDateTime);
  engine.registerFilter('long_datetime', (value: unknown) => formatDateTime(value, locale));
  engine.registerFilter('long_date', (value: unknown) => formatDate(value, locale));
  // Multi-line text as paragraphs' line breaks; HTML-escaped here, so the template follows it with `raw`.
  engine.registerFilter('multiline', format === 'html' ? (value: unknown) => escapeHtml(String(value)).replace(/\r?\n/g, '<br>\n') : (value: unknown) => String(value));
  return engine;
}

interface Compiled {
  text: Liquid;
  html: Liquid;
  templates: Record<MailTemplateKey, { subject: Template[]; text: Template[]; html: Template[] }>;
}

/** Parsed once at load, so a broken template fails the first test rather than the first customer. */
const COMPILED = Object.fromEntries(
  (Object.keys(TEXTS) as Locale[]).map((locale) => {
    const text = engineFor(locale, 'text');
    const html = engineFor(locale, 'html');
    const templates = Object.fromEntries(
      Object.entries(TEXTS[locale]).map(([key, mail]) => [key, { subject: text.parse(mail.subject), text: text.parse(textTemplate(mail)), html: html.parse(htmlTemplate(mail, locale)) }]),
    ) as Compiled['templates'];
    return [locale, { text, html, templates } satisfies Compiled];
  }),
) as Record<Locale, Compiled>;

/**
 * An onboarding e-mail in the contact's language. Throws when a variable the template uses is missing: a mail with
 * a hole in it must not go out.
 */
export function renderOnboardingMail<Kind extends OnboardingMailKind>(kind: Kind, locale: Locale, variables: OnboardingMailVariables[Kind]): OnboardingMail {
  const compiled = COMPILED[locale];
  const key: MailTemplateKey = kind === 'instructions' ? `instructions.${(variables as OnboardingMailVariables['instructions']).flow}` : (kind as Exclude<Kind, 'instructions'>);
  const templates = compiled.templates[key];
  if (templates === undefined) throw new TypeError(`No onboarding mail template ${key}`);
  const scope = variables as object;
  return {
    subject: (compiled.text.renderSync(templates.subject, scope) as string).replace(/\s+/g, ' ').trim(),
    text: tidyText(compiled.text.renderSync(templates.text, scope) as string),
    html: tidyHtml(compiled.html.renderSync(templates.html, scope) as string),
  };
}
