import { and, count, eq, ne } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import type { Keyring, SealedSecret } from '../../platform/crypto/keyring.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import { credentialProblems } from './errors.ts';
import { credentials } from './schema.ts';

/** What may be said about a credential anywhere: never the secret, only a masked fingerprint. */
export interface CredentialInfo {
  id: string;
  accountId: string;
  kind: string;
  /** `••••` and the first characters of a keyed digest of the secret: tells credentials apart, reveals nothing. */
  maskedFingerprint: string;
  expiresAt: string | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
}

export type SecretFields = Record<string, string>;

type Row = typeof credentials.$inferSelect;

const sealedOf = (row: Row): SealedSecret => ({
  ciphertext: row.ciphertext,
  iv: row.iv,
  tag: row.tag,
  wrappedKey: row.wrappedKey,
  wrapIv: row.wrapIv,
  wrapTag: row.wrapTag,
  masterKeyId: row.masterKeyId,
});

const infoOf = (row: Row): CredentialInfo => ({
  id: row.id,
  accountId: row.accountId,
  kind: row.kind,
  maskedFingerprint: `••••${row.fingerprint.slice(0, 8)}`,
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
});

// Field order must not change the fingerprint of the same secret.
const canonical = (secret: SecretFields) => JSON.stringify(Object.fromEntries(Object.entries(secret).sort(([a], [b]) => a.localeCompare(b))));

/** Stores secrets sealed, opens them for the code that needs them, and re-wraps them under a new master key. */
export class CredentialVault {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly keyring: Keyring,
    private readonly clock: Clock,
  ) {}

  /** The database outside any transaction, for callers that have none. */
  get db(): Database {
    return this.database.db;
  }

  async store(db: Database, input: { accountId: string; kind: string; secret: SecretFields; expiresAt?: Date | null }): Promise<CredentialInfo> {
    const id = newId('credential');
    const plaintext = canonical(input.secret);
    const now = this.clock.now();
    const [row] = await db
      .insert(credentials)
      .values({
        id,
        accountId: input.accountId,
        kind: input.kind,
        ...this.keyring.seal(plaintext, id),
        fingerprint: this.keyring.fingerprint(plaintext),
        expiresAt: input.expiresAt ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return infoOf(row!);
  }

  /** Replaces the secret (a refreshed token, a new key) under a fresh data key. */
  async replace(db: Database, id: string, secret: SecretFields, expiresAt?: Date | null): Promise<CredentialInfo> {
    const plaintext = canonical(secret);
    const [row] = await db
      .update(credentials)
      .set({ ...this.keyring.seal(plaintext, id), fingerprint: this.keyring.fingerprint(plaintext), expiresAt: expiresAt ?? null, updatedAt: this.clock.now() })
      .where(eq(credentials.id, id))
      .returning();
    if (!row) throw new Problem(credentialProblems.credential_not_found);
    return infoOf(row);
  }

  async reveal(id: string, db: Database = this.database.db): Promise<SecretFields> {
    const [row] = await db.select().from(credentials).where(eq(credentials.id, id));
    if (!row) throw new Problem(credentialProblems.credential_not_found);
    return JSON.parse(await this.keyring.open(sealedOf(row), id)) as SecretFields;
  }

  async info(id: string, db: Database = this.database.db): Promise<CredentialInfo> {
    const [row] = await db.select().from(credentials).where(eq(credentials.id, id));
    if (!row) throw new Problem(credentialProblems.credential_not_found);
    return infoOf(row);
  }

  /** Destroys a credential: its sealed secret is gone for good. */
  async destroy(db: Database, id: string): Promise<void> {
    await db.delete(credentials).where(eq(credentials.id, id));
  }

  async markVerified(id: string, db: Database = this.database.db): Promise<void> {
    await db.update(credentials).set({ lastVerifiedAt: this.clock.now() }).where(eq(credentials.id, id));
  }

  /**
   * Re-wraps every data key not yet under the current master key, in batches, row by row, each in its own short
   * transaction that skips a row changed meanwhile, so it can run beside a live server. Tells `onProgress` how many
   * rows are done of those that needed it after each batch; returns how many rows it re-wrapped.
   */
  async rewrapAll(options: { batchSize?: number; onProgress?: (progress: { done: number; total: number }) => void } = {}): Promise<number> {
    const batchSize = options.batchSize ?? 200;
    await this.keyring.reload();
    const current = this.keyring.currentId;
    const [counted] = await this.database.db.select({ n: count() }).from(credentials).where(ne(credentials.masterKeyId, current));
    // Rows stored meanwhile under an older key (by a process not yet given the new one) can push the count past it.
    let total = counted?.n ?? 0;
    let done = 0;
    for (;;) {
      const rows = await this.database.db.select().from(credentials).where(ne(credentials.masterKeyId, current)).limit(batchSize);
      if (rows.length === 0) return done;
      let rewrappedNow = 0;
      for (const row of rows) {
        const rewrapped = await this.keyring.rewrap(sealedOf(row), row.id);
        const plaintext = await this.keyring.open(rewrapped, row.id);
        const updated = await this.database.db
          .update(credentials)
          .set({ ...rewrapped, fingerprint: this.keyring.fingerprint(plaintext) })
          .where(and(eq(credentials.id, row.id), eq(credentials.wrappedKey, row.wrappedKey)))
          .returning({ id: credentials.id });
        rewrappedNow += updated.length;
      }
      done += rewrappedNow;
      total = Math.max(total, done);
      options.onProgress?.({ done, total });
      // Rows re-sealed meanwhile by a process still on an older key are left for the next rotation.
      if (rewrappedNow === 0) return done;
    }
  }
}
