import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { notificationProblems } from './errors.ts';
import { notificationOptOuts, type Channel } from './schema.ts';

type OptOutRow = typeof notificationOptOuts.$inferSelect;
export type OptOutSource = OptOutRow['source'];

export interface OptOutAddress {
  accountId: string;
  channel: Channel;
  address: string;
}

export interface OptOutsDeps {
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditService;
  accounts: AccountsService;
  keyring: Pick<Keyring, 'deriveKeys'>;
  /** This Ponte's public address: unsubscribe links start with it. */
  publicUrl: () => string;
}

export function presentOptOut(row: OptOutRow) {
  return { id: row.id, accountId: row.accountId, channel: row.channel, address: row.address, source: row.source, createdAt: row.createdAt.toISOString() };
}
export type OptOut = ReturnType<typeof presentOptOut>;

const E164 = /^\+[1-9]\d{7,14}$/;

/** An address as opt-outs store it: e-mails lower-case, phones in E.164 (a bare number gets its `+`). */
function normalizeAddress(channel: Channel, address: string): string {
  const trimmed = address.trim();
  if (channel === 'email') return trimmed.toLowerCase();
  if (channel === 'whatsapp') return `+${trimmed.replace(/[^\d]/g, '')}`;
  return trimmed;
}

/**
 * The forms one Brazilian mobile goes by: 55 + area + 9 + 8 digits, and the 8-digit form older WhatsApp accounts
 * still report as `wa_id` (providers.md §6). Any other number is only itself.
 */
export function phoneVariants(phone: string): string[] {
  const nine = /^\+55(\d{2})9(\d{8})$/.exec(phone);
  if (nine) return [phone, `+55${nine[1]}${nine[2]}`];
  const eight = /^\+55(\d{2})([6-9]\d{7})$/.exec(phone);
  if (eight) return [phone, `+55${eight[1]}9${eight[2]}`];
  return [phone];
}

/** What a link in an e-mail unsubscribes: one address from one account's e-mails. */
export interface UnsubscribeSubject {
  accountId: string;
  address: string;
}

const TOKEN_PURPOSE = 'ponte unsubscribe link';
const TOKEN_VERSION = 'u1';

/**
 * People who asked not to hear from an account on a channel (a one-click unsubscribe, a "SAIR" reply, the API), and
 * the signed links that let them ask. An opt-out is per account, channel and address; sends to it are skipped.
 */
export class OptOuts {
  constructor(private readonly deps: OptOutsDeps) {}

  async isOptedOut(db: Database, input: OptOutAddress): Promise<boolean> {
    const address = normalizeAddress(input.channel, input.address);
    const addresses = input.channel === 'whatsapp' ? phoneVariants(address) : [address];
    const [row] = await db
      .select({ id: notificationOptOuts.id })
      .from(notificationOptOuts)
      .where(and(eq(notificationOptOuts.accountId, input.accountId), eq(notificationOptOuts.channel, input.channel), inArray(notificationOptOuts.address, addresses)))
      .limit(1);
    return row !== undefined;
  }

  /** Records the opt-out; asking again changes nothing and answers the one already there (`created: false`). */
  async add(db: Database, input: OptOutAddress & { source: OptOutSource }, actor?: Actor): Promise<{ optOut: OptOut; created: boolean }> {
    const address = normalizeAddress(input.channel, input.address);
    const [inserted] = await db
      .insert(notificationOptOuts)
      .values({ id: newId('notificationOptOut'), accountId: input.accountId, channel: input.channel, address, source: input.source, createdAt: this.deps.clock.now() })
      .onConflictDoNothing()
      .returning();
    if (inserted) {
      await this.deps.audit.record(db, {
        actor: actor ? actorOf(actor) : `contact:${input.source}`,
        action: 'notification_opt_out.created',
        targetType: 'notification_opt_out',
        targetId: inserted.id,
        // The address stays in its own row, which re-consent deletes; the audit log keeps only that it happened.
        details: { accountId: input.accountId, channel: input.channel, source: input.source },
      });
      return { optOut: presentOptOut(inserted), created: true };
    }
    const [existing] = await db
      .select()
      .from(notificationOptOuts)
      .where(and(eq(notificationOptOuts.accountId, input.accountId), eq(notificationOptOuts.channel, input.channel), eq(notificationOptOuts.address, address)));
    return { optOut: presentOptOut(existing!), created: false };
  }

