import type { Principal } from '../../platform/http/principal.ts';
import type { Signals } from '../../platform/database/signals.ts';
import { USER_CHANGED_SIGNAL } from '../accounts/index.ts';

/** Published when a token, a key or every token of a user stops authenticating: `{"token": id}`, `{"key": id}`, `{"user": id}`. */
export const ACCESS_REVOKED_SIGNAL = 'access_revoked';

/**
 * How long a verified token is trusted without reading the database again, at most. Revocations arrive by signal
 * within milliseconds; this bound only limits what a signal lost in a way nobody noticed could cost.
 */
const MAX_TRUST_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  principal: Principal;
  trustedUntil: number;
}

/**
 * Principals of recently verified tokens, by token digest, so an authenticated request needs no database read. An
 * entry never outlives its token, is dropped when its token, key or user is revoked or changed (on any process, by
 * signal), and nothing is trusted while signals may be lost.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, Entry>();
  /** Bumped by every invalidation: a read that began before one must not be stored after it. */
  #generation = 0;

  constructor(private readonly signals: Signals) {
    signals.subscribe(ACCESS_REVOKED_SIGNAL, (payload) => this.#revoked(payload));
    signals.subscribe(USER_CHANGED_SIGNAL, (userId) => this.#forget((principal) => principal.userId === userId));
    signals.onGap(() => this.#forget(() => true));
  }

  /**
   * The generation to hand back to `store`: taken before the database read whose result is stored. A read begun
   * while signals may be lost is never stored (-1 matches nothing), even if they are heard again by the time it ends.
   */
  get generation(): number {
    return this.signals.live ? this.#generation : -1;
  }

  /** The principal of a token verified before, while it is still trusted. */
  get(digest: string, now: number): Principal | undefined {
    if (!this.signals.live) return undefined;
    const entry = this.#entries.get(digest);
    if (!entry) return undefined;
    if (now >= entry.trustedUntil) {
      this.#entries.delete(digest);
      return undefined;
    }
    return { ...entry.principal };
  }

  /** Remembers a verified principal, unless something was revoked since `generation` was read. */
  store(digest: string, principal: Principal, generation: number, now: number): void {
    if (generation !== this.#generation || !this.signals.live) return;
    const expiresAt = principal.tokenExpiresAt?.getTime() ?? now;
    const trustedUntil = Math.min(expiresAt, now + MAX_TRUST_MS);
    if (trustedUntil <= now) return;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(digest, { principal: { ...principal }, trustedUntil });
  }

  #revoked(payload: string): void {
    let revoked: Partial<Record<'token' | 'key' | 'user', string>>;
    try {
      revoked = JSON.parse(payload) as typeof revoked;
    } catch {
      revoked = {};
    }
    const { token, key, user } = revoked;
    if (token === undefined && key === undefined && user === undefined) {
      // A signal this version cannot read: forget everything rather than trust a revoked token.
      this.#forget(() => true);
      return;
    }
    this.#forget((principal) => principal.tokenId === token || principal.apiKeyId === key || principal.userId === user);
  }

  #forget(matches: (principal: Principal) => boolean): void {
    this.#generation++;
    for (const [digest, entry] of this.#entries) if (matches(entry.principal)) this.#entries.delete(digest);
  }
}
