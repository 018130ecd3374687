import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { Database } from '../../platform/database/database.ts';
import { newId } from '../../platform/ids.ts';
import { integrationConnectLinks } from './schema.ts';

export type ConnectLink = typeof integrationConnectLinks.$inferSelect;

/** What a token turned out to be: a link that can be used now, or why it cannot. */
export type LinkLookup = { status: 'valid'; link: ConnectLink } | { status: 'used' | 'expired' | 'unknown'; link: ConnectLink | null };

const subjectOf = (linkId: string) => `connect-link:${linkId}`;

/**
 * One-time /connect links. The token is `<link id>.<digest>`, the digest derived from the master key and the id, so
 * the database never holds a usable link and a guessed or altered one matches nothing.
 */
export class ConnectLinks {
  constructor(
    private readonly keyring: Keyring,
    private readonly clock: Clock,
  ) {}

  /** A new link for the integration, valid for `validForMs`; any earlier link of the integration stops working. */
  async issue(db: Database, integration: { id: string; accountId: string }, validForMs: number): Promise<{ link: ConnectLink; token: string }> {
    const now = this.clock.now();
    await this.revokeFor(db, integration.id);
    const [link] = await db
      .insert(integrationConnectLinks)
      .values({ id: newId('connectLink'), integrationId: integration.id, accountId: integration.accountId, createdAt: now, expiresAt: new Date(now.getTime() + validForMs) })
      .returning();
    return { link: link!, token: this.tokenOf(link!.id) };
  }

  /** Every link of the integration still unused stops working (its step is over: credentials arrived another way). */
  async revokeFor(db: Database, integrationId: string): Promise<void> {
    await db
      .update(integrationConnectLinks)
      .set({ replacedAt: this.clock.now() })
      .where(and(eq(integrationConnectLinks.integrationId, integrationId), isNull(integrationConnectLinks.usedAt), isNull(integrationConnectLinks.replacedAt)));
  }

  /** The token of a link already issued (an e-mail job renders it again instead of carrying it). */
  tokenOf(linkId: string): string {
    return `${linkId}.${this.keyring.callbackToken(subjectOf(linkId))}`;
  }

  /** What the token is; `lock` holds the link's row until the caller's transaction ends (to use it once). */
  async lookup(db: Database, token: string, options: { lock?: boolean } = {}): Promise<LinkLookup> {
    const dot = token.indexOf('.');
    const id = dot > 0 ? token.slice(0, dot) : '';
    if (!id || !this.keyring.matchesCallbackToken(subjectOf(id), token.slice(dot + 1))) return { status: 'unknown', link: null };
    const query = db.select().from(integrationConnectLinks).where(eq(integrationConnectLinks.id, id));
    const [link] = options.lock ? await query.for('update') : await query;
    if (!link) return { status: 'unknown', link: null };
    if (link.usedAt) return { status: 'used', link };
    if (link.replacedAt || link.expiresAt.getTime() <= this.clock.now().getTime()) return { status: 'expired', link };
    return { status: 'valid', link };
  }

  async find(db: Database, linkId: string): Promise<ConnectLink | null> {
    const [link] = await db.select().from(integrationConnectLinks).where(eq(integrationConnectLinks.id, linkId));
    return link ?? null;
  }

  /** The integration's link that still works (not used, not replaced), if any. */
  async currentFor(db: Database, integrationId: string): Promise<ConnectLink | null> {
    const [link] = await db
      .select()
      .from(integrationConnectLinks)
      .where(and(eq(integrationConnectLinks.integrationId, integrationId), isNull(integrationConnectLinks.usedAt), isNull(integrationConnectLinks.replacedAt)))
      .orderBy(desc(integrationConnectLinks.createdAt))
      .limit(1);
    return link ?? null;
  }

  /** Makes a link usable again when what it was used for failed before taking anything. */
  async restore(db: Database, linkId: string): Promise<void> {
    await db.update(integrationConnectLinks).set({ usedAt: null }).where(eq(integrationConnectLinks.id, linkId));
  }

  async markUsed(db: Database, linkId: string): Promise<void> {
    await db.update(integrationConnectLinks).set({ usedAt: this.clock.now() }).where(eq(integrationConnectLinks.id, linkId));
  }
}