  async list(actor: Actor, filter: { accountId?: string | undefined; channel?: Channel | undefined }): Promise<OptOut[]> {
    const conditions: SQL[] = [];
    const accountId = actor.role === 'customer' ? (actor.accountId ?? '') : filter.accountId;
    if (accountId) conditions.push(eq(notificationOptOuts.accountId, accountId));
    if (filter.channel) conditions.push(eq(notificationOptOuts.channel, filter.channel));
    const rows = await this.deps.database.db
      .select()
      .from(notificationOptOuts)
      .where(and(...conditions))
      .orderBy(desc(notificationOptOuts.createdAt), desc(notificationOptOuts.id))
      .limit(1000);
    return rows.map(presentOptOut);
  }

  /** An opt-out recorded through the API (a person who asked the store by phone, say). */
  async create(actor: Actor, input: OptOutAddress): Promise<{ optOut: OptOut; created: boolean }> {
    await this.deps.accounts.getAccount(actor, input.accountId).catch((error: unknown) => {
      if (error instanceof Problem) throw new Problem(error.type, error.detail, { field: 'body.accountId' });
      throw error;
    });
    assertRole(actor, 'admin');
    const address = normalizeAddress(input.channel, input.address);
    if (input.channel === 'whatsapp' && !E164.test(address)) {
      throw new Problem(platformProblems.validation_failed, 'address: a WhatsApp address is a phone in E.164 (+ and 8 to 15 digits)', { field: 'body.address' });
    }
    return this.deps.database.transaction(({ db }) => this.add(db, { ...input, source: 'api' }, actor));
  }

  /** The person consented again: the opt-out goes, and the audit log says who removed it. */
  async remove(actor: Actor, id: string): Promise<void> {
    const [row] = await this.deps.database.db.select().from(notificationOptOuts).where(eq(notificationOptOuts.id, id));
    if (!row || !canSeeAccount(actor, row.accountId)) throw new Problem(notificationProblems.notification_opt_out_not_found);
    assertRole(actor, 'admin');
    await this.deps.database.transaction(async ({ db }) => {
      await db.delete(notificationOptOuts).where(eq(notificationOptOuts.id, id));
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_opt_out.deleted', targetType: 'notification_opt_out', targetId: id, details: { accountId: row.accountId, channel: row.channel, source: row.source } });
    });
  }

  /**
   * The one-click unsubscribe link of an e-mail to `address` from the account. The token carries the account and the
   * address encrypted and authenticated (AES-256-GCM under a key derived from the master key): the address never
   * shows in the URL, which ends up in logs, and nobody can make a link for another address.
   */
  unsubscribeUrl(subject: UnsubscribeSubject): string {
    return `${this.deps.publicUrl().replace(/\/+$/, '')}/v1/unsubscribe/${this.unsubscribeToken(subject)}`;
  }

  unsubscribeToken(subject: UnsubscribeSubject): string {
    const [key] = this.deps.keyring.deriveKeys(TOKEN_PURPOSE);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key!, iv);
    cipher.setAAD(Buffer.from(TOKEN_VERSION));
    const plaintext = JSON.stringify([subject.accountId, normalizeAddress('email', subject.address)]);
    const sealed = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${TOKEN_VERSION}.${sealed.toString('base64url')}`;
  }

  /** What a token unsubscribes; null for anything this Ponte did not make (keys rotated out of the keyring included). */
  readUnsubscribeToken(token: string): UnsubscribeSubject | null {
    const match = /^u1\.([A-Za-z0-9_-]{40,2000})$/.exec(token);
    if (!match) return null;
    const sealed = Buffer.from(match[1]!, 'base64url');
    if (sealed.length < 12 + 16 + 2) return null;
    for (const key of this.deps.keyring.deriveKeys(TOKEN_PURPOSE)) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
        decipher.setAAD(Buffer.from(TOKEN_VERSION));
        decipher.setAuthTag(sealed.subarray(sealed.length - 16));
        const plaintext = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]).toString('utf8');
        const [accountId, address] = JSON.parse(plaintext) as unknown[];
        if (typeof accountId === 'string' && typeof address === 'string') return { accountId, address };
      } catch {
        // Not this key's: the next (a previous master key's) may open it.
      }
    }
    return null;
  }
}

/** The headers that make mail clients show an unsubscribe button that works in one click (RFC 2369, RFC 8058). */
export function emailUnsubscribeHeaders(url: string): { 'List-Unsubscribe': string; 'List-Unsubscribe-Post': string } {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
