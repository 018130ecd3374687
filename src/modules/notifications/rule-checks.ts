import { catalogEntryOf, recordRecipientOf } from '../../connectors/catalog.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import { isPrivateAddress } from './endpoint-guard.ts';
import { normalizePhone, recordAddressPath } from './recipients.ts';
import type { Channel, DueDateTiming, RecipientKind } from './schema.ts';
import { DUE_DATE_EVENT_TYPE } from './templates.ts';

/** Checks of a notification rule's fields that need nothing but the fields: each names the field it refuses. */

export const invalid = (field: string, message: string) => new Problem(platformProblems.validation_failed, `${field.replace(/^body\./, '')}: ${message}`, { field });

/** A catalog entry the rule follows: it must exist, be about the rule's event type and the integration's connector. */
export function checkCatalogEntry(name: string | null, eventType: string, connector: string | null): string | null {
  if (name === null) return null;
  const found = catalogEntryOf(name);
  if (!found) throw invalid('body.catalogEntry', 'is not an entry of any connector’s notification catalog (GET /v1/connectors/{key}/notifications)');
  const { trigger } = found.entry;
  // A daily digest is told by the summary events the sync appends once a day (`fuel_transaction.daily_summary`).
  const expected = trigger.kind === 'event' ? trigger.eventType : trigger.kind === 'due_date' ? DUE_DATE_EVENT_TYPE : `${trigger.model}.daily_summary`;
  if (expected !== eventType) throw invalid('body.eventType', `must be ${expected} for the catalog entry ${name}`);
  if (connector !== null && connector !== found.connector.key) throw invalid('body.catalogEntry', `is a ${found.connector.key} entry, but the integration is ${connector}`);
  return name;
}

/** Due-date rules need their timing, and only they have one. */
export function checkTiming(eventType: string, timing: DueDateTiming | null): void {
  if (eventType === DUE_DATE_EVENT_TYPE && !timing) throw invalid('body.timing', `is required for ${DUE_DATE_EVENT_TYPE} rules: how many days from the due date, at what time`);
  if (eventType !== DUE_DATE_EVENT_TYPE && timing) throw invalid('body.timing', `is only for ${DUE_DATE_EVENT_TYPE} rules; other rules send when the event happens, plus delaySeconds`);
}

/** A rule sending to a record's person needs records that name one, with an address for the channel. */
export function checkRecordRecipient(channel: Channel, recipient: RecipientKind, eventType: string): void {
  if (recipient !== 'record') return;
  const model = eventType.split('.')[0];
  const path = recordAddressPath(recordRecipientOf(model), channel);
  if (!path) {
    const what = channel === 'email' ? 'an e-mail address' : 'a phone number';
    throw invalid('body.recipient', `${eventType} is about a ${model} record, which carries no ${what} of its person: choose fixed addresses or the account's contact`);
  }
}

/**
 * The recipient fields for the channel and recipient kind: fixed e-mail addresses or E.164 phones, a webhook URL
 * (HTTPS in production), or none when the record's person or the account's contact is the recipient.
 */
export function checkTarget(
  channel: Channel,
  environment: string,
  recipient: RecipientKind,
  input: { emailTo?: string[] | undefined; phoneTo?: string[] | undefined; webhookUrl?: string | undefined },
): { emailTo: string[] | null; phoneTo: string[] | null; webhookUrl: string | null } {
  const none = { emailTo: null, phoneTo: null, webhookUrl: null };
  const own = ({ email: 'emailTo', whatsapp: 'phoneTo', webhook: 'webhookUrl' } as const)[channel];
  const stray = (['emailTo', 'phoneTo', 'webhookUrl'] as const).find((name) => input[name] !== undefined && name !== own);
  if (stray) throw invalid(`body.${stray}`, `does not apply to ${channel} rules, which take ${own}`);
  if (channel === 'webhook' && recipient !== 'fixed') throw invalid('body.recipient', 'must be fixed for webhook rules: a webhook goes to a system, not to a person');
  if (recipient !== 'fixed') {
    if (channel === 'whatsapp' && recipient === 'account_contact') throw invalid('body.recipient', 'an account’s contact has an e-mail, not a WhatsApp number: use fixed phoneTo');
    const given = input.emailTo ?? input.phoneTo;
    if (given !== undefined) throw invalid(`body.${input.emailTo ? 'emailTo' : 'phoneTo'}`, `does not apply when the recipient is ${recipient === 'record' ? 'the record’s person' : 'the account’s contact'}`);
    return none;
  }
  if (channel === 'email') {
    if (!input.emailTo) throw invalid('body.emailTo', 'is required for the email channel');
    return { ...none, emailTo: [...new Set(input.emailTo.map((address) => address.toLowerCase()))] };
  }
  if (channel === 'whatsapp') {
    if (!input.phoneTo) throw invalid('body.phoneTo', 'is required for fixed WhatsApp recipients');
    const phones = input.phoneTo.map((raw, index) => {
      const phone = normalizePhone(raw);
      if (!phone) throw invalid(`body.phoneTo.${index}`, 'is not a phone number: give it with area code, e.g. +55 11 98765-4321');
      return phone;
    });
    return { ...none, phoneTo: [...new Set(phones)] };
  }
  if (!input.webhookUrl) throw invalid('body.webhookUrl', 'is required for the webhook channel');
  if (environment === 'production' && !input.webhookUrl.startsWith('https:')) throw invalid('body.webhookUrl', 'must use https in production');
  const host = new URL(input.webhookUrl).hostname.replace(/^\[|\]$/g, '');
  if (environment === 'production' && (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host))) {
    throw invalid('body.webhookUrl', 'must be a public address in production, not a private or loopback one');
  }
  return { ...none, webhookUrl: input.webhookUrl };
}
