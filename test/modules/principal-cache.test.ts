import { describe, expect, it } from 'vitest';
import { PrincipalCache } from '../../src/modules/api-access/principal-cache.ts';
import type { Signals } from '../../src/platform/database/signals.ts';
import type { Principal } from '../../src/platform/http/principal.ts';

/** Signals as PostgreSQL's behave when their listening connection drops and comes back: a gap, then live again. */
class ListeningConnection implements Signals {
  live = true;
  readonly #gaps: (() => void)[] = [];
  readonly #listeners = new Map<string, ((payload: string) => void)[]>();
  async publish(channel: string, payload: string) {
    for (const listener of this.#listeners.get(channel) ?? []) listener(payload);
  }
  subscribe(channel: string, listener: (payload: string) => void) {
    this.#listeners.set(channel, [...(this.#listeners.get(channel) ?? []), listener]);
    return () => {};
  }
  onGap(listener: () => void) {
    this.#gaps.push(listener);
    return () => {};
  }
  async ready() {}
  async close() {}
  drop() {
    this.live = false;
    for (const gap of this.#gaps) gap();
  }
  reconnect() {
    this.live = true;
  }
}

const now = Date.parse('2026-11-30T05:00:00Z');
const principal: Principal = { role: 'admin', userId: null, accountId: null, apiKeyId: 'key_1', tokenId: 'tok_1', tokenExpiresAt: new Date(now + 3_600_000), environment: 'production' };

describe('the cache of verified tokens, when signals may have been lost', () => {
  it('never stores a token read while the listening connection was down, even if it is back by the time the read ends', () => {
    const signals = new ListeningConnection();
    const cache = new PrincipalCache(signals);
    signals.drop();
    // A request reads the token row (its key still active); another process revokes the key meanwhile, unheard.
    const generation = cache.generation;
    signals.reconnect();
    cache.store('digest', principal, generation, now);
    expect(cache.get('digest', now + 1_000)).toBeUndefined();
  });

  it('forgets what it knew when the connection drops, and trusts nothing while it is down', () => {
    const signals = new ListeningConnection();
    const cache = new PrincipalCache(signals);
    cache.store('digest', principal, cache.generation, now);
    expect(cache.get('digest', now + 1_000)).toMatchObject({ apiKeyId: 'key_1' });
    const readBeforeTheDrop = cache.generation;
    signals.drop();
    expect(cache.get('digest', now + 1_000)).toBeUndefined();
    signals.reconnect();
    expect(cache.get('digest', now + 1_000)).toBeUndefined();
    cache.store('digest', principal, readBeforeTheDrop, now);
    expect(cache.get('digest', now + 1_000)).toBeUndefined();
  });

  it('forgets by token, key or user, drops an unreadable signal’s worth of everything, and never outlives the token', async () => {
    const signals = new ListeningConnection();
    const cache = new PrincipalCache(signals);
    const store = (digest: string, extra: Partial<Principal>) => cache.store(digest, { ...principal, ...extra }, cache.generation, now);
    store('a', { tokenId: 'tok_a', apiKeyId: 'key_a', userId: 'usr_a' });
    store('b', { tokenId: 'tok_b', apiKeyId: 'key_b', userId: 'usr_b' });
    store('c', { tokenId: 'tok_c', apiKeyId: 'key_c', userId: 'usr_c' });
    await signals.publish('access_revoked', JSON.stringify({ key: 'key_b' }));
    expect(cache.get('b', now)).toBeUndefined();
    await signals.publish('user_changed', 'usr_c');
    expect(cache.get('c', now)).toBeUndefined();
    expect(cache.get('a', now)).toBeDefined();
    await signals.publish('access_revoked', 'not json');
    expect(cache.get('a', now)).toBeUndefined();
    store('d', { tokenExpiresAt: new Date(now + 2_000) });
    expect(cache.get('d', now + 1_999)).toBeDefined();
    expect(cache.get('d', now + 2_000)).toBeUndefined();
    store('e', {});
    expect(cache.get('e', now + 4_999)).toBeDefined();
    expect(cache.get('e', now + 5_000)).toBeUndefined();
  });
});
