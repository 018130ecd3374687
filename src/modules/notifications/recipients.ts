import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { RecordRecipientPaths } from '../../connectors/sdk/notification-catalog.ts';
import type { Event } from '../events/index.ts';
import type { Channel, RecipientKind, SkipReason } from './schema.ts';

const emailSchema = z.email();

/** A phone number as E.164 (`+5511987654321`), read as Brazilian when it has no country code; null when it is not one. */
export function normalizePhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'BR');
  return parsed?.isValid() ? parsed.number : null;
}

/** An e-mail address in lower case, or null when it is not one. */
function normalizeEmail(raw: string): string | null {
  const address = raw.trim().toLowerCase();
  return emailSchema.safeParse(address).success ? address : null;
}

/** The value at a dotted path of an event's data (`payment.payer.email`), or undefined. */
export const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

/** The record field a channel reads the person's address from (none for webhooks, which go to systems). */
export const recordAddressPath = (paths: RecordRecipientPaths | undefined, channel: Channel): string | undefined =>
  channel === 'email' ? paths?.email : channel === 'whatsapp' ? paths?.phone : undefined;

export type Resolved = { address: string } | { skip: SkipReason; detail: string };

interface RuleTarget {
  channel: Channel;
  recipient: RecipientKind;
  emailTo: string[] | null;
  phoneTo: string[] | null;
  webhookUrl: string | null;
}

/**
 * Where one rule's message about one event goes: one address per notification (a fixed e-mail list travels as one
 * message). A record without a usable address is skipped with the reason, never sent to nobody.
 */
export function resolveRecipients(rule: RuleTarget, event: Event, context: { recordPaths: RecordRecipientPaths | undefined; contactEmail: string | null }): Resolved[] {
  if (rule.channel === 'webhook') return [{ address: rule.webhookUrl! }];
  if (rule.recipient === 'fixed') return rule.channel === 'email' ? [{ address: (rule.emailTo ?? []).join(', ') }] : (rule.phoneTo ?? []).map((address) => ({ address }));
  if (rule.recipient === 'account_contact') {
    if (rule.channel === 'email' && context.contactEmail) return [{ address: context.contactEmail }];
    return [{ skip: 'no_address', detail: `The account has no contact ${rule.channel === 'email' ? 'e-mail' : 'phone'}` }];
  }
  const path = recordAddressPath(context.recordPaths, rule.channel);
  const raw = path ? valueAt(event.data, path) : undefined;
  const what = rule.channel === 'email' ? 'e-mail' : 'phone';
  if (typeof raw !== 'string' || raw.trim() === '') return [{ skip: 'no_address', detail: `The record has no ${what} of its person${path ? ` (${path})` : ''}` }];
  const address = rule.channel === 'email' ? normalizeEmail(raw) : normalizePhone(raw);
  // The address itself stays out of the reason: it is personal data, and the record keeps it anyway.
  if (!address) return [{ skip: 'invalid_address', detail: `The record's ${what} (${path}) is not a valid ${what}` }];
  return [{ address }];
}
