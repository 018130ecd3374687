import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import type { Signals } from '../../platform/database/signals.ts';
import type { CredentialVault } from '../credentials/index.ts';
import { RULES_CHANGED_SIGNAL } from './notification-signals.ts';
import { notificationRules } from './schema.ts';
import { signingSecretsOf } from './webhook-channel.ts';

export type RuleRow = typeof notificationRules.$inferSelect;

/** How long a rule and its opened secret are kept even when nothing says they changed. */
const KEEP_MS = 30_000;

interface Entry {
  rule: RuleRow;
  /** The rule row's xmin when read: the claim returns the current one, so any change is seen by the next send. */
  version: string;
  readAt: number;
  secret?: Promise<Record<string, string>>;
}

/**
 * The sender's rules and opened signing secrets, kept for a short time: used only while the row's version matches
 * the one each claim returns, forgotten at once when a change is announced (or signals may have been missed).
 */
export class RuleCache {
  readonly #entries = new Map<string, Entry>();
  readonly #stops: (() => void)[] = [];

  constructor(private readonly deps: { vault: CredentialVault; clock: Clock; signals: Signals }) {}

  /** The rules of claimed notifications, each read again when its version moved or it was kept too long. */
  async rulesOf(db: Database, claimed: { ruleId: string; ruleVersion: string | null }[]): Promise<Map<string, RuleRow>> {
    // Listening starts with the first send (a process that never sends, the api role, opens no listener for it).
    if (this.#stops.length === 0) {
      this.#stops.push(
        this.deps.signals.subscribe(RULES_CHANGED_SIGNAL, (ruleId) => this.forget(ruleId)),
        this.deps.signals.onGap(() => this.#entries.clear()),
      );
    }
    const now = Date.now();
    const stale = new Set<string>();
    for (const { ruleId, ruleVersion } of claimed) {
      const entry = this.#entries.get(ruleId);
      if (!entry || entry.version !== ruleVersion || now - entry.readAt > KEEP_MS) stale.add(ruleId);
    }
    if (stale.size > 0) {
      const rows = await db
        .select({ ...getTableColumns(notificationRules), version: sql<string>`${notificationRules}.xmin::text` })
        .from(notificationRules)
        .where(inArray(notificationRules.id, [...stale]));
      for (const id of stale) this.#entries.delete(id);
      for (const { version, ...rule } of rows) this.#entries.set(rule.id, { rule, version, readAt: now });
    }
    const rules = new Map<string, RuleRow>();
    for (const { ruleId } of claimed) {
      const entry = this.#entries.get(ruleId);
      if (entry) rules.set(ruleId, entry.rule);
    }
    return rules;
  }

  /** The secrets that sign the rule's webhooks now, its credential opened once while the rule is kept. */
  async signingSecrets(rule: RuleRow): Promise<string[]> {
    const entry = this.#entries.get(rule.id);
    const reveal = () => this.deps.vault.reveal(rule.signingCredentialId!);
    let sealed: Promise<Record<string, string>>;
    if (entry && entry.rule === rule) {
      entry.secret ??= reveal();
      sealed = entry.secret;
      // A vault that failed is asked again next time.
      sealed.catch(() => {
        if (entry.secret === sealed) delete entry.secret;
      });
    } else {
      sealed = reveal();
    }
    return signingSecretsOf(rule, await sealed, this.deps.clock.now());
  }

  forget(ruleId: string): void {
    this.#entries.delete(ruleId);
  }

  close(): void {
    for (const stop of this.#stops.splice(0)) stop();
    this.#entries.clear();
  }
}
