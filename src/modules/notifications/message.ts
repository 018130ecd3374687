import type { Event } from '../events/index.ts';
import type { Locale } from './schema.ts';

/** An e-mail ready to send: the subject, the plain text and the HTML part (variables HTML-escaped in it). */
export interface RenderedEmail {
  kind: 'email';
  subject: string;
  text: string;
  html: string;
}

/** A WhatsApp template message ready to send: the approved template's name and language, its body parameters in order. */
export interface RenderedWhatsapp {
  kind: 'whatsapp';
  templateName: string;
  language: string;
  parameters: string[];
}

export type RenderedMessage = RenderedEmail | RenderedWhatsapp;

/** What rendering one notification needs: which template (the account's, or the catalog entry's built-in one) and what fills it. */
export interface RenderRequest {
  accountId: string;
  /** The account's template chosen by the rule; null: the catalog entry's built-in one (or the event's standard e-mail). */
  templateId: string | null;
  /** `connector:key` of the catalog entry, or null for rules made by event type alone. */
  catalogEntry: string | null;
  channel: 'email' | 'whatsapp';
  locale: Locale;
  event: Event;
  /** E-mails to a record's person: the one-click unsubscribe link, shown in the footer (and sent as List-Unsubscribe). */
  unsubscribeUrl?: string | undefined;
}
