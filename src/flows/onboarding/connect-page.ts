import { Liquid } from 'liquidjs';
import type { ConnectField, Locale } from './connect-fields.ts';
import { OUTCOME_COPY, PAGE_COPY } from './connect-copy.ts';
import { CONNECT_STYLESHEET_PATH } from './connect-stylesheet.ts';
import { CONNECT_TEMPLATES } from './connect-templates.ts';
import { formatDate, formatDateTime } from './formats.ts';

/** The name of the form's hidden anti-forgery field; everything else the form posts is a credential field. */
export const CSRF_FIELD = '_csrf';

/** Where each language's version of the current page lives (the same path with `?lang=pt-BR` / `?lang=en`). */
export type LanguageLinks = Record<Locale, string>;

interface ConnectorRef {
  key: string;
  name: string;
}

export interface ConnectPageView {
  locale: Locale;
  connector: ConnectorRef;
  accountName: string;
  integrationId: string;
  ticketNumber?: string;
  /** Where the form posts (the page's own path, token included). */
  actionPath: string;
  csrfToken: string;
  fields: ConnectField[];
  /** What the customer typed, to refill after an error; secret fields are never refilled, whatever is given here. */
  values?: Record<string, string>;
  /** Field name → message, shown beside the field and listed at the top. */
  errors?: Record<string, string>;
  /** A problem with the submission as a whole, e.g. the provider's own words when it refused the key. */
  formError?: string;
  /** When the link stops working: shown in São Paulo time in the page's language. */
  deadline?: { expiresAt: Date | string };
  /** What the customer does to obtain the credentials (connectStepsOf gives the built-in ones). */
  steps: string[];
  languageLinks: LanguageLinks;
}

/** After a submission, the integration's state: active at once, still connecting, or waiting for the provider. */
type SubmittedState = 'active' | 'connecting' | 'pending_provider_approval';

interface OutcomeBase {
  locale: Locale;
  languageLinks: LanguageLinks;
  connector?: ConnectorRef;
  integrationId?: string;
  ticketNumber?: string;
}

export type ConnectOutcomeView =
  | (OutcomeBase & { outcome: 'submitted'; connector: ConnectorRef; state: SubmittedState; approvalDeadline?: Date | string })
  | (OutcomeBase & { outcome: 'used' | 'expired' | 'unknown' });

const engine = new Liquid({
  templates: CONNECT_TEMPLATES,
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  outputEscape: 'escape',
  cache: true,
});

function layoutScope(locale: Locale, title: string, languageLinks: LanguageLinks, meta: string[], cardClass: string) {
  const copy = PAGE_COPY[locale];
  return {
    locale,
    documentTitle: `${title} · Ponte`,
    stylesheet: CONNECT_STYLESHEET_PATH,
    languageNav: copy.languageNav,
    languages: (Object.keys(copy.languages) as Locale[]).map((each) => ({
      locale: each,
      name: copy.languages[each],
      href: languageLinks[each],
      current: each === locale,
    })),
    meta,
    cardClass,
  };
}

function metaLines(locale: Locale, integrationId: string | undefined, ticketNumber: string | undefined): string[] {
  const copy = PAGE_COPY[locale];
  return [ticketNumber === undefined ? null : copy.ticket(ticketNumber), integrationId === undefined ? null : copy.integration(integrationId)].filter((line) => line !== null);
}

/** The /connect form of one integration: the steps to obtain the credentials, then a field for each. */
export function renderConnectPage(view: ConnectPageView): string {
  const copy = PAGE_COPY[view.locale];
  const errors = view.errors ?? {};
  const firstInvalid = view.fields.find((field) => errors[field.name] !== undefined)?.name;
  const fields = view.fields.map((field) => {
    const id = `field-${field.name}`;
    const error = errors[field.name] ?? null;
    const describedBy = [field.help ? `${id}-help` : null, error ? `${id}-error` : null].filter((part) => part !== null).join(' ');
    return {
      id,
      name: field.name,
      label: field.label[view.locale],
      help: field.help?.[view.locale] ?? null,
      secret: field.secret,
      required: field.required,
      minLength: field.minLength,
      maxLength: field.maxLength,
      value: field.secret ? null : (view.values?.[field.name] ?? null),
      error,
      describedBy: describedBy === '' ? null : describedBy,
      autofocus: field.name === firstInvalid,
    };
  });
  const title = copy.connectTitle(view.connector.name);
  return engine.renderFileSync('form', {
    ...layoutScope(view.locale, title, view.languageLinks, metaLines(view.locale, view.integrationId, view.ticketNumber), ''),
    copy,
    heading: title,
    lead: copy.lead(view.accountName),
    deadline: view.deadline ? copy.deadline(formatDateTime(view.deadline.expiresAt, view.locale)) : null,
    formError: view.formError ?? null,
    fieldErrors: fields.filter((field) => field.error !== null).map((field) => ({ id: field.id, label: field.label, message: field.error })),
    steps: view.steps,
    actionPath: view.actionPath,
    csrfField: CSRF_FIELD,
    csrfToken: view.csrfToken,
    fields,
  }) as string;
}

/** The page a /connect link shows once it has served its purpose, or cannot: what happened and what to do. */
export function renderConnectOutcome(view: ConnectOutcomeView): string {
  const copy = OUTCOME_COPY[view.locale];
  const { title, lines } =
    view.outcome === 'submitted'
      ? {
          title: copy[view.state].title,
          lines: copy[view.state].lines(view.connector.name, view.approvalDeadline === undefined ? null : formatDate(view.approvalDeadline, view.locale)),
        }
      : { title: copy[view.outcome].title, lines: copy[view.outcome].lines() };
  const success = view.outcome === 'submitted';
  return engine.renderFileSync('outcome', {
    ...layoutScope(view.locale, title, view.languageLinks, metaLines(view.locale, view.integrationId, view.ticketNumber), success ? 'outcome-ok' : 'outcome-stop'),
    heading: title,
    lines,
    closing: copy.closing,
  }) as string;
}
